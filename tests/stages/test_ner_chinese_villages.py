"""Chinese villages and towns named again without their unit, and a town's party committee
read by the article pass.

Sentences are written for these tests.
"""

from __future__ import annotations

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_ports import repeated_places
from storywire.stages.ner.chinese_villages import bare_villages, town_committees


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
