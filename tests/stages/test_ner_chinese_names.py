"""Chinese names after titles, provinces and rivers, bodies named after their country."""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_names import (
    companies,
    native_companies,
    place_names,
    speaking_people,
    titled_people,
)
from storywire.stages.ner.chinese_state_bodies import join_bodies, state_bodies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("外交部发言人毛宁在记者会上说", "毛宁"),  # a two-character name before "在"
        ("发言人毛宁强调", "毛宁"),  # "强" opens the word "强调", not the name
        ("总理李强会见了来宾", "李强"),  # ... while "强" is a given name here
        ("总统尹锡悦在首尔表示", "尹锡悦"),
        ("总干事谭德塞警告", "谭德塞"),
        ("主席冯德莱恩抵达", "冯德莱恩"),  # a Chinese surname, then a transliteration
        ("主席欧阳明在会上讲话", "欧阳明"),  # a compound surname
        ("记者张伟报道", "张伟"),
        ("香港行政长官李家超宣布", "李家超"),
        ("日本首相岸田文雄与韩国总统会谈", "岸田文雄"),  # a Japanese surname and given name
        ("日本首相石破茂表示", "石破茂"),
    ],
)
def test_titled_people(text: str, name: str) -> None:
    assert [m.text for m in titled_people(text)] == [name]


@pytest.mark.parametrize("text", ["总统高度赞扬双方合作", "总统和总理都出席", "部长级会议"])
def test_no_name_after_a_title(text: str) -> None:
    # a common word, a function character, a title's suffix
    assert titled_people(text) == []


def test_provinces_rivers_and_buildings_are_places() -> None:
    names = place_names()
    assert {"河南", "河南省", "新疆", "新疆自治区", "香港特别行政区", "人民大会堂"} <= set(names)
    found = extract_entities_from_text("湖北省和长江沿岸遭遇干旱，代表在人民大会堂开会。", "zh")
    assert [(m.text, m.type) for m in found] == [("湖北省", "LOC"), ("长江", "LOC"), ("人民大会堂", "LOC")]


def test_companies_named_by_a_transliteration() -> None:
    assert [m.text for m in companies("阿里巴巴集团宣布新计划")] == ["阿里巴巴集团"]
    assert companies("这家公司宣布") == []  # no name before the company word


def test_country_and_body_make_one_organisation() -> None:
    text = "中国外交部表示"
    parts = [Mention(0, 2, "中国", "LOC"), Mention(2, 5, "外交部", "ORG")]
    assert [(m.text, m.type) for m in join_bodies(text, parts, frozenset({"中国"}))] == [("中国外交部", "ORG")]
    found = extract_entities_from_text("联合国安理会周五召开会议，中国外交部发言人毛宁出席。", "zh")
    assert [(m.text, m.type) for m in found] == [("联合国安理会", "ORG"), ("中国外交部", "ORG"), ("毛宁", "PER")]


def test_a_place_before_a_body_stays_a_place() -> None:
    # only a country is part of a body's name: a city before a ministry is where it met
    text = "北京外交部"
    parts = [Mention(0, 2, "北京", "LOC"), Mention(2, 5, "外交部", "ORG")]
    assert [m.text for m in join_bodies(text, parts, frozenset({"中国"}))] == ["北京", "外交部"]


def test_a_person_named_once_after_a_title_is_found_again() -> None:
    found = extract_entities_from_text("发言人毛宁在会上表示反对。毛宁还说，双方应当对话。", "zh")
    assert [m.text for m in found if m.type == "PER"] == ["毛宁", "毛宁"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("阿里巴巴集团宣布，马云将卸任董事局主席。", "马云"),  # no title: a clause's start and "将"
        ("会议结束后。李明表示满意", "李明"),
        ("，岸田文雄说", "岸田文雄"),
        ("马化腾昨天在深圳宣布新计划。", "马化腾"),  # a time and a place between name and verb
        ("。刘晓明近日在伦敦说，双方应加强合作。", "刘晓明"),
        ("，张伟12日在北京表示欢迎。", "张伟"),
        ("新车发布后，李明华对记者说，销量不错。", "李明华"),  # whom the name speaks to
        ("。赵国强向媒体表示，工厂已复产。", "赵国强"),
    ],
)
def test_people_with_no_title_before_a_speech_verb(text: str, name: str) -> None:
    assert [m.text for m in speaking_people(text)] == [name]
    assert (name, "PER") in [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    "text",
    [
        "会谈后，韩方表示满意",  # the Korean side
        "车队周三表示",  # a weekday after a surname character
        "他说，王将军说",  # "将军" is a title, not "will"
        "中国的马云将来",  # not at a clause's start
        "，金融将受到冲击",  # a common word
        "，周三在北京表示",  # a weekday, then a place
        "球队日前在主场宣布",  # a team: "队" ends a body, not a given name
    ],
)
def test_no_person_before_a_speech_verb(text: str) -> None:
    assert speaking_people(text) == []


