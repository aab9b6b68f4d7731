"""Polish places paired with a found place, and rivers by their mouth
(ner/polish_paired_places.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.polish_paired_places import polish_paired_places


def test_a_town_after_the_same_preposition_as_a_found_place_is_a_place() -> None:
    text = "Kutry mogą wyładować połowy we Jastarni albo w Helu."
    found = [mention(text, "Helu", "LOC")]
    assert spans(polish_paired_places(text, found, "pl")) == [("Jastarni", "LOC"), ("Helu", "LOC")]


def test_no_pair_without_a_found_place_or_with_another_case() -> None:
    text = "Spotkał się z Nowakiem albo z Kowalskim. Jechał do Gdyni albo w Sopocie."
    found = [mention(text, "Nowakiem", "PER"), mention(text, "Gdyni", "LOC")]
    assert spans(polish_paired_places(text, found, "pl")) == [("Nowakiem", "PER"), ("Gdyni", "LOC")]


def test_a_neighbouring_village_and_a_river_by_its_mouth() -> None:
    text = "Rybacy z Łeby i pobliskich Rąbek cumują u ujścia Łupawy."
    found = [mention(text, "Łeby", "LOC")]
    assert spans(polish_paired_places(text, found, "pl")) == [
        ("Łeby", "LOC"),
        ("Rąbek", "LOC"),
        ("Łupawy", "LOC"),
    ]


def test_no_neighbour_after_a_person_and_no_river_before_a_longer_name() -> None:
    text = "Przyszli z Nowakiem i pobliskich Kowalskich, a potem do ujścia Wielkiej Wisły."
    found = [mention(text, "Nowakiem", "PER")]
    assert spans(polish_paired_places(text, found, "pl")) == [("Nowakiem", "PER")]
