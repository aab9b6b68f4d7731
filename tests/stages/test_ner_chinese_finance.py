"""Chinese finance and technology news: exchanges and regulators, funds and brokers, market
districts, and places named by their one-character abbreviation.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.model import EntityType, Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_finance import abbreviated_places, finance_bodies, funds, repeated_funds


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


def _at(text: str, name: str, etype: EntityType) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, etype, model="rules:zh", confidence=0.8)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("该公司已向上交所提交申请。", "上交所"),
        ("，深交所发布问询函。", "深交所"),
        ("北交所新股首日大涨。", "北交所"),
        ("金融监管总局近日发布通知。", "金融监管总局"),
        ("中国证监会批准了这项申请。", "中国证监会"),  # the country inside
        ("澳门证监会", "澳门证监会"),  # a region inside as well
        ("美国证交会对此展开调查。", "美国证交会"),
        ("中国央行宣布降准。", "中国央行"),
    ],
)
def test_exchanges_and_regulators(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["各国央行纷纷加息。", "全球央行都在观望。"])
def test_central_banks_in_general_are_no_body(text: str) -> None:
    assert _found(text) == []


def test_place_joins_a_listed_body() -> None:
    text = "台湾证监会表示"
    out = finance_bodies(text, [_at(text, "台湾", "LOC"), _at(text, "证监会", "ORG")])
    assert [(m.text, m.type) for m in out] == [("台湾证监会", "ORG")]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("本轮融资由红杉资本领投。", "红杉资本"),  # after a preposition
        ("，股东蓝湾创投表示支持。", "蓝湾创投"),  # after the firm's role in the deal
        ("参与方包括云杉基金以及海岳证券。", "海岳证券"),  # after a conjunction
        ("另一家投资方北滨启航资本也已入股。", "北滨启航资本"),  # a four-character trade name
        ("新加坡的主权基金旗下的柏川资本入股。", "柏川资本"),
    ],
)
def test_funds_and_brokers(text: str, firm: str) -> None:
    assert (firm, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "私募基金和风险资本都很活跃。",  # kinds of fund and capital
        "外国资本竞相进入市场。",
        "该基金经理表示看好后市。",
        "国际鹤类基金会表示",  # a foundation, not a fund
    ],
)
def test_no_fund_from_a_kind(text: str) -> None:
    assert not any(name.endswith(("资本", "基金", "证券")) for name, _ in _found(text))


def test_fund_named_again_in_the_text() -> None:
    text = "，雁栖资本领投。雁栖资本合伙人表示看好。"
    assert [m.text for m in funds(text, []) if m.type == "ORG"] == ["雁栖资本", "雁栖资本"]


def test_fund_named_again_in_another_paragraph() -> None:
    text = "，雁栖资本领投。\n雁栖资本的合伙人表示看好。"
    out = repeated_funds(text, [_at(text, "雁栖资本", "ORG")])
    assert [m.start for m in out] == [1, 9]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("这家公司计划赴港上市。", "港"),
        ("他多次访华。", "华"),
        ("代表团来沪考察。", "沪"),
    ],
)
def test_abbreviated_place_after_travel(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "港股周一收涨，港元汇率稳定。",  # words holding the abbreviation
        "未来港口吞吐量将增长。",  # "未来": no verb of travel
        "来日方长。",
        "赴港股市场投资。",  # "港股" after the verb
    ],
)
def test_no_abbreviated_place_in_a_word(text: str) -> None:
    assert abbreviated_places(text, []) == []


def test_market_districts() -> None:
    found = _found("他曾在硅谷工作，后来到华尔街，又在中环开了办公室。")
    assert found == [("硅谷", "LOC"), ("华尔街", "LOC"), ("中环", "LOC")]


def test_ring_road_is_no_district() -> None:
    assert ("中环", "LOC") not in _found("上海中环路发生拥堵。")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("首席分析师刘思远认为，市场仍有波动。", "刘思远"),
        ("合伙人孙雨桐对记者表示，估值合理。", "孙雨桐"),
        ("基金经理郑明轩指出，风险可控。", "郑明轩"),
    ],
)
def test_finance_roles_before_a_name(text: str, person: str) -> None:
    assert (person, "PER") in _found(text)
