"""Numbered roads: a code counts where the language writes a road, never by its shape alone."""

from __future__ import annotations

import pytest
from ner_mentions import mention, spans

from storywire.stages.ner.roads import _CODES, _any_code, _pattern, numbered_roads


def test_a_tagged_code_is_retyped_a_place() -> None:
    text = "Traffic on the M62 and the A1 flowed; Airbus A350 and trasa Р-4."
    found = [mention(text, "M62", "ORG"), mention(text, "A1", "MISC"), mention(text, "Airbus A350", "ORG")]
    assert spans(numbered_roads(text, found, "en")) == [("M62", "LOC"), ("A1", "LOC"), ("Airbus A350", "ORG")]


@pytest.mark.parametrize(
    ("language", "text", "roads"),
    [
        ("de", "Der Stau auf der A9 reichte bis zur A 3; die Bundesstraße B27 blieb frei.", ["A9", "A 3", "B27"]),
        ("en", "A van overturned on the A38 before joining the M5 near Exeter.", ["A38", "M5"]),
        (
            "es",
            "El choque en la AP-7 obligó a desviar el tráfico por la N-II y la autovía A-2.",
            ["AP-7", "N-II", "A-2"],
        ),
        ("fr", "La RN 21 et l'A64 sont coupées, la départementale D 817 aussi.", ["RN 21", "A64", "D 817"]),
        ("it", "Traffico bloccato sulla SS 1 e sull'A12 verso Genova.", ["SS 1", "A12"]),
        ("pl", "Na drodze ekspresowej S8 i na DK 91 doszło do kolizji.", ["S8", "DK 91"]),
        ("ru", "Движение на трассе М-10 и на Р-21 восстановлено.", ["М-10", "Р-21"]),
        ("uk", "На трасі Н-08 та на М-05 утворилися затори.", ["Н-08", "М-05"]),
    ],
)
def test_an_untagged_road_after_its_cue_is_a_place(language: str, text: str, roads: list[str]) -> None:
    assert spans(numbered_roads(text, [], language)) == [(road, "LOC") for road in roads]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The A320 landed after the A380 ramp closed; the M1 chip and an M1 Abrams."),
        ("de", "Er fuhr einen Audi A6 und druckte auf A4-Papier."),
        ("fr", "L'A350 d'Air France a atterri; une feuille A4 suffit."),
        ("ru", "Самолёт А-50 вернулся на аэродром."),
        ("pl", "Samsung S9 to telefon."),
    ],
)
def test_a_code_with_no_road_cue_is_no_place(language: str, text: str) -> None:
    assert numbered_roads(text, [], language) == []


def test_a_class_letters_span_is_replaced_by_the_whole_code() -> None:
    text = "Code sulla SS 398 per ore."
    assert spans(numbered_roads(text, [mention(text, "SS", "ORG")], "it")) == [("SS 398", "LOC")]


def test_a_road_named_by_its_class_and_number_is_one_place() -> None:
    text = "Crews closed State Highway 1 and Route 9 after the slip; the route 3 bus ran."
    found = [mention(text, "State Highway 1", "ORG")]
    assert spans(numbered_roads(text, found, "en")) == [("State Highway 1", "LOC"), ("Route 9", "LOC")]


def test_a_french_road_named_by_its_spelled_out_class_is_one_place() -> None:
    text = "Un camion s'est renversé sur la route départementale 118 puis sur la nationale 7, pas sur la route."
    assert spans(numbered_roads(text, [], "fr")) == [("route départementale 118", "LOC"), ("nationale 7", "LOC")]


@pytest.mark.parametrize("language", sorted(_CODES))
def test_a_text_without_any_code_has_no_road_to_find(language: str) -> None:
    # the prefilter `_any_code` must find a code wherever the whole pattern finds a road
    samples = [
        "auf der A7 und der B 12, Autobahn E45",
        "the M62, motorway A1(M), Interstate I-95 and the B1234",
        "la AP-6, la N-VI, autovía A-4 y la M-30",
        "sur l'A1, la RD 937, la route N 7",
        "sulla SS 398, dell'A14 e l'SP 12bis",
        "na drodze S7, autostradą A4, drogi DK 94",
        "трасса М-4, на Р-255",
        "траса М-06, на Н-02",
        "no road at all here, only Audi and Samsung",
    ]
    pattern = _pattern(language)
    assert pattern is not None
    found = [text for text in samples if pattern.search(text)]
    assert found  # the language's own sample has a road
    assert all(_any_code(language).search(text) for text in found)
    assert _any_code(language).search("no road at all here") is None


def test_a_polish_road_code_after_przy_is_a_place_a_bare_code_is_not() -> None:
    text = "Magazyn stoi przy DK8, a druk idzie na papier A4 i S7 jest w garażu."
    assert spans(numbered_roads(text, [], "pl")) == [("DK8", "LOC")]


def test_an_italian_provincial_road_in_title_case_after_its_article() -> None:
    text = "Il cantiere lungo la Sp 42 chiude; sulla Sr 11 si passa. Il modello Sp 42 non è una strada."
    assert spans(numbered_roads(text, [], "it")) == [("Sp 42", "LOC"), ("Sr 11", "LOC")]


def test_a_roads_quoted_name_after_its_number_is_one_place() -> None:
    text = "Грузовики шли по трассе Р-22 «Каспий» и по трассе М-7."
    found = numbered_roads(text, [mention(text, "Каспий", "LOC")], "ru")
    assert spans(found) == [("Р-22 «Каспий»", "LOC"), ("М-7", "LOC")]
    # a quoted name after a comma is no part of the road
    text = "Колона їхала трасою М-05, «Одеса» чекала."
    assert spans(numbered_roads(text, [], "uk")) == [("М-05", "LOC")]


def test_an_italian_state_roads_own_name_joins_its_number() -> None:
    text = "I camion restano in coda sulla SS 1 Aurelia tra Grosseto e Livorno."
    found = [mention(text, "Aurelia", "MISC"), mention(text, "Grosseto", "LOC"), mention(text, "Livorno", "LOC")]
    assert spans(numbered_roads(text, found, "it")) == [
        ("SS 1 Aurelia", "LOC"),
        ("Grosseto", "LOC"),
        ("Livorno", "LOC"),
    ]


def test_a_town_after_an_italian_roads_number_stays_apart() -> None:
    text = "Un incidente sulla SS 16 Bari ha bloccato il traffico."
    found = [mention(text, "Bari", "LOC")]
    assert spans(numbered_roads(text, found, "it")) == [("SS 16", "LOC"), ("Bari", "LOC")]
