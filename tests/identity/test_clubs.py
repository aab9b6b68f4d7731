"""The clubs' names and their two kinds (identity/clubs.py, identity/clubs_by_country.py)."""

from __future__ import annotations

import pytest

from storywire.identity.clubs import CLUBS, club_forms
from storywire.identity.organisations import ORG_NAMES
from storywire.stages.ner.gazetteer import place_names

_LANGUAGES = ("en", "fr", "de", "es", "it", "pl", "nl", "ru", "uk")


@pytest.mark.parametrize(
    ("name", "club"),
    [
        ("Bayern Monaco", "Bayern Munich"),
        ("Inter Mediolan", "Inter Milan"),
        ("Olympique Lyon", "Olympique Lyonnais"),
        ("1. FC Union Berlin", "Union Berlin"),
        ("Galatasaray", "Galatasaray"),
        ("Fenerbahce", "Fenerbahçe"),
        ("Crvena zvezda", "Red Star Belgrade"),
        ("Roter Stern Belgrad", "Red Star Belgrade"),
        ("Sporting Lissabon", "Sporting CP"),
        ("Lecha Poznań", "Lech Poznań"),  # a case form links to the club too
        ("Feyenoordem", "Feyenoord"),
        ("Шахтаря", "Shakhtar Donetsk"),
        ("Крыльев Советов", "Krylia Sovetov"),
    ],
)
def test_a_club_is_one_identity_under_its_names(name: str, club: str) -> None:
    assert name in CLUBS[club] and ORG_NAMES[name] == club


def test_a_name_that_is_also_a_place_a_word_or_a_person_is_a_club_only_in_context() -> None:
    contextual = ("Sevilla", "Villarreal", "Bologna", "Lyon", "Everton", "Chelsea", "Eintracht", "Celtic", "Zenit")
    for language in _LANGUAGES:
        plain, in_context = club_forms(language)
        assert {"Feyenoord", "Union Berlin", "Trabzonspor", "Bayern Monaco"} <= plain.keys(), language
        assert all(name in in_context and name not in plain for name in contextual), language
    for name in ("Real", "Union", "Standard", "Austria", "OL", "Olympique"):  # open too many other names
        assert not any(name in forms for language in _LANGUAGES for forms in club_forms(language)), name


def test_no_name_always_the_club_is_a_known_place() -> None:
    # those of old that the gazetteer also knows: a town in Ontario, a parish of Lisbon, ...
    known = {"Ajax", "Benfica", "BVB", "West Ham", "Cracovia"}  # "Cracovia" always the club only in Polish
    for language in _LANGUAGES:
        places = place_names(language)
        assert not [name for name in club_forms(language)[0] if name in places and name not in known], language


def test_polish_case_forms() -> None:
    plain, in_context = club_forms("pl")
    assert plain["Feyenoordu"] == "Feyenoord" and plain["Realu Madryt"] == "Real Madryt"
    assert plain["Korony Kielce"] == "Korona Kielce" and plain["Cracovią"] == "Cracovia"
    # "Korona" is a crown, "Widzew" a district of Łódź, "Cracovia" Kraków in Latin and Italian
    assert in_context["Koroną"] == "Korona" and in_context["Widzewa"] == "Widzew"
    assert "Cracovia" in club_forms("it")[1] and "Cracovia" not in club_forms("it")[0]


def test_russian_and_ukrainian_case_forms_take_their_endings_where_the_stem_ends() -> None:
    plain, in_context = club_forms("ru")
    assert plain["Черноморца"] == "Черноморец" and plain["Астон Виллы"] == "Астон Вилла"
    assert in_context["Барселоны"] == "Барселона" and in_context["Ливерпуля"] == "Ливерпуль"
    assert "Барселонаы" not in in_context and in_context["Динамо"] == "Динамо"
    plain, in_context = club_forms("uk")
    assert plain["Чорноморцем"] == "Чорноморець" and plain["Боруссії Дортмунд"] == "Боруссія Дортмунд"
    assert in_context["Карпат"] == "Карпати" and in_context["Зорі"] == "Зоря" and in_context["Полісся"] == "Полісся"
