import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storywire.stages.ner.name_scan import NameScanner

_ALPHABET = "abé_1-' .Ж"
_names = st.lists(
    st.text(alphabet=_ALPHABET, min_size=1, max_size=6).filter(lambda n: re.match(r"\w", n) is not None),
    min_size=1,
    max_size=8,
)


def _by_regex(names: list[str], text: str) -> list[tuple[int, int, str]]:
    every = sorted(set(names), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in every) + r")(?![\w-])")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@given(_names, st.text(alphabet=_ALPHABET, max_size=40))
def test_finds_what_the_alternation_finds(names: list[str], text: str) -> None:
    assert list(NameScanner(names).finditer(text)) == _by_regex(names, text)


def test_longest_name_whole_words_left_to_right() -> None:
    scanner = NameScanner(["Aston Villa", "Villa", "Real", "Real Madrid", "Bayern"])
    text = "Aston Villa beat Real Madrid; Villa-Park, Reale, O'Villa and Bayern_ stay."
    assert list(scanner.finditer(text)) == [(0, 11, "Aston Villa"), (17, 28, "Real Madrid"), (51, 56, "Villa")]


def test_a_name_must_open_with_a_word_character() -> None:
    with pytest.raises(ValueError, match="word character"):
        NameScanner(["'s-Hertogenbosch"])
