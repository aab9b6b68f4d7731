"""Polish case forms back to the nominative: places through the gazetteer, people by rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storywire.identity.names import clean_surface
from storywire.identity.places import find_place
from storywire.identity.polish import person_nominative, person_stems, place_nominatives


@pytest.mark.parametrize(
    ("inflected", "place"),
    [
        ("Rosji", "Russia"),
        ("Rosję", "Russia"),
        ("Francji", "France"),
        ("Turcji", "Türkiye"),
        ("Ukrainie", "Ukraine"),
        ("Ukrainy", "Ukraine"),
        ("Moskwie", "Moscow"),
        ("Moskwy", "Moscow"),
        ("Kanadzie", "Canada"),
        ("Ankarze", "Ankara"),
        ("Pradze", "Prague"),
        ("Gazie", "Gaza"),
        ("Bejrucie", "Beirut"),
        ("Egipcie", "Egypt"),
        ("Damaszku", "Damascus"),
        ("Kijowie", "Kyiv"),
        ("Niemczech", "Germany"),
        ("Włoszech", "Italy"),
        ("Indiach", "India"),
        ("Stanach Zjednoczonych", "United States"),
        ("Białorusi", "Belarus"),
        ("Polski", "Poland"),
        # Inflected forms that are some small place's alternate name read as the nominative:
        ("Kairu", "Cairo"),  # also a name of Kyle, Texas
        ("Chinach", "China"),  # also a name of Jinzhou
    ],
)
def test_inflected_polish_places_find_their_place(inflected: str, place: str) -> None:
    found = find_place([inflected], "pl")
    assert found is not None and found.name == place


@pytest.mark.parametrize("nominative", ["Kraków", "Gdańsk", "Radom", "Sopot", "Łódź", "Praga", "Chiny", "Indie"])
def test_polish_nominatives_stay_themselves(nominative: str) -> None:
    as_written = find_place([nominative], "xx")
    assert as_written is not None
    assert find_place([nominative], "pl") == as_written


def test_inflection_rules_are_polish_only() -> None:
    found = find_place(["Kairu"], "en")  # an English text's "Kairu" is what the gazetteer says
    assert found is None or found.name != "Cairo"


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [
        ("Recepem Tayyipem Erdoğanem", "Recep Tayyip Erdoğan"),  # instrumental
        ("Donaldem Trumpem", "Donald Trump"),
        ("Putinowi", "Putin"),  # dative
        ("Mateusza Morawieckiego", "Mateusz Morawiecki"),
        ("Jarosławem Kaczyńskim", "Jarosław Kaczyński"),
        ("Donaldem Tuskiem", "Donald Tusk"),
        ("Andrzejem Dudą", "Andrzej Duda"),
        ("Donalda Trumpa", "Donald Trump"),  # genitive: every word agrees
        ("Władimira Putina", "Władimir Putin"),
        ("Joe Bidena", "Joe Biden"),
    ],
)
def test_declined_polish_person_names(declined: str, nominative: str) -> None:
    assert clean_surface(declined, "pl", "PER") == nominative


@pytest.mark.parametrize(
    "name",
    [
        "Maria Zacharowa",  # a feminine surname, not a genitive
        "Swiatłana Cichanouska",
        "Anna Nowak",
        "Kamala Harris",
        "Ursula von der Leyen",
        "Giorgia Meloni",
        "Donald Tusk",
        "Salem",
        "Olena Zełenska",
    ],
)
def test_polish_nominative_person_names_are_kept(name: str) -> None:
    assert clean_surface(name, "pl", "PER") == name


def test_other_languages_are_not_declined() -> None:
    assert clean_surface("Donalda Trumpa", "es", "PER") == "Donalda Trumpa"


def test_lone_surname_stems_are_only_proposals() -> None:
    assert person_nominative(["Putina"]) == ["Putina"]  # the article decides (person_mentions.degenitive)
    assert "Putin" in person_stems("Putina")
    assert "Duda" in person_stems("Dudy")
    assert all("Mrozek" in person_stems(form) for form in ("Mrozka", "Mrozkowi", "Mrozkiem", "Mrozku"))
    assert "Wróbel" in person_stems("Wróbla")


@given(st.text(alphabet="abcdeęijkłmnoóprstuwyząćśźż ", min_size=1, max_size=30))
def test_place_nominatives_are_bounded_and_never_the_name(name: str) -> None:
    forms = place_nominatives(name)
    assert name not in forms
    assert len(forms) <= 64
    assert all(len(form.split()) == len(name.split()) for form in forms)


def test_a_hyphenated_town_and_a_town_named_in_the_plural_are_declined_back() -> None:
    assert "Bielsko-Biała" in place_nominatives("Bielska-Białej")
    assert "Katowice" in place_nominatives("Katowic")
    assert "Zawada-Nowak" in person_stems("Zawadę-Nowak")
    assert "Kowalska-Nowak" in person_stems("Kowalskiej-Nowak")
