"""Arabic areas named by a word of land and its adjective after "منطقة".

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


def test_area_by_a_word_of_land() -> None:
    found = _found("تقع المزارع في منطقة الجبل الأخضر شرق البلاد.")
    assert ("الجبل الأخضر", "LOC") in found, found


def test_kind_of_zone_is_no_area() -> None:
    assert _found("وقعت البلدان اتفاقا لإنشاء منطقة التجارة الحرة.") == []


def test_a_towns_free_zone_is_one_place_with_its_kind_word() -> None:
    found = _found("وافتتحت الشركة مستودعا في منطقة العقبة الحرة الأسبوع الماضي.")
    assert ("منطقة العقبة الحرة", "LOC") in found, found


def test_a_towns_area_without_free_gives_the_town() -> None:
    found = _found("وتقع منطقة العقبة على البحر الأحمر.")
    assert ("العقبة", "LOC") in found, found
    assert not any(name.startswith("منطقة") for name, _ in found), found
