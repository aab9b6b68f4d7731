"""Arabic outlets told something in quotation marks after "لـ".

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


def test_outlet_after_the_speakers_office_between_commas() -> None:
    found = _found("وقال أحمد سالم، مدير المصنع، لـ«الأهرام» إن العمل مستمر.")
    assert ("الأهرام", "ORG") in found, found


def test_no_verb_of_speech_no_outlet() -> None:
    assert _found("دعا الوزير، في بيانه، لـ«حملة الخير» في المدن.") == []


def test_outlet_after_a_three_word_title_and_a_name() -> None:
    text = "وقال رئيس مجلس إدارتها سامي حسن لـ«الشروق» إن الشركة ستتوسع"
    found = [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]
    assert ("الشروق", "ORG") in found


def test_no_outlet_after_a_clause() -> None:
    text = "وقالت إنها تعود لـ«الزمن الجميل» كل مساء"
    assert [m for m in extract_entities_from_text(text, "ar") if m.text == "الزمن الجميل"] == []
