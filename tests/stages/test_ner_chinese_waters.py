"""Chinese waters: gauging stations, rivers named by one character, nature reserves, waters
listed before their kind, and a lake already read with its head.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("洞庭湖控制性水文站城陵矶站昨日水位回落。", "城陵矶站"),  # after the word for a station
        ("气象站槐坪站记录到暴雨，槐坪站雨量创新高。", "槐坪站"),
        ("据观测，湘江长沙段水位已超警戒。", "湘江"),  # a reach named by a town
        ("近日，渭河流域普降大雨。", "渭河"),  # a river's basin
        ("，闽江下游出现咸潮。", "闽江"),
        ("洪湖国家级自然保护区迎来首批候鸟。", "洪湖国家级自然保护区"),  # a reserve keeps its rank
        ("专家前往石牌湿地自然保护区调查。", "石牌湿地自然保护区"),
        ("小浪底、陆浑等水库同时开闸泄洪。", "陆浑"),  # a list before its kind: the kind stays out
        ("雨季到来，但洪泽湖水位偏低。", "洪泽湖"),  # a conjunction stays out of a lake's name
    ],
)
def test_waters_are_places(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("大河上下一片繁忙。", "大河"),  # a kind of river
        ("，运河沿岸建起了步道。", "运河"),
        ("这条河下游的村子被淹了。", "河"),
        ("火车站附近的公交站已经停运。", "公交站"),  # a station, no station after its word
        ("加固等水库工程明年完工。", "加固"),  # one item and a verb: no list of waters
        ("这是一个国家级自然保护区。", "国家级自然保护区"),  # a kind of reserve, no name
    ],
)
def test_kinds_of_water_are_no_names(text: str, word: str) -> None:
    assert not any(word in name for name, etype in _found(text) if etype == "LOC")


def test_the_lake_read_with_its_head_keeps_its_start() -> None:
    found = _found("雨季到来，但洪泽湖水位偏低。")
    assert ("但洪泽湖", "LOC") not in found


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("新厂紧邻嘉陵江，运输十分便利。", "嘉陵江"),  # after a verb of nearness
        ("园区距岷江不到两公里。", "岷江"),  # "距" stays out of the name
        ("一座新桥横跨怒江。", "怒江"),  # a one-character name after a verb of crossing
        ("码头距离汉江边只有百米。", "汉江"),  # a word of position after the head
    ],
)
def test_river_after_a_verb_of_nearness(text: str, river: str) -> None:
    found = _found(text)
    assert (river, "LOC") in found
    assert not any(t != river and river in t for t, _ in found)  # no verb read into the name


@pytest.mark.parametrize(
    "text",
    ["村子紧邻小河，风景秀丽。", "小区靠近护城河。", "仓库靠近市区河道。", "工厂靠近河南省界。"],
)
def test_no_river_of_a_kind_or_a_word(text: str) -> None:
    found = _found(text)
    assert not any(t.endswith(("河", "江")) for t, _ in found)


def test_a_one_character_river_after_its_district_on_its_bank() -> None:
    found = [(m.text, m.type) for m in extract_entities_from_text("位于高陵区泾河畔的公园。", "zh")]
    assert found == [("高陵区", "LOC"), ("泾河", "LOC")]


def test_a_small_river_on_its_bank_is_no_name() -> None:
    assert extract_entities_from_text("在小河畔散步。", "zh") == []
