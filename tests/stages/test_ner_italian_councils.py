"""Italian councils with their adjective, people run into their union, authorities' lower-case
tails, the town hall as a place of protest and sentence-opening numerals (round 42's town-hall
news)."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_councils import italian_councils


def test_a_council_with_its_adjective_is_one_body() -> None:
    text = "La delibera della Giunta regionale arriva ora in Consiglio provinciale."
    found = [mention(text, "Giunta", "LOC"), mention(text, "Consiglio", "ORG")]
    assert spans(italian_councils(text, found, "it")) == [
        ("Giunta regionale", "ORG"),
        ("Consiglio provinciale", "ORG"),
    ]


def test_a_bare_council_without_its_adjective_is_left_alone() -> None:
    text = "Il Consiglio ha votato ieri sera."
    found = [mention(text, "Consiglio", "ORG")]
    assert spans(italian_councils(text, found, "it")) == [("Consiglio", "ORG")]


def test_a_person_of_a_union_is_split_from_it() -> None:
    text = "Lo ha detto Carla Bianchi della Fiom-Cgil ai cronisti."
    found = [mention(text, "Carla Bianchi della Fiom-Cgil", "PER")]
    assert spans(italian_councils(text, found, "it")) == [("Carla Bianchi", "PER"), ("Fiom-Cgil", "ORG")]


def test_a_person_named_with_a_place_is_not_split() -> None:
    text = "Lo ha detto Carla Bianchi della Rovere ai cronisti."
    found = [mention(text, "Carla Bianchi della Rovere", "PER")]
    assert spans(italian_councils(text, found, "it")) == [("Carla Bianchi della Rovere", "PER")]


def test_an_authority_keeps_its_lower_case_tail() -> None:
    text = "L'Autorità di vigilanza dei contratti, con sede a Roma, ha scritto."
    found = [mention(text, "Autorità di vigilanza", "ORG")]
    assert spans(italian_councils(text, found, "it")) == [("Autorità di vigilanza dei contratti", "ORG")]


def test_an_authority_tail_running_into_the_sentence_is_not_taken() -> None:
    text = "L'Autorità di vigilanza dei contratti pubblici ha scritto."
    found = [mention(text, "Autorità di vigilanza", "ORG")]
    assert spans(italian_councils(text, found, "it")) == [("Autorità di vigilanza", "ORG")]


def test_the_town_hall_as_a_place_of_protest_is_a_place() -> None:
    text = "I commercianti in presidio davanti al Comune. Il Comune ha risposto."
    found = [mention(text, "Comune", "ORG"), mention(text, "Comune", "ORG", 1)]
    assert spans(italian_councils(text, found, "it")) == [("Comune", "LOC"), ("Comune", "ORG")]


def test_a_town_hall_named_with_its_town_is_left_alone() -> None:
    text = "Un presidio davanti al Comune di Asti."
    found = [mention(text, "Comune di Asti", "ORG")]
    assert spans(italian_councils(text, found, "it")) == [("Comune di Asti", "ORG")]


def test_a_numeral_opening_a_sentence_is_no_place() -> None:
    text = "Mille euro di multa. «Cento posti in più», dice. Cento ha votato."
    found = [mention(text, "Mille", "LOC"), mention(text, "Cento", "LOC"), mention(text, "Cento", "LOC", 1)]
    assert spans(italian_councils(text, found, "it")) == [("Cento", "LOC")]


def test_other_languages_are_left_alone() -> None:
    text = "Cento nuove licenze."
    found = [mention(text, "Cento", "LOC")]
    assert spans(italian_councils(text, found, "es")) == [("Cento", "LOC")]
