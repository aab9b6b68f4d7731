"""Coastal news in Chinese: fishing ports, fishing grounds, lighthouses and fish markets with
their kind word, a port's town named bare, a place that owns a waterfront, and the governments
of local units.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_coast import repeated_ports


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("记者在石浦渔港看到，渔船停满码头。", "石浦渔港"),
        ("渔船在吕泗渔场作业。", "吕泗渔场"),
        ("附近的鱼山灯塔已经亮起。", "鱼山灯塔"),
        ("宁波水产品批发市场每天凌晨开秤。", "宁波水产品批发市场"),
    ],
)
def test_a_coastal_site_keeps_its_kind_word(text: str, site: str) -> None:
    assert (site, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    ["这里是国家级中心渔港。", "远洋渔场离这里很远。", "传统渔场正在萎缩。"],
)
def test_a_kind_of_port_is_no_name(text: str) -> None:
    assert not [name for name, _ in _found(text) if name.endswith(("渔港", "渔场"))]


def test_a_market_with_no_goods_needs_a_place() -> None:
    assert not [name for name, _ in _found("全国碳交易市场今年扩容。") if name.endswith("市场")]


def test_a_port_town_named_bare_in_another_paragraph() -> None:
    text = "石浦渔港休渔前很忙。\n老渔民赵大海在石浦跑了三十多年船。"
    port = Mention(0, 4, "石浦渔港", "LOC", model="rules:zh", confidence=0.6)
    found = [(m.text, m.start) for m in repeated_ports(text, [port])]
    assert found == [("石浦渔港", 0), ("石浦", 18)]


def test_a_port_name_that_is_a_word_is_not_spread() -> None:
    text = "中心渔港很忙。\n他在中心工作。"
    port = Mention(0, 4, "中心渔港", "LOC", model="rules:zh", confidence=0.6)
    assert [m.text for m in repeated_ports(text, [port])] == ["中心渔港"]


def test_a_place_that_owns_a_waterfront() -> None:
    assert ("桃花岛", "LOC") in _found("游客来到桃花岛的沙滩。")
    assert ("朱家尖", "LOC") in _found("区里将与朱家尖的游艇码头连成一线。")


def test_a_word_before_a_waterfront_is_no_place() -> None:
    assert _found("我们的海滩很美，当地的渔港很忙，老张的码头也在。") == []


def test_a_kind_of_pier_is_no_venue() -> None:
    assert not [name for name, _ in _found("游艇码头正在扩建。") if name == "游艇码头"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("温岭市政府有关负责人表示，将扩建码头。", "温岭市政府"),
        ("据悉，宁波市政府已经批准方案。", "宁波市政府"),
    ],
)
def test_a_local_government_is_one_body(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_a_country_government_stays_a_place() -> None:
    found = _found("美国政府表示，全市政府部门和城市政府都要配合。")
    assert ("美国", "LOC") in found
    assert not [name for name, kind in found if kind == "ORG"]


def test_a_dateline_outlet_stays_out_of_a_town() -> None:
    found = _found("本报舟山5月3日电（记者 张明）渔船回港。")
    assert ("舟山", "LOC") in found
    assert ("本报舟山", "LOC") not in found


def test_a_port_named_by_a_rare_name_keeps_its_head() -> None:
    assert ("澜屿港", "LOC") in _found("蔬菜和鲜奶从澜屿港运来。")


def test_a_ships_coming_and_going_is_no_port() -> None:
    assert _found("客船已经出港，下午进港。") == []


def test_an_auction_hall_with_its_goods_is_one_place_with_its_town() -> None:
    assert ("温州海鲜交易中心", "LOC") in _found("记者在温州海鲜交易中心看到，价格回落。")
    assert ("沈家门水产品拍卖中心", "LOC") in _found("当天，在舟山投资建设的沈家门水产品拍卖中心，首批带鱼公开竞价。")
    # no goods: an auction firm or an exchange, no site
    assert not any("中心" in s for s, _ in _found("宁波拍卖中心今天发布公告。"))
    # a hall named after its port: the port alone
    assert _found("嵊山渔港水产品拍卖中心昨天启用。") == [("嵊山渔港", "LOC")]
