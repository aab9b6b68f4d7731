"""Chinese ministries named by their field, the offices of a body, international bodies,
short names in brackets that hold a place, and a ministry beside its commission.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("，应急管理部派出工作组赶赴灾区。", "应急管理部"),  # two words of a field
        ("据交通运输部通报，多条高速恢复通行。", "交通运输部"),
        ("，商务部新闻发言人表示", "商务部"),
        ("美国财政部宣布新的制裁措施。", "美国财政部"),  # the country, then the ministry it joins
        ("国家卫健委疾控局发布提示。", "国家卫健委疾控局"),  # a body's office
        ("国际劳工组织发布报告称，失业率上升。", "国际劳工组织"),
        ("国际雪豹基金会（ISF）专家参与调查。", "国际雪豹基金会"),
        ("国际雪豹基金会（ISF）专家参与调查。", "ISF"),
        ("浙江省环境监测中心发布预警。", "浙江省环境监测中心"),
        ("他加入了吉安县蓝湾果蔬专业合作社。", "吉安县蓝湾果蔬专业合作社"),
    ],
)
def test_bodies_are_found(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_a_ministry_and_its_commission_are_two() -> None:
    found = _found("，交通运输部长江航务管理局（长航局）发布通告。")
    assert ("交通运输部", "ORG") in found
    assert ("长江航务管理局", "ORG") in found
    assert ("长航局", "ORG") in found  # the short name holds the river, and wins over it


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("，西南部地区将有暴雨。", "西南部"),  # a direction
        ("，内部人士透露", "内部"),
        ("，干部群众齐上阵。", "干部"),
        ("，交通运输部长会见了代表团。", "交通运输部"),  # a minister, his title
        ("，国际金融组织纷纷下调预期。", "国际金融组织"),  # a kind of body
        ("当局表示将调查此事。", "当局"),
        ("，司令部下达命令。", "司令部"),
        ("公司人事部通知，全体员工下午开会。", "公司人事部"),  # a firm's department
        ("公司人事部通知，全体员工下午开会。", "人事部"),
    ],
)
def test_parts_and_titles_are_no_bodies(text: str, word: str) -> None:
    assert (word, "ORG") not in _found(text)


def test_an_office_of_a_short_name_in_another_paragraph() -> None:
    text = "交通运输部长江航务管理局（长航局）发布通告。\n\n长航局安全监督处表示，航道将于明日恢复通航。"
    found = [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]
    assert ("长航局安全监督处", "ORG") in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("国家药监局药品审评中心发布了指导原则。", "国家药监局药品审评中心"),  # a regulator's centre
        ("国家卫健委统计信息中心负责人介绍了数据。", "国家卫健委统计信息中心"),
    ],
)
def test_a_regulators_centre_is_its_office(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text", ["外交部把工作重心放在周边。", "联合国秘书长在新闻中心发表讲话。", "该学院合建茶叶研究中心。"]
)
def test_no_centre_from_a_clause(text: str) -> None:
    assert not any(name.endswith("中心") for name, _ in _found(text))


def test_ministry_before_respectively() -> None:
    # "部分别": the ministry, then "分别" (respectively), not "部分" (a part)
    found = _found("自然资源部、应急管理部分别派出工作组。")
    assert ("应急管理部", "ORG") in found and ("自然资源部", "ORG") in found


def test_part_is_no_ministry() -> None:
    assert not [n for n, t in _found("管理部分内容已经更新。") if t == "ORG"]


def test_ministry_before_will() -> None:
    # "部将": the ministry, then "将" (will), not a general's officer
    assert ("教育部", "ORG") in _found("今年3月，教育部将该市列入试点。")


def test_hospital_department_is_no_ministry() -> None:
    found = _found("医院护理部主任李华说，床位已满。")
    assert ("李华", "PER") in found and not any(name.endswith("部") for name, _ in found), found
