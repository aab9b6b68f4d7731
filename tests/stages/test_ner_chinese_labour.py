"""Chinese labour, social and education news: bylines, departments joined by "和", the
bodies of a district or county, subdistricts, and the short names of ministries.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_labour import bodies, byline_people, repeated_units, units


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


def _loc(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, "LOC", model="rules:zh", confidence=0.8)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("本报宁波3月2日电（记者 陈思远）", ["陈思远"]),
        ("（记者 何静 通讯员 孙立）", ["何静", "孙立"]),  # a second title inside the byline
        ("本报记者 许文涛、吕芳", ["许文涛", "吕芳"]),
        ("（记者 欧阳明月 摄）", ["欧阳明月"]),  # a compound surname; "摄" is no name
    ],
)
def test_byline_reporters_after_a_space(text: str, people: list[str]) -> None:
    assert list(byline_people(text)) == people
    assert [name for name, etype in _found(text) if etype == "PER"] == people


@pytest.mark.parametrize("text", ["（记者 人民大会）", "记者 发现问题", "记者会上说"])
def test_no_reporter_without_a_name(text: str) -> None:
    assert byline_people(text) == {}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("嘉兴市住房和城乡建设局发布通告。", "嘉兴市住房和城乡建设局"),  # the city is inside the body
        ("绍兴市文化广电和旅游局介绍，景区客流回升。", "绍兴市文化广电和旅游局"),
        ("工业和信息化部发布新规。", "工业和信息化部"),  # a ministry needs no place
        ("国家发展和改革委员会表示，将稳定物价。", "国家发展和改革委员会"),
        ("文化和旅游部部长出席。", "文化和旅游部"),
    ],
)
def test_departments_joined_by_and(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "教育和卫生部门要加强合作。",  # departments in general
        "经济和社会发展局面良好。",  # "局面": a situation
        "当地住房和城乡建设局回应称，正在调查。",  # any town's bureau, no name
        "在工业和信息化部门工作多年。",
    ],
)
def test_no_department_from_a_phrase_with_and(text: str) -> None:
    assert not any(etype == "ORG" for _, etype in _found(text))


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("与龙湾区总工会签订协议。", "龙湾区总工会", "龙湾区"),  # a district the gazetteer lacks
        ("苍南县教育局发布招生通知。", "苍南县教育局", "苍南县"),
        ("据泰顺县卫健委介绍，疫苗已到位。", "泰顺县卫健委", "泰顺县"),
    ],
)
def test_a_units_body_names_the_unit(text: str, body: str, place: str) -> None:
    assert (body, "ORG") in _found(text)
    assert place in {m.text for m in units(text, [])}


def test_a_citys_civil_affairs_bureau_is_no_citizen() -> None:
    # "市民" (citizens) is a word; after a place the body's name is read whole
    assert ("瑞安市民政局", "ORG") in _found("瑞安市民政局向困难家庭发放补贴。")


@pytest.mark.parametrize("text", ["我市教育局发布通知。", "该区总工会组织培训。", "全市各区总工会积极参与。"])
def test_no_unit_from_a_determiner(text: str) -> None:
    assert units(text, []) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("住在城东街道的退休工人说，补贴已到账。", "城东街道"),
        ("杭州市新华街道的居民", "新华街道"),  # a name that is a word, after its city
        ("活动在西兴街道举行。", "西兴街道"),
    ],
)
def test_subdistricts_are_places(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


def test_a_subdistrict_is_its_own_level() -> None:
    # one place for each level: the city and the subdistrict
    text = "西兴街道位于杭州市，杭州市西兴街道的工厂"
    found = [m.text for m in units(text, [_loc(text, "杭州市"), _loc(text[text.index("，") :], "杭州市")])]
    assert found.count("西兴街道") == 2


@pytest.mark.parametrize(
    "text", ["街道两旁种满了树。", "城市街道很干净。", "老街道也很热闹。", "他走过城里的泥泞街道。", "全市各街道"]
)
def test_no_subdistrict_in_a_street(text: str) -> None:
    assert not any(m.text.endswith("街道") for m in units(text, []))


def test_a_subdistricts_office_is_a_body() -> None:
    assert ("西兴街道办事处", "ORG") in _found("西兴街道办事处组织了一场招聘会。")
    assert ("杭州市西兴街道办事处", "ORG") in _found("杭州市西兴街道办事处发布通知。")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("人社部发布通知，要求保障农民工工资。", "人社部"),
        ("工信部表示，将支持中小企业。", "工信部"),
        ("国家发改委和国资委联合发文。", "国家发改委"),
        ("国家发改委和国资委联合发文。", "国资委"),
    ],
)
def test_short_names_of_ministries(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["各地人社部门要做好服务。", "发改委员会", "住建部署了新任务"])
def test_no_short_name_in_a_longer_word(text: str) -> None:
    assert bodies(text, []) == []


def test_units_are_places_across_the_article() -> None:
    # each paragraph is read alone: the district read by its union names it in another
    text = "龙湾区总工会发布通知。\n推广龙湾区的经验。《龙湾区工资协议》"
    found = repeated_units(text, [Mention(0, 3, "龙湾区", "LOC", model="rules:zh", confidence=0.6)])
    assert [m.start for m in found if m.text == "龙湾区"] == [0, 14]  # not inside the title


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("记者从省医保局获悉，今年起门诊报销比例提高。", "省医保局"),
        ("据市卫健委通报，本周流感病例有所增加。", "市卫健委"),
        ("区市场监管局对三家药店立案调查。", "区市场监管局"),
        ("省生态环境厅要求企业限期整改。", "省生态环境厅"),
    ],
)
def test_a_department_named_by_its_units_level(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text",
    ["全省药监局系统开展检查。", "各市医保局同步推进。", "市教育局长出席会议。", "市生态环境厅"],
)
def test_no_department_of_any_unit_or_a_title(text: str) -> None:
    # "全省", "各市": every unit's department; "局长" a title; a city has no "厅"
    assert bodies(text, []) == []
