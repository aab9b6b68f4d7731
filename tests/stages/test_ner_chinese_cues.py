"""Chinese cue rules (`chinese_cues`): how the readings of one text are merged.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.rules import rule_mentions


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("全国人大常委会下周审议草案。", "全国人大常委会"),  # not the gazetteer's "全国人大" inside it
        ("国家外汇管理局公布储备数据。", "国家外汇管理局"),
    ],
)
def test_a_body_wins_over_a_shorter_name_inside_it(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)
    assert [m.text for m in rule_mentions(text, "zh") if m.start == 0] == [body]


def test_a_title_after_a_national_body_keeps_it_out() -> None:
    # "委员长" is the chairman's title: the standing committee's name is not read over it
    assert ("全国人民代表大会常务委员会", "ORG") not in _found("全国人民代表大会常务委员会委员长出席。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("还请来体能师托马斯·米勒加入团队。", "托马斯·米勒"),  # "加入": the last sound opens a verb
        ("教练卡洛斯·门德斯加强了防守。", "卡洛斯·门德斯"),
    ],
)
def test_a_dotted_name_ends_before_the_verb_its_last_sound_opens(text: str, name: str) -> None:
    assert [t for t, ty in _found(text) if ty == "PER"] == [name]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("中科院和社科院的专家出席。", "中科院"),  # the national academies by their short names
        ("，自然科学基金委员会将加大支持。", "自然科学基金委员会"),  # the full name, not the short one in it
        ("中国疾控中心专家提醒。", "中国疾控中心"),
    ],
)
def test_science_bodies_by_their_short_names(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)
