"""Chinese counties, districts, towns and villages named with their unit, and greenways named
by their river.

Sentences are written for these tests.
"""

from __future__ import annotations

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_greenways import greenways
from storywire.stages.ner.chinese_units import unit_places


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


def _loc(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, "LOC")


def test_towns_and_villages_after_a_verb_of_going() -> None:
    text = "车队从青禾村出发，途经石坪镇，抵达下溪坞乡。"
    assert [m.text for m in unit_places(text, [])] == ["青禾村", "石坪镇", "下溪坞乡"]


def test_county_and_district_after_a_preposition_in_a_sentence() -> None:
    found = _found("公路将向庆元县延伸，并与仙霞区的干线相连。")
    assert ("庆元县", "LOC") in found and ("仙霞区", "LOC") in found


def test_unit_holds_a_shorter_place_read_there() -> None:
    text = "村民来自界首村。"
    found = unit_places(text, [_loc(text, "界首")])
    assert [m.text for m in found] == ["界首村"]


def test_kinds_of_place_and_determiners_are_no_names() -> None:
    text = "这里是特色小镇，也是开发区，各县都有度假村。他回到家乡，走进城中村。"
    assert unit_places(text, []) == []


def test_a_body_that_names_the_county_is_kept_whole() -> None:
    text = "据青田县交通运输局介绍，工程已完工。"
    found = _found(text)
    assert ("青田县交通运输局", "ORG") in found


def test_greenway_named_by_its_river_keeps_its_kind_word() -> None:
    text = "骑手沿着苕溪绿道前行，再转入的东溪绿道。"
    found = greenways("骑手们在的苕溪绿道上骑行。", [])
    assert [m.text for m in found] == ["苕溪绿道"]
    place = greenways(text, [_loc(text, "苕溪")])
    assert [m.text for m in place] == ["苕溪绿道", "东溪绿道"]


def test_greenway_of_a_city_or_along_the_water_is_no_name() -> None:
    text = "市民在滨江绿道散步，杭州市绿道和城市绿道、健身步道也很多。"
    assert [m.text for m in greenways(text, [_loc(text, "杭州市")])] == ["杭州市"]


def test_a_date_or_a_former_unit_does_not_open_the_name() -> None:
    text = "2024年橙县的报告说，前青溪县官员到场，来自宁乡市的农户也来了。"
    found = unit_places(text, [_loc(text, "青溪县")])
    assert [m.text for m in found] == ["青溪县"]


def test_an_area_of_a_kind_after_punctuation_is_no_district() -> None:
    assert unit_places("“粉雪区看着诱人，但很危险。", []) == []
    assert [m.text for m in unit_places("车道将与仙霞区相连。", [])] == ["仙霞区"]


def test_a_district_named_by_a_shore_word_after_a_word_of_going() -> None:
    # "滨江" (riverside) is a common word; with "区" after "到" it names the district
    assert [m.text for m in unit_places("他每天从车站开车到滨江区上班。", [])] == ["滨江区"]
    # a common word of no shore or side before "区" stays a kind of area
    assert unit_places("乘客到安检区排队。", []) == []
