"""Arabic basins, plains, oceans and the bodies named after a basin.

* A basin, a plain or a river named after its kind word: "حوض X", the dual "حوضي X وY" (the
  basins of X and Y), "سهول X وY" (the plains of), "نهري X وY" (the rivers of), every name of
  the list its own place and the kind word out of the span, as the guidelines keep "نهر" out.
  A name there is a known place, a compound of a prefix and a name ("أبي X", "أم X"-like,
  river names of the Maghreb), a definite word no dictionary holds ("الشاوية"-like), or up to
  two indefinite words rare as words ("سوس ماسة"-like).  "حوض السباحة" (a swimming pool)
  and "حوض التصريف" (a drainage basin) are common words and name none.  The singular "سهل"
  is "easy" too ("سهل المنال"): after it only a known place or a word no dictionary holds.
* A region after "جهة" is named the same way, but "من جهة" (on the one hand) and "جهة
  أخرى" (another party) are no region: only a known place or a word no dictionary holds.
* An ocean keeps its head, as a sea does: "المحيط" and an ocean's adjective ("المحيط
  الهادئ"); "المحيط" alone is the surroundings.
* A sea named after a place or by a sea's own name keeps its kind word, as the guidelines
  settle for Arabic: "بحر X" with X a known place ("بحر عمان") or a sea's name of the list
  ("بحر العرب", "بحر قزوين"); "في بحر الأسبوع" (within the week) names none.
* A basin's agency holds the basin it serves: "وكالة الحوض المائي لـX" is one name (ORG).
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_lexicon import (
    CLITICS,
    STOP_WORDS,
    conjoined,
    name_word,
    present_verb,
    rule_span,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

# kind word -> the highest frequency of a name's first word after it (a definite one, an
# indefinite one): "سوس" 3.7, "زاكورة" 3.2; "الشاوية", "الحوز" 0; "حوض السباحة" 4.4,
# "حوض التصريف" 3.3 (a drainage basin).
_KINDS: dict[str, tuple[float, float]] = {
    **dict.fromkeys(("حوض", "حوضي", "أحواض", "سهول", "سهلي", "نهري", "أنهار", "وديان"), (3.0, 4.0)),
    **dict.fromkeys(("سهل", "جهة"), (1.0, 1.0)),  # "easy", "a side": only a name no dictionary holds
}
# Words before "جهة" that make it "side" ("من جهة", "من جهته": on the one hand).
_NOT_REGION = frozenset({"من", "ومن", "أي", "كل", "على"})
# Prefixes of a compound name: "أم X"-like rivers, "أبي X"-like rivers and basins, "عين X".
_PREFIXES = frozenset({"أم", "أبي", "أبو", "عين", "بني", "واد", "وادي"})
# A later word of an indefinite name ("ماسة", 4.1) is a name below this frequency.
_LATER_ZIPF = 4.5
_MAX_NAME_WORDS = 2
_UNKNOWN_ZIPF = 2.5
_MAX_LIST = 4
_PLURAL_ENDINGS = ("ات", "ين", "ون")

_OCEAN = "المحيط"
_OCEAN_ADJECTIVES = frozenset({"الأطلسي", "الأطلنطي", "الهادئ", "الهادي", "الهندي"})
_FROZEN, _SIDES = "المتجمد", frozenset({"الشمالي", "الجنوبي"})

_AGENCY = ("وكالة", "الحوض", "المائي")
_SEA = "بحر"
# Seas named by no place of the gazetteer (Arabian, Caspian, Marmara, Baltic, North, Aegean).
_SEA_NAMES = frozenset({"العرب", "قزوين", "مرمرة", "البلطيق", "الشمال", "إيجه", "ايجه"})


# The kind words, "المحيط" and the agency's first word, bare or behind a clitic: a rule of
# `waters` opens at one of them only.
_HEAD_FORMS = clitic_forms({*_KINDS, _OCEAN, _AGENCY[0], _SEA})


def waters(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Basins, plains, regions after "جهة" and oceans (LOC); basins' agencies (ORG)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    i = 0
    for start in trigger_indices(words[:-1], _HEAD_FORMS):  # a name follows the head
        if start < i:
            continue  # inside the names read last
        i = start
        found = _at(words, i)
        for a, b, lead, etype in found:
            out.append(rule_span(text, toks, a, b, etype, lead))
        i = max((b for _, b, _, _ in found), default=i + 1)
    return out


def _at(words: list[str], i: int) -> list[tuple[int, int, int, EntityType]]:
    w = words[i]
    bare = w[1:] if w[:1] in CLITICS and w[1:] in _KINDS else w
    if bare in _KINDS and not (bare == "جهة" and i > 0 and words[i - 1] in _NOT_REGION):
        return [(a, b, ld, "LOC") for a, b, ld in name_list(words, i + 1, *_KINDS[bare])]
    if w[-len(_SEA) :] == _SEA and len(w) - len(_SEA) <= 1 and i + 1 < len(words):
        nxt = words[i + 1]
        end = i + 2 if nxt in _SEA_NAMES else place_end(words, i + 1)
        return [(i, end, len(w) - len(_SEA), "LOC")] if end is not None else []
    ocean = _ocean_end(words, i)
    if ocean is not None:
        return [(i, ocean, len(w) - len(_OCEAN) + (1 if w.startswith("لل") else 0), "LOC")]
    agency = _agency_end(words, i)
    if agency is not None:
        return [(i, agency, 0 if w == _AGENCY[0] else 1, "ORG")]
    return []


def name_list(words: list[str], j: int, definite: float, indefinite: float) -> list[tuple[int, int, int]]:
    """(start, end, clitic length) of the names of a list "X وY وZ" opening at `j`."""
    return conjoined(words, j, lambda k, lead: water_name_end(words, k, definite, indefinite, lead), _MAX_LIST)


def water_name_end(words: list[str], j: int, definite: float, indefinite: float, lead: int = 0) -> int | None:
    """The end of a basin's, a plain's or a river's name opening at `j` (less `lead` letters
    of clitic), or None."""
    w = words[j][lead:]
    if not w.isalpha() or (len(w) < 3 and w not in _PREFIXES) or w in STOP_WORDS:
        return None
    end = place_end([w, *words[j + 1 :]], 0)
    if end is not None:
        return j + end
    if w in _PREFIXES and j + 1 < len(words):
        nxt = words[j + 1]
        if nxt.startswith("ال") and nxt.isalpha() and len(nxt) > 3 and not place_adjective(nxt):
            return j + 2  # "أم X"-like: the prefix says a name follows
        return j + 2 if _indefinite(nxt, _LATER_ZIPF) else None
    if w.startswith("ال"):
        rare = len(w) > 4 and zipf(w, "ar") < definite and not w.endswith(_PLURAL_ENDINGS)
        return j + 1 if rare and not place_adjective(w) and not verbal_noun(w[2:]) else None
    if not _indefinite(w, indefinite):
        return None
    k = j + 1
    while k < len(words) and k - j < _MAX_NAME_WORDS and _later_word(words[k]):
        k += 1
    return k


def _later_word(word: str) -> bool:
    """A later word of an indefinite name; not a noun in the accusative ("بلاغا", "تقريرا":
    the object of the verb after the name) unless no dictionary holds it."""
    if word.endswith("ا") and zipf(word, "ar") >= _UNKNOWN_ZIPF:
        return False
    return _indefinite(word, _LATER_ZIPF)


def _indefinite(word: str, rare: float) -> bool:
    """An indefinite word of a name, rarer than `rare`: no function word, verb or verbal noun."""
    if not name_word(word) or not word.isalpha() or len(word) < 3:
        return False
    if word in STOP_WORDS or present_verb(word) or verbal_noun(word):
        return False
    return zipf(word, "ar") < rare


def _ocean_end(words: list[str], i: int) -> int | None:
    """The end of "المحيط الهادئ" (also behind a clitic: "بالمحيط", "للمحيط") at `i`, or None."""
    w = words[i]
    bare = "ال" + w[2:] if w.startswith("لل") else w[1:] if w[:1] in CLITICS and w[1:3] == "ال" else w
    if bare != _OCEAN or i + 1 >= len(words):
        return None
    nxt = words[i + 1]
    if nxt in _OCEAN_ADJECTIVES:
        return i + 2
    if nxt == _FROZEN and i + 2 < len(words) and words[i + 2] in _SIDES:
        return i + 3
    return None


def _agency_end(words: list[str], i: int) -> int | None:
    """The end of "وكالة الحوض المائي لـX" at `i`, the basin's name after "ل", or None."""
    w = words[i]
    head = w[1:] if w[:1] in CLITICS and w[1:] == _AGENCY[0] else w
    n = len(_AGENCY)
    if head != _AGENCY[0] or tuple(words[i + 1 : i + n]) != _AGENCY[1:] or i + n >= len(words):
        return None
    basin = words[i + n]
    if not basin.startswith("ل") or basin.startswith("لل"):
        # "لل...": "للحوض" (the basin's), or a definite name behind "ل": "لل" + "X"
        definite = "ال" + basin[2:] if basin.startswith("لل") else ""
        if not definite:
            return None
        end = water_name_end([definite, *words[i + n + 1 :]], 0, 3.0, 4.0)
        return i + n + end if end is not None else None
    end = water_name_end(words, i + n, 5.0, 5.0, lead=1)
    return end
