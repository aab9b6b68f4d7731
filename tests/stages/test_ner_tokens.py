"""The shared tokenizer: offsets, and the cache of recent texts' tokens."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storywire.stages.ner.tokens import _TOKEN_RE, Token, tokenize


@given(st.text(alphabet=st.sampled_from("Ab.'’- \nJ1Д"), max_size=40))
def test_tokens_are_the_regex_matches(text: str) -> None:
    expected = [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    assert tokenize(text) == expected
    assert tokenize(text) == expected  # from the cache, the same


def test_a_caller_cannot_change_another_callers_tokens() -> None:
    text = "Ursula von der Leyen said."
    mine = tokenize(text)
    mine.append(Token("x", 0, 1))
    mine[0] = Token("y", 0, 1)
    assert tokenize(text)[0].text == "Ursula"
    assert len(tokenize(text)) == 6


def test_tokens_are_named_and_the_cache_holds_nothing_the_collector_walks() -> None:
    import gc

    from storywire.stages.ner.tokens import _tokens

    text = "J. Smith met O'Neill in Jong-un's U.S. office."
    toks = tokenize(text)
    assert all(type(t) is Token for t in toks)
    assert [t.text for t in toks][:3] == ["J.", "Smith", "met"]
    gc.collect()
    assert not any(gc.is_tracked(part) for part in _tokens(text))


@given(st.text(alphabet=st.sampled_from("AbéДß北ـ\u0301 1_.'’-"), min_size=1, max_size=12))
def test_a_word_of_letters_is_one_token_as_the_regex_reads_it(text: str) -> None:
    expected = [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    toks = tokenize(text)
    assert toks == expected
    assert all(type(t) is Token for t in toks)


def test_a_long_text_keeps_its_tokens_and_each_caller_gets_a_list_of_its_own() -> None:
    from storywire.stages.ner import tokens

    texts = [
        f"Paragraph {k} of Ursula von der Leyen's speech in Brussels. " * 12 for k in range(tokens._RECENT_LONG + 2)
    ]
    assert all(len(text) >= tokens._LONG for text in texts)
    for text in texts + texts[::-1]:
        expected = [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
        mine = tokenize(text)
        assert mine == expected and all(type(t) is Token for t in mine)
        mine.append(Token("x", 0, 1))
        mine[0] = Token("y", 0, 1)
        assert tokenize(text) == expected
    assert len(tokens._long_lists) <= tokens._RECENT_LONG
