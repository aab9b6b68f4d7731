"""Tests for centuries, fixed-date holidays and the year of a season named without one."""

from __future__ import annotations

from datetime import date

import pytest

from storywire.stages.dates import find_temporal_expressions
from storywire.stages.timex.periods import roman, season_year


def values(text: str, lang: str, pub: date) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in find_temporal_expressions(text, lang, pub)]


PUB = date(2013, 7, 25)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La confrérie a traversé un XXe siècle tourmenté.", "19"),
        ("fr", "Au XIIe siècle, la ville fut fondée.", "11"),
        ("fr", "Au 13ème siècle, la ville fut fondée.", "12"),
        ("es", "Es el Egipto del siglo XXI.", "20"),
        ("es", "En los años setenta del siglo pasado.", "19"),
        ("it", "Nel XIX secolo il porto crebbe.", "18"),
        ("it", "Nel secolo XVI il porto crebbe.", "15"),
        ("it", "Il pericolo durerà per tutto questo secolo.", "20"),
        ("en", "A problem of the twenty-first century.", "20"),
        ("en", "A problem of the 19th century.", "18"),
    ],
)
def test_centuries(lang: str, text: str, expected: str) -> None:
    assert expected in [v for _, v in values(text, lang, PUB)]


def test_roman() -> None:
    assert [roman(s) for s in ("I", "IV", "IX", "XIV", "XIX", "XX", "XXI")] == [1, 4, 9, 14, 19, 20, 21]


@pytest.mark.parametrize(
    ("lang", "text", "pub", "expected"),
    [
        ("it", "Il ministro ha parlato dopo Natale.", date(2011, 12, 27), [("Natale", "2011-12-25")]),
        ("es", "Los mercados cierran en Navidad.", date(2011, 12, 20), [("Navidad", "2011-12-25")]),
        ("fr", "Il a été libéré à la Toussaint.", date(2011, 11, 20), [("la Toussaint", "2011-11-01")]),
        ("it", "Lo ha detto il procuratore Renato Di Natale.", date(2011, 12, 27), []),
        ("it", "È tornato nella sua città natale.", date(2011, 12, 27), []),
        ("fr", "Le Père Noël est arrivé.", date(2011, 12, 27), []),
    ],
)
def test_holidays(lang: str, text: str, pub: date, expected: list[tuple[str, str]]) -> None:
    assert values(text, lang, pub) == expected


@pytest.mark.parametrize(
    ("pub", "code", "dirn", "expected"),
    [
        (date(2011, 4, 10), "SP", 0, 2011),  # under way
        (date(2011, 5, 9), "FA", 0, 2011),  # nearer ahead than the last one
        (date(2011, 5, 9), "FA", -1, 2010),
        (date(2011, 10, 1), "SU", 0, 2011),  # just over
        (date(2022, 12, 30), "SP", 1, 2023),  # a planned spring, said in December
        (date(2022, 12, 30), "SP", -1, 2022),
        (date(2011, 1, 31), "WI", 0, 2011),
    ],
)
def test_season_year(pub: date, code: str, dirn: int, expected: int) -> None:
    assert season_year(pub, code, dirn) == expected


DEC = date(2022, 12, 30)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A visit expected in spring, said in December: next spring, in every language.
        ("uk", "Путін заявив, що навесні очікує на офіційний візит Сі до Москви.", "2023-SP"),
        ("ru", "Путин заявил, что весной ожидает официальный визит Си в Москву.", "2023-SP"),
        ("fr", "Poutine a déclaré qu'il attend une visite officielle de Xi au printemps.", "2023-SP"),
        ("es", "Putin dijo que espera una visita oficial de Xi en primavera.", "2023-SP"),
        ("it", "Putin ha detto che attende una visita ufficiale di Xi in primavera.", "2023-SP"),
        ("en", "Putin said he expects an official visit from Xi in the spring.", "2023-SP"),
        ("de", "Putin sagte, er erwartet im Frühjahr einen offiziellen Besuch von Xi.", "2023-SP"),
        # The same season told in the past tense is the one before.
        ("uk", "Навесні делегація відвідала Пекін.", "2022-SP"),
        ("fr", "L'été dernier, la délégation a visité Pékin.", "2022-SU"),
    ],
)
def test_season_direction_from_tense(lang: str, text: str, expected: str) -> None:
    assert expected in [v for _, v in values(text, lang, DEC)], values(text, lang, DEC)
