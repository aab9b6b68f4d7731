"""Arabic landmarks: castles named after their builder, streets named after the shore.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("وصل الزوار إلى قلعة شالي في الواحة.", ("قلعة شالي", "LOC")),  # a rare indefinite name
        ("يمتد شارع الكورنيش على طول الساحل.", ("شارع الكورنيش", "LOC")),  # the shore names the street
        ("افتتح المقهى على شارع البحر أمس.", ("شارع البحر", "LOC")),
    ],
)
def test_landmark(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتحولت المدينة إلى قلعة صناعية كبرى.",  # a common adjective, no builder
        "يقع المتجر في شارع المدينة الرئيسي.",  # the town's street
    ],
)
def test_no_landmark(text: str) -> None:
    assert _found(text) == []
