"""Chinese hospitals with their clinics, schools with their hospitals, and the short names of
institutes and university hospitals spread over an article.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_science import short_names


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("四川大学华西医院心内科主任李明表示，新药效果明显。", "四川大学华西医院心内科"),
        ("北京协和医院神经外科副主任王芳介绍了手术过程。", "北京协和医院神经外科"),
        ("他曾在瑞金医院血液科工作十年。", "瑞金医院血液科"),
        ("北京医院儿科主任表示，流感进入高发期。", "北京医院儿科"),  # a town's hospital, made one by its clinic
        ("武汉大学人民医院呼吸与危重症医学科主任说明了情况。", "武汉大学人民医院呼吸与危重症医学科"),
        ("杭州市第一人民医院心血管内科医生表示。", "杭州市第一人民医院心血管内科"),
        ("浙江大学医学院附属第一医院感染病科主任介绍，患者已出院。", "浙江大学医学院附属第一医院感染病科"),
    ],
)
def test_hospital_clinics(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "该医院外科医生说，手术很成功。",  # no hospital named
        "这家医院开设儿科门诊。",
        "美国医院外科的情况不同。",  # a country's hospitals
        "市中心医院科研人员发表论文。",  # "科研": research, no clinic
    ],
)
def test_no_clinic_without_a_named_hospital(text: str) -> None:
    assert not any(etype == "ORG" and name.endswith("科") for name, etype in _found(text))


def _org(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, "ORG", model="rules:zh", confidence=0.7)


def test_institute_short_names_across_paragraphs() -> None:
    text = "中国科学院物理研究所发布新成果。\n物理所研究员张强说，实验还在进行；物理所所长也到场。"
    found = [(m.text, m.start) for m in short_names(text, [_org(text, "中国科学院物理研究所")])]
    assert [name for name, _ in found].count("物理所") == 2


def test_institute_short_name_drops_science() -> None:
    text = "中国农业科学院作物科学研究所培育了新品种。\n作物所专家介绍了情况。"
    found = {m.text for m in short_names(text, [_org(text, "中国农业科学院作物科学研究所")])}
    assert "作物所" in found


def test_university_hospital_short_name_holds_its_town() -> None:
    text = "复旦大学附属华山医院开设新病区。\n华山医院将增加床位。"
    town = Mention(text.rindex("华山"), text.rindex("华山") + 2, "华山", "LOC", model="rules:zh", confidence=0.8)
    found = {(m.text, m.type) for m in short_names(text, [_org(text, "复旦大学附属华山医院"), town])}
    assert ("华山医院", "ORG") in found and ("华山", "LOC") not in found


def test_no_short_name_that_is_a_word_or_opens_one() -> None:
    text = "中国医学科学院医学研究院成立。\n医学院的学生参加了活动。"
    assert {m.text for m in short_names(text, [_org(text, "中国医学科学院医学研究院")])} == {"中国医学科学院医学研究院"}
    text = "中国科学院物理研究所发布成果。\n物理所有的实验都已完成。"  # "所有": all
    assert len(short_names(text, [_org(text, "中国科学院物理研究所")])) == 1
