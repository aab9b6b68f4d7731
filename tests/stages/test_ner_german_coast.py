"""German harbour and coast news: coordinated compounds and legal forms of bodies, a headline's
firm run into its verb, clubs and federations with their place, marinas, "-vorstadt" quarters
and common nouns after an indefinite article (ner/german_coast.py).  Sentences written for the
tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_coast import german_coast


def test_a_coordinated_compound_and_a_legal_form_belong_to_the_body() -> None:
    text = "Die Fähr- und Hafengesellschaft Wismar mbH klagt, das Zoll- und Grenzamt Kiel auch."
    found = [mention(text, "Hafengesellschaft Wismar", "ORG"), mention(text, "Grenzamt Kiel", "ORG")]
    assert spans(german_coast(text, found, "de")) == [
        ("Fähr- und Hafengesellschaft Wismar mbH", "ORG"),
        ("Zoll- und Grenzamt Kiel", "ORG"),
    ]


def test_a_lower_case_word_before_the_body_stays_out() -> None:
    text = "Die Anträge und Hafengesellschaft Wismar streiten."
    found = [mention(text, "Hafengesellschaft Wismar", "ORG")]
    assert spans(german_coast(text, found, "de")) == [("Hafengesellschaft Wismar", "ORG")]


def test_a_headlines_firm_run_into_its_verb_is_cut_and_the_place_kept() -> None:
    text = "Segelmacherei Wendt kauft Bootshalle am Priwall\n\nDie Segelmacherei Wendt GmbH wächst."
    found = [mention(text, "Segelmacherei Wendt kauft Bootshalle am Priwall", "ORG")]
    out = german_coast(text, found, "de")
    assert spans(out)[:2] == [("Segelmacherei Wendt", "ORG"), ("Priwall", "LOC")]
    assert out[0].model == "shop-by-owner"


def test_a_body_in_the_text_is_not_cut_at_a_lower_case_word() -> None:
    text = "Neu:\nDer Bund für Umwelt und Naturschutz warnt."
    found = [mention(text, "Bund für Umwelt und Naturschutz", "ORG")]
    assert spans(german_coast(text, found, "de")) == [("Bund für Umwelt und Naturschutz", "ORG")]


def test_a_club_or_federation_with_a_known_place_is_one_body() -> None:
    text = "Der Vorstand des Ruder-Vereins Rostock und der Landesruderverband Schleswig-Holstein tagen."
    found = [mention(text, "Schleswig-Holstein", "LOC")]
    assert spans(german_coast(text, found, "de")) == [
        ("Ruder-Vereins Rostock", "ORG"),
        ("Landesruderverband Schleswig-Holstein", "ORG"),
    ]


def test_a_club_before_an_unknown_word_is_left_alone() -> None:
    text = "Der Ruder-Verein Vorstand tagte."
    assert spans(german_coast(text, [], "de")) == []


def test_a_marina_after_an_article_is_a_place_and_its_town_too() -> None:
    text = "Er kommt aus Laboe, wo er die Marina Laboe führte. Marina Laboe sang."
    found = [
        mention(text, "Laboe", "PER"),
        mention(text, "Marina Laboe", "PER"),
        mention(text, "Marina Laboe", "PER", 1),
    ]
    assert spans(german_coast(text, found, "de")) == [
        ("Laboe", "LOC"),
        ("Marina Laboe", "LOC"),
        ("Marina Laboe", "PER"),
    ]


def test_a_suburb_compound_is_a_place_the_old_town_untouched() -> None:
    text = "Der Betrieb aus der Tribseervorstadt zog in die Altstadt."
    assert spans(german_coast(text, [], "de")) == [("Tribseervorstadt", "LOC")]


def test_a_word_after_an_indefinite_article_is_no_place_anywhere() -> None:
    text = "Sie kaufen einen Bootskran. Der Bootskran kommt aus Husum."
    found = [
        mention(text, "Bootskran", "LOC"),
        mention(text, "Bootskran", "LOC", 1),
        mention(text, "Husum", "LOC"),
    ]
    assert spans(german_coast(text, found, "de")) == [("Husum", "LOC")]


def test_a_rare_second_origin_is_a_place_a_common_noun_none() -> None:
    text = "Gäste aus Husum und von Pellworm kamen, Helfer aus Husum und von Freunden auch."
    found = [mention(text, "Husum", "LOC"), mention(text, "Husum", "LOC", 1)]
    assert spans(german_coast(text, found, "de")) == [("Husum", "LOC"), ("Pellworm", "LOC"), ("Husum", "LOC")]
