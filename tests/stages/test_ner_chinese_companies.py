"""Chinese companies (a table) and clubs named by their city (a rule)."""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_entities_from_text(text, "zh")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("宁德时代与吉利汽车签署协议。", {("宁德时代", "ORG"), ("吉利汽车", "ORG")}),
        ("波音公司交付了新飞机。", {("波音公司", "ORG")}),  # the firm word stays in the name
        ("亚马逊宣布裁员。", {("亚马逊", "ORG")}),
    ],
)
def test_companies_without_a_cue(text: str, found: set[tuple[str, str]]) -> None:
    assert found <= _found(text)


@pytest.mark.parametrize(
    ("text", "club", "city"),
    [
        ("河北华夏队在客场取胜。", "河北华夏", "河北"),  # before a club word
        ("成都蓉城主场迎战对手。", "成都蓉城", "成都"),  # before a word of a match
        ("昨晚广西平果击败了对手。", "广西平果", "广西"),
        ("球队在客场击败杭州绿洲。", "杭州绿洲", "杭州"),  # after a word of a match
    ],
)
def test_club_named_by_its_city(text: str, club: str, city: str) -> None:
    found = _found(text)
    assert (club, "ORG") in found
    assert (city, "LOC") not in found


@pytest.mark.parametrize(
    ("text", "city"),
    [("北京时间周日凌晨比赛开始。", "北京"), ("上海警方在主场外维持秩序。", "上海"), ("中国队战胜了对手。", "中国")],
)
def test_city_before_a_common_word_stays_a_city(text: str, city: str) -> None:
    assert (city, "LOC") in _found(text)
