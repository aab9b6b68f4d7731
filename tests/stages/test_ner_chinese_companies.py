"""Chinese companies (a table), firms by their registered name and clubs named by their city (rules)."""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_companies import registered_names


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_entities_from_text(text, "zh")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("宁德时代与吉利汽车签署协议。", {("宁德时代", "ORG"), ("吉利汽车", "ORG")}),
        ("波音公司交付了新飞机。", {("波音公司", "ORG")}),  # the firm word stays in the name
        ("亚马逊宣布裁员。", {("亚马逊", "ORG")}),
    ],
)
def test_companies_without_a_cue(text: str, found: set[tuple[str, str]]) -> None:
    assert found <= _found(text)


@pytest.mark.parametrize(
    ("text", "club", "city"),
    [
        ("河北华夏队在客场取胜。", "河北华夏", "河北"),  # before a club word
        ("成都蓉城主场迎战对手。", "成都蓉城", "成都"),  # before a word of a match
        ("昨晚广西平果击败了对手。", "广西平果", "广西"),
        ("球队在客场击败杭州绿洲。", "杭州绿洲", "杭州"),  # after a word of a match
    ],
)
def test_club_named_by_its_city(text: str, club: str, city: str) -> None:
    found = _found(text)
    assert (club, "ORG") in found
    assert (city, "LOC") not in found


@pytest.mark.parametrize(
    ("text", "city"), [("上海警方在主场外维持秩序。", "上海"), ("北京时间不长，他很快走了。", "北京")]
)
def test_city_before_a_common_word_stays_a_city(text: str, city: str) -> None:
    assert (city, "LOC") in _found(text)


def test_no_club_of_a_time_zone_or_a_national_team() -> None:
    # a time zone is no place (the sport guidelines), nor a club; a country's "队" is its
    # team, one ORG with "队" (`chinese_sport`), not a club named by a city
    assert [t for t, _ in _found("北京时间周日凌晨比赛开始。")] == []
    assert set(_found("中国队战胜了对手。")) == {("中国队", "ORG")}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("华为技术有限公司周三发布新手机。", "华为技术有限公司"),  # a known firm, its field, its form
        ("比亚迪股份有限公司公布年报。", "比亚迪股份有限公司"),  # no field
        ("中国石油天然气集团有限公司表示产量稳定。", "中国石油天然气集团有限公司"),
        ("双方与北京字节跳动科技有限公司签约。", "北京字节跳动科技有限公司"),  # the firm's city opens it
        ("，深圳市星河数码有限公司表示将扩产。", "深圳市星河数码有限公司"),  # a city, an unknown name
        ("，小红书科技有限公司表示", "小红书科技有限公司"),  # an unknown name at a clause's opening
    ],
)
def test_a_registered_name_is_one_organisation(text: str, firm: str) -> None:
    found = _found(text)
    assert (firm, "ORG") in found
    assert not any(name != firm and name in firm for name, _ in found)  # no short name or city inside


@pytest.mark.parametrize(
    "text",
    [
        "他们决定成立有限责任公司。",  # a clause, not a name
        "，决定成立有限公司",
        "这家有限公司在杭州注册。",  # a determiner
        "一家科技有限公司的数量增加。",
        "上海一家集团公司表示",  # "集团" after a city is a description
    ],
)
def test_no_registered_name_without_one(text: str) -> None:
    assert not any(t == "ORG" and name.endswith(("公司", "集团")) for name, t in _found(text))


def test_registered_names_on_given_mentions() -> None:
    text = "蔚来汽车科技有限公司发布公告"
    out = registered_names(text, [Mention(0, 2, "蔚来", "ORG")])
    assert [(m.text, m.type) for m in out] == [("蔚来汽车科技有限公司", "ORG")]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("代表团参观了美的集团的工厂。", "美的集团"),
        ("长安汽车与东风汽车合作。", "长安汽车"),
        ("光明乳业发布财报。", "光明乳业"),
    ],
)
def test_a_firm_named_by_a_common_word_with_its_firm_word(text: str, firm: str) -> None:
    assert (firm, "ORG") in _found(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("领投方为深圳华信创业投资有限公司。", "深圳华信创业投资有限公司"),  # after the copula of an apposition
        ("大股东是杭州云帆数据科技有限公司。", "杭州云帆数据科技有限公司"),
    ],
)
def test_registered_name_after_a_copula(text: str, firm: str) -> None:
    assert (firm, "ORG") in _found(text)


def test_no_registered_name_from_a_kind_of_firm_after_a_copula() -> None:
    assert not any(etype == "ORG" for _, etype in _found("该公司是一家有限公司，他成为上市公司的董事。"))


def test_ship_number_opens_no_firm() -> None:
    # "“闽海12”号属...": the ship's "号" ends its name; the firm opens at its city
    found = _found("货船“闽海12”号属福州市闽海航运有限公司所有。")
    assert ("福州市闽海航运有限公司", "ORG") in found
    assert not any(n.startswith("号") for n, _ in found)


def test_firm_after_a_preposition_of_place() -> None:
    assert ("东粤联合财产保险股份有限公司", "ORG") in _found("渔船在东粤联合财产保险股份有限公司投保。")


def test_shipowner_is_a_role() -> None:
    assert not [n for n, t in _found("律师认为，“船东公司应承担赔偿责任”。") if t == "ORG"]


def test_group_read_as_a_body_takes_its_legal_form() -> None:
    # a place, a field and "集团" read as a body, then "有限公司": one registered name
    assert ("杭州市西岭产业投资集团有限公司", "ORG") in _found("其中包括杭州市西岭产业投资集团有限公司。")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("当地旅行社山海行国际旅行社有限公司推出新线路。", "山海行国际旅行社有限公司"),
        ("景区运营方青禾文旅发展有限公司表示，门票不涨价。", "青禾文旅发展有限公司"),
    ],
)
def test_a_registered_name_after_the_word_for_what_it_is(text: str, firm: str) -> None:
    assert (firm, "ORG") in _found(text)


def test_no_registered_name_of_a_kind_after_an_apposition() -> None:
    assert not _found("他去了一家旅行社有限公司。")


@pytest.mark.parametrize("platform", ["天猫", "抖音", "携程"])
def test_shopping_and_video_platforms(platform: str) -> None:
    assert (platform, "ORG") in _found(f"合作社今年在{platform}开设旗舰店。")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("合作社与连锁超市百润超市签订供货协议。", "百润超市"),  # the kind's "超市" stays out
        ("本地超市连锁佳禾超市也来收购。", "佳禾超市"),
        ("零售商乐购超市宣布扩张。", "乐购超市"),
    ],
)
def test_retail_chain_after_the_word_for_one(text: str, firm: str) -> None:
    assert (firm, "ORG") in _found(text)


def test_no_chain_without_an_apposition() -> None:
    assert not any(t.endswith("超市") for t, _ in _found("附近的超市今天关门了。"))


def test_firm_with_its_line_of_business() -> None:
    found = _found("公司与顺丰速运和京东物流签约，并协调国铁集团。")
    assert {("顺丰速运", "ORG"), ("京东物流", "ORG"), ("国铁集团", "ORG")} <= found
    assert ("顺丰", "ORG") not in found


def test_furniture_firm_is_registered_name() -> None:
    assert ("杭州远景家具有限公司", "ORG") in _found("“我们很满意。”杭州远景家具有限公司总经理说。")


def test_a_count_of_firms_is_no_name() -> None:
    assert not any(t == "ORG" for _, t in _found("深圳一家有限公司倒闭。"))
