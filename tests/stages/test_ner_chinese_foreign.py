"""Chinese dotted foreign names (people, and firms named after a person) and the registered
companies of a transliterated firm.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("玛丽亚·卡莉娜在会上发言。", "玛丽亚·卡莉娜"),  # "娜" is outside the sounds xinhua reads
        ("演员安妮·海瑟薇出演新片。", "安妮·海瑟薇"),
        ("研究员茜拉·萨马拉辛哈对记者说，情况好转。", "茜拉·萨马拉辛哈"),
    ],
)
def test_dotted_person(text: str, name: str) -> None:
    assert (name, "PER") in _found(text)


def test_dotted_person_named_later_by_the_last_part() -> None:
    found = _found("玛丽亚·卡莉娜在会上发言，卡莉娜随后离开。")
    assert found.count(("卡莉娜", "PER")) == 1


def test_last_sound_that_opens_a_verb_stays_out() -> None:
    assert ("约翰·史密斯", "PER") in _found("约翰·史密斯怀疑这份报告。")


@pytest.mark.parametrize(
    "text",
    ["约翰·史密斯控股集团宣布收购。", "该项目由约翰·史密斯控股公司承建。"],
)
def test_firm_named_after_a_person(text: str) -> None:
    found = _found(text)
    assert any(t == "ORG" and n.startswith("约翰·史密斯控股") for n, t in found)
    assert not any(t == "PER" for _, t in found)


def test_registered_company_of_a_transliterated_firm() -> None:
    found = _found("阿达尼集团旗下的阿达尼绿色能源有限公司发布财报。")
    assert ("阿达尼集团", "ORG") in found
    assert ("阿达尼绿色能源有限公司", "ORG") in found


def test_fields_joined_in_a_registered_name() -> None:
    found = _found("普拉达集团表示，普拉达港口与物流有限公司将扩建码头。")
    assert ("普拉达港口与物流有限公司", "ORG") in found


def test_no_firm_across_a_joiner() -> None:
    found = _found("普拉达集团表示，普拉达与当地有限公司签约。")
    assert not any(n.startswith("普拉达与") for n, _ in found)


def test_shipping_lines_without_a_cue() -> None:
    found = _found("马士基和达飞轮船宣布组建新联盟。")
    assert ("马士基", "ORG") in found and ("达飞轮船", "ORG") in found


def test_alexander_is_read_whole() -> None:
    # "历" is no sound of the Xinhua tables, but "亚历山大" (Alexander) opens many names
    assert [t for t, ty in _found("，亚历山大·科瓦奇说，球队很努力。") if ty == "PER"] == ["亚历山大·科瓦奇"]
    assert _found("他经历了很多，历史悠久。") == []


def test_a_country_before_a_transliterated_firm_is_a_place_of_its_own() -> None:
    found = _found("这台压雪车由瑞士卡斯博雪具公司生产。")
    assert ("瑞士", "LOC") in found and ("卡斯博雪具公司", "ORG") in found, found


def test_a_country_before_a_firm_named_by_a_place_stays_inside() -> None:
    found = _found("荷兰东印度公司曾经控制香料贸易。")
    assert ("荷兰东印度公司", "ORG") in found, found
