"""Traditional Chinese read through the simplified rules: the fold keeps every offset, and the
mentions keep the article's own characters.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storywire.model import Article, Mention
from storywire.stages.entities import extract_entities, extract_entities_from_text
from storywire.stages.ner.chinese_script import on_simplified, simplified


def test_traditional_characters_fold_one_for_one() -> None:
    assert simplified("習近平與臺灣") == "习近平与台湾"
    assert simplified("香港天文台發出黑色暴雨警告信號") == "香港天文台发出黑色暴雨警告信号"


def test_simplified_text_is_returned_as_it_is() -> None:
    text = "习近平在北京会见了来访的法国总统。"
    assert simplified(text) is text


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.sampled_from("，。「」 a1")))
def test_fold_never_changes_the_length(text: str) -> None:
    assert len(simplified(text)) == len(text)


def test_traditional_mentions_keep_their_own_characters() -> None:
    twin = "习近平在北京会见法国总统马克龙。"
    simplified_found = [(m.start, m.end, m.type) for m in extract_entities_from_text(twin, "zh")]
    traditional = "習近平在北京會見法國總統馬克龍。"
    found = extract_entities_from_text(traditional, "zh")
    assert [(m.start, m.end, m.type) for m in found] == simplified_found
    assert [m.text for m in found] == ["習近平", "北京", "法國", "馬克龍"]
    assert all(traditional[m.start : m.end] == m.text for m in found)


def test_article_passes_read_the_fold_too() -> None:
    text = "新建的漢班托塔港昨日開港。\n\n漢班托塔的居民表示歡迎。"
    seen: list[tuple[str, list[str]]] = []

    def article_pass(fold: str, found: list[Mention]) -> list[Mention]:
        seen.append((fold, [m.text for m in found]))
        return found

    harbour = Mention(3, 8, "漢班托塔港", "LOC", model="rules:zh")
    kept = on_simplified(text, [harbour], article_pass)
    assert seen == [("新建的汉班托塔港昨日开港。\n\n汉班托塔的居民表示欢迎。", ["汉班托塔港"])]
    assert [m.text for m in kept] == ["漢班托塔港"]


def test_traditional_article_is_read_like_its_simplified_twin() -> None:
    twins = (
        "新建的汉班托塔港昨日开港。\n\n汉班托塔的居民表示欢迎。",
        "新建的漢班托塔港昨日開港。\n\n漢班托塔的居民表示歡迎。",
    )
    found = []
    for number, text in enumerate(twins):
        article = Article(id=str(number), raw=text, text=text, language="zh")
        extract_entities(article)
        assert all(text[m.start : m.end] == m.text for m in article.mentions)
        found.append([(m.start, m.end, m.type) for m in article.mentions])
    assert found[0] == found[1] == [(3, 8, "LOC"), (15, 19, "LOC")]
