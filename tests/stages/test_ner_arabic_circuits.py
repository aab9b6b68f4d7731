"""Arabic circuits, venues and events named by a place (`arabic_circuits`, through
`arabic_sport`).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_sport import sport_mentions
from storywire.stages.ner.tokens import tokenize


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in sport_mentions(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a circuit: the kind word inside, its own adjective too, a country's outside
        ("وأقيم السباق على حلبة سيلفرستون البريطانية", [("حلبة سيلفرستون", "LOC")]),
        (
            "وتقام الجولة على حلبة الكويت الدولية، ثم حلبة مونزا",
            [("حلبة الكويت الدولية", "LOC"), ("حلبة مونزا", "LOC")],
        ),
        # rare words closed by a place, and the town after "في"
        ("على حلبة كورنيش الدوحة الدولية في لوسيل", [("حلبة كورنيش الدوحة الدولية", "LOC"), ("لوسيل", "LOC")]),
        ("وأقيمت منافسات الخيل في مضمار ميدان", [("مضمار ميدان", "LOC")]),
        # marinas and corniches, as a street keeps its head
        ("وزار الوفد كورنيش الإسكندرية", [("كورنيش الإسكندرية", "LOC")]),
        ("وتلقت السفينة إذنا بالرسو في مرسى مطروح", [("مرسى مطروح", "LOC")]),
        # stadiums of rare words; arenas named with a transliterated kind word after the name
        ("وأقيمت المباراة على ملعب أولد ترافورد", [("ملعب أولد ترافورد", "LOC")]),
        (
            "وتحتضن كوكاكولا أرينا الحفل، بينما تقام المباريات في لوسيل أرينا",
            [("كوكاكولا أرينا", "LOC"), ("لوسيل أرينا", "LOC")],
        ),
    ],
)
def test_venues(text: str, names: list[tuple[str, str]]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "ويتدرب على حلبة للكارتينغ قرب منزله، وحلبة السباق مزدحمة",  # a karting track, the race's track
        "وتحولت البلاد إلى حلبة صراع بين القوى الكبرى",  # a ring of contest
        "ووصلت السفينة إلى مرسى آمن قبل العاصفة",  # a safe anchorage
        "وتواجه المصنفة الأولى أرينا سابالينكا منافستها",  # a given name, no arena
    ],
)
def test_no_venue(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # an event named by a place: the place is unlabelled
        ("وتوج بلقب بطولة أستراليا المفتوحة للتنس", []),
        ("بعد فوزه في جائزة البحرين الكبرى", []),
        ("ثم كأس آسيا في الدوحة", ["الدوحة"]),
        ("وتقام المباراة في دوري أبطال أوروبا", []),
        # "بطولة" and "دوري" alone are heroism and a role: the place stays
        ("وأشاد المتحدث ببطولة غزة في وجه العدوان", ["غزة"]),
        ("وقال إن دوري مصر في المنطقة محوري", ["مصر"]),
    ],
)
def test_events_hold_no_place(text: str, places: list[str]) -> None:
    found = extract_entities_from_text(text, "ar")
    assert [m.text for m in found if m.type == "LOC"] == places
