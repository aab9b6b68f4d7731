"""A small regex tokenizer with character offsets, shared by the rule and tagger backends.

It mimics the WikiANN tokenisation the tagger was trained on: words keep internal
hyphens and apostrophes ("Jong-un", "O'Neill"), initials keep their dot ("J."), and
every other punctuation character is a token of its own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from itertools import accumulate, repeat
from typing import NamedTuple

# Order matters: initials ("J.", "U.S.") before plain words, so the dot stays attached.
# The two kinds of initial share their first letter and dot: written as two alternatives,
# every word was tried twice as an initial before it was read as a word (a fifth of the scan).
_TOKEN_RE = re.compile(
    r"[^\W\d_]\.(?:"
    r"(?:[^\W\d_]\.)+"  # U.S. / Д.А.
    r"|(?=\s+[^\W\d_]))"  # an initial followed by a word: "J. Smith"
    r"|\w+(?:['’\-‐]\w+)*"  # words with internal apostrophes / hyphens
    r"|[^\w\s]",  # any other non-space character
)

_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")  # the tokens, kept by split between the gaps


class Token(NamedTuple):
    # A named tuple, not a frozen dataclass: every paragraph is tokenised by several NER
    # passes, and a frozen dataclass's __init__ cost a fifth of Spanish NER time.
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    if text.isalpha():
        # One word of letters (most texts asked for: a name's words, a mention's): the one token
        # that `\w+` reads, without the cache's lookup and the split.
        return [tuple.__new__(Token, (text, 0, len(text)))]
    if len(text) >= _LONG:
        return _long_tokens(text)
    words, starts, ends = _tokens(text)
    # tuple.__new__ skips the named tuple's Python-level __new__ (a sixth faster).
    return list(map(tuple.__new__, repeat(Token), zip(words, starts, ends, strict=False)))


# A whole article (or a long paragraph) is tokenised by several article passes in turn (the
# people's propagation, the places named again, the unions ...): making its ~1,000 Tokens again
# each time was half of tokenising's CPU.  The Tokens of the last few long texts are kept (a
# few thousand objects for the collector, not the 600,000 of a cache of all texts' Tokens), and
# each caller gets its own copy of the list.
_LONG = 500
_RECENT_LONG = 4
_long_lists: dict[str, list[Token]] = {}


def _long_tokens(text: str) -> list[Token]:
    cached = _long_lists.pop(text, None)  # put back last: the least recently used go first
    if cached is None:
        words, starts, ends = _tokens(text)
        cached = list(map(tuple.__new__, repeat(Token), zip(words, starts, ends, strict=False)))
        if len(_long_lists) >= _RECENT_LONG:
            del _long_lists[next(iter(_long_lists))]
    _long_lists[text] = cached
    return cached.copy()


# Several passes tokenise the same paragraph (the tagger, the news refinements, the boundary
# repairs) and the same names over and over: the tokens of recent texts are kept.  An
# article's paragraphs and the names in them are a few hundred texts: 256 entries were evicted
# within one article, and at 4,096 a third of the misses on the benchmark's 600 articles were
# texts tokenised before.  The cache keeps plain tuples of words and offsets, not Tokens: the
# collector stops tracking a plain tuple of strings and ints after its first collection, while
# the ~600,000 cached Tokens (a tuple subclass) stayed tracked, and each full collection walked
# them all (~8 ms of CPU per article in one process); a Token is made per call instead.
@functools.lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    # Split, not finditer: the offsets are running sums of the parts' lengths, and no match
    # object is made or asked for its group and span (7% faster).  The parts alternate the
    # text between two tokens (whitespace only: every other character starts a token) and
    # a token.
    parts = _SPLIT_RE.split(text)
    bounds = tuple(accumulate(map(len, parts)))
    return tuple(parts[1::2]), bounds[0::2], bounds[1::2]


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


# Elided articles and prepositions before a capital ("l'Italia", "dell'Ucraina", "d'Orsay").
_ELIDED = ("l", "dell", "all", "nell", "dall", "sull", "d", "un", "qu", "j", "n", "s", "c", "m", "t")


def split_elision(toks: list[Token]) -> list[Token]:
    """ "l'Italia" -> "l'" + "Italia": the tokenizer keeps apostrophes inside words."""
    out: list[Token] = []
    for t in toks:
        head, sep, rest = t.text.replace("’", "'").partition("'")
        if sep and rest[:1].isupper() and head.lower() in _ELIDED:
            cut = t.start + len(head) + 1
            out += [Token(t.text[: len(head) + 1], t.start, cut), Token(t.text[len(head) + 1 :], cut, t.end)]
        else:
            out.append(t)
    return out


def split_final_initials(text: str, toks: list[Token], ends: Callable[[str], bool]) -> list[Token]:
    """ "Ван І. Про це ...": the tokenizer reads "І." as an initial before a word; when the
    word after it is a function or common word (`ends`) or on a new line, the dot ends the sentence."""
    out: list[Token] = []
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        initial = len(t.text) == 2 and t.text[1] == "." and t.text[0].isupper()
        if initial and nxt is not None and ("\n" in text[t.end : nxt.start] or ends(nxt.text)):
            out += [Token(t.text[0], t.start, t.start + 1), Token(".", t.start + 1, t.end)]
        else:
            out.append(t)
    return out


def elided(word: str) -> bool:
    """An elided article or preposition ("L'", "dell'"): never a name of its own."""
    return len(word) > 1 and word[-1] in "'’"
