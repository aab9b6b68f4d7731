"""Chinese youth-league bodies, schools' short names, named teams, youth palaces, exhibition
centres and rivers named with their bank.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("共青团中央发出通知。", "共青团中央"),
        ("共青团宁波市委员会举办了招聘会。", "共青团宁波市委员会"),  # one body, the city inside
        ("活动得到共青团的大力支持。", "共青团"),
        ("温州团市委书记出席会议。", "温州团市委"),  # a city's league committee
    ],
)
def test_league_bodies_are_one_org(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_a_league_member_and_a_bare_committee_are_no_body() -> None:
    found = _found("他是一名共青团员，团市委表扬了他。")
    assert not any(text.startswith("共青团") or text == "团市委" for text, _ in found)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("杭州二中和宁波十四中的学生参加了比赛。", "杭州二中"),  # a known city, not "中和"
        ("杭州二中和宁波十四中的学生参加了比赛。", "宁波十四中"),
        ("萧山区教育局表示，萧山三中将扩建校舍。", "萧山三中"),  # the district named with its unit
    ],
)
def test_a_schools_short_name_is_one_org(text: str, school: str) -> None:
    assert (school, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "十九届四中全会在北京召开。",  # a plenum
        "比赛一共用了二小时。",  # hours
        "东坡三中队完成了任务。",  # a squad, and no known town
    ],
)
def test_numbers_before_zhong_that_are_no_school(text: str) -> None:
    assert not any(etype == "ORG" and text_[-1:] in "中小" for text_, etype in _found(text))


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("决赛中，蓝鹰自行车队的选手率先冲线。", "蓝鹰自行车队"),  # a sponsor's name and a genre
        ("今年，猎户座机器人战队获得冠军。", "猎户座机器人战队"),
        ("来自福州的雷鸣战队晋级八强。", "雷鸣战队"),
    ],
)
def test_a_named_team_is_one_org(text: str, team: str) -> None:
    assert (team, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text", ["运输车队顺利抵达灾区。", "这支战队很年轻。", "整个战队士气高涨。", "海军陆战队抵达港口。"]
)
def test_a_convoy_or_a_determiner_is_no_team(text: str) -> None:
    assert not any(etype == "ORG" and name.endswith("队") for name, etype in _found(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("授奖仪式在宁波市少年宫举行。", "宁波市少年宫"),  # a youth palace is a hall: LOC
        ("展会在深圳国际博览中心开幕。", "深圳国际博览中心"),
        ("学校位于清溪河畔，环境优美。", "清溪河"),  # a river named with its bank
    ],
)
def test_halls_and_rivers_are_places(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


def test_a_kind_of_river_by_its_bank_is_no_name() -> None:
    assert not any(name.endswith("河") for name, _ in _found("傍晚，他们在护城河畔散步。"))


def test_a_place_inside_a_campaigns_name_is_no_place() -> None:
    found = _found("团省委启动“活力温州”行动，温州的青年踊跃参加。")
    assert found.count(("温州", "LOC")) == 1  # the town named after the campaign, not inside it
