"""Chinese airports' terminals, civil-aviation bodies, provinces' regions, reporting sites,
rivers that meet, and counties written with particles.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("旅客可在T3航站楼办理值机手续。", "T3航站楼", "LOC"),  # a coded terminal keeps its word
        ("今年起，1号航站楼只运营国内航班。", "1号航站楼", "LOC"),
        ("民航湖北监管局对该航班进行了调查。", "民航湖北监管局", "ORG"),  # "民航" + a province + its kind
        ("民航西南地区管理局发布了新规定。", "民航西南地区管理局", "ORG"),  # a region of the administration
        ("民航四川空管分局调整了进近程序。", "民航四川空管分局", "ORG"),
        ("闽西地区今年迎来多个新项目。", "闽西", "LOC"),  # a province's short name and a direction
        ("一批企业落户苏北一带。", "苏北", "LOC"),
        ("据宜昌三峡机场统计，今年客流增长两成。", "宜昌三峡机场", "ORG"),  # a site that counts acts
        ("两条支流渭河与泾河交汇后向东流去。", "泾河", "LOC"),  # rivers that meet
        ("城北是湘江和资江汇合的地方。", "资江", "LOC"),
        ("他来自于都县，在省城读书。", "于都县", "LOC"),  # a county written with a particle
    ],
)
def test_aviation_names(text: str, name: str, etype: str) -> None:
    assert (name, etype) in _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("新航站楼今年投入使用，老航站楼将改造。", "新航站楼"),  # a kind of terminal
        ("新航站楼今年投入使用，老航站楼将改造。", "老航站楼"),
        ("民航局要求各地加强安全检查。", "民航局"),  # no place: the national body's short name is not read here
        ("江苏北部地区降雨明显。", "苏北"),  # a longer place holds the characters
        ("大河与小河汇合处建了一座桥。", "大河"),  # kinds of river
        ("这笔钱来自于该县的财政。", "于该县"),  # a particle before a determiner
    ],
)
def test_not_aviation_names(text: str, word: str) -> None:
    assert all(found != word for found, _ in _found(text))


def test_firm_is_no_region() -> None:
    assert ("京东", "LOC") not in _found("京东地区仓库今年扩建。")  # "京" is left out: a firm's name


def test_airport_where_something_happens_stays_a_place() -> None:
    found = _found("航班从宜昌三峡机场起飞。据宜昌三峡机场统计，客流增长两成。")
    assert found.count(("宜昌三峡机场", "LOC")) == 1
    assert found.count(("宜昌三峡机场", "ORG")) == 1


def test_river_read_across_a_verb_gives_way() -> None:
    found = _found("桥的造型取意湘江与资江汇成一股。")
    assert ("湘江", "LOC") in found
    assert all(not text.startswith("取意") for text, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("来自兰州的刘晓梅表示，票价合理。", "刘晓梅"),  # a person introduced by where she comes from
        ("来自山村的周明远在城里读书。", "周明远"),
    ],
)
def test_people_by_origin(text: str, name: str) -> None:
    assert (name, "PER") in _found(text)


def test_origin_before_a_thing_is_no_person() -> None:
    assert all(etype != "PER" for _, etype in _found("来自北京的消息称，会议将延期。"))
