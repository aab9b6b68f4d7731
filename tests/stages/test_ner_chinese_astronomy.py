"""Chinese observatories, planetariums and schools' clubs (`chinese_astronomy`).

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.evaluation.news_ner import pipeline_mentions


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in pipeline_mentions(text, "zh")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # an observatory named after a mountain whose tail the gazetteer reads as a town
        ("青城山天文台的研究人员发现了一颗彗星。", ("青城山天文台", "ORG")),
        ("，白马山天文台向中学开放了观测数据。", ("白马山天文台", "ORG")),
        # an academy's observatory is one body with its academy
        ("记者从中国科学院凤凰岭天文台获悉，观测将持续。", ("中国科学院凤凰岭天文台", "ORG")),
        # a province's observatory is named by the province
        ("据悉，青海省天文台将于明年建成。", ("青海省天文台", "ORG")),
        # a planetarium where something happens is a place, one that acts a body
        ("科协将在位于高新区长江路的苏州科技天文馆举办讲座。", ("苏州科技天文馆", "LOC")),
        ("在合肥天文馆，观众排队入场。", ("合肥天文馆", "LOC")),
        ("杭州天象馆宣布闭馆维修。", ("杭州天象馆", "ORG")),
        # a school's club is one body with the school
        ("厦门市滨海中学摄影社的学生获奖。", ("厦门市滨海中学摄影社", "ORG")),
        ("浙江大学天文协会组织了一次观测。", ("浙江大学天文协会", "ORG")),
    ],
)
def test_named_bodies(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a kind of observatory, or one referred back to, is no name
        ("他在自家院子里建了一座私人天文台。", "私人天文台"),
        ("业余天文台的数量逐年增加。", "业余天文台"),
        ("中国天文台的数量逐年增加。", "中国天文台"),
        # a school's word running into another word is no club ("社会学系", "社区")
        ("宁波大学社会学系的教授表示。", "宁波大学社会"),
    ],
)
def test_no_names(text: str, absent: str) -> None:
    assert all(name != absent for name, _ in _found(text))
