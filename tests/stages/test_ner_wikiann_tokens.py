"""The tokens the neural taggers read: WikiANN's, with character offsets into the text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storywire.stages.ner.tagger import sentence_bounds
from storywire.stages.ner.wikiann_tokens import wikiann_tokens


@pytest.mark.parametrize(
    ("text", "language", "tokens"),
    [
        # Dotted ordinals (in the languages that write them) and abbreviations keep their stop,
        # so the tagger sees WikiANN's tokens and the sentence does not end there.
        (
            "beim 1. FC Köln am 20. Juli 2019. Dann",
            "de",
            ["beim", "1.", "FC", "Köln", "am", "20.", "Juli", "2019", ".", "Dann"],
        ),
        ("He won 3. Then St. Louis", "en", ["He", "won", "3", ".", "Then", "St.", "Louis"]),
        ("ul. św. Jana", "pl", ["ul.", "św.", "Jana"]),
        ("им. Ленина", "ru", ["им.", "Ленина"]),
        ("Warner Bros. Records", "en", ["Warner", "Bros.", "Records"]),
        # Wiki markup left on a word, as WikiANN keeps it.
        ("die ''Charente '' warf", "de", ["die", "''Charente", "''", "warf"]),
        ("*Dengel : Daia", "en", ["*Dengel", ":", "Daia"]),
        ("in [[Huwei , Dilly]] ,", "en", ["in", "[[Huwei", ",", "Dilly]]", ","]),
        ("a * b", "en", ["a", "*", "b"]),
    ],
)
def test_wikiann_tokens(text: str, language: str, tokens: list[str]) -> None:
    assert [t.text for t in wikiann_tokens(text, language)] == tokens


def test_st_does_not_end_a_sentence() -> None:
    text = "Er wohnt in St. Moritz. Sie in St. Gallen."
    toks = wikiann_tokens(text, "de")
    assert [" ".join(t.text for t in toks[a:b]) for a, b in sentence_bounds(text, toks)] == [
        "Er wohnt in St. Moritz .",
        "Sie in St. Gallen .",
    ]


def test_a_colon_after_a_word_ends_a_clause() -> None:
    # A headline's colon joins two clauses: the tagger must not read them as one title.
    # WikiANN's detached " : " (a list item's label) stays inside the sentence.
    text = "Duda w Wilnie: wspólna obrona flanki NATO\nHistorian : Richard Baker"
    toks = wikiann_tokens(text, "pl")
    assert [" ".join(t.text for t in toks[a:b]) for a, b in sentence_bounds(text, toks)] == [
        "Duda w Wilnie :",
        "wspólna obrona flanki NATO",
        "Historian : Richard Baker",
    ]


@given(
    st.text(alphabet=st.sampled_from(list("aZ1. *[]'’\n-Я")), max_size=40),
    st.sampled_from(["de", "en", "pl", None]),
)
def test_wikiann_tokens_cover_the_text(text: str, language: str | None) -> None:
    toks = wikiann_tokens(text, language)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert all(a.end <= b.start for a, b in itertools.pairwise(toks))
    assert "".join(t.text for t in toks) == "".join(text.split())
