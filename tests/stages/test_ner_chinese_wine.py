"""Chinese wine-region news: a mountain's foot named as a producing region, wineries by their
kind word, a list's place before "一带", a county's chain and bureau, a winery owner's title.

Sentences are written for these tests.
"""

from __future__ import annotations

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_wine import foot_regions, listed_areas, wineries


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


def _loc(text: str, name: str, etype: str = "LOC") -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, etype)  # type: ignore[arg-type]


def test_foot_named_as_a_producing_region_is_the_region_everywhere() -> None:
    text = "六盘山西麓迎来丰收。\n\n游客说，六盘山的风景很美，六盘山西麓产区的苹果远近闻名。"
    mentions = [_loc(text, "六盘山"), Mention(text.index("六盘山的"), text.index("六盘山的") + 3, "六盘山", "LOC")]
    found = [m.text for m in foot_regions(text, mentions)]
    assert found == ["六盘山西麓", "六盘山", "六盘山西麓"]


def test_foot_named_only_as_a_position_stays_the_mountain() -> None:
    text = "寺院位于霍山南麓，霍山的古树很多。"
    found = foot_regions(text, [_loc(text, "霍山")])
    assert [m.text for m in found] == ["霍山"]


def test_body_read_from_inside_the_foot_opens_at_the_mountain() -> None:
    text = "六盘山的石头。六盘山西麓产区很大，六盘山西麓苹果产区协会发布了标准。"
    org_at = text.index("山西麓苹果")
    org = Mention(org_at, text.index("协会") + 2, text[org_at : text.index("协会") + 2], "ORG")
    found = [(m.text, m.type) for m in foot_regions(text, [_loc(text, "六盘山"), org])]
    assert ("六盘山西麓苹果产区协会", "ORG") in found
    assert ("六盘山西麓", "LOC") in found


def test_winery_after_a_preposition_is_a_place_else_the_firm() -> None:
    text = "品鉴会在石溪酒庄举行，石溪酒庄还发布了新酒。"
    found = [(m.text, m.type) for m in wineries(text, [])]
    assert found == [("石溪酒庄", "LOC"), ("石溪酒庄", "ORG")]


def test_counted_or_small_wineries_are_no_names() -> None:
    text = "全市12家酒庄参展，游客专程来找小酒庄，哪家酒庄最好？"
    assert wineries(text, []) == []


def test_list_closing_with_yidai_gives_its_second_place() -> None:
    text = "游客可以在石溪酒庄和梨花坪一带露营。"
    found = listed_areas(text, wineries(text, []))
    assert [(m.text, m.type) for m in found] == [("石溪酒庄", "LOC"), ("梨花坪", "LOC")]


def test_yidai_after_no_place_is_no_list() -> None:
    text = "他们常在山里和河边一带活动。"
    assert listed_areas(text, []) == []


def test_county_before_its_town_is_a_place() -> None:
    # "大方" is a word: the county needs its town after it ("大方县猫场镇") to be read
    assert ("大方县", "LOC") in _found("记者来到大方县猫场镇的果园。")
    assert ("大方县", "LOC") not in _found("记者来到大方县的果园。")


def test_word_before_county_is_no_chain() -> None:
    assert not any(t == "贫困县" for t, _ in _found("这个贫困县城乡差距很大。"))


def test_winery_owner_title_names_a_person() -> None:
    assert ("周红梅", "PER") in _found("酒庄庄主周红梅告诉记者，今年收成不错。")
