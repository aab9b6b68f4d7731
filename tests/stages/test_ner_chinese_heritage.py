"""Chinese temples and their halls and pagodas, gods' temples, mountains by their foot and
museums where a work is kept (`chinese_heritage`), with the State Council, region-named
universities and a surname they brought to light.

Sentences are written for these tests (none is taken from an evaluation text); the temples
named "云居" and the people in them are invented.
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_heritage import repeated_sites


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


def test_a_hall_after_its_temple_is_a_place_of_its_own() -> None:
    found = _found("记者走进正定隆兴寺摩尼殿，看到工匠正在修补彩塑。")
    assert ("隆兴寺", "LOC") in found
    assert ("摩尼殿", "LOC") in found


def test_a_kind_of_hall_after_a_temple_is_no_name() -> None:
    found = _found("游客在大相国寺前拍照，大相国寺钟楼正在维修。")
    assert ("大相国寺", "LOC") in found
    assert not any(text.endswith("钟楼") for text, _ in found)


def test_upper_and_lower_temples_of_a_named_temple() -> None:
    found = _found("云居寺始建于隋代，由云居上寺和云居下寺组成。")
    assert ("云居上寺", "LOC") in found
    assert ("云居下寺", "LOC") in found


def test_a_gods_temple_but_not_a_temple_of_no_name() -> None:
    found = _found("当地把火神庙和龙王庙都修缮一新。村里那座古老的神庙已经倒塌。")
    assert ("火神庙", "LOC") in found
    assert not any(text.endswith("神庙") and text != "火神庙" and text != "龙王庙" for text, _ in found)


def test_a_mountain_by_its_foot() -> None:
    found = _found("景区位于泰山南麓，上山的游客很多。")
    assert ("泰山", "LOC") in found
    assert ("山南", "LOC") not in found


def test_a_mountain_by_its_foot_is_no_verb() -> None:
    assert _found("他们下山北麓走去。") == []


def test_museums_where_a_work_is_kept_are_places_with_their_countries() -> None:
    found = _found("这尊青铜器现藏于英国大英博物馆和美国大都会艺术博物馆。")
    assert found == [("英国", "LOC"), ("大英博物馆", "LOC"), ("美国", "LOC"), ("大都会艺术博物馆", "LOC")]


def test_a_museum_that_acts_stays_a_body() -> None:
    assert ("大英博物馆", "ORG") in _found("大英博物馆宣布归还文物。")


@pytest.mark.parametrize("text", ["砖塔和铁塔都要检查。", "这是我国最大的琉璃塔。"])
def test_a_pagoda_by_what_it_is_made_of_is_no_name(text: str) -> None:
    assert not any(t.endswith("塔") for t, _ in _found(text))


def test_a_doubled_head_before_a_word_of_position() -> None:
    found = _found("开元寺仁寿塔开放参观，仁寿塔塔内暂停攀登。")
    assert found.count(("仁寿塔", "LOC")) == 2


def test_a_site_named_again_in_another_paragraph() -> None:
    text = "X仁寿塔Y开元寺仁寿塔"
    found = [Mention(6, 9, "开元寺", "LOC", model="rules:zh"), Mention(9, 12, "仁寿塔", "LOC", model="rules:zh")]
    assert [(m.text, m.start) for m in repeated_sites(text, found)] == [("仁寿塔", 1), ("开元寺", 6), ("仁寿塔", 9)]


def test_the_state_council_alone_but_not_in_a_title_or_an_office() -> None:
    found = _found("国务院办公厅发布通知。国务院总理李强出席。去年国务院批准了方案。")
    assert found.count(("国务院", "ORG")) == 1
    assert ("李强", "PER") in found


def test_universities_by_a_region_alone() -> None:
    found = _found("东北大学与东南大学签约。很多大学生去了西北大学城。")
    assert ("东北大学", "ORG") in found
    assert ("东南大学", "ORG") in found
    assert ("西北大学", "ORG") not in found


def test_a_surname_after_a_title() -> None:
    assert ("阎立新", "PER") in _found("局长阎立新说，工程进展顺利。")
