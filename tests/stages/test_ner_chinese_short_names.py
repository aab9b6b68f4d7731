"""Chinese people named by a surname and a title once the text names them in full, and names
joined to a named person.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_short_names import joined_people, repeated_people, titled_surnames


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


def test_a_named_persons_surname_before_a_title_is_the_person() -> None:
    found = _found("校长陈立新来到学校。陈老师说，学生很努力。")
    assert ("陈", "PER") in found
    text = "王海燕今年退休。但王馆长还常回来看看，王女士说这里是家。"
    people = [Mention(0, 3, "王海燕", "PER")]
    assert [m.text for m in titled_surnames(text, people)] == ["王海燕", "王", "王"]


@pytest.mark.parametrize(
    "text",
    [
        "校长陈立新说，学生很努力。每周市长都开会。",  # "周" opens no surname: "每周" is a word
        "校长陈立新说，李先生也来了。",  # a surname no named person carries
    ],
)
def test_no_surname_without_a_named_person_who_carries_it(text: str) -> None:
    assert [t for t, ty in _found(text) if ty == "PER"] == ["陈立新"]


def test_a_name_beside_a_named_person_is_a_person() -> None:
    assert ("汪和", "PER") in _found("他讲述汪和与约翰·史密斯的故事。")  # the conjunction as a given name
    text = "约翰·史密斯和曹立文一起出海，曹立文掌舵。"
    people = [Mention(0, 6, "约翰·史密斯", "PER")]
    assert [m.text for m in joined_people(text, people)] == ["约翰·史密斯", "曹立文", "曹立文"]


@pytest.mark.parametrize(
    "text",
    [
        "习近平和李总统会面。",  # a surname and a title, no name
        "向东与约翰·史密斯会面。",  # a preposition, no surname
        "约翰·史密斯与中方代表会谈。",
        "约翰·史密斯与高明的对手交锋。",  # a common word ("高明"), no name
    ],
)
def test_no_person_from_a_title_or_a_word_beside_a_person(text: str) -> None:
    assert [t for t, ty in _found(text) if ty == "PER" and "·" not in t and t != "习近平"] == []


def test_a_foreign_persons_last_part_named_in_another_paragraph() -> None:
    text = "对手是安娜·科瓦尔斯卡。\n周三她将迎战科瓦尔斯卡，阿科瓦尔斯卡不算。"
    people = [Mention(3, 11, "安娜·科瓦尔斯卡", "PER")]
    found = [(m.text, m.start) for m in repeated_people(text, people)]
    assert ("科瓦尔斯卡", 19) in found
    assert len(found) == 2  # not inside the longer run "阿科瓦尔斯卡"


def test_a_main_persons_given_name_alone() -> None:
    text = "王梦溪入选国家队。王梦溪说：\n“梦溪很努力。”教练说。这说明溪水很清。"
    people = [Mention(0, 3, "王梦溪", "PER"), Mention(9, 12, "王梦溪", "PER")]
    found = [(m.text, m.start) for m in repeated_people(text, people)]
    assert ("梦溪", 16) in found
    assert len(found) == 3
    # named in full once only: no given name read alone
    assert [m.text for m in repeated_people(text, people[:1])] == ["王梦溪"]
