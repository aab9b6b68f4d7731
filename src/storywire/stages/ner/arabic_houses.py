"""Arabic firms named "دار X" ("the house of X") with their line of business.

Estate agents, publishers and consultancies are often named "دار" + a definite noun + what
they do after "لل" ("دار الشروق للنشر والتوزيع", "دار X للعقارات"): the whole is the firm's
name, "دار" inside it.  A kind word before it ("مكتب", an estate agent's office; "شركة")
stays out, as it does before any firm.  Without the field "دار X" is as often a building or
an institution ("دار الأوبرا", "دار الإفتاء"), read by other rules or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, rule_span
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token

_HOUSE = "دار"
_HOUSE_FORMS = clitic_forms({_HOUSE})
# People served, not a line of business: "دار الأيتام للرعاية"-like is kept, "للمسنين" is not.
_PEOPLE_ENDINGS = ("ين", "ون")
_MAX_ADJECTIVES = 2
_MAX_CONJUNCTS = 1


def _field(word: str, lead: str) -> bool:
    """A line of business behind `lead` ("للنشر", "والتوزيع"): a word, not people."""
    return (
        word.startswith(lead)
        and word.isalpha()
        and len(word) > len(lead) + 2
        and not word.endswith(_PEOPLE_ENDINGS)
        and word[len(lead) :] not in STOP_WORDS
    )


# Homes named by whom they house, no firm's name: "دار المسنين", "دار الأيتام", "دار العجزة".
_HOMES = frozenset({"الأيتام", "العجزة", "الحضانة", "الرعاية", "الضيافة", "العبادة", "الحكومة", "المسنين"})


def _definite_name(word: str) -> bool:
    return (
        word.startswith("ال")
        and word.isalpha()
        and len(word) > 3
        and word not in STOP_WORDS | _HOMES
        and not word.endswith(_PEOPLE_ENDINGS)
    )


# A publisher's or a printer's trade: "دار X للنشر" is a publishing house whatever X is, a
# plural-looking name too ("دار الياسمين للنشر", jasmine; "دار المثقفين للنشر").
_BOOK_TRADES = frozenset({"للنشر", "للطباعة", "للكتاب", "للترجمة", "للتوزيع"})


def house_end(words: list[str], i: int) -> int | None:
    """The end of "دار X للY ..." opening at `i`, or None when no field follows the name."""
    k = i + 1
    if k + 1 >= len(words) or not _field(words[k + 1], "لل"):
        return None
    name = words[k]
    book = words[k + 1] in _BOOK_TRADES and name.startswith("ال") and name.isalpha() and len(name) > 3
    if not (_definite_name(name) or (book and name not in STOP_WORDS | _HOMES)):
        return None
    k += 2
    for _ in range(_MAX_CONJUNCTS):
        if k < len(words) and _field(words[k], "وال"):
            k += 1  # "للنشر والتوزيع"
    stop = k + _MAX_ADJECTIVES
    while k < min(stop, len(words)) and words[k].startswith("ال") and words[k].endswith(("ي", "ية")):
        k += 1  # "للاستشارات الهندسية"
    return k


def house_firms(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Firms "دار X للY" (ORG, "دار" inside, a clitic before it outside)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    i = 0
    for start in trigger_indices(words, _HOUSE_FORMS):
        if start < i:
            continue
        i = start
        lead = len(words[i]) - len(_HOUSE)
        end = house_end(words, i)
        if end is not None:
            out.append(rule_span(text, toks, i, end, "ORG", lead))
            i = end
    return out
