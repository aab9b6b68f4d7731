"""Chinese news of chemical parks and their accidents: parks named with their industry, a
park that acts, the fire brigades of parks and districts, rivers a spill flows into, and a
headline's city and district by their short names.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.evaluation.news_ner import pipeline_mentions
from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


def _article(text: str) -> list[tuple[int, str, str]]:
    return sorted((m.start, m.text, m.type) for m in pipeline_mentions(text, "zh"))


@pytest.mark.parametrize(
    ("text", "park"),
    [
        ("位于安徽省宣城市宣州区青弋新材料产业园内的工厂起火。", "青弋新材料产业园"),  # after its district
        ("，樟湾精细化工园区新增企业12家。", "樟湾精细化工园区"),
        ("事故发生在南岭化工园区。", "南岭化工园区"),
    ],
)
def test_a_park_named_with_its_industry_is_a_place(text: str, park: str) -> None:
    assert (park, "LOC") in _found(text)


@pytest.mark.parametrize(
    ("text", "park"),
    [
        ("青弋新材料产业园已责令园内企业停产整顿。", "青弋新材料产业园"),
        ("，南岭化工园区要求所有企业开展自查。", "南岭化工园区"),
    ],
)
def test_a_park_that_orders_is_a_body(text: str, park: str) -> None:
    assert (park, "ORG") in _found(text)


def test_an_acting_park_stays_a_body_beside_the_place() -> None:
    text = "爆炸发生在南岭化工园区。\n南岭化工园区已责令园内企业停产。"
    assert [(t, ty) for _, t, ty in _article(text) if t == "南岭化工园区"] == [
        ("南岭化工园区", "LOC"),
        ("南岭化工园区", "ORG"),
    ]


def test_a_provinces_chemical_parks_are_no_name() -> None:
    assert not any(name.endswith("园区") for name, _ in _found("山东省要求全省化工园区开展专项检查。"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("宣州区消防救援大队、青弋新材料产业园专职消防队赶到现场。", "青弋新材料产业园专职消防队"),
        ("，湾沚区消防救援站和南岭化工园区消防队参与处置。", "南岭化工园区消防队"),
        ("，湾沚区消防救援站和南岭化工园区消防队参与处置。", "湾沚区消防救援站"),
    ],
)
def test_a_fire_brigade_named_with_its_park_or_district(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_a_districts_fire_brigade_after_a_verb_in_another_paragraph() -> None:
    text = "位于安徽省宣城市柘荣区的一家工厂起火。\n市消防救援支队调派柘荣区消防救援大队赶赴现场。"
    assert (text.index("柘荣区消防"), "柘荣区消防救援大队", "ORG") in _article(text)


def test_a_rescue_word_at_a_paragraphs_start() -> None:
    # the field before the team's word would open before the text
    assert _found("市消防救援支队赶赴现场。") == []


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("监测人员在蕴河沿线布设监测点。", "蕴河"),
        ("消防废水未流入柘河。", "柘河"),
        ("，污水直接排入沙溪河。", "沙溪河"),
    ],
)
def test_a_river_by_its_reach_or_what_flows_into_it(text: str, river: str) -> None:
    assert (river, "LOC") in _found(text)


def test_a_headlines_city_and_district_by_their_short_names() -> None:
    text = "宣城柘荣一化工厂起火\n位于安徽省宣城市柘荣区的一家工厂起火。"
    assert (2, "柘荣", "LOC") in _article(text)


def test_no_short_district_after_a_railway() -> None:
    # the article never chains the railway and the district: a station's name, no place
    text = "衢丽铁路柘荣站通车\n位于安徽省宣城市柘荣区。"
    assert not any(t == "柘荣" for _, t, _ in _article(text))


@pytest.mark.parametrize("text", ["，泰和市消防队员赶到现场。", "美国消防队赶到。"])
def test_no_brigade_of_firefighters_or_of_a_country(text: str) -> None:
    # "消防队员" are the town's firefighters; a country's brigades are many
    assert not any(t == "ORG" for _, t in _found(text))
