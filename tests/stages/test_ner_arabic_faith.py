"""Arabic religious and relief bodies (`arabic_faith`): fatwa offices, church sees, Caritas'
branches and the UN's food agency.

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
        # a fatwa office and its standing or country's adjective, one ORG
        ("وأصدرت دائرة الإفتاء العام بيانا حول زكاة الفطر", [("دائرة الإفتاء العام", "ORG")]),
        ("ودعت دار الإفتاء الليبية إلى التهدئة", [("دار الإفتاء الليبية", "ORG")]),
        # a see by its rite; the town after "في" is a place apart
        (
            "وشاركت المطرانية المارونية في بيروت في الصلاة",
            [("المطرانية المارونية", "ORG"), ("بيروت", "LOC")],
        ),
        ("ورحبت بطريركية الروم الأرثوذكس بالمبادرة", [("بطريركية الروم الأرثوذكس", "ORG")]),
        ("وقدمت أبرشية حلب مساعدات للأسر", [("أبرشية حلب", "ORG")]),
        # Caritas with its country, one ORG; alone too
        ("ووزعت كاريتاس سوريا أغطية على الأسر", [("كاريتاس سوريا", "ORG")]),
        ("وتعمل كاريتاس منذ عقود في المنطقة", [("كاريتاس", "ORG")]),
        # the UN's food agency, with no "الأمم المتحدة" in its name
        ("وحذر برنامج الأغذية العالمي من نقص التمويل", [("برنامج الأغذية العالمي", "ORG")]),
    ],
)
def test_faith_and_relief_bodies(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        # a patriarchate's word with no rite after it names no body
        ("وتحدث عن تاريخ البطريركية في القرون الوسطى", "البطريركية"),
        # "الإفتاء" as the act of giving fatwas after "مجلس" of another body's name
        ("وناقش المجلس مسألة الإفتاء في القضايا الطبية", "الإفتاء"),
        # a programme of another kind is no agency
        ("وأطلقت الوزارة برنامج التبادل الثقافي", "برنامج التبادل الثقافي"),
    ],
)
def test_no_faith_body(text: str, not_found: str) -> None:
    assert all(t != not_found for t, _ in _found(text)), _found(text)
