"""Chinese care homes named by a quoted name before their kind (`chinese_care`).

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“乐龄家园”日间照料中心今日启用。", "乐龄家园"),  # the quoted name, the kind out
        ("由“松鹤居”嵌入式养老服务中心运营。", "松鹤居"),  # a description between name and kind
    ],
)
def test_quoted_care_home(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "“幸福”养老院今日启用。",  # a common word in quotes: a slogan, no home's name
        "“银发关爱”行动正式启动。",  # a campaign, no care facility
    ],
)
def test_no_care_home(text: str) -> None:
    assert not [name for name, etype in _found(text) if etype == "ORG"]
