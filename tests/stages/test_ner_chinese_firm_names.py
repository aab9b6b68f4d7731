"""Chinese firms named by their trade name and a field, after their registered name or before
a firm's deed.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_firm_names import short_names


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


def _org(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, "ORG", model="rules:zh", confidence=0.7)


def test_registered_name_lends_its_short_names() -> None:
    text = "苏州云脉生物科技有限公司今天宣布完成融资。\n云脉生物表示，资金将用于研发；云脉科技的股东也表示支持。"
    found = [m.text for m in short_names(text, [_org(text, "苏州云脉生物科技有限公司")])]
    assert "云脉生物" in found and "云脉科技" in found


def test_trade_name_of_three_characters_alone() -> None:
    text = "北京启明星辰投资管理有限公司领投。\n启明星辰称，将继续关注医疗赛道。"
    assert "启明星辰" in [m.text for m in short_names(text, [_org(text, "北京启明星辰投资管理有限公司")])]


def test_no_short_name_from_a_common_word() -> None:
    # "未来" is a word: "未来科技" names the future of technology as often as the firm
    text = "上海未来智能科技有限公司成立。\n未来科技将改变生活。"
    assert [m.text for m in short_names(text, [_org(text, "上海未来智能科技有限公司")])] == ["上海未来智能科技有限公司"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("，旷视科技宣布完成新一轮融资。", "旷视科技"),
        ("据悉，云脉生物总部位于苏州。", "云脉生物"),
    ],
)
def test_bare_firm_before_a_deed(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["量子科技宣布取得突破。", "，金融科技发布新规。", "这家生物科技公司表示"])
def test_no_bare_firm_from_a_field(text: str) -> None:
    assert not any(etype == "ORG" for _, etype in _found(text))


def test_a_manufacturing_trade_lends_its_short_name() -> None:
    # the trades of a manufacturing town are fields of a registered name too
    text = "台州市锦程鞋业有限公司扩建厂房。\n锦程鞋业负责人说，订单排到了年底。"
    found = [m.text for m in short_names(text, [_org(text, "台州市锦程鞋业有限公司")])]
    assert "锦程鞋业" in found


def test_bare_trade_firm_before_a_deed() -> None:
    assert ("锦程纺织", "ORG") in _found("，锦程纺织宣布上调计件工价。")


def test_short_name_with_its_town() -> None:
    text = "成都蓝鲸智能科技登陆科创板\n成都蓝鲸智能科技有限公司今日上市。"
    found = short_names(text, [_org(text, "成都蓝鲸智能科技有限公司"), _town(text, "成都")])
    assert (found[0].text, found[0].type) == ("成都蓝鲸智能科技", "ORG")  # the town inside


def _town(text: str, name: str) -> Mention:
    return Mention(0, len(name), name, "LOC", model="rules:zh", confidence=0.8)


def test_registered_name_with_an_unlisted_county_and_its_short_names() -> None:
    text = "泰顺县青岩果业有限公司正式投产。村里早在前年组建青岩果业公司。\n\n三家超市与青岩果业签订协议。"
    found = [(m.text, m.type) for m in short_names(text, extract_entities_from_text(text, "zh"))]
    assert ("泰顺县青岩果业有限公司", "ORG") in found
    assert ("青岩果业公司", "ORG") in found
    assert ("青岩果业", "ORG") in found


def test_short_name_needs_the_registered_name() -> None:
    assert ("青岩果业", "ORG") not in _found("三家超市与青岩果业签订协议。")


def test_a_groups_short_names_keep_its_group_word() -> None:
    # a group's short name holds "集团" ("康泰制药集团"): cut before it, "集团" is left outside
    text = "广东康泰制药集团有限公司宣布扩产。\n\n康泰制药集团称新厂年底投产，康泰集团股价上涨。"
    found = [(m.text, m.type) for m in short_names(text, [_org(text, "广东康泰制药集团有限公司")])]
    assert ("康泰制药集团", "ORG") in found
    assert ("康泰集团", "ORG") in found
    assert ("康泰制药", "ORG") not in found


def test_no_group_word_for_a_firm_that_is_no_group() -> None:
    # a firm registered without "集团": "集团化" after its short name is a way of running it
    text = "浙江鼎信医药有限公司宣布扩产。\n\n鼎信医药集团化运营。"
    found = [m.text for m in short_names(text, [_org(text, "浙江鼎信医药有限公司")])]
    assert "鼎信医药" in found and "鼎信医药集团" not in found


def test_property_and_tourism_firms_lend_their_short_names() -> None:
    text = (
        "杭州云栖置业有限公司开发了该项目。\n云栖置业表示将按期交房。\n"
        "湖州青山文旅建设有限公司负责运营，青山文旅称将增设驿站。"
    )
    mentions = [_org(text, "杭州云栖置业有限公司"), _org(text, "湖州青山文旅建设有限公司")]
    found = [m.text for m in short_names(text, mentions)]
    assert "云栖置业" in found and "青山文旅" in found


def test_a_field_alone_is_no_short_name() -> None:
    text = "杭州云栖置业有限公司开发了该项目。\n置业顾问说，房地产市场回暖。"
    found = [m.text for m in short_names(text, [_org(text, "杭州云栖置业有限公司")])]
    assert found == ["杭州云栖置业有限公司"]


def test_trade_name_that_is_a_word_lends_it_with_its_field() -> None:
    # "雷霆" is a word, but "雷霆互动" beside the game studio's registered name is the studio
    text = "杭州雷霆互动娱乐有限公司发布新作。\n雷霆互动表示，游戏将于明年上线。"
    found = [m.text for m in short_names(text, [_org(text, "杭州雷霆互动娱乐有限公司")])]
    assert "雷霆互动" in found and "雷霆" not in found


def test_carrier_short_name_by_its_trade() -> None:
    text = "广州飞驰供应链管理有限公司成立。\n飞驰供应链称，将扩大仓储面积。"
    assert "飞驰供应链" in [m.text for m in short_names(text, [_org(text, "广州飞驰供应链管理有限公司")])]


def test_salon_chain_named_by_its_brand_before_its_shops() -> None:
    assert ("澜韵美容", "ORG") in _found("记者走访发现，澜韵美容门店已停业。")


@pytest.mark.parametrize("text", ["本地美容美发门店已停业。", "，时尚美发门店很多。"])
def test_kind_of_salon_is_no_brand(text: str) -> None:
    assert not any(etype == "ORG" for _, etype in _found(text))
