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


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("据澎湃新闻报道，事故造成三人受伤。", "澎湃新闻"),  # a listed outlet, cited bare
        ("据央视新闻报道，救援仍在进行。", "央视新闻"),  # whole, not the broadcaster's short name
        ("据江门日报报道，大桥将封闭一周。", "江门日报"),  # one the list lacks, cited after "据"
        ("红星新闻记者赶到现场。", "红星新闻"),
    ],
)
def test_outlet_cited_bare(text: str, outlet: str) -> None:
    assert (outlet, "ORG") in _found(text)


def test_cited_source_that_is_no_outlet() -> None:
    # "据统计报道" is no outlet: the name must end like one
    assert not [n for n, t in _found("据统计，去年的报道数量增加。") if t == "ORG"]


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("市里邀请滨海晚报等媒体全程报道。", "滨海晚报"),  # a verb of inviting bounds the name
        ("，青川日报记者从会上获悉。", "青川日报"),  # before "记者"
        ("主办方联合东陵商报等多家媒体开设专栏。", "东陵商报"),
    ],
)
def test_newspaper_named_bare_among_the_media(text: str, paper: str) -> None:
    assert (paper, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["本报记者获悉，工厂已投产。", "日报记者说，会议已结束。"])
def test_no_newspaper_without_a_name(text: str) -> None:
    assert not any(t.endswith("报") for t, _ in _found(text))
