"""Trigger prefilters for the candidate regexes (see `patterns.py`).

Every paragraph is scanned by about fifteen regexes per language, and most find nothing: a
paragraph without a month name cannot hold '3 March 2024', 'early March' or 'March 3'.
Each pattern that needs a lexicon fragment (a month, a weekday, a relative phrase, a
season, a unit) gets that fragment as its trigger, others a word or digit pattern that
every one of their matches contains ('century', '12.03.2024': digits and separators);
`dates.py` searches a paragraph for each trigger once and runs only the patterns whose
trigger occurs.

Sound by construction: every match of a pattern contains a match of its trigger (the
fragment is a mandatory part of the pattern, compiled with the same flags, without the
pattern's word boundaries), so a skipped pattern is one that could not have matched.
For speed the fragment is compiled as a trie of the strings it matches, behind a
lookahead on their first letters: a plain alternation of dozens of case-insensitive
words is tried word by word at every character and costs more than the pattern itself.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# A fragment that expands to more strings than this keeps no trigger (none comes close).
MAX_FORMS = 5000

_CLASS_ESCAPES = frozenset("dDwWsS")
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_SPECIAL = ".^$*+?{}[]\\|()"


class _Stop(Exception):
    """A construct that is not a plain string (`\\w`, `.`, `+`): the strings end before it."""


class _Parser:
    """Expand a regex fragment into the strings it matches, as (string, complete) pairs.

    Covers the syntax of the lexicon (literals, escapes, `[...]` sets, groups, `|`, `?`).
    Past anything else a string is kept as a prefix (complete=False) and not extended,
    which keeps the expansion a necessary condition: every match starts with one of them.
    Zero-width assertions (lookarounds, `\\b`, `^`) only narrow a match and are skipped.
    """

    def __init__(self, source: str) -> None:
        self.src = source
        self.pos = 0

    def peek(self) -> str:
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def alternation(self) -> list[tuple[str, bool]]:
        forms = self.sequence()
        while self.peek() == "|":
            self.pos += 1
            forms = forms + self.sequence()
        return forms

    def sequence(self) -> list[tuple[str, bool]]:
        forms: list[tuple[str, bool]] = [("", True)]
        while self.peek() not in ("", "|", ")"):
            start = self.pos
            try:
                atom = self.atom()
            except _Stop:
                forms = [(text, False) for text, _ in forms]
                self.pos = start
                self.skip_item()
                continue
            if atom is None:  # zero-width
                continue
            quantifier = self.peek()
            if quantifier in ("*", "+", "{"):
                forms = [(text, False) for text, _ in forms]
                self.skip_quantifier()
                continue
            if quantifier == "?":
                self.pos += 1
                if self.peek() in ("?", "+"):
                    raise ValueError("lazy or possessive quantifier")
                atom = [*atom, ("", True)]
            grown: list[tuple[str, bool]] = []
            for text, open_ in forms:
                grown += [(text + more, done) for more, done in atom] if open_ else [(text, False)]
            forms = list(dict.fromkeys(grown))
            if len(forms) > MAX_FORMS:
                raise ValueError("too many forms")
        return forms

    def atom(self) -> list[tuple[str, bool]] | None:
        ch = self.peek()
        if ch == "(":
            return self.group()
        if ch == "[":
            return [(c, True) for c in self.char_set()]
        if ch == "\\":
            nxt = self.src[self.pos + 1 : self.pos + 2]
            if nxt in _ZERO_WIDTH_ESCAPES:
                self.pos += 2
                return None
            if nxt in _CLASS_ESCAPES or nxt.isalnum():
                raise _Stop  # a class, a back-reference or a code escape
            self.pos += 2
            return [(nxt, True)]
        if ch in ("^", "$"):
            self.pos += 1
            return None
        if ch == ".":
            raise _Stop
        if ch in _SPECIAL:
            raise ValueError(f"unexpected {ch!r}")
        self.pos += 1
        return [(ch, True)]

    def group(self) -> list[tuple[str, bool]] | None:
        self.pos += 1  # "("
        zero_width = False
        if self.peek() == "?":
            head = self.src[self.pos : self.pos + 4]
            if head.startswith("?:"):
                self.pos += 2
            elif head.startswith("?P<"):
                self.pos = self.src.index(">", self.pos) + 1
            elif head.startswith(("?=", "?!")):
                self.pos += 2
                zero_width = True
            elif head.startswith(("?<=", "?<!")):
                self.pos += 3
                zero_width = True
            else:
                raise ValueError(f"unsupported group {head!r}")  # inline flags, conditionals
        forms = self.alternation()
        if self.peek() != ")":
            raise ValueError("unbalanced group")
        self.pos += 1
        return None if zero_width else forms

    def char_set(self) -> list[str]:
        self.pos += 1  # "["
        if self.peek() == "^":
            raise _Stop
        chars: list[str] = []
        first = True
        while self.peek() != "]" or first:
            first = False
            ch = self.peek()
            if ch == "":
                raise ValueError("unbalanced set")
            if ch == "\\":
                nxt = self.src[self.pos + 1 : self.pos + 2]
                if nxt.isalnum():
                    raise _Stop
                ch = nxt
                self.pos += 1
            self.pos += 1
            if self.peek() == "-" and self.src[self.pos + 1 : self.pos + 2] not in ("]", ""):
                end = self.src[self.pos + 1]
                if end == "\\":
                    raise _Stop
                self.pos += 2
                chars += [chr(c) for c in range(ord(ch), ord(end) + 1)]
            else:
                chars.append(ch)
        self.pos += 1
        return list(dict.fromkeys(chars))

    def skip_item(self) -> None:
        """Step over the item that stopped the expansion (and its quantifier)."""
        ch = self.peek()
        if ch == "(":
            self.group()
        elif ch == "[":
            self.pos += 2 if self.src[self.pos + 1 : self.pos + 2] == "^" else 1
            self.pos += 1  # a "]" first in a set is a literal
            while self.peek() not in ("]", ""):
                self.pos += 2 if self.peek() == "\\" else 1
            self.pos += 1
        elif ch == "\\":
            self.pos += 2
        else:
            self.pos += 1
        self.skip_quantifier()

    def skip_quantifier(self) -> None:
        while self.peek() in ("*", "+", "?"):
            self.pos += 1
        if self.peek() == "{":
            self.pos = self.src.index("}", self.pos) + 1
            while self.peek() in ("?", "+"):
                self.pos += 1


def expand(fragment: str) -> list[str] | None:
    """The strings (or prefixes) one of which starts every match of `fragment`; None when
    the fragment is outside the syntax covered or expands to too many strings."""
    parser = _Parser(fragment)
    try:
        forms = parser.alternation()
    except ValueError:
        return None
    if parser.pos != len(fragment):
        return None
    return list(dict.fromkeys(text for text, _ in forms))


def _trie(strings: list[str]) -> str:
    """One regex alternation matching exactly `strings` (non-empty), shared prefixes factored."""
    heads: dict[str, list[str]] = {}
    for s in strings:
        heads.setdefault(s[0], []).append(s[1:])
    branches = []
    for head, tails in heads.items():
        rest = [t for t in tails if t]
        if not rest:
            branches.append(re.escape(head))
            continue
        tail = _trie(rest)
        if "" in tails:  # 'jan' beside 'january': the tail may be left out
            tail = f"(?:{tail})?"
        branches.append(re.escape(head) + tail)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class Need(NamedTuple):
    """The fragment every match of a pattern contains, and what surrounds it in every match:
    no word character right before it (`word_start`) or right after it (`word_end`)."""

    fragment: str
    word_start: bool = False
    word_end: bool = False
    raw: bool = False  # compiled as it is (digit patterns, which expand to no strings)


def compile_trigger(need: Need, flags: int) -> re.Pattern[str] | None:
    """The trigger regex for `need`, for a pattern compiled with `flags`, or None (run the
    pattern everywhere) when it cannot be built or would match every text.

    The word-start lookbehind rejects most positions at once (most characters are inside a
    word); without a word end, strings that extend another are dropped ('jan' is found
    wherever 'january' is)."""
    if need.raw:
        return re.compile(need.fragment, flags)
    strings = expand(need.fragment)
    if not strings or "" in strings:
        return None
    if not need.word_end:
        strings = [s for s in strings if not any(s != t and s.startswith(t) for t in strings)]
    firsts = "".join(sorted({s[0] for s in strings}))
    first_set = "".join("\\" + c if c in "\\]^-[" else c for c in firsts)
    start = r"(?<!\w)" if need.word_start else ""
    end = r"(?!\w)" if need.word_end else ""
    return re.compile(f"{start}(?=[{first_set}]){_trie(sorted(set(strings)))}{end}", flags)
