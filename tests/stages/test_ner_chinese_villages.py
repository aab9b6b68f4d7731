"""Chinese villages and towns named again without their unit, and a town's party committee
read by the article pass.

Sentences are written for these tests.
"""

from __future__ import annotations

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_ports import repeated_places
from storywire.stages.ner.chinese_villages import bare_villages, chained_districts, town_committees


def _article(text: str) -> list[tuple[str, str]]:
    # the article passes read the whole article after the paragraphs' mentions
    return [(m.text, m.type) for m in repeated_places(text, extract_entities_from_text(text, "zh"))]


def _loc(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, "LOC")


def test_village_named_again_without_its_unit() -> None:
    text = "青岩村地处山区。\n\n专家说，青岩的梅子品质很好。"
    found = bare_villages(text, [_loc(text, "青岩村")])
    assert [m.text for m in found] == ["青岩村", "青岩"]


def test_bare_name_inside_a_longer_word_or_a_word_itself_is_not_read() -> None:
    text = "青岩村地处山区。青岩果业签约。石门村很美，石门的风景好。"
    found = bare_villages(text, [_loc(text, "青岩村"), _loc(text, "石门村")])
    assert [m.text for m in found] == ["青岩村", "石门村"]  # "青岩果业": a firm's; "石门": a word


def test_town_committee_after_a_town_read_by_the_article_pass() -> None:
    text = "镇里说，新华镇党委书记表示满意。"
    found = town_committees(text, [_loc(text, "新华镇")])
    assert [(m.text, m.type) for m in found] == [("新华镇党委", "ORG")]


def test_town_without_a_committee_stays_a_place() -> None:
    text = "新华镇党员大会召开。"
    found = town_committees(text, [_loc(text, "新华镇")])
    assert [(m.text, m.type) for m in found] == [("新华镇", "LOC")]


def test_village_and_its_short_name_in_an_article() -> None:
    found = _article("青岩村：新车间投产\n\n青岩村位于山区。\n\n专家说，青岩的梅子品质很好。")
    assert ("青岩", "LOC") in found


def _paragraph(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


def test_district_after_its_city_is_a_place_of_its_own() -> None:
    # a chain gives one place per level; the city vouches for a name no gazetteer holds
    found = _paragraph("在宜宾市翠屏区，新厂房已经封顶。")
    assert ("宜宾市", "LOC") in found and ("翠屏区", "LOC") in found
    assert ("泸州市", "LOC") in _paragraph("泸州市古蔺县，茶农开始采摘。")
    assert ("古蔺县", "LOC") in _paragraph("泸州市古蔺县，茶农开始采摘。")


def test_no_district_of_a_kind_or_across_a_word() -> None:
    for text, word in (("泸州市城区人口增加。", "城区"), ("成都市和东区签约。", "和东区")):
        assert not any(word in t and t != "泸州市" for t, _ in _paragraph(text) if t.endswith(("区", "县")))
    kinds = chained_districts("宜宾市辖区域内", [_loc("宜宾市辖区域内", "宜宾市")])
    assert [m.text for m in kinds] == ["宜宾市"]  # "辖区" and "区域" are words: no district


def test_area_of_a_district_where_an_event_is_held() -> None:
    found = _found_text("展会将于下月在南沙区蕉门举行。")
    assert ("南沙区", "LOC") in found
    assert ("蕉门", "LOC") in found


def test_district_body_after_it_is_no_area() -> None:
    assert ("政府", "LOC") not in _found_text("活动在朝阳区政府举行。")


def _found_text(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]
