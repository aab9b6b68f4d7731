"""A small regex tokenizer with character offsets, shared by the rule and tagger backends.

It mimics the WikiANN tokenisation the tagger was trained on: words keep internal
hyphens and apostrophes ("Jong-un", "O'Neill"), initials keep their dot ("J."), and
every other punctuation character is a token of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Order matters: initials ("J.", "U.S.") before plain words, so the dot stays attached.
_TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # U.S. / Д.А.
    r"|[^\W\d_]\.(?=\s+[^\W\d_])"  # an initial followed by a word: "J. Smith"
    r"|\w+(?:['’\-‐]\w+)*"  # words with internal apostrophes / hyphens
    r"|[^\w\s]",  # any other non-space character
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def is_title(word: str) -> bool:
    """Starts with an upper-case letter (unlike str.istitle, 'McDonald' and 'Jong-un' pass)."""
    return bool(word) and word[0].isupper()


def shape(word: str) -> str:
    """Compressed word shape: 'Xx', 'X', 'x', 'd', '.' runs collapsed ('McDonald' -> 'XxXx')."""
    out: list[str] = []
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.isalpha():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch if ch in "-.'’" else "."
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:6])
