"""Trade-fair news in Chinese: names inside a fair's name, towns visitors come from, a
ministry named by two fields, people named by their household or after a title.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("第五届广西国际林业博览会在南宁开幕。", "广西"),
        ("中国—中亚经贸合作对接会在西安举行。", "中国"),
        ("江西茶叶交易会今天闭幕。", "江西"),
    ],
)
def test_names_inside_a_fair_are_dropped(text: str, inside: str) -> None:
    assert inside not in [name for name, _ in _found(text)]


def test_a_place_before_the_verb_that_holds_a_fair_stays() -> None:
    # the verb breaks the run: the province and the city are where the fair is held
    found = _found("广西在南宁举办博览会。")
    assert ("广西", "LOC") in found
    assert ("南宁", "LOC") in found


def test_a_town_visitors_come_from() -> None:
    assert ("桐乡市", "LOC") in _found("来自桐乡市的养殖户陈国栋说，价格上涨。")


def test_no_town_without_its_unit() -> None:
    assert all(etype != "LOC" for _, etype in _found("来自一线的消息说，价格上涨。"))


def test_a_person_named_by_a_household_word() -> None:
    assert ("陈国栋", "PER") in _found("养殖户陈国栋说，价格上涨。")


def test_a_native_name_after_a_title_is_read_whole() -> None:
    # 彭丽 are transliteration sounds too; the native name goes on to its third character
    assert ("彭丽娟", "PER") in _found("协会秘书长彭丽娟说，今年参展。")


def test_a_ministry_of_two_fields_is_one_body() -> None:
    assert ("柬埔寨农业与农村发展部", "ORG") in _found("柬埔寨农业与农村发展部官员到场。")


def test_a_country_and_a_plain_ministry_are_not_joined_by_a_list() -> None:
    found = _found("中国和俄罗斯外交部发表声明。")
    assert ("中国和俄罗斯外交部", "ORG") not in found


def test_a_body_holding_its_summit_stays() -> None:
    assert ("欧盟", "ORG") in _found("该计划将在三月的欧盟峰会上讨论。")


def test_a_foreign_name_after_a_title_keeps_its_sounds() -> None:
    found = _found("主教练穆斯卡特赛后表示，球队仍需改进。")
    assert ("穆斯卡特", "PER") in found


@pytest.mark.parametrize("text", ["这笔钱来自于该县的财政。", "学生来自本市的各所学校。"])
def test_no_town_from_a_pointing_word(text: str) -> None:
    assert all(etype != "LOC" for _, etype in _found(text))


def test_a_real_town_opening_with_a_pointing_character() -> None:
    assert ("本溪市", "LOC") in _found("来自本溪市的游客说，景色很美。")
