"""Chinese bridges, stations, numbered roads and the rivers they cross (`chinese_transport`).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_hong_kong import repeated_names


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("货车撞上江门北江大桥护栏。", "江门北江大桥"),  # the city and the bridge's name: one place
        ("佛山大桥今晨封闭。", "佛山大桥"),  # a bridge named by its city alone
        ("武汉长江大桥建于1957年。", "武汉长江大桥"),
        ("旅客从长沙南站出发。", "长沙南站"),  # a station keeps its side
        ("列车抵达武汉站后停运。", "武汉站"),
        ("车辆绕行S113省道。", "S113省道"),  # a road's number and its kind
        ("车辆绕行107国道。", "107国道"),
        ("事故发生在国道318线。", "国道318线"),
        ("车辆改走G15沈海高速。", "G15沈海高速"),
    ],
)
def test_place_of_transport(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


def test_river_named_by_its_bridge() -> None:
    found = _found("货轮撞上北江大桥，当时北江水位较高。")
    assert ("北江大桥", "LOC") in found and ("北江", "LOC") in found


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("往来东江两岸的市民只能绕行。", "东江"),
        ("在嘉陵江沿岸巡查。", "嘉陵江"),  # a name of two characters before "江"
    ],
)
def test_river_named_by_its_banks(text: str, river: str) -> None:
    assert (river, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "一江两岸的风景很美，大江南北都有。",  # a numeral, a word of size: no river's name
        "沿江两岸都是工厂。",
        "运河沿岸建起了步道，内河航道也已疏浚。",  # kinds of waterway
    ],
)
def test_no_river_of_a_common_phrase(text: str) -> None:
    assert not [n for n, t in _found(text) if t == "LOC"]


def test_station_master_is_no_station_name() -> None:
    # "站长": the station master after the station; a country's "站" is a leg of a tour
    assert ("广州站", "LOC") in _found("广州站站长表示列车正常。")
    assert ("中国站", "LOC") not in _found("中国站的比赛将在上海举行。")


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("连接甬台温高速和村里的公路年底完工。", "甬台温高速"),
        ("车辆沿沪昆高速公路行驶。", "沪昆高速公路"),
        ("在京沪高速上发生追尾事故。", "京沪高速"),
    ],
)
def test_expressway_named_by_its_towns(text: str, road: str) -> None:
    assert (road, "LOC") in _found(text)


@pytest.mark.parametrize("text", ["经济保持高速增长，股价高速上升。", "一条高速公路正在修建。", "列车高速运行。"])
def test_speed_is_no_expressway(text: str) -> None:
    assert not any("高速" in name for name, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("货物经成渝铁路运往重庆。", "成渝铁路"),  # a line named by its towns' abbreviations
        ("新建的京广铁路与沪昆铁路在长沙交汇。", "沪昆铁路"),
        ("专用线连接青藏铁路。", "青藏铁路"),  # after a common verb that ends where the name opens
    ],
)
def test_railway_line_keeps_its_kind(text: str, line: str) -> None:
    assert (line, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    ["他们计划新建铁路。", "国家铁路局和铁路公安参与调查。", "他修铁路多年。"],
)
def test_no_railway_line_of_a_verb_or_an_operator(text: str) -> None:
    assert not any(name.endswith("铁路") for name, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("西安地铁也将部分线路运营时间延长至凌晨。", "西安地铁"),
        ("郑州地铁集团发布公告称将加开列车。", "郑州地铁集团"),
    ],
)
def test_acting_metro_is_its_operator(text: str, operator: str) -> None:
    assert (operator, "ORG") in _found(text)


def test_metro_one_rides_is_no_body() -> None:
    assert _found("市民可乘坐西安地铁前往。") == [("西安", "LOC")]


# --- expressways named before a tunnel, their operators, numbered and named bridges, tolls ---


def test_expressway_before_its_tunnel_is_two_places() -> None:
    found = _found("消息称，湘桂高速凤鸣岭隧道将封闭维修。")
    assert ("湘桂高速", "LOC") in found and ("凤鸣岭隧道", "LOC") in found


def test_expressway_repeated_without_a_road_word() -> None:
    text = "据悉，湘桂高速凤鸣岭隧道将封闭维修。\n\n小车仍按湘桂高速原标准缴费。"
    found = [(m.text, m.type) for m in repeated_names(text, extract_entities_from_text(text, "zh"))]
    assert found.count(("湘桂高速", "LOC")) == 2


def test_expressway_not_repeated_into_its_operator() -> None:
    text = "据悉，湘桂高速凤鸣岭隧道将封闭维修。\n\n湘桂高速公路有限公司发布公告。"
    found = [(m.text, m.type) for m in repeated_names(text, extract_entities_from_text(text, "zh"))]
    assert found.count(("湘桂高速", "LOC")) == 1


def test_operator_of_an_expressway_is_one_body() -> None:
    found = _found("广西湘桂高速公路有限公司发布公告。")
    assert ("广西湘桂高速公路有限公司", "ORG") in found
    assert not any(t == "LOC" and "高速" in s for s, t in found)


def test_short_name_of_an_operator() -> None:
    assert ("湘桂高速公司", "ORG") in _found("费用由湘桂高速公司承担。")


def test_expressway_company_alone_is_no_name() -> None:
    assert not any("高速公司" in s for s, _ in _found("政府已与施工方和高速公司协商。"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("交警将在柳州柳江三桥加强疏导。", "柳州柳江三桥"),  # a numbered bridge with its city
        ("公司还将对沿线的桃溪河大桥进行检测。", "桃溪河大桥"),  # a bridge by a name of its own
        ("车辆可从大塘坝收费站驶离。", "大塘坝收费站"),
    ],
)
def test_named_bridges_and_tolls(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "这里建有多座跨海大桥。",  # a count and a kind of bridge
        "据介绍，施工期间隧道两端将实行管制。",  # a time phrase before "隧道"
        "当地经济高速发展。",  # speed, no road
    ],
)
def test_kinds_and_clauses_are_no_names(text: str) -> None:
    assert not any(t == "LOC" and ("桥" in s or "隧道" in s or "高速" in s) for s, t in _found(text))


def test_a_station_no_gazetteer_knows_after_a_verb_of_arrival() -> None:
    found = _found("旅客乘坐大巴抵达青梅岭站后换乘缆车。")
    assert ("青梅岭站", "LOC") in found, found


def test_no_station_from_a_kind_of_station_after_arrival() -> None:
    assert _found("列车到达终点站，旅客抵达火车站后排队。") == []


def test_an_expressway_after_a_route_word_needs_no_road_word_after_it() -> None:
    assert ("沪宁高速", "LOC") in _found("这批蔬菜经沪宁高速连夜送往南京。")
    assert ("甬台温高速", "LOC") in _found("冷藏车沿甬台温高速驶往温州。")
    # a word of speed after it: the economy grew fast, no road
    assert not any(t == "LOC" and "高速" in s for s, t in _found("过去十年，当地经济高速发展。"))


def test_an_intercity_line_ridden_is_one_place() -> None:
    found = [(m.text, m.type) for m in extract_entities_from_text("游客坐沪宁城际铁路到达苏州。", "zh")]
    assert ("沪宁城际铁路", "LOC") in found


def test_an_expressway_of_province_abbreviations_is_a_road_whatever_follows() -> None:
    found = [(m.text, m.type) for m in extract_entities_from_text("他说，京台高速周末车多。", "zh")]
    assert found == [("京台高速", "LOC")]


def test_a_common_word_before_speed_is_no_road() -> None:
    assert extract_entities_from_text("经济高速发展，收入增长。", "zh") == []
