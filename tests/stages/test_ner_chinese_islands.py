"""Chinese island and county news: a county named bare where the article names it with "县",
the firms registered under that name, and a port named by two cities.

Sentences are written for these tests; the county "洵岙" and its firm are invented.
"""

from __future__ import annotations

from storywire.model import EntityType, Mention
from storywire.stages.ner.chinese_firm_names import short_names
from storywire.stages.ner.chinese_islands import bare_counties, joint_ports


def _at(text: str, name: str, etype: EntityType, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, etype, model="rules:zh", confidence=0.6)


def test_a_county_named_bare_in_the_headline_dateline_and_firm_is_the_place() -> None:
    text = "洵岙航线恢复通航\n本报洵岙3月5日讯 据洵岙县交通运输局消息，由洵岙澜星客运有限公司运营的航班恢复。"
    found = bare_counties(text, [_at(text, "洵岙县交通运输局", "ORG")])
    assert [(m.text, m.type) for m in found] == [
        ("洵岙", "LOC"),
        ("洵岙", "LOC"),
        ("洵岙县交通运输局", "ORG"),
        ("洵岙澜星客运有限公司", "ORG"),
    ]
    assert found[1].start == text.index("洵岙3月")


def test_the_firms_short_name_drops_the_county_read_in_the_article() -> None:
    text = "洵岙澜星客运有限公司停航三天。澜星客运表示歉意。"
    found = short_names(text, [_at(text, "洵岙", "LOC"), _at(text, "洵岙澜星客运有限公司", "ORG")])
    assert ("澜星客运", "ORG") in [(m.text, m.type) for m in found]


def test_no_bare_county_where_its_name_is_a_word_or_its_people() -> None:
    text = "据长江县人民政府消息，长江水位上涨。洵岙县的洵岙人很多。"
    mentions = [_at(text, "长江县人民政府", "ORG"), _at(text, "洵岙县", "LOC")]
    assert bare_counties(text, mentions) == mentions


def test_a_port_of_two_cities_is_one_place() -> None:
    text = "协调宁波舟山港调整进港时间。"
    found = joint_ports(text, [_at(text, "宁波", "LOC"), _at(text, "舟山港", "LOC")])
    assert [(m.text, m.type) for m in found] == [("宁波舟山港", "LOC")]


def test_a_province_before_its_citys_port_stays_a_chain() -> None:
    text = "货轮从浙江宁波港出发。"
    mentions = [_at(text, "浙江", "LOC"), _at(text, "宁波港", "LOC")]
    assert joint_ports(text, mentions) == mentions
