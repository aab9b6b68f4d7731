"""Chinese parties, coalitions, committees, newspapers and firms of election and business news
(`chinese_politics`, `chinese_press`, `chinese_companies.apposed_firms`), and the Malaysian
names and states read with them.

Sentences are written for these tests (an invented state election and invented firms).
"""

from __future__ import annotations

import pytest

from storywire.evaluation.news_ner import pipeline_mentions
from storywire.stages.ner import chinese_politics
from storywire.stages.ner.rules import rule_mentions


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in rule_mentions(text, "zh")]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("，公正党领袖今天在槟城发表讲话。", "公正党"),  # at a clause's opening, no place before it
        ("新组建的地方政党丹绒团结党赢得3席。", "丹绒团结党"),  # after "政党", which says what follows
        ("选民转而支持绿色行动党。", None),  # a verb before the name: no start is sure
    ],
)
def test_a_party_named_with_no_place(text: str, party: str | None) -> None:
    orgs = [t for t, e in _found(text) if e == "ORG"]
    assert orgs == ([party] if party else [])


@pytest.mark.parametrize(
    "text",
    [
        "，执政党在议会占多数。",  # a kind of party
        "，共产党员下乡调研。",  # a member
        "他们决定组成竞选联盟。",  # an electoral alliance, no bracket, no place
        "两国结成战略联盟。",
        "，该党主席辞职。",
    ],
)
def test_kinds_and_members_of_parties_are_no_names(text: str) -> None:
    assert [t for t, e in _found(text) if e == "ORG"] == []


def test_a_coalition_and_its_short_name_in_brackets() -> None:
    text = "由团结联盟（团盟）与民族阵线（民阵）合组政府，团盟拿下多数。"
    found = _found(text)
    for name in ("团结联盟", "团盟", "民族阵线", "民阵"):
        assert (name, "ORG") in found
    assert found.count(("团盟", "ORG")) == 2


def test_a_coalition_with_a_latin_acronym() -> None:
    assert ("PPS", "ORG") in _found("。砂拉越民主联盟（PPS）宣布退出。")


def test_a_headline_short_name_is_the_body_of_the_article() -> None:
    # each paragraph is read alone: the headline's "团盟" is found by the article pass
    text = "团盟再度执政\n\n由团结联盟（团盟）领导的政府宣誓就职。"
    assert (0, 2, "ORG") in {(m.start, m.end, m.type) for m in pipeline_mentions(text, "zh")}


def test_committees_of_a_legislature_and_by_their_office() -> None:
    text = "下议院公共账目特别委员会周四开会，邀请反贪委员会主席作证。"
    found = _found(text)
    assert ("下议院公共账目特别委员会", "ORG") in found
    assert ("反贪委员会", "ORG") in found


def test_a_committee_and_its_standard_short_name() -> None:
    found = _found("选举委员会公布结果后，多名候选人批评选委会。")
    assert ("选举委员会", "ORG") in found and ("选委会", "ORG") in found


@pytest.mark.parametrize("text", ["政府决定成立委员会调查此事。", "该委员会主席没有回应。"])
def test_a_committee_with_no_name_is_none(text: str) -> None:
    assert [t for t, e in _found(text) if e == "ORG"] == []


def test_a_legislature_cut_from_a_word_names_no_committee() -> None:
    # "中国会支持": China will support; "国会" is no legislature here
    assert chinese_politics.committees("中国会支持委员会的工作。", []) == []


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("他在接受《东方时报》访问时说。", "东方时报"),  # the word for a newspaper ends it
        ("《南洋商报》周一刊文批评政府。", "南洋商报"),
        ("据《海峡视界》报道，油价上涨。", "海峡视界"),  # cited as the source
    ],
)
def test_a_newspaper_in_title_marks(text: str, paper: str) -> None:
    assert (paper, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["他读完了小说《红色的海》。", "电影《长夜》上映。", "总理发表《政府工作报告》。"])
def test_a_book_film_or_report_title_is_none(text: str) -> None:
    assert [t for t, e in _found(text) if e == "ORG"] == []


def test_a_union_at_a_clause_opening() -> None:
    assert ("柔佛橡胶业职工会", "ORG") in _found("不过，柔佛橡胶业职工会发起罢工。")
    assert [t for t, e in _found("，行业协会认为价格合理。") if e == "ORG"] == []


def test_a_firm_after_the_word_for_what_it_is_and_its_subsidiaries() -> None:
    text = "锡矿企业金峰矿源集团公布业绩，旗下子公司金峰冶炼与拉瑙种植表现亮眼，金峰矿源股价上涨。"
    found = _found(text)
    for firm in ("金峰矿源集团", "金峰冶炼", "拉瑙种植", "金峰矿源"):
        assert (firm, "ORG") in found
    assert ("旗下子公司", "ORG") not in found  # a subsidiary is no firm's name


def test_a_state_keeps_its_head_and_is_named_bare_later() -> None:
    text = "吉兰丹州将举行补选。\n\n选民希望“以吉兰丹利益为重”，吉兰丹人则保持观望。"
    found = {(text[m.start : m.end], m.type, m.start) for m in pipeline_mentions(text, "zh")}
    assert ("吉兰丹州", "LOC", 0) in found
    assert ("吉兰丹", "LOC", text.index("吉兰丹利益")) in found
    assert not any(start == text.index("吉兰丹人") for _, _, start in found)  # its people, no place


def test_the_whole_state_is_no_place() -> None:
    assert ("全州", "LOC") not in _found("他成为全州最年轻的议员。")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("首相慕尤丁·雅辛在国会表示。", "慕尤丁·雅辛"),  # a Malay full name, not its first part alone
        ("州议员张志豪以300票胜出。", "张志豪"),
        ("该党候选人苏美玲当场回应。", "苏美玲"),
    ],
)
def test_malaysian_names_after_their_roles(text: str, person: str) -> None:
    found = _found(text)
    assert (person, "PER") in found
    assert [t for t, e in found if e == "PER"] == [person]


def test_a_national_news_agency_after_its_country() -> None:
    assert ("泰国国家新闻社", "ORG") in _found("他对泰国国家新闻社指出。")
