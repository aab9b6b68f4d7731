"""Italian resort news: a council's town, listed towns, coach operators, "&" practices and a
place these rules found named again (round 44's ski lifts)."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.model import EntityType, Mention
from storywire.stages.ner.italian_resorts import italian_resorts


def _guess(text: str, surface: str, etype: EntityType, confidence: float) -> Mention:
    m = mention(text, surface, etype)
    m.confidence = confidence  # a rule backend's guess, below a sure person's
    return m


def test_the_town_after_a_lower_case_council_is_a_place() -> None:
    text = "La variante ha avuto il via libera del consiglio comunale di Sestola Fanano ieri."
    found = [_guess(text, "Sestola Fanano", "PER", 0.6)]
    assert spans(italian_resorts(text, found, "it")) == [("Sestola Fanano", "LOC")]


def test_a_capitalised_council_is_left_to_the_council_rules() -> None:
    text = "Il Consiglio comunale di Sestola ha votato."
    found = [mention(text, "Sestola", "LOC")]
    assert spans(italian_resorts(text, found, "it")) == [("Sestola", "LOC")]


def test_towns_listed_with_a_known_town_are_places() -> None:
    text = "Lavorano circa 300 persone tra Fanano, Roccapelago e San Pellegrino Terme."
    found = [_guess(text, "Roccapelago", "MISC", 0.3), _guess(text, "Pellegrino Terme", "PER", 0.6)]
    assert spans(italian_resorts(text, found, "it")) == [
        ("Fanano", "LOC"),
        ("Roccapelago", "LOC"),
        ("San Pellegrino Terme", "LOC"),
    ]


def test_a_list_of_people_is_left_alone() -> None:
    text = "La scelta è tra Mario Rossi, Fanano e Lucia Verdi."
    found = [_guess(text, "Mario Rossi", "PER", 0.8), _guess(text, "Lucia Verdi", "PER", 0.8)]
    assert spans(italian_resorts(text, found, "it")) == [("Mario Rossi", "PER"), ("Lucia Verdi", "PER")]


def test_a_coach_operator_is_a_firm() -> None:
    text = "Da lunedì la Frignano Bus aggiunge tre corse."
    found = [_guess(text, "Frignano Bus", "PER", 0.6)]
    assert spans(italian_resorts(text, found, "it")) == [("Frignano Bus", "ORG")]


def test_a_bus_without_a_name_is_no_firm() -> None:
    text = "Il Bus navetta parte alle otto."
    assert spans(italian_resorts(text, [], "it")) == []


def test_a_practice_joined_by_ampersand_is_one_body() -> None:
    text = "Il rifugio sarà disegnato dallo studio modenese Ferri & Galli Ingegneri Associati."
    found = [_guess(text, "Ferri", "MISC", 0.3), _guess(text, "Galli Ingegneri Associati", "PER", 0.6)]
    assert spans(italian_resorts(text, found, "it")) == [("Ferri & Galli Ingegneri Associati", "ORG")]


def test_two_people_joined_by_ampersand_without_studio_are_left_alone() -> None:
    text = "Hanno cantato Ferri & Galli ieri sera."
    found = [_guess(text, "Ferri", "MISC", 0.3), _guess(text, "Galli", "PER", 0.6)]
    assert spans(italian_resorts(text, found, "it")) == [("Ferri", "MISC"), ("Galli", "PER")]


def test_a_listed_town_named_again_is_the_place_there_too() -> None:
    text = "Fanano in festa\n\nLavorano 300 persone tra Sestola, Fanano e Pievepelago. Il Fanano cresce."
    last = text.rindex("Fanano")
    found = [Mention(last, last + 6, "Fanano", "MISC", "test", 0.3)]
    assert spans(italian_resorts(text, found, "it")) == [
        ("Fanano", "LOC"),
        ("Sestola", "LOC"),
        ("Fanano", "LOC"),
        ("Pievepelago", "LOC"),
        ("Fanano", "LOC"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "Il consiglio comunale di Sestola ha votato."
    assert spans(italian_resorts(text, [], "es")) == []
