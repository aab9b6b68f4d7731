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
