"""Chinese autonomous units and development zones.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他来自广西壮族自治区南宁市。", "广西壮族自治区"),
        ("宁夏回族自治区银川市举行活动。", "宁夏回族自治区"),
        ("，延边朝鲜族自治州发布通告。", "延边朝鲜族自治州"),  # not the country "朝鲜"
        ("，恩施土家族苗族自治州遭遇暴雨。", "恩施土家族苗族自治州"),
        ("项目落户新疆维吾尔自治区。", "新疆维吾尔自治区"),
        ("合肥高新区和怀柔科学城都在招商。", "合肥高新区"),
        ("合肥高新区和怀柔科学城都在招商。", "怀柔科学城"),
        ("，以及雄安新区、苏州工业园区。", "雄安新区"),
        ("，以及雄安新区、苏州工业园区。", "苏州工业园区"),
        ("成都天府新区和重庆两江新区获批。", "两江新区"),
        ("公司位于北京市海淀区中关村科学城。", "中关村科学城"),  # after its district
    ],
)
def test_found(text: str, name: str) -> None:
    assert (name, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "这个新区的发展很快，当地规划建设高新区。",
        "首个国家级新区在各地开发区中脱颖而出，他在新区工作。",
        "中国自贸区建设取得进展。",  # a country's zones
    ],
)
def test_no_zone_without_a_name(text: str) -> None:
    assert not any(name.endswith("区") for name, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "park"),
    [
        ("总部位于杭州市滨江区星湖科技生态园。", "星湖科技生态园"),  # after its district
        ("，苏州软件园新增企业百余家。", "苏州软件园"),
    ],
)
def test_business_park_is_a_place(text: str, park: str) -> None:
    assert (park, "LOC") in _found(text)


@pytest.mark.parametrize(
    ("text", "park"),
    [
        ("铁路与南湖现代物流园相连。", "南湖现代物流园"),  # a word of the park's sort before its kind
        ("清河国际物流园今日开业。", "清河国际物流园"),
    ],
)
def test_park_with_a_word_of_its_sort(text: str, park: str) -> None:
    assert (park, "LOC") in _found(text)


def test_no_park_of_a_sort_alone() -> None:
    assert _found("建设现代物流园是目标。") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("绵阳市高新区今天举行招聘会。", [("绵阳市", "LOC"), ("高新区", "LOC")]),
        ("企业落户洛阳市经开区。", [("洛阳市", "LOC"), ("经开区", "LOC")]),
        ("合肥高新区的企业很多。", [("合肥高新区", "LOC")]),  # no "市": the zone's own name
    ],
)
def test_city_zone_by_its_short_kind_is_a_level_of_its_own(text: str, places: list[tuple[str, str]]) -> None:
    assert _found(text) == places
