"""Military units, commands and military courts: a kind word counts with its number or honorific."""

from __future__ import annotations

import pytest
from ner_mentions import mention, spans

from storywire.stages.ner.military_units import military_units


@pytest.mark.parametrize(
    ("language", "text", "units"),
    [
        (
            "de",
            "Das Jägerbataillon 292 und die Gebirgsjägerbrigade 23 „Bayern“ übten mit dem Operationsführungskommando.",
            ["Jägerbataillon 292", "Gebirgsjägerbrigade 23 „Bayern“", "Operationsführungskommando"],
        ),
        (
            "pl",
            "Żołnierze 12. Szczecińskiej Dywizji Zmechanizowanej i 6. Brygady Powietrznodesantowej ćwiczyli.",
            ["12. Szczecińskiej Dywizji Zmechanizowanej", "6. Brygady Powietrznodesantowej"],
        ),
        (
            "en",
            "Troops of the 101st Airborne Division joined the 2nd Battalion.",
            ["101st Airborne Division", "2nd Battalion"],
        ),
        (
            "ru",
            "Дело рассмотрит 39-й гарнизонный военный суд, бывший офицер Западного военного округа.",
            ["39-й гарнизонный военный суд", "Западного военного округа"],
        ),
    ],
)
def test_units_are_one_organisation(language: str, text: str, units: list[str]) -> None:
    assert [(t, k) for t, k in spans(military_units(text, [], language)) if k == "ORG"] == [(u, "ORG") for u in units]


def test_a_unit_word_without_number_or_name_is_a_common_noun() -> None:
    text = "Eine Panzerbrigade ist kein Name; die Brigade zog nach Litauen."
    assert military_units(text, [], "de") == []


def test_the_honorific_read_as_a_person_is_the_units() -> None:
    text = "Die Infanteriebrigade „Eiserner Wolf“ übte."
    found = [mention(text, "Eiserner Wolf", "PER")]
    assert spans(military_units(text, found, "de")) == [("Infanteriebrigade „Eiserner Wolf“", "ORG")]


def test_a_longer_name_holding_the_unit_stays() -> None:
    text = "Das Kommando des Jägerbataillon 292 Schmidt sprach."
    found = [mention(text, "Jägerbataillon 292 Schmidt", "ORG")]
    assert spans(military_units(text, found, "de")) == [("Jägerbataillon 292 Schmidt", "ORG")]


def test_a_regional_military_administration_read_as_a_person_is_the_body() -> None:
    text = "Голова Львівської ОВА заявив, що Харківська ОДА та Одеської МВА працюють."
    found = [mention(text, "Львівської ОВА", "PER")]
    assert spans(military_units(text, found, "uk")) == [
        ("Львівської ОВА", "ORG"),
        ("Харківська ОДА", "ORG"),
        ("Одеської МВА", "ORG"),
    ]


def test_french_units_by_their_ordinal_and_arm() -> None:
    text = (
        "Le 152e régiment d'infanterie, le 1er régiment étranger de cavalerie, le 27e bataillon de chasseurs "
        "alpins et la 7e brigade blindée ont défilé avec les anciens du 8e hussards."
    )
    assert spans(military_units(text, [mention(text, "régiment étranger", "ORG")], "fr")) == [
        ("152e régiment d'infanterie", "ORG"),
        ("1er régiment étranger de cavalerie", "ORG"),
        ("27e bataillon de chasseurs alpins", "ORG"),
        ("7e brigade blindée", "ORG"),
        ("8e hussards", "ORG"),
    ]


def test_a_french_league_or_a_rank_is_no_unit() -> None:
    text = "Promu en 2e division, le club a fini 3e groupe ; la 4e compagnie a gagné."
    assert military_units(text, [], "fr") == []


def test_a_polish_unit_takes_its_patron_after_im() -> None:
    text = "Wartę wystawiła 12. Brygada Zmechanizowana im. gen. Józefa Hallera ze Szczecina."
    found = [mention(text, "Józefa Hallera", "PER")]
    assert spans(military_units(text, found, "pl")) == [("12. Brygada Zmechanizowana im. gen. Józefa Hallera", "ORG")]
    # a person after the unit without "im." is not its patron: the unit stops before him
    text = "Dowódca 12. Brygady Zmechanizowanej Jan Kowalski przemawiał."
    found = [mention(text, "Jan Kowalski", "PER")]
    assert ("Jan Kowalski", "PER") in spans(military_units(text, found, "pl"))
