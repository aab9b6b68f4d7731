"""Chinese game and board clubs, game studios, registered firms with their county, places
inside titles (`chinese_clubs`), kinds of team (`chinese_youth`) and an organiser's "由"
before a county (`chinese_suffixes`).

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a club by its name, its genre and its kind, after punctuation or a team word
        ("昨天，墨竹围棋俱乐部的小棋手获得冠军。", ("墨竹围棋俱乐部", "ORG")),
        ("本地职业战队苍穹电竞俱乐部与对手交锋。", ("苍穹电竞俱乐部", "ORG")),
        ("他在青鸾游戏工作室担任美术设计。", ("青鸾游戏工作室", "ORG")),
        # amateur astronomers' clubs are named as game clubs are
        ("周末，银河灯塔天文俱乐部的会员在山顶观测。", ("银河灯塔天文俱乐部", "ORG")),
        ("据悉，北斗观星俱乐部将组织夜间观测。", ("北斗观星俱乐部", "ORG")),
        # a registered firm keeps its county
        ("和嘉善县青松建设工程有限公司也捐了款。", ("嘉善县青松建设工程有限公司", "ORG")),
        # "由" opens the organiser, not the county's name
        ("7日下午，由平阳县慈善总会主办的比赛举行。", ("平阳县慈善总会", "ORG")),
    ],
)
def test_named_bodies(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a kind of club or of team is no name
        ("他加入了一家本地电竞俱乐部。", "本地电竞俱乐部"),
        ("本地职业战队苍穹电竞俱乐部与对手交锋。", "本地职业战队"),
        # "由" never opens a county's name
        ("7日下午，由平阳县慈善总会主办的比赛举行。", "由平阳县慈善总会"),
    ],
)
def test_kinds_are_no_names(text: str, absent: str) -> None:
    assert all(name != absent for name, _ in _found(text))


def test_place_inside_a_title_is_no_place() -> None:
    found = _found("他常玩手机游戏《西湖传说》，据《杭州日报》报道。")
    assert ("西湖", "LOC") not in found
    assert ("杭州日报", "ORG") in found


def test_team_named_again_without_its_team_word() -> None:
    from storywire.evaluation.news_ner import pipeline_mentions

    text = "来自西安的苍狼烈焰战队获得亚军。\n\n教练说：“苍狼烈焰是很强的对手。”"
    assert ("苍狼烈焰", "ORG") in [(m.text, m.type) for m in pipeline_mentions(text, "zh")]


def test_no_bare_team_where_the_team_word_follows() -> None:
    from storywire.stages.ner.chinese_clubs import team_short_names

    text = "北岭一中飞鱼机器人战队夺冠。飞鱼机器人战队成立于2020年。"
    start = text.rindex("飞鱼机器人战队")
    team = Mention(start, start + 7, "飞鱼机器人战队", "ORG", model="rules:zh", confidence=0.6)
    assert [m.text for m in team_short_names(text, [team])] == ["飞鱼机器人战队"]
