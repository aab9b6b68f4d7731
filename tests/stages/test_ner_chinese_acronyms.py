"""Latin acronyms of organisations in Chinese text.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("世界卫生组织（WHO）发布报告。", "WHO"),  # in brackets after the body
        ("斯里兰卡港务局（SLPA）当天表示欢迎。", "SLPA"),  # after a body no list holds
        ("北约（NATO）秘书长发表讲话。", "NATO"),
        ("WTO总干事出席会议。", "WTO"),  # a well-known body alone
    ],
)
def test_acronym_of_a_body(text: str, acronym: str) -> None:
    assert (acronym, "ORG") in _found(text)


def test_bracketed_acronym_named_again() -> None:
    found = _found("斯里兰卡港务局（SLPA）当天表示欢迎，SLPA还将扩建码头。")
    assert found.count(("SLPA", "ORG")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "国内生产总值（GDP）增长5%。",  # a term, not a body
        "CEO表示AI将改变行业。",
        "PM2.5浓度持续下降，COVID-19疫情结束。",
    ],
)
def test_no_body_of_other_capitals(text: str) -> None:
    assert not [n for n, t in _found(text) if n.isascii()]


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("其经纪事务由CAA负责。", "CAA"),  # run by: "由" and a verb of business
        ("球队与KPM签约，由ABC赞助。", "KPM"),  # signed with
        ("经纪公司WME表示，合同已续签。", "WME"),  # a firm's role word before it
    ],
)
def test_acronym_of_a_party(text: str, acronym: str) -> None:
    assert (acronym, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["这项工作由AI负责完成。", "工资与GDP挂钩，由CEO负责。", "由XYZ型号组成。"])
def test_no_party_of_a_term(text: str) -> None:
    assert not [n for n, t in _found(text) if n.isascii()]
