"""Chinese athletes named with no title, read from a sport cue after the name (a contest, a
career's turn, an age, kin), and the brands and clubs that sign them.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_athletes import athletes


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2019年，王思远入选江苏省羽毛球队。", "王思远"),  # a list of a team
        ("。刘晓雨以6比3、6比2击败对手。", "刘晓雨"),  # the score between the name and the verb
        ("这个赛季，张一帆已在成都和重庆先后夺得两站冠军。", "张一帆"),  # an adverb, a place
        ("，樊振东将迎战日本选手。", "樊振东"),
        ("李梦瑶9岁时开始练球。", "李梦瑶"),  # an age
        ("周子涵的父亲是一名教师。", "周子涵"),  # kin after "的"
        ("，张伟也已退役。", "张伟"),  # two characters: a team never retires
    ],
)
def test_athletes_read_from_their_cue(text: str, name: str) -> None:
    assert athletes(text).get(name) == "PER"
    assert (name, "PER") in _found(text)


def test_a_players_name_is_no_stream() -> None:
    # "溪" ends a stream's name too ("东苕溪"): the player's cue wins, the stream stays one
    assert ("林雨溪", "PER") in _found("林雨溪8岁时开始打球。")
    assert ("东苕溪", "LOC") in _found("东苕溪水位持续上涨，沿岸村庄紧急转移。")


@pytest.mark.parametrize(
    "text",
    [
        "，马刺在主场击败湖人。",  # a club's short name: a contest needs three characters
        "，林芝入选十佳城市。",  # a town makes a list
        "，周一将在上海击败对手。",  # a weekday
        "，江苏队击败山东队。",
        "，王家3岁的孩子走失了。",  # "王家": a word
        "，孩子们的父亲。",
    ],
)
def test_no_athlete_from_a_club_a_town_or_a_word(text: str) -> None:
    assert [n for n, t in athletes(text).items() if t == "PER"] == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("去年，周子涵与李宁续约。", "李宁"),
        ("陈雨桐已与耐克签约三年。", "耐克"),
        ("她还成为招商银行的形象大使。", "招商银行"),
        ("他成为特步全球代言人。", "特步"),
    ],
)
def test_the_party_of_a_players_contract_is_a_body(text: str, party: str) -> None:
    assert (party, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "，申花与球队续约。",  # a common word, and no person before "与"
        "，他们还与该队续约。",  # a determiner
        "，周子涵与李明远续约。",  # a person's full name
        "，周子涵与经纪人王芳签约。",  # a title: a person
    ],
)
def test_no_body_for_a_kind_or_a_person(text: str) -> None:
    assert [n for n, t in athletes(text).items() if t == "ORG"] == []
