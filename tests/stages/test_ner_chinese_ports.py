"""Chinese ports, oceans, gulfs and states named with their head (港, 洋, 湾, 邦), and the
towns after a state.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_ports import repeated_places


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("货轮停靠在吉布提港，随后驶往蒙巴萨港。", "吉布提港"),  # a run of transliteration characters
        ("货轮停靠在吉布提港，随后驶往蒙巴萨港。", "蒙巴萨港"),  # a gazetteer place and its head
        ("巴基斯坦的瓜达尔港吸引了投资。", "瓜达尔港"),  # not cut to "达尔"
        ("他在上海港工作了十年。", "上海港"),
        ("他在太平洋和大西洋沿岸考察。", "大西洋"),
        ("泰国湾沿岸的渔民受到影响。", "泰国湾"),
        ("印度泰米尔纳德邦的金奈港扩建工程启动。", "泰米尔纳德邦"),
        ("印度泰米尔纳德邦的金奈港扩建工程启动。", "金奈港"),
        ("缅甸掸邦北部发生冲突。", "掸邦"),  # a state after its country
        ("洪水淹没了喀拉拉邦特里凡得琅的街道。", "喀拉拉邦"),
    ],
)
def test_place_with_its_head(text: str, name: str) -> None:
    assert (name, "LOC") in _found(text)


def test_port_named_again_bare() -> None:
    found = _found("货轮驶入亚喀巴港。亚喀巴是约旦唯一的出海口。")
    assert ("亚喀巴港", "LOC") in found and ("亚喀巴", "LOC") in found


def test_town_after_its_state() -> None:
    assert ("蒂鲁瓦南", "LOC") in _found("喀拉拉邦蒂鲁瓦南建设了新机场。")
    # a word after the state is none of its towns
    assert [n for n, t in _found("喀拉拉邦首席部长当天表示欢迎。") if t == "LOC"] == ["喀拉拉邦"]


@pytest.mark.parametrize(
    "text",
    [
        "该港口今年吞吐量创下新高。",
        "港元汇率保持稳定，港股周一上涨。",
        "海洋污染问题日益严重，海湾地区局势紧张。",
        "美国联邦政府宣布新措施，城邦时代已经过去。",
        "他乘船去了港口，然后在洋葱地里干活。",
        "这是一个自由港，也是深水港。",
        "飞机离港后返港。",
        "印度各邦政府都在推进改革，印度的邦和中央关系紧张。",
    ],
)
def test_no_place_of_a_common_word(text: str) -> None:
    assert not [n for n, t in _found(text) if t == "LOC" and n[-1] in "港洋湾邦"]


def test_hong_kong_stays_itself() -> None:
    found = _found("香港港口业界对此表示关注。")
    assert ("香港", "LOC") in found and ("香港港", "LOC") not in found


def test_port_authority_is_a_body() -> None:
    assert ("斯里兰卡港务局", "ORG") in _found("斯里兰卡港务局局长表示欢迎。")


def test_repeated_places_across_paragraphs() -> None:
    text = "货轮驶入亚喀巴港。\n亚喀巴的码头很繁忙，阿喀巴斯坦不算。"
    port = Mention(4, 8, "亚喀巴港", "LOC", model="rules:zh", confidence=0.6)
    found = [(m.text, m.start) for m in repeated_places(text, [port])]
    assert ("亚喀巴", 10) in found
    assert len(found) == 2  # not inside the longer run "阿喀巴斯坦"


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("她在马拉加省埃斯特波纳训练了一年。", "马拉加省"),  # a foreign province keeps its "省"
        ("他出生在魁北克省，后来在安大略省工作。", "安大略省"),
    ],
)
def test_province_with_its_head(text: str, province: str) -> None:
    assert (province, "LOC") in _found(text)


def test_town_after_its_province() -> None:
    assert ("埃斯特波纳", "LOC") in _found("她在马拉加省埃斯特波纳训练了一年。")


def test_a_provinces_office_is_no_head() -> None:
    # "省长", "省委": the office and the body, not the province's name; a country has no "省"
    found = _found("湖北省长和湖北省委书记出席。美国省份很多。")
    assert not any(t.endswith("省") and t != "湖北省" for t, _ in found)


def test_port_after_its_city_is_a_place_of_its_own() -> None:
    found = _found("货物从宁波北仑港出发，运往深圳盐田港。")
    assert {("宁波", "LOC"), ("北仑港", "LOC"), ("深圳", "LOC"), ("盐田港", "LOC")} <= set(found)


def test_port_opening_with_yang_is_no_ocean() -> None:
    found = _found("集装箱运往上海洋山港。")
    assert ("上海洋", "LOC") not in found and ("洋山港", "LOC") in found


def test_no_port_of_a_city_and_a_word() -> None:
    found = _found("上海各港口繁忙。")
    assert not any(name.endswith("港") for name, _ in found)


def test_no_port_of_a_word_after_a_port() -> None:
    assert ("昨日开港", "LOC") not in _found("新建的科伦坡港昨日开港。")
