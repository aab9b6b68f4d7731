"""Chinese mountain and winter-travel news: ski resorts after their county, rescue teams,
high-speed lines, resort zones, hotels as a trade, long registered firm names and ski towns.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a resort after its city or county: the unit and the resort, two places
        ("吉林市北大湖滑雪场今天开业。", [("吉林市", "LOC"), ("北大湖滑雪场", "LOC")]),
        ("记者来到哈尔滨市帽儿山滑雪场。", [("哈尔滨市", "LOC"), ("帽儿山滑雪场", "LOC")]),
        # a rescue team of a place is one body with it
        ("崇义县山地救援队出动了二十人。", [("崇义县山地救援队", "ORG")]),
        ("昨天，长春市应急救援队完成了演练。", [("长春市应急救援队", "ORG")]),
        ("蓝天救援队连夜赶到山脚。", [("蓝天救援队", "ORG")]),
        # a high-speed line keeps its word, as a railway does
        ("交通方面，京张高铁开通后游客大增。", [("京张高铁", "LOC")]),
        # a county and a long field before the legal form
        ("滑雪场由辉南县龙湾冰雪旅游开发有限公司投资。", [("辉南县龙湾冰雪旅游开发有限公司", "ORG")]),
        # ski towns and a crater lake of winter travel news
        ("他此前在崇礼教了三年滑雪。", [("崇礼", "LOC")]),
        ("游客上山看天池。", [("天池", "LOC")]),
        # "到" joins an airport and a resort, never a name
        ("从昆明机场到体育场要一个小时。", [("昆明机场", "LOC")]),
    ],
)
def test_mountain_names(text: str, names: list[tuple[str, str]]) -> None:
    found = _found(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("长白山万达滑雪场迎来首批游客。", "万达滑雪场"),  # a mountain is no unit: the resort stays whole
        ("一支救援队连夜赶到山脚。", "一支救援队"),  # no place, no team's name
        ("游客乘坐高铁前往滑雪。", "乘坐高铁"),  # a verb before the line's word
        ("孩子们在戏雪区玩了一上午。", "戏雪区"),  # a resort's zone, no district
        ("旅游带动酒店、餐饮和零售销售。", "带动酒店"),  # hotels as a trade
        ("从昆明机场到体育场要一个小时。", "昆明机场到体育场"),
    ],
)
def test_no_mountain_name(text: str, word: str) -> None:
    assert word not in [name for name, _ in _found(text)]


def test_county_resort_with_no_name_stays_one() -> None:
    """A unit with no name after it is the county's resort: one place, not parted."""
    assert ("通化县滑雪场", "LOC") in _found("通化县滑雪场今天开业。")


def test_a_mountain_at_its_foot_or_after_its_county_is_a_place() -> None:
    found = [(m.text, m.type) for m in extract_entities_from_text("在天柱山脚下的村庄。", "zh")]
    assert found == [("天柱山", "LOC")]
    found = [(m.text, m.type) for m in extract_entities_from_text("他们来到罗田县天堂山游玩。", "zh")]
    assert found == [("罗田县", "LOC"), ("天堂山", "LOC")]


def test_a_bare_hill_or_a_countys_hill_district_is_no_mountain() -> None:
    assert extract_entities_from_text("他们在山脚下休息。", "zh") == []
    found = [(m.text, m.type) for m in extract_entities_from_text("通山县山区降雨。", "zh")]
    assert found == [("通山县", "LOC")]
