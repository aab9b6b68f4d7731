"""Arabic officials named between commas after their office (`arabic_appositions`).

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
        # a foreign name, rare as words, after the office and where it is held
        ("وقالت ممثلة الصندوق في بيروت، إنغريد هولم، إن المساعدات تأخرت", [("إنغريد هولم", "PER")]),
        # a definite office with its adjective, a name of three words
        ("وأوضح المدير الإقليمي للمنظمة، بيتر يانسن كول، أن العمل مستمر", [("بيتر يانسن كول", "PER")]),
    ],
)
def test_appositive_people(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    "text",
    [
        # a clause between commas is no name: common words
        "وقال مدير المكتب الإقليمي للمنظمة، يوم الأحد، إن الوضع صعب",
        # a place between commas
        "وقال ممثل الوكالة في الأردن، عمّان، إن العمل مستمر",
    ],
)
def test_no_appositive_person(text: str) -> None:
    assert all(t != "PER" for _, t in _found(text)), _found(text)
