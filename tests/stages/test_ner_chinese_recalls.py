"""Chinese drug makers, regulators, hospitals' departments and societies' committees, as
recall and health news names them (round 34's kinds of name).

Sentences and names are written for these tests.
"""

from __future__ import annotations

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_companies import registered_names
from storywire.stages.ner.chinese_societies import society_committees
from storywire.stages.ner.chinese_units import unit_places


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


def _at(text: str, name: str, etype: str = "LOC") -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, etype)  # type: ignore[arg-type]


def test_county_level_city_after_its_prefecture() -> None:
    text = "工厂在株洲市醴陵市的工业园。"
    found = unit_places(text, [_at(text, "株洲市")])
    assert [m.text for m in found] == ["株洲市", "醴陵市"]


def test_city_suffix_alone_reads_no_place() -> None:
    # "市" ends common words; alone, with no city before it, nothing is read
    text = "他们在夜市和超市买药。"
    assert unit_places(text, []) == []


def test_registered_name_after_its_town_and_de() -> None:
    text = "检查组进驻醴陵市的华禾制药股份有限公司。"
    found = registered_names(text, [_at(text, "醴陵市")])
    assert [(m.text, m.type) for m in found] == [("醴陵市", "LOC"), ("华禾制药股份有限公司", "ORG")]


def test_de_after_no_place_opens_no_firm() -> None:
    text = "新成立的科技有限公司很多。"
    assert registered_names(text, []) == []


def test_avenue_with_its_direction_after_a_town() -> None:
    found = _found("新厂位于湘潭市岳塘区药城北大道。")
    assert ("药城北大道", "LOC") in found


def test_street_named_for_a_date_after_a_district() -> None:
    found = _found("门店开在长沙市芙蓉区五一大道。")
    assert ("五一大道", "LOC") in found


def test_numbered_bus_route_is_no_street() -> None:
    assert not any(t == "LOC" for _, t in _found("他每天坐三五路公交上班。"))


def test_hospital_pharmacy_department_is_one_body() -> None:
    found = _found("记者从湘雅医院药学部了解到，库存已封存。")
    assert ("湘雅医院药学部", "ORG") in found


def test_hospital_departments_in_general_are_no_body() -> None:
    assert _found("医院药学部门负责封存药品。") == []


def test_consumer_council_of_a_province_is_one_body() -> None:
    found = _found("湖南省消费者权益保护委员会表示，将督促企业退货。")
    assert found == [("湖南省消费者权益保护委员会", "ORG")]


def test_county_body_after_a_verb() -> None:
    found = _found("省局要求醴陵市市场监督管理局派员驻厂。")
    assert ("醴陵市市场监督管理局", "ORG") in found


def test_society_and_its_committee_are_one_body() -> None:
    text = "湖南省医学会临床药学专业委员会发布提示。"
    found = society_committees(text, [_at(text, "湖南省医学会", "ORG")])
    assert [m.text for m in found] == ["湖南省医学会临床药学专业委员会"]


def test_society_before_a_particle_keeps_its_own_span() -> None:
    text = "湖南省医学会的专业委员会很多。"
    found = society_committees(text, [_at(text, "湖南省医学会", "ORG")])
    assert [m.text for m in found] == ["湖南省医学会"]
