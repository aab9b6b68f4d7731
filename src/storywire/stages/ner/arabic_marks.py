"""Arabic words written with their vowel marks, read as the bare words the rules know.

News sets a shadda or a tanween on a word now and then to say how it is read ("عمّان",
Amman, not "عُمان", Oman; "مشروعاً"; "أقرّ").  The shared tokenizer takes these marks for
punctuation and cuts the word at them ("بعمّان" -> "بعم" "ّ" "ان"), so neither the
gazetteer nor any list matched it.  The Arabic rules read the words put together again,
their text without the marks ("بعمان"), the offsets over the whole written word: a mention
then spans the word as written, marks and all.  The marks are dropped, not kept, because
every list (given names, places, frequencies) is written without them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storywire.stages.ner.tokens import Token

# tanween (fathatan, dammatan, kasratan), the short vowels, shadda, sukun and the dagger alif
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
_MARKS_RE = re.compile(f"[{_MARKS}]")


def strip_marks(word: str) -> str:
    """`word` without its vowel marks: "عمّان" -> "عمان"."""
    return _MARKS_RE.sub("", word)


def _marks_only(word: str) -> bool:
    return bool(word) and all(ch in _MARKS for ch in word)


def unmarked_tokens(text: str, toks: Sequence[Token]) -> list[Token]:
    """`toks` with the pieces of a word cut at its marks joined again, as the bare word."""
    # most paragraphs carry no mark: every token stays as it is (one search over the span the
    # tokens cover tells it, for every token lies inside it)
    if not toks or _MARKS_RE.search(text, toks[0].start, toks[-1].end) is None:
        return list(toks)
    out: list[Token] = []
    glue = False  # the last token ends in a mark: a letter touching it goes on the same word
    for tok in toks:
        marks = _marks_only(tok.text)
        touching = bool(out) and out[-1].end == tok.start
        if touching and (marks or (glue and tok.text[:1].isalnum())):
            last = out[-1]
            out[-1] = Token(strip_marks(text[last.start : tok.end]), last.start, tok.end)
        else:
            out.append(Token(strip_marks(tok.text), tok.start, tok.end) if not marks else tok)
        glue = marks
    return out


def has_marks(word: str) -> bool:
    return _MARKS_RE.search(word) is not None


# A clitic drawn out by a tatweel ("لـوزارة", "بـمحافظة"): the letter and the tatweel write the
# preposition apart from the name, which the rules then read from its own start.
_TATWEEL = "\u0640"
_CLITIC_LETTERS = frozenset("وبلفك")


def tatweel_split(toks: Sequence[Token]) -> tuple[list[Token], set[int]]:
    """`toks` with each word opening with a clitic and a tatweel cut after the tatweel, and
    the offsets where the names after them open."""
    out: list[Token] = []
    opens: set[int] = set()
    for tok in toks:
        w = tok.text
        if len(w) > 4 and w[:1] in _CLITIC_LETTERS and w[1:2] == _TATWEEL and w[2:3] != _TATWEEL:
            out += [Token(w[:2], tok.start, tok.start + 2), Token(w[2:], tok.start + 2, tok.end)]
            opens.add(tok.start + 2)
        else:
            out.append(tok)
    return out, opens
