"""Chinese bodies of a place, parties, national bodies and towns, read from their suffix.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_suffixes import national_bodies, parties, place_bodies, townships


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("江西省防汛抗旱指挥部发布预警。", "江西省防汛抗旱指挥部"),  # a field, then the kind of body
        ("杭州市公安局通报一起案件。", "杭州市公安局"),
        ("成都市中级人民法院作出判决。", "成都市中级人民法院"),
        ("北京市第一中级人民法院公开宣判。", "北京市第一中级人民法院"),  # "第一": the first
        ("广东省教育厅发布通知。", "广东省教育厅"),  # "厅" after a field
        ("厦门市人民政府与企业签约。", "厦门市人民政府"),
        ("浙江省宁波市鄞州区人民法院审结此案。", "浙江省宁波市鄞州区人民法院"),  # a chain of places opens it
        ("该股在伦敦证券交易所挂牌。", "伦敦证券交易所"),  # an exchange named by its city
        ("郑州商品交易所调整保证金。", "郑州商品交易所"),
        ("公司计划在香港交易所上市。", "香港交易所"),
    ],
)
def test_a_place_and_a_body_are_one_organisation(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("美国新政府上任后调整政策。", "美国"),  # a country's government stays the country
        ("北京法院系统受理案件增多。", "北京"),  # a generic kind needs a field: Beijing's courts
        ("中东局势持续紧张。", "中东"),  # "局势" is a word, no bureau
        ("湖北省委书记主持会议。", "湖北省"),  # an office in the field: a title, not a body
        ("上海展览大厅人头攒动。", "上海"),  # "大厅" is a word (an airport's is a venue: `chinese_venues`)
    ],
)
def test_a_place_before_a_common_word_stays_a_place(text: str, place: str) -> None:
    found = _found(text)
    assert (place, "LOC") in found
    assert not any(t == "ORG" and name.startswith(place) for name, t in found)


def test_place_bodies_on_given_mentions() -> None:
    text = "南京市气象台发布预报"
    out = place_bodies(text, [Mention(0, 3, "南京市", "LOC")])
    assert [(m.text, m.type) for m in out] == [("南京市气象台", "ORG")]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("英国保守党赢得补选。", "英国保守党"),
        ("日本自由民主党召开大会。", "日本自由民主党"),
        ("印度人民党获得多数席位。", "印度人民党"),
        ("英国工党领袖发表讲话。", "英国工党"),  # a one-character name after a country
    ],
)
def test_a_country_and_a_party_are_one_organisation(text: str, party: str) -> None:
    assert (party, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "美国两党议员联名致信。",
        "法国执政党表示反对。",
        "德国右翼政党举行集会。",
        "他是美国民主党人。",
        "德国各党派看法不一。",
    ],
)
def test_no_party_for_a_kind_of_party_or_a_member(text: str) -> None:
    assert not any(t == "ORG" for _, t in _found(text))


def test_parties_on_given_mentions() -> None:
    text = "瑞典社会民主党赢得选举"
    out = parties(text, [Mention(0, 2, "瑞典", "LOC")], frozenset({"瑞典"}))
    assert [(m.text, m.type) for m in out] == [("瑞典社会民主党", "ORG")]


def test_national_bodies() -> None:
    text = "最高人民检察院和全国人大常委会发布文件，巴西最高法院作出裁决。"
    assert [m.text for m in national_bodies(text)] == ["最高人民检察院", "全国人大常委会", "最高法院"]
    assert ("巴西最高法院", "ORG") in _found(text)  # the country joins the body
    assert national_bodies("全国政协主席出席会议。") == []  # part of a title


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("庐山脚下的牯岭镇迎来游客。", "牯岭镇"),  # after "的"
        ("游客涌入乌镇和西塘镇。", "西塘镇"),  # after "和"
        ("在安徽凤阳县小岗村，农民签下契约。", "小岗村"),  # after a county found before it
        ("在北京市海淀区举行。", "海淀区"),  # a district after its city
        ("他来到周庄镇参观。", "周庄镇"),
    ],
)
def test_towns_villages_and_districts(text: str, town: str) -> None:
    assert (town, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "城镇居民收入增加。",  # "城镇": towns in general
        "全面推进乡村振兴。",  # "乡村": the countryside
        "他思念故乡。",  # "故乡": home
        "贫困地区的孩子们开学了。",  # "地区": a region
        "他在贫困县工作。",  # a kind of county
        "这座小城镇很安静。",
        "一些偏远山村通了公路。",
        "社区工作者上门服务。",
        "在福田区举行。",  # a district name that is also a word, with no city before it
        "县城的街道焕然一新。",
    ],
)
def test_no_town_in_common_words(text: str) -> None:
    assert townships(text, []) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("记者在都匀县平浪乡采访。", "都匀县"),  # "都" opens a name after a preposition
        ("记者在都匀县平浪乡采访。", "平浪乡"),  # a township after its county
        ("考察了桐城镇一带的水系。", "桐城镇"),  # "城镇" is a word, the name before it is none
        ("他在都匀县长大，后来离开了都匀县。", "都匀县"),
    ],
)
def test_towns_named_with_common_characters(text: str, place: str) -> None:
    assert (place, "LOC") in [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    "text",
    ["，他们都回乡过年了。", "这些小城镇一带发展很快。", "大家都去镇上赶集。"],
)
def test_all_and_small_towns_are_no_town(text: str) -> None:
    assert not [m for m in extract_entities_from_text(text, "zh") if m.type == "LOC"]


@pytest.mark.parametrize(
    ("text", "person"),
    [("协会理事长周明远在会上发言。", "周明远"), ("该所研究员陈立群说，样本已送检。", "陈立群")],
)
def test_heads_of_associations_and_researchers(text: str, person: str) -> None:
    assert (person, "PER") in [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("深圳超级计算中心为该项目提供了算力。", "深圳超级计算中心"),  # a town's computing centre
        ("北京市中伦律师事务所合伙人表示，合同有效。", "北京市中伦律师事务所"),  # a law firm
        ("广州立信会计师事务所出具了审计报告。", "广州立信会计师事务所"),
        ("上海人工智能实验室发布了新模型。", "上海人工智能实验室"),
        ("中国工程院院士出席会议。", "中国工程院"),  # an academy, named by its country
        ("上海社科院发布蓝皮书。", "上海社科院"),
        ("北京市疾控中心提醒市民注意防护。", "北京市疾控中心"),
        ("，海淀区人民法院受理起诉。", "海淀区人民法院"),  # a district's court names the district
    ],
)
def test_science_and_legal_bodies_of_a_place(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_a_districts_body_names_the_district_elsewhere() -> None:
    assert ("海淀区", "LOC") in _found("，海淀区人民法院受理起诉。海淀区是科技重镇。")


@pytest.mark.parametrize(
    "text", ["大学实验室里，学生们在做实验。", "贫困县人民政府出台了政策。", "保税区公安局发布通告。"]
)
def test_no_body_of_a_kind_of_place(text: str) -> None:
    assert not any(etype in ("ORG", "LOC") for _, etype in _found(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("湖南省海上搜救中心立即启动应急响应。", "湖南省海上搜救中心"),  # rescue centre of a province
        ("江门市消防救援大队出动了六辆消防车。", "江门市消防救援大队"),
    ],
)
def test_rescue_body_of_a_place(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_body_stops_before_a_deputys_title() -> None:
    # "...支队副支队长": the body, then its deputy commander's title, then his name
    found = _found("江门市消防救援支队副支队长李明在现场介绍情况。")
    assert ("江门市消防救援支队", "ORG") in found and ("李明", "PER") in found


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("家住端州区的市民说，过桥要一个小时。", "端州区"),  # after "住"
        ("新桥连接鼎湖区与高要区。", "鼎湖区"),  # after "接"
        ("这里离荔湾区不远。", "荔湾区"),  # after "离", not "离荔湾区"
        ("据泰顺县气象部门消息，山区降温明显。", "泰顺县"),  # after "据" (a source), not "据泰顺县"
    ],
)
def test_district_after_a_verb_of_place(text: str, district: str) -> None:
    assert (district, "LOC") in _found(text)


def test_college_named_by_its_town() -> None:
    assert ("台州学院", "ORG") in _found("合作社与台州学院合作培训电商主播。")


@pytest.mark.parametrize("text", ["他住在北京学院路附近。", "美国学院众多，学费昂贵。"])
def test_college_word_after_a_place_is_no_college(text: str) -> None:
    assert not any(etype == "ORG" for _, etype in _found(text))


def test_town_party_committee_in_a_job_title() -> None:
    found = _found("大洋镇党委书记孙海平表示，镇里将加快建设。")
    assert ("大洋镇党委", "ORG") in found
    assert ("孙海平", "PER") in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("样品由杭州市食品药品检验所抽检。", "杭州市食品药品检验所"),  # a town's testing institute
        ("成都市产品质量检测所出具报告。", "成都市产品质量检测所"),
    ],
)
def test_testing_institute_of_a_town(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a trade association's field of trades runs past the usual length when "行业" closes it
        ("深圳市餐饮烹饪外卖行业协会会长表示欢迎。", "深圳市餐饮烹饪外卖行业协会"),
        ("成都市汽车维修检测行业协会发布倡议。", "成都市汽车维修检测行业协会"),
    ],
)
def test_trade_association_with_a_long_field(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_district_before_its_street_after_a_verb_of_visiting() -> None:
    found = _found("记者走访海淀区学院南路发现，多家店铺已关门。")
    assert ("海淀区", "LOC") in found
    assert ("学院南路", "LOC") in found  # a street by its direction, no college


@pytest.mark.parametrize("text", ["记者走访社区道路。", "车辆驶入城区马路。"])
def test_kind_of_area_before_a_road_is_no_district(text: str) -> None:
    assert not any(etype == "LOC" for _, etype in _found(text))


def test_town_congress_and_its_deputy() -> None:
    found = _found("岳阳县人大代表李国强建议增设停车区。")
    assert ("岳阳县人大", "ORG") in found and ("李国强", "PER") in found


def test_town_radio_station() -> None:
    assert ("长沙交通广播", "ORG") in _found("驾驶人可通过长沙交通广播了解路况。")


def test_radio_without_its_town_is_no_body() -> None:
    assert not any(t == "ORG" for _, t in _found("车内正在播放交通广播。"))


def test_vocational_school_of_a_town() -> None:
    found = _found("她毕业于无锡机电高等职业技术学校。")
    assert ("无锡机电高等职业技术学校", "ORG") in found, found


def test_schools_alone_are_no_body() -> None:
    assert _found("北京多所学校已经开学。") == [("北京", "LOC")]


def test_a_provincial_testing_institute_with_a_long_field_is_one_body() -> None:
    found = _found("山西省锅炉压力容器监督检验研究院派员到场。")
    assert found == [("山西省锅炉压力容器监督检验研究院", "ORG")], found


def test_a_long_field_not_closed_by_testing_makes_no_institute() -> None:
    found = _found("山西省今年计划投入更多资金建设研究院。")
    assert ("山西省", "LOC") in found and not any(t == "ORG" for _, t in found), found
