"""Italian and Spanish clubs, leagues, federations' branches, arenas, hills, local papers, rail
lines' end towns, stations named again and two bodies joined by "y el"."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.romance_sport import romance_sport


def test_a_club_named_by_its_sport_and_town_is_one_body() -> None:
    text = "Il Basket Rieti batte la Pallavolo Treviso in trasferta."
    found = [mention(text, "Basket Rieti", "PER"), mention(text, "Treviso", "LOC")]
    assert spans(romance_sport(text, found, "it")) == [("Basket Rieti", "ORG"), ("Pallavolo Treviso", "ORG")]


def test_a_sport_word_alone_is_no_place_and_a_lower_case_sport_makes_no_club() -> None:
    text = "Basket, a Rieti si gioca la pallavolo Treviso."
    found = [mention(text, "Basket", "LOC"), mention(text, "Rieti", "LOC")]
    assert spans(romance_sport(text, found, "it")) == [("Rieti", "LOC")]


def test_a_league_and_a_federations_branch_are_bodies() -> None:
    text = "Decide la Lega Basket Serie A, sentito il Comitato regionale Coni di Ancona."
    found = [
        mention(text, "Lega", "ORG"),
        mention(text, "Basket Serie A", "PER"),
        mention(text, "Coni di Ancona", "ORG"),
    ]
    assert spans(romance_sport(text, found, "it")) == [
        ("Lega Basket Serie A", "ORG"),
        ("Comitato regionale Coni di Ancona", "ORG"),
    ]


def test_an_arena_and_hills_are_places_a_division_and_a_cup_are_not() -> None:
    text = "Si gioca al PalaDozza, sui Colli Berici: è serie B1 e Coppa Italia."
    found = [
        mention(text, "PalaDozza", "ORG"),
        mention(text, "Colli Berici", "PER"),
        mention(text, "B1", "LOC"),
        mention(text, "Italia", "LOC"),
    ]
    assert spans(romance_sport(text, found, "it")) == [("PalaDozza", "LOC"), ("Colli Berici", "LOC")]


def test_a_person_speaking_to_a_local_paper_are_two_names() -> None:
    text = "Lo ha detto Anna Zeni al Gazzettino di Rovigo ieri."
    found = [mention(text, "Anna Zeni al Gazzettino", "PER")]
    assert spans(romance_sport(text, found, "it")) == [("Anna Zeni", "PER"), ("Gazzettino di Rovigo", "ORG")]


def test_the_verb_ho_is_no_town_but_a_name_after_it_stays() -> None:
    text = "«Ho giocato bene», ha detto. Ho Chi Minh è lontana."
    found = [mention(text, "Ho", "LOC"), mention(text, "Ho Chi Minh", "LOC")]
    assert spans(romance_sport(text, found, "it")) == [("Ho Chi Minh", "LOC")]


def test_a_club_under_its_sponsors_name_in_a_sport_article() -> None:
    text = (
        "La squadra di Biella sarà la Lanerossi Biella, poi Lanerossi Biella in trasferta. "
        "L'allenatore è il Marco Biella; gioca la Tosca Ivrea."
    )
    found = [
        mention(text, "Biella", "LOC"),
        mention(text, "Lanerossi Biella", "PER"),
        mention(text, "Lanerossi Biella", "PER", 1),
        mention(text, "Marco Biella", "PER"),
        mention(text, "Tosca Ivrea", "PER"),
    ]
    assert spans(romance_sport(text, found, "it")) == [
        ("Biella", "LOC"),
        ("Lanerossi Biella", "ORG"),
        ("Lanerossi Biella", "ORG"),
        ("Marco Biella", "PER"),  # a given name: a person whose surname is a town
        ("Tosca Ivrea", "PER"),  # no place "Ivrea" in the article
    ]


def test_a_spanish_local_paper_is_a_body() -> None:
    text = "Lo contó a Málaga Hoy y a Granada."
    found = [mention(text, "Málaga Hoy", "LOC"), mention(text, "Granada", "LOC")]
    assert spans(romance_sport(text, found, "es")) == [("Málaga Hoy", "ORG"), ("Granada", "LOC")]


def test_a_line_gives_its_end_towns_but_a_body_holding_it_stays_whole() -> None:
    text = "Cierra el tren Madrid-Jaén. Protesta la Asociación Amigos del Tren Madrid-Jaén."
    body = "Asociación Amigos del Tren Madrid-Jaén"
    found = [mention(text, "Madrid-Jaén", "LOC"), mention(text, body, "ORG")]
    assert spans(romance_sport(text, found, "es")) == [("Madrid", "LOC"), ("Jaén", "LOC"), (body, "ORG")]


def test_a_station_named_again_gives_the_station_and_the_town() -> None:
    text = "Cierran la estación de Almadén o la de Puertollano."
    found = [mention(text, "Almadén o la de Puertollano", "ORG")]
    assert spans(romance_sport(text, found, "es")) == [("estación de Almadén", "LOC"), ("Puertollano", "LOC")]


def test_two_bodies_joined_by_an_article_and_a_kind_word_are_two() -> None:
    text = "Protestan UGT y el sindicato ferroviario Sfaf. Habla la Consejería de Cultura y Turismo."
    found = [
        mention(text, "UGT y el sindicato ferroviario Sfaf", "ORG"),
        mention(text, "Consejería de Cultura y Turismo", "ORG"),
    ]
    other = "Habla la policía de Gales y las comunidades de Gales."
    whole = [mention(other, "Gales y las comunidades de Gales", "ORG")]
    assert spans(romance_sport(other, whole, "es")) == [("Gales y las comunidades de Gales", "ORG")]
    assert spans(romance_sport(text, found, "es")) == [
        ("UGT", "ORG"),
        ("Sfaf", "ORG"),
        ("Consejería de Cultura y Turismo", "ORG"),
    ]


def test_a_listed_body_found_once_is_the_body_again_but_not_inside_a_name() -> None:
    text = "Renfe cierra. Los empleados de Renfe protestan ante Renfe Mercancías Sur."
    found = [mention(text, "Renfe", "ORG"), mention(text, "Renfe Mercancías Sur", "ORG")]
    assert spans(romance_sport(text, found, "es")) == [
        ("Renfe", "ORG"),
        ("Renfe", "ORG"),
        ("Renfe Mercancías Sur", "ORG"),
    ]


def test_a_papers_elided_article_belongs_to_its_title_but_not_after_a_preposition() -> None:
    text = "Lo ha detto a L'Eco di Lecco. Lo scrive anche dell'Eco di Como il cronista."
    found = [mention(text, "Eco di Lecco", "ORG"), mention(text, "Eco di Como", "ORG")]
    assert spans(romance_sport(text, found, "it")) == [("L'Eco di Lecco", "ORG"), ("Eco di Como", "ORG")]
