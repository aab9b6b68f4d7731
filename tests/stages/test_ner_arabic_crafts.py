"""Arabic squares, chambers of trades, local bodies' seats and names before a possessed noun
(`arabic_crafts`).

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a square keeps its kind word, with a mosque's name read inside it
        ("وتجمع الباعة في ساحة جامع الفنا صباح الأحد", [("ساحة جامع الفنا", "LOC")]),
        ("وخرج المتظاهرون إلى ميدان التحرير مساء الجمعة", [("ميدان التحرير", "LOC")]),
        # a chamber of trades with its trades and its region
        (
            "وأعلن رئيس غرفة الصناعة التقليدية لجهة فاس مكناس أن الغرفة ستفتح ورشة",
            [("غرفة الصناعة التقليدية لجهة فاس مكناس", "ORG")],
        ),
        (
            "وقالت غرفة التجارة والصناعة والخدمات لجهة سوس ماسة إن الصادرات ارتفعت",
            [("غرفة التجارة والصناعة والخدمات لجهة سوس ماسة", "ORG")],
        ),
        # a cooperative with its village behind "ب", a national school with its town
        ("وتعمل النساء في تعاونية أركان للنسيج بتالوين منذ سنوات", [("تعاونية أركان للنسيج بتالوين", "ORG")]),
        (
            "وتخرج المهندس من المدرسة الوطنية للهندسة المعمارية بتطوان",
            [("المدرسة الوطنية للهندسة المعمارية بتطوان", "ORG")],
        ),
        # a second trade joined by "و" after the construct field
        (
            "وقالت الجمعية المغربية لصناعات الجلد والأحذية إن الصادرات تراجعت",
            [("الجمعية المغربية لصناعات الجلد والأحذية", "ORG")],
        ),
        # an industrial zone named by a saint
        ("ويقع المصنع بالمنطقة الصناعية سيدي غانم قرب المدينة", [("سيدي غانم", "LOC")]),
        # a name ends before the noun she owns
        ("وقدمت المصممة ليلى العلمي مجموعتها الأولى في الرباط", [("ليلى العلمي", "PER")]),
    ],
)
def test_craft_names(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


def test_school_of_another_rank_names_no_seat() -> None:
    # a single national school: its town after "ب" is no part of its name
    found = _found("ودرس في المدرسة الحسنية للأشغال العمومية بالدار البيضاء")
    assert ("الدار البيضاء", "LOC") in found, found
    assert not any("بالدار" in t for t, _ in found), found


def test_chamber_without_region_is_not_stretched() -> None:
    # no "لجهة" and a region: the rule leaves the chamber alone, and takes no town
    found = _found("وقالت الغرفة إن الحرفيين في مكناس يعانون")
    assert not any(t.startswith("غرفة") or t.startswith("الغرفة") for t, _ in found), found


def test_possessed_noun_is_no_person() -> None:
    found = _found("وعرضت المصممة سعاد البقالي مجموعتها ثم عادت مجموعتها إلى المعرض")
    assert not any("مجموعتها" in t for t, _ in found), found


def test_people_after_trades_stay_out() -> None:
    # "والعاملين" is the sentence's next noun (people), not a second trade
    found = _found("وطالبت الجمعية الوطنية لصناعات الورق والعاملين فيها بالدعم")
    assert not any("والعاملين" in t for t, _ in found), found
