"""Chinese seas, straits, regions, short national bodies, armed forces, university
hospitals, foreign parties and chambers, and people named after a role word.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("多艘渔船在南海作业时遭遇大风。", "南海", "LOC"),
        ("受大雾影响，渤海海峡客运暂停。", "渤海海峡", "LOC"),
        ("长三角地区的制造业持续回暖。", "长三角", "LOC"),
        ("国家发改委今天发布了新的规划。", "国家发改委", "ORG"),
        ("国家医保局宣布将扩大药品目录。", "国家医保局", "ORG"),
        ("北京大学第一医院开设了新门诊。", "北京大学第一医院", "ORG"),
        ("伊朗革命卫队当天举行了演习。", "伊朗革命卫队", "ORG"),
        ("英国大选后，工党在下议院占据多数。", "工党", "ORG"),
        ("英国大选后，工党在下议院占据多数。", "下议院", "ORG"),
        ("住在镇上的居民李秀兰对记者说，水已经退了。", "李秀兰", "PER"),
        ("空袭发生在南部城市汗巴里。", "汗巴里", "LOC"),
    ],
)
def test_found(text: str, name: str, etype: str) -> None:
    assert (name, etype) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "国家部委将联合开展检查。",  # the ministries in general
        "国家统计局局长表示经济平稳。",  # the bureau, then its head's title
    ],
)
def test_no_body_of_a_kind(text: str) -> None:
    names = [n for n, _ in _found(text)]
    assert "国家部委" not in names and "国家统计局局" not in names


def test_no_foreign_chamber_before_a_country() -> None:
    assert ("众议院", "ORG") not in _found("众议院议员今天开会。")


def test_founding_verb_is_no_field() -> None:
    found = _found("两所高校将在粤港澳大湾区共建联合研究院。")
    assert ("粤港澳大湾区", "LOC") in found


@pytest.mark.parametrize(
    ("text", "region"),
    [("专家认为，苏北降雨明显。", "苏北"), ("鲁西南地区迎来降雪。", "鲁西南"), ("从皖南到粤西。", "粤西")],
)
def test_part_of_a_province(text: str, region: str) -> None:
    assert (region, "LOC") in _found(text)


@pytest.mark.parametrize("text", ["江苏北部和四川西部降温。", "苏东坡的诗流传至今。"])
def test_no_part_inside_a_word(text: str) -> None:
    found = _found(text)
    assert not any(name in ("苏北", "川西", "苏东") for name, _ in found)