def test_native_company_names() -> None:
    places = frozenset({"美国"})
    assert [m.text for m in native_companies("腾讯公司宣布新计划。", places)] == ["腾讯公司"]
    assert [m.text for m in native_companies("美国对华为公司实施制裁", places)] == ["华为公司"]
    found = extract_entities_from_text("美国对华为公司实施制裁。", "zh")
    assert [(m.text, m.type) for m in found] == [("美国", "LOC"), ("华为公司", "ORG")]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("他表示，劳斯莱斯公司将扩大产能。", "劳斯莱斯公司"),  # four characters before "公司"
        ("据报道，三菱重工公司交付新机。", "三菱重工公司"),
        ("，中远海运集团宣布扩张。", "中远海运集团"),
    ],
)
def test_native_company_of_four_characters(text: str, firm: str) -> None:
    assert [m.text for m in native_companies(text, frozenset({"美国"}))] == [firm]
    assert (firm, "ORG") in [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    "text",
    [
        "该航空公司表示",
        "一家搬家公司",
        "美国公司",
        "与疫情相关的公司关闭",
        "这家公司宣布",
        "，美国航空公司宣布",  # a country and a kind of firm
        "，跨国石油公司撤离",
        "目前该公司表示",  # "该公司": that company
        "，他说腾讯公司很好",  # a verb in the four characters
    ],
)
def test_no_native_company_for_a_kind_of_firm(text: str) -> None:
    assert native_companies(text, frozenset({"美国"})) == []


def test_a_place_cut_out_of_a_longer_transliteration() -> None:
    # "达沃" (Davao) in "达沃斯": the longer run wins after a place, the cut is refused alone
    found = extract_entities_from_text("世界经济论坛年会在瑞士达沃斯开幕。", "zh")
    assert [(m.text, m.type) for m in found] == [("瑞士", "LOC"), ("达沃斯", "LOC")]
    assert extract_entities_from_text("他在达沃斯发表讲话。", "zh") == []
    assert extract_entities_from_text("南希佩洛西声称", "zh") == []  # no "南希" (Nancy, France)
    # a country right before another word stays ("伊拉克基地": an Iraqi base)
    assert [m.text for m in extract_entities_from_text("美军驻伊拉克基地遭袭。", "zh")] == ["伊拉克"]


def test_state_bodies_by_standing_and_field() -> None:
    assert [m.text for m in state_bodies("据国家统计局数据，中央电视台报道。")] == ["国家统计局", "中央电视台"]
    assert state_bodies("这个国家的领导人表示欢迎。") == []
    assert state_bodies("该国家台湾问题") == []


def test_state_bodies_with_a_regulator_field() -> None:
    text = "国家药品监督管理局和国家市场监督管理总局联合发文。"
    assert [m.text for m in state_bodies(text)] == ["国家药品监督管理局", "国家市场监督管理总局"]
    assert state_bodies("国家主席访问医院。") == []  # an office and a visit, no body
    assert state_bodies("国家级开发区管理委员会") == []  # a national-level zone's committee


@pytest.mark.parametrize("text", ["经纪公司表示，合同已续签。", "，体育公司和娱乐公司都在扩张。"])
def test_no_native_company_for_an_agencys_kind(text: str) -> None:
    assert [m.text for m in extract_entities_from_text(text, "zh") if m.type == "ORG"] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [("国家互联网信息办公室发布新规。", "国家互联网信息办公室"), ("，国家知识产权局公布数据。", "国家知识产权局")],
)
def test_state_offices(text: str, body: str) -> None:
    assert [(m.text, m.type) for m in state_bodies(text)] == [(body, "ORG")]


def test_person_after_legal_representative() -> None:
    # "法定代表人" (a firm's legal representative) stands before a name as a title does
    found = [(m.text, m.type) for m in extract_entities_from_text("该公司法定代表人孔庆宇一直未回应。", "zh")]
    assert ("孔庆宇", "PER") in found


def test_a_whole_firm_name_does_not_join_the_next_firm() -> None:
    text = "新的东方航空公司空客飞机。"
    parts = [Mention(2, 8, "东方航空公司", "ORG"), Mention(8, 10, "空客", "ORG")]
    assert [m.text for m in join_bodies(text, parts, frozenset({"中国"}))] == ["东方航空公司", "空客"]


def test_quoted_kind_of_firm_before_its_fund_is_no_firm() -> None:
    found = extract_entities_from_text("其中三百万元来自“强镇公司”专项资金。", "zh")
    assert not any(m.text.endswith("公司") for m in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("队长孙一帆获评最佳选手。", "孙一帆"),  # a given name opening with "一"
        ("首席执行官王子骞在发布会上表示，很好。", "王子骞"),  # "王子" is a word, "子骞" none
    ],
)
def test_titled_name_of_a_shape_the_bare_reader_refuses(text: str, name: str) -> None:
    assert name in [m.text for m in titled_people(text)]


@pytest.mark.parametrize("text", ["部长王一行抵达北京。", "主席高度评价了合作。", "记者王子在现场。"])
def test_no_titled_name_from_a_word(text: str) -> None:
    assert titled_people(text) == []


def test_a_given_name_that_is_a_word_before_a_verb_and_its_aspect() -> None:
    found = [(m.text, m.type) for m in extract_entities_from_text("退休教师王建国带着孙子散步。", "zh")]
    assert found == [("王建国", "PER")]
    assert extract_entities_from_text("国家建设带来了变化。", "zh") == []
