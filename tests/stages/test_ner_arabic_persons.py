"""Arabic people after a role word: an artist's title and a compound "عبد" name whose first
word is a common word too (`arabic_persons`).

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
        ("وقالت الفنانة سلوى عبد المجيد إن المسرحية نجحت", [("سلوى عبد المجيد", "PER")]),
        # an Egyptian full name: the father's compound name in it
        ("وقال الطالب أمل عبد الكريم محمد عبد الستار إنه نجح", [("أمل عبد الكريم محمد عبد الستار", "PER")]),
    ],
)
def test_compound_names_after_a_role(text: str, entities: list[tuple[str, str]]) -> None:
    assert _found(text) == entities


@pytest.mark.parametrize(
    "text",
    [
        "وقال الفنان إن المسرحية نجحت",  # a role and no name
        "وقالت المعلمة عبر عبد الله إن الدرس انتهى",  # a function word first: no name opens there
    ],
)
def test_no_compound_name_without_a_first_name(text: str) -> None:
    assert [m for m in extract_entities_from_text(text, "ar") if m.type == "PER" and "عبر" in m.text] == []
    assert all(m.text != "الفنان" for m in extract_entities_from_text(text, "ar"))
