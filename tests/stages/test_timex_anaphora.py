"""Tests for expressions anchored on the last mentioned date (hand-written sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from storywire.stages.dates import find_temporal_expressions
from storywire.stages.timex.anaphora import day_of_month

PUB = date(2011, 5, 11)  # a Wednesday


def values(text: str, lang: str, pub: date = PUB) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in find_temporal_expressions(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [
        # The day after the Sunday just mentioned, not after the publication date.
        ("es", "El domingo la policía detuvo a 190 personas. Al día siguiente, el ejército intervino.",
         "Al día siguiente", "2011-05-09"),
        ("fr", "Le 3 mars, les troupes sont entrées. Le lendemain, les combats ont commencé.",
         "Le lendemain", "2011-03-04"),
        ("it", "Il 3 marzo le truppe sono entrate; il giorno dopo sono iniziati i combattimenti.",
         "il giorno dopo", "2011-03-04"),
        ("en", "The talks opened on 3 March. The next day the envoy left.", "The next day", "2011-03-04"),
        ("fr", "Le 3 mars, il est arrivé, et la veille il avait appelé.", "la veille", "2011-03-02"),
        # No date before it in the paragraph: the news day.
        ("fr", "Le ministre a démissionné.\nLe lendemain, son adjoint a pris le relais.", "Le lendemain",
         "2011-05-12"),
        ("es", "Las protestas duraron todo el día. Ese mismo día el presidente habló.", "Ese mismo día",
         "2011-05-11"),
    ],
)
def test_day_anaphora(lang: str, text: str, phrase: str, expected: str) -> None:
    assert (phrase, expected) in values(text, lang)


def test_anchor_does_not_cross_paragraphs() -> None:
    text = "El 3 de marzo hubo protestas.\nAl día siguiente, el gobierno cayó."
    assert ("Al día siguiente", "2011-05-12") in values(text, "es")


def test_year_anaphora_uses_last_year_mentioned() -> None:
    text = "En 2008 se firmó el acuerdo. Ese mismo año empezó la crisis; al año siguiente cayó el gobierno."
    found = values(text, "es")
    assert ("Ese mismo año", "2008") in found and ("al año siguiente", "2009") in found


def test_event_anchored_lendemain_is_not_a_date() -> None:
    found = values("Au lendemain de la révolution, les Frères musulmans ont gagné.", "fr")
    assert not any("lendemain" in t for t, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A lo largo del día se esperan más detalles.", [("del día", "2011-05-11")]),
        ("Es un tema a la orden del día.", []),
        ("Coincide con el Día de la Policía.", []),
        ("Las noticias de la semana, en un resumen.", [("la semana", "2011-W19")]),
        ("La semana pasada hubo elecciones.", [("La semana pasada", "2011-W18")]),
    ],
)
def test_spanish_day_and_week_under_discussion(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, "es") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Los manifestantes que salieron el pasado día 21 exigían reformas.", "2011-04-21"),
        ("es", "La reunión del día 3 fue tensa.", "2011-05-03"),
        ("es", "La cumbre será el próximo día 3.", "2011-06-03"),
        ("it", "La riunione si è tenuta il giorno 9.", "2011-05-09"),
    ],
)
def test_day_of_an_implicit_month(lang: str, text: str, expected: str) -> None:
    assert [v for _, v in values(text, lang)] == [expected]


def test_day_of_month_with_a_month_is_a_full_date() -> None:
    assert values("Il giorno 17 febbraio è arrivato.", "it") == [("17 febbraio", "2011-02-17")]


def test_day_of_month_edges() -> None:
    assert day_of_month(date(2011, 3, 15), 31, -1) is None  # no 31 February or March before the 15th
    assert day_of_month(date(2011, 3, 15), 10, -1) == date(2011, 3, 10)
    assert day_of_month(date(2011, 3, 15), 20, 1) == date(2011, 3, 20)
    assert day_of_month(date(2011, 12, 15), 10, 1) == date(2012, 1, 10)


def test_dates_inside_urls_are_not_expressions() -> None:
    text = "Fuente: http://example.org/2015/09/12/nota.html el 3 de marzo."
    assert values(text, "es") == [("el 3 de marzo", "2011-03-03")]
