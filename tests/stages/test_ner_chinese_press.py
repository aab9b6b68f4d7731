"""Chinese newspapers and journals named in title marks.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("研究成果发表在国际学术期刊《自然·医学》上。", "自然·医学"),  # called a journal
        ("相关论文刊登在《中华医学杂志》上。", "中华医学杂志"),  # a journal's word ends it
        ("该研究近日在线发表于《细胞》杂志。", "细胞"),
        ("《科学》杂志发表的一项研究显示，珊瑚正在退化。", "科学"),
        ("他在《物理评论快报》上发表论文。", "物理评论快报"),  # where a paper is published
        ("接受《星洲日报》专访时表示", "星洲日报"),  # a newspaper, as before
    ],
)
def test_journals(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text", ["电影《流浪地球》上映。", "他的新书《人工智能简史》出版。", "他的著作《科学革命的结构》影响深远。"]
)
def test_no_journal_without_a_cue(text: str) -> None:
    assert not any(etype == "ORG" for _, etype in _found(text))
