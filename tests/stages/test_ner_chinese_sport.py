"""Chinese teams, sport schools and person-named courts, and the places inside events and
time zones that are no mention.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("2018年，她入选四川省网球队。", "四川省网球队"),  # a province, its sport and "队"
        ("中国乒乓球队主教练表示满意。", "中国乒乓球队"),  # a country's team
        ("东京时间18日晚，日本队迎战韩国队。", "韩国队"),  # a country's team in a match
        ("广东男子篮球队获得冠军。", "广东男子篮球队"),
    ],
)
def test_a_places_team_is_one_body(text: str, team: str) -> None:
    assert (team, "ORG") in _found(text)


def test_a_team_word_that_opens_another_word_is_no_team() -> None:
    assert ("中国队", "ORG") not in _found("中国队伍庞大，中国队员表现出色。")


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("随后进入成都市体育运动学校学习。", "成都市体育运动学校"),  # a town
        ("他在阿加西网球学院训练了两年。", "阿加西网球学院"),  # a transliterated name
        ("她后来加入温哥华冰球俱乐部。", "温哥华冰球俱乐部"),
    ],
)
def test_a_sport_school_is_one_body(text: str, school: str) -> None:
    assert (school, "ORG") in _found(text)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("在温布尔登的亚瑟·阿什球场，比赛开始。", "亚瑟·阿什球场"),  # a person's name
        ("决赛将在菲利普·夏蒂埃球场举行。", "菲利普·夏蒂埃球场"),
        ("在伯纳乌球场进行的比赛中，主队获胜。", "伯纳乌球场"),  # a transliterated name
        ("在上海国际赛车场进行的练习赛中，他排名第十。", "上海国际赛车场"),  # a place's circuit
    ],
)
def test_a_named_court_is_one_place(text: str, venue: str) -> None:
    found = _found(text)
    assert (venue, "LOC") in found
    assert not any(t == "PER" for _, t in found)


@pytest.mark.parametrize("text", ["他们在这座新球场训练，比赛球场设在郊区。", "，来到新球馆训练。"])
def test_no_court_for_a_kind_of_court(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("她首次闯入法国网球公开赛四强。", "法国"),  # an event named by its country
        ("巴黎奥运会将于7月开幕。", "巴黎"),
        ("上海马拉松吸引了三万名选手。", "上海"),
        ("北京时间周五晚上，比赛开始。", "北京"),  # a time zone
        ("莫斯科时间18日凌晨，飞船发射。", "莫斯科"),
    ],
)
def test_no_place_inside_an_event_or_a_time_zone(text: str, place: str) -> None:
    assert (place, "LOC") not in _found(text)


def test_a_place_before_time_that_is_no_zone_stays() -> None:
    assert ("北京", "LOC") in _found("他在北京时间不长，很快去了上海。")
