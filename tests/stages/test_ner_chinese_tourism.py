"""Chinese towns in their chain, temples' pagodas, airlines, broadcasters, video platforms
and destinations listed after a verb of travel (`chinese_tourism`).

Sentences are written for these tests (none is taken from an evaluation text); the firms,
channels and villages in them are invented.
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_tourism import repeated_towns


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a gazetteer place read in the town's name ("白沙") gives way to the village
        ("丽江市古城区束河镇白沙村村民说，游客多了。", ["丽江市", "古城区", "束河镇", "白沙村"]),
        ("桂林市阳朔县兴坪镇渔村的船工说", ["桂林市", "阳朔县", "兴坪镇"]),
        # "向" opens a village's name right after its town, not a clause
        ("黄山市休宁县碧山镇向荣村的民宿主人", ["黄山市", "休宁县", "碧山镇", "向荣村"]),
    ],
)
def test_towns_and_villages_in_their_chain(text: str, places: list[str]) -> None:
    found = _found(text)
    for place in places:
        assert (place, "LOC") in found


def test_a_town_named_again_without_its_county() -> None:
    text = "丽江市束河镇的客栈满了。游客说，束河镇青龙村很安静。"
    assert _found(text).count(("束河镇", "LOC")) == 2
    assert ("青龙村", "LOC") in _found(text)


def test_a_town_named_again_in_another_paragraph() -> None:
    text = "X束河镇Y束河镇青龙村"
    towns = [Mention(1, 4, "束河镇", "LOC", model="rules:zh")]
    found = {(m.text, m.start) for m in repeated_towns(text, towns)}
    assert found == {("束河镇", 1), ("束河镇", 5), ("青龙村", 8)}


@pytest.mark.parametrize("text", ["浙江省城乡居民收入增长。", "云南省农村公路通车。", "湖州市新村建设加快。"])
def test_no_town_of_a_kind_word(text: str) -> None:
    assert not any(t.endswith(("乡", "村")) for t, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("游客参观开元寺双塔。", "开元寺双塔"),
        ("游客来到报国寺塔，看见了江。", "报国寺塔"),
    ],
)
def test_a_temples_pagoda_is_one_site(text: str, site: str) -> None:
    assert (site, "LOC") in _found(text)


def test_a_pagoda_word_running_on_is_no_site() -> None:
    assert not any(t.endswith("塔楼") for t, _ in _found("游客参观开元寺塔楼。"))


@pytest.mark.parametrize(
    ("text", "airline"),
    [
        ("春风航空本月起开通新航线。", "春风航空"),
        ("，松鹤航空公司宣布增开航班。", "松鹤航空公司"),
        ("厦门航空宣布增开航班。", "厦门航空"),  # named after its city
    ],
)
def test_an_airline_by_its_head_word(text: str, airline: str) -> None:
    assert (airline, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "回顾航空公司从旧机场迁出的过程。",  # a verb before the head
        "，届时美国航空公司将部署新机型。",  # "by then" and a country
        "中国航空业正在复苏。",  # the trade
        "，民用航空器必须登记。",  # an aircraft
    ],
)
def test_no_airline_of_a_clause_or_a_trade(text: str) -> None:
    assert not any(t.endswith(("航空", "航空公司")) and e == "ORG" for t, e in _found(text))


def test_a_broadcaster_and_a_platform_it_airs_with() -> None:
    found = _found("该剧将由湖南卫视和橙子视频联合播出。")
    assert ("湖南卫视", "ORG") in found
    assert ("橙子视频", "ORG") in found
    assert ("蓝鲸视频", "ORG") in _found("综艺节目在蓝鲸视频独家上线。")


@pytest.mark.parametrize("text", ["他说，监控视频显示车辆驶离。", "，各大卫视争相报道。", "，短视频平台很火。"])
def test_no_broadcaster_or_platform_of_a_kind(text: str) -> None:
    assert not any(e == "ORG" for _, e in _found(text))


def test_destinations_listed_after_a_verb_of_travel() -> None:
    found = _found("我们更希望游客去篁岭、江湾和周庄走一走。")
    assert {("篁岭", "LOC"), ("江湾", "LOC"), ("周庄", "LOC")} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        "他想去看看、问问和北京的朋友聊聊。",  # verbs, no places
        "我们去开会、吃饭。",  # no place in the list
    ],
)
def test_no_destinations_without_a_place_or_of_words(text: str) -> None:
    assert [t for t, e in _found(text) if e == "LOC" and t != "北京"] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [("原计划在浙江横店拍摄。", "横店"), ("他们登上苍山看日出。", "苍山"), ("去乌镇过周末。", "乌镇")],
)
def test_best_known_tourist_places(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


def test_a_known_place_before_its_towns_suffix_is_the_town() -> None:
    assert ("西塘镇", "LOC") in _found("游客涌入乌镇和西塘镇。")
    assert ("北京", "LOC") in _found("北京乡村振兴成效明显。")  # "乡村": a word, no township
