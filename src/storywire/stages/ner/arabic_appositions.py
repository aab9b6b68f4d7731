"""Arabic people named in apposition to their office, between commas, and a spokesman's name.

Agency and embassy news names an official after the office and where it is held, the name
set off by commas: "ممثلة المنظمة في بيروت، X Y، إن ..." (the organisation's representative
in Beirut, X Y, [said] that ...).  The names are often foreign and rare ("X" transliterated),
so no list of given names holds them; the shape does: an office word opens the phrase, a
comma closes it within a few words, and two or three name words follow, closed by a comma.
A name word has no article on its first word, is no function word, verb or known place, and
is rare as a word unless it is a known given name.

The rule looks at a paragraph only where an office word and a comma occur.

A spokesman's name after "الناطق باسم X" ends in a definite family name however common the
word is ("X القدرة", the ability) where what he said follows it (`spokesman_family`, for the
title rules of `script_rules`).
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import (
    GIVEN_NAMES,
    OFFICE_ADJECTIVES,
    STOP_WORDS,
    calendar_word,
    present_verb,
    rule_span,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.gazetteer import org_names, place_names
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

# Offices that open such a phrase, in the construct state ("ممثل الوكالة") or definite with
# their adjective ("المدير الإقليمي للمنظمة").
_OFFICE_WORDS = (
    "ممثل ممثلة مدير مديرة رئيس رئيسة منسق منسقة مسؤول مسؤولة نائب نائبة مفوض مفوضة سفير سفيرة "
    "مبعوث مبعوثة قنصل متحدث متحدثة ناطق ناطقة الممثل الممثلة المدير المديرة المنسق المنسقة المسؤول "
    "المسؤولة المفوض المفوضة المبعوث المبعوثة المتحدث المتحدثة الناطق الناطقة"
)
_OFFICE_FORMS = clitic_forms(_OFFICE_WORDS.split(), clitics="و")
_COMMA = "،"
_STOPS = frozenset({"،", ".", ":", "؛", "(", ")", "«", "»", '"'})
# The office's phrase runs at most this many words before its comma ("ممثل الوكالة الأممية
# في الأردن": five).
_MAX_PHRASE = 7
_MIN_PHRASE = 1
_NAME_WORDS = (2, 3)
# A name word not in the given names' list is rarer than this ("ماهر" 4.3 is a given name
# of the list; a common word between commas is a clause: "، يوم الأحد،").
_NAME_ZIPF = 4.0


def appositive_people(text: str, toks: Sequence[Token]) -> list[Mention]:
    """People named between commas right after their office's phrase (PER)."""
    words = [t.text for t in toks]
    if _COMMA not in words:
        return []
    out: list[Mention] = []
    for i in trigger_indices(words, _OFFICE_FORMS):
        comma = next((c for c in range(i + 1, min(len(words), i + _MAX_PHRASE + 2)) if words[c] in _STOPS), None)
        if comma is None or words[comma] != _COMMA or comma - i - 1 < _MIN_PHRASE:
            continue
        for n in _NAME_WORDS:
            end = comma + 1 + n
            if end < len(words) and words[end] == _COMMA and _name(words[comma + 1 : end]):
                out.append(rule_span(text, toks, comma + 1, end, "PER"))
                break
    return out


def _name(parts: list[str]) -> bool:
    """`parts` are a person's name: no article first, no function word, verb or known place,
    each word a known given name or rare as a word."""
    if parts[0].startswith("ال") or " ".join(parts) in places_with_extra():
        return False
    for w in parts:
        if not w.isalpha() or len(w) < 2 or w in STOP_WORDS or w in places_with_extra():
            return False
        if w in GIVEN_NAMES:
            continue
        if present_verb(w) or verbal_noun(w) or zipf(w, "ar") >= _NAME_ZIPF:
            return False
    return True


# What follows a spokesman's name: the clause of what he said ("الناطق باسم الوزارة X Y، ...",
# "... X Y إن ..."), so a definite word before it is his family name, however common.
_SPEECH_NEXT = frozenset({"،", "إن", "أن", ":", "."})


def spokesman_family(words: list[str], parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A spokesman's name's `parts` (of the title rules) with the definite word after a given
    name, a family name as common as a word ("X القدرة": the ability), where what he said
    follows it; `parts` else."""
    if len(parts) != 1 or parts[0][1] - parts[0][0] != 1 or words[parts[0][0]] not in GIVEN_NAMES:
        return parts
    k = parts[0][1]
    if k + 1 >= len(words) or words[k + 1] not in _SPEECH_NEXT:
        return parts
    w = words[k]
    if not (w.startswith("ال") and w.isalpha() and len(w) >= 5) or w in OFFICE_ADJECTIVES:
        return parts
    if w in place_names("ar") or w in org_names("ar") or calendar_word(w):
        return parts  # "X الأحد،": the day he spoke on
    return [*parts, (k, k + 1)]
