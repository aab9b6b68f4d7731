"""Chinese people named with no title of office, read from the cue after the name: a deed
("，王某出生于"), a title of kin or trade ("父亲王某是"), a thing named after them ("王某故居"),
and dotted foreign names the transliteration tables cannot read ("马可·波罗").

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_people import cued_people, dotted_spans, name_before


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1839年，林则徐率军民在虎门销烟。", "林则徐"),  # a deed after a clause's edge
        ("“詹天佑当年设计了这条铁路。”导游说。", "詹天佑"),  # a time word, then the deed
        ("，张謇1902年创办了通州师范学校。", "张謇"),  # a year, then the deed
        ("今天是林觉民诞辰纪念日。", "林觉民"),
        ("他的父亲周树声是一名教师。", "周树声"),  # kin before the name
        ("客栈老板吴一鸣还会做饭。", "吴一鸣"),  # a given name opening with "一"
        ("传教士郁文德设计了这座教堂。", "郁文德"),  # a trade, then a deed
        ("巡抚左宗棠率部西进。", "左宗棠"),  # an office of history
    ],
)
def test_people_read_from_their_cue(text: str, name: str) -> None:
    assert (name, "PER") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "他说母亲常年在外打工，父亲常说要努力。",  # "常年", "常说" open with a surname
        "老板马上就来，老板娘关门了。",
        "，高速率先恢复通行。王朝建立后，黄金发现于此。",  # common words before a deed
        "律师费用很高，华侨华人社团举行活动。",
        "市长王一行抵达会场。",  # "一行": the party, no given name
        "他的父亲是医生，妻子陈述了经过。",
    ],
)
def test_no_person_from_a_word(text: str) -> None:
    assert [n for n, t in _found(text) if t == "PER"] == []


def test_a_person_read_once_is_found_again() -> None:
    found = _found("，孙思邈出生于京兆华原。后人称孙思邈为药王。")
    assert [n for n, t in found if t == "PER"] == ["孙思邈", "孙思邈"]


def test_name_before_reads_backwards_from_the_cue() -> None:
    text = "，林则徐率船队出海"
    assert name_before(text, text.index("率")) == 1
    assert name_before("马上率先", 2) is None  # "马上" is a word
    assert cued_people("游客在大街上散步。") == {}


def test_memorial_and_foundation_named_after_a_person() -> None:
    found = _found("位于山脚的詹天佑纪念馆推出新展，钱学森基金会也参与其中。")
    assert ("詹天佑纪念馆", "ORG") in found
    assert ("钱学森基金会", "ORG") in found
    assert ("詹天佑", "PER") not in found  # inside the body's name
    assert ("邓世昌故居", "LOC") in _found("我们参观了邓世昌故居，又去了码头。")  # a home: a place
    assert [n for n, t in _found("这里是邓世昌故居。邓世昌生于广州。") if t == "PER"] == ["邓世昌"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("。马可·波罗曾到过这里。", "马可·波罗"),  # "可" is in no table
        ("旅行家伊本·白图泰和他的随从。", "伊本·白图泰"),  # "本", "白": the dot bounds it
    ],
)
def test_dotted_names_with_uncommon_characters(text: str, name: str) -> None:
    assert (name, "PER") in _found(text)


def test_no_dotted_name_in_titles_places_or_firms() -> None:
    assert dotted_spans("《史记·项羽本纪》是名篇。") == []
    assert dotted_spans("中国·杭州峰会开幕。") == []
    text = "约翰·基尔斯控股公司宣布"
    assert all(text[s:e] != "约翰·基尔斯控" for s, e in dotted_spans(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("代理律师、北京天元律师事务所的刘红表示，将提起上诉。", "刘红"),  # a body's staff who speaks
        ("，中国科学院物理研究所的张强说，实验还在进行。", "张强"),
    ],
)
def test_a_bodys_staff_who_speak(text: str, name: str) -> None:
    assert (name, "PER") in _found(text)


def test_no_staff_from_a_title() -> None:
    assert not any(etype == "PER" for _, etype in _found("北京天元律师事务所的高度评价表示认可。"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年四十五岁的赵美玲曾在温州打工。", "赵美玲"),
        ("52岁的孙海平说，今年收成不错。", "孙海平"),
    ],
)
def test_person_after_an_age(text: str, name: str) -> None:
    assert name in cued_people(text)


def test_age_before_a_common_word_is_no_name() -> None:
    assert cued_people("他五岁的时候就上山采茶，三岁的孩子在哭。") == {}


def test_a_fellow_of_a_pastime_is_named_after_the_role_word() -> None:
    assert ("刘海波", "PER") in _found("骑友刘海波说，今年的路况好多了。")
    assert ("赵一鸣", "PER") in _found("跑友赵一鸣表示，赛道很平整。")


def test_the_role_word_alone_names_no_one() -> None:
    assert not any(etype == "PER" for _, etype in _found("骑友们说，今年的路况好多了。"))
