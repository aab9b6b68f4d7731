"""French dioceses, parishes, the Curia's dicasteries and religious houses that act
(ner/french_church.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.french_church import french_church


def test_a_diocese_and_a_parish_are_one_body_with_their_place() -> None:
    text = "Le diocèse de Saint-Claude et l'archidiocèse de Besançon soutiennent la paroisse Sainte-Marthe-des-Prés."
    found = [
        mention(text, "Saint-Claude", "LOC"),
        mention(text, "Besançon", "LOC"),
        mention(text, "Sainte-Marthe-des-Prés", "PER"),
    ]
    assert spans(french_church(text, found, "fr")) == [
        ("diocèse de Saint-Claude", "ORG"),
        ("archidiocèse de Besançon", "ORG"),
        ("paroisse Sainte-Marthe-des-Prés", "ORG"),
    ]


def test_a_diocese_as_the_land_one_lives_in_leaves_its_town() -> None:
    text = "Elle vit dans le diocèse de Nevers depuis vingt ans."
    found = [mention(text, "Nevers", "LOC")]
    assert french_church(text, found, "fr") == found


def test_a_dicastery_is_named_by_its_whole_remit() -> None:
    text = "Le Dicastère pour la culture et l'éducation, à Rome, a répondu. La Congrégation de Solesmes aussi."
    found = [
        mention(text, "Dicastère", "LOC"),
        mention(text, "Rome", "LOC"),
        mention(text, "Congrégation de Solesmes", "ORG"),
    ]
    assert spans(french_church(text, found, "fr")) == [
        ("Dicastère pour la culture et l'éducation", "ORG"),
        ("Rome", "LOC"),
        ("Congrégation de Solesmes", "ORG"),
    ]


def test_a_religious_house_is_a_body_where_it_acts_and_a_place_elsewhere() -> None:
    text = (
        "Les pèlerins dorment au monastère Saint-Paul. Le monastère Saint-Paul a vendu ses terres. "
        "Le prieuré Saint-Jean, qui emploie deux jardiniers, ferme. Le couvent des Clarisses est classé."
    )
    found = [
        mention(text, "monastère Saint-Paul", "LOC"),
        mention(text, "monastère Saint-Paul", "LOC", nth=1),
        mention(text, "prieuré Saint-Jean", "LOC"),
        mention(text, "couvent des Clarisses", "LOC"),
    ]
    assert [m.type for m in french_church(text, found, "fr")] == ["LOC", "ORG", "ORG", "LOC"]


def test_the_land_after_a_lower_case_pays_is_a_place_but_not_wales() -> None:
    text = "Le cidre du pays d'Auge et du pays de Caux se vend jusqu'au pays de Galles."
    assert spans(french_church(text, [], "fr")) == [("Auge", "LOC"), ("Caux", "LOC")]
    assert french_church(text, [], "de") == []
