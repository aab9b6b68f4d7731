"""Chinese forest farms, monitoring centres' stations, whole place names, rivers a stream
flows into, ranked reserves and nearby towns of no name.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("湖北省太子山林场今年出售木材三千立方米。", "湖北省太子山林场"),  # with its province
        ("福建省将乐国有林场与木材公司签约。", "福建省将乐国有林场"),  # a name opening with "将"
        ("黑龙江省伊春市五营国有林场组织职工开展防火巡查。", "伊春市五营国有林场"),  # "组织" a verb
    ],
)
def test_a_forest_farm_is_one_body_with_its_town(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_no_farm_without_a_name() -> None:
    found = _found("全省国有林场改革已基本完成，这个林场很大，国营林场也很多。")
    assert not any("林场" in name for name, _ in found)


def test_a_monitoring_centre_keeps_its_station() -> None:
    assert ("浙江省环境监测中心站", "ORG") in _found("浙江省环境监测中心站发布了水质报告。")
    assert not any("中心站" in name for name, _ in _found("该中心站点分布广泛。"))


def test_a_place_the_text_names_whole_wins_over_its_tail() -> None:
    found = _found("沿岸居民发现白沙溪下游出现死鱼，污水经暗管排入白沙溪。")
    assert found.count(("白沙溪", "LOC")) == 2
    assert ("沙溪", "LOC") not in found


def test_the_river_a_stream_flows_into() -> None:
    assert ("韩江", "LOC") in _found("，汀江是韩江的重要支流。")


def test_a_ranked_reserve_whose_name_opens_with_a_particle_character() -> None:
    assert ("将军岭省级自然保护区", "LOC") in _found("在水库和将军岭省级自然保护区周边禁止采伐。")
    # no name: "的" before the rank
    assert not any(name.endswith("保护区") for name, _ in _found("这是我省的省级自然保护区。"))


@pytest.mark.parametrize("text", ["工人大多来自周边乡镇的村庄。", "来自附近县市的游客很多。"])
def test_nearby_towns_of_no_name_are_no_place(text: str) -> None:
    assert not any(etype == "LOC" for _, etype in _found(text))


def test_a_town_whose_name_ends_in_a_unit_character_still_comes_from() -> None:
    assert ("桐乡市", "LOC") in _found("来自桐乡市的养殖户说。")
