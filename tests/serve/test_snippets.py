"""Snippets for returned hits: the same strings as the store's make_snippet, found faster."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storywire.serve.snippets import fold, snippet
from storywire.store.text_search import fold as full_fold
from storywire.store.text_search import make_snippet

TEXTS = [
    "Sergei Shoigu arrived in Beijing on Thursday.",
    "Сергій Шойгу прибув до Пекіна в четвер. Й, ї, ё.",
    "Sergueï Choïgou est arrivé à Pékin. Straße, KELVIN \u212a, ﬁne.",
    "王毅在北京会见了绍伊古。" * 3,
    "x" * 400 + " Malatya deprem " + "y" * 400,
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("query", ["Shoigu", "шойгу", "choigou pekin", "北京", "malatya", "", "absent words"])
def test_snippet_is_make_snippet(text: str, query: str) -> None:
    assert snippet(text, query) == make_snippet(text, query)


@given(st.text(max_size=60))
def test_fold_is_the_store_fold(text: str) -> None:
    assert fold(text) == full_fold(text)


def test_ascii_after_case_folding_takes_the_short_way() -> None:
    # the Kelvin sign folds to ASCII 'k': the short path must still give the full fold's answer
    assert fold("\u212aelvin") == full_fold("\u212aelvin") == "kelvin"


@pytest.mark.parametrize(
    "text",
    ["e\u0301", "\U0001d165\U0001d166 x", "Ä\U0001e94a", "й\u0308\u0301 ё", "\u0301", "a\U0001f600\u0301", ""],
)
def test_fold_strips_marks_inside_and_beyond_the_basic_plane(text: str) -> None:
    assert fold(text) == full_fold(text)
