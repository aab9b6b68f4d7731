"""Chinese diplomacy and border news: datelines, missions abroad, UN agencies, border
crossings and markets, foreign provinces, places across "之间", and the titles, bodies,
zones and hotels of such news.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_borders import dateline_places, repeated_names


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


def test_dateline_place() -> None:
    assert dateline_places("新华社瑞丽3月2日电 口岸客流回升。") == {"瑞丽": "LOC"}
    assert dateline_places("本报记者王强报道。") == {}  # a byline, no dateline


def test_dateline_place_named_again() -> None:
    found = _found("本报瑞丽3月2日电 瑞丽的客流回升。")
    assert found.count(("瑞丽", "LOC")) == 2


def test_dateline_place_across_paragraphs_opens_a_body() -> None:
    text = "本报瑞丽3月2日电 客流回升。\n瑞丽出入境边防检查站表示，瑞丽站也很忙。"
    found = [(m.text, m.type) for m in repeated_names(text, [])]
    assert ("瑞丽出入境边防检查站", "ORG") in found
    assert ("瑞丽站", "LOC") in found


@pytest.mark.parametrize(
    ("text", "mission"),
    [
        ("老挝驻昆明总领事馆举办招待会。", "老挝驻昆明总领事馆"),
        ("泰国驻华大使馆发表声明。", "泰国驻华大使馆"),
    ],
)
def test_mission_is_one_body(text: str, mission: str) -> None:
    found = _found(text)
    assert (mission, "ORG") in found
    assert all(t != "LOC" for _, t in found)  # the country and the town stay inside


def test_mission_without_its_country_is_none() -> None:
    assert not any(t == "ORG" and "使馆" in n for n, t in _found("各国驻华使馆人员参加活动。"))


def test_un_agency() -> None:
    found = _found("联合国人口基金与联合国有关组织合作。")
    assert ("联合国人口基金", "ORG") in found
    assert ("联合国有关组织", "ORG") not in found  # a sort of body, no name


def test_international_body_with_its_acronym() -> None:
    assert ("国际移民组织", "ORG") in _found("国际移民组织（IOM）发布报告。")
    assert ("国际金融组织", "ORG") not in _found("国际金融组织表示关注。")  # a sort of body


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        ("经磨憨口岸入境的旅客增多。", "磨憨口岸"),
        ("工人完成镇南关口岸的改造。", "镇南关口岸"),
        ("，霍尔果斯口岸今年通关车辆增长。", "霍尔果斯口岸"),
    ],
)
def test_border_crossing_keeps_its_kind_word(text: str, crossing: str) -> None:
    assert (crossing, "LOC") in _found(text)


def test_pass_named_without_its_kind_word() -> None:
    assert ("镇南关", "LOC") in _found("镇南关口岸车流增加，经镇南关入境的人多。")


@pytest.mark.parametrize(
    "text", ["我国陆路口岸和边境口岸通关顺畅。", "去年两国口岸合作加强。", "中越边境口岸论坛开幕。"]
)
def test_kinds_of_crossing_are_no_names(text: str) -> None:
    assert not any("口岸" in n for n, _ in _found(text))


def test_border_market_gives_its_name() -> None:
    found = _found("东兴口岸和爱店边民互市点恢复运行。")
    assert ("爱店", "LOC") in found
    assert not any("互市" in n for n, _ in found)


def test_foreign_province_with_sheng() -> None:
    found = _found("高平省与河江省地处边境。可以节省时间，他反省了错误。")
    assert ("高平省", "LOC") in found and ("河江省", "LOC") in found
    assert not any(n in ("节省", "反省") for n, _ in found)


def test_place_across_zhijian() -> None:
    found = _found("芒街与东兴之间每天有大量往来，在芒街一侧排队。")
    assert found.count(("芒街", "LOC")) == 2
    assert _found("工作与生活之间要平衡。") == []


def test_diplomatic_titles() -> None:
    found = _found("外交部领事司副司长陈立明说。泰国驻华大使馆参赞颂猜·通表示。总领事吴志华出席。")
    assert ("陈立明", "PER") in found and ("吴志华", "PER") in found


def test_border_and_foreign_affairs_bodies() -> None:
    assert ("云南省外事办公室", "ORG") in _found("云南省外事办公室主任表示欢迎。")
    assert ("昆明边防检查站", "ORG") in _found("今年以来，昆明边防检查站查验旅客。")


def test_bonded_zone() -> None:
    assert ("昆明综合保税区", "LOC") in _found("代表们考察了昆明综合保税区。")


def test_hotel_keeps_its_whole_name() -> None:
    assert ("昆明滇池国际酒店", "LOC") in _found("晚宴在昆明滇池国际酒店举行。")
    found = _found("代表团入住五星级酒店，希尔顿酒店集团发布财报。")
    assert not any("酒店" in n for n, _ in found)


def test_landscape_is_no_mountain() -> None:
    found = _found("老挝与云南山水相连。")
    assert ("云南", "LOC") in found
    assert ("云南山", "LOC") not in found


def test_repeated_names_leave_titles_of_works() -> None:
    text = "本报瑞丽3月2日电 客流回升。\n双方签订《瑞丽合作协议》。"
    dateline = Mention(2, 4, "瑞丽", "LOC", model="rules:zh", confidence=0.7)
    assert repeated_names(text, [dateline]) == [dateline]
