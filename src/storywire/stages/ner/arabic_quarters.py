"""Arabic city news of quarters and their venues: a city's quarters listed after a plural kind
word, an MP's electoral district, a region by its compass point and a state arts company.

* Quarters listed after a plural kind word ("أحياء مثل X وY", "سينمات X وY وZ", the cinemas of
  X, Y and Z): each item a LOC, a definite word rare as a word ("المنتزه"), an indefinite word
  rarer still ("سموحة"), or an indefinite noun and its definite complement ("محطة الرمل", the
  quarter named after its station).  The first item must be a rare word: "سينمات المدينة" are
  the town's cinemas, no quarter's.
* An electoral district: "عن دائرة X" (an MP "for the district of X") or "دائرة X الانتخابية":
  the place X, LOC, the kind word out (as "حي X"); "دائرة الأشغال" is a department.
* A region by its compass point: "غرب الدلتا", a compass noun and a definite region rare as a
  word, one LOC as "شمال إفريقيا"; "غرب البلاد" (the country's west) names none.
* A street named after a person by full name: "شارع X Y", a given name (listed, or no
  commoner than "سعد") and a family name rare as a word: one LOC, no person inside (the
  street rules of `arabic_landmarks` read only a name rare in all its words).
* A state arts company: "البيت الفني للمسرح" (the artistic house for theatre), "البيت" and its
  adjective with the art it serves behind "لل": ORG.

Each rule looks only at the paragraphs holding its kind word.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import (
    GIVEN_NAMES,
    STOP_WORDS,
    conjoined,
    name_word,
    present_verb,
    rule_span,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import place_adjective
from storywire.stages.ner.arabic_triggers import clitic_forms, head_after_clitic, trigger_indices
from storywire.stages.ner.claimed_spans import added_over_shorter
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

# Plural kind words a list of a city's quarters follows ("مثل", such as, may stand between).
_PLURALS = frozenset({"أحياء", "مناطق", "ضواحي", "سينمات", "مسارح"})
_SUCH_AS = frozenset({"مثل", "منها", "كـ"})
_MAX_QUARTERS = 5
# A quarter's definite name is rarer than this as a word ("الرمل" 4.0); "المدينة" 5.6 is none.
_QUARTER_ZIPF = 4.3
# ... and an indefinite one rarer still ("سموحة" 3.1): a plain word would be any noun.
_PLAIN_QUARTER_ZIPF = 3.5
_DISTRICT = "دائرة"
_FOR = "عن"
_ELECTORAL = "الانتخابية"
# A member of parliament just before "عن دائرة": the district is the one he sits for.
_MPS = frozenset({"النواب", "نائب", "النائب", "نائبة", "النائبة", "البرلمان", "الشعب", "الأمة"})
_COMPASS = frozenset({"غرب", "شرق", "شمال", "جنوب"})
# A compass region's definite name is rarer than this ("الدلتا" 3.5; "البلاد" is common).
_REGION_ZIPF = 4.0
_HOUSE = "البيت"
_STREET = "شارع"
# A patron's given name no commoner than this ("سعد" 4.9; "طويل" 5.0 is "long"), his family
# name rarer than this ("زغلول" 3.5).
_PATRON_FIRST_ZIPF = 4.95
_PATRON_FAMILY_ZIPF = 3.8

_HEADS = frozenset({*_PLURALS, _DISTRICT, *_COMPASS, _HOUSE, _STREET})
_FORMS = clitic_forms(_HEADS)


def quarter_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with listed quarters, electoral districts, compass regions and arts
    companies added: each replaces the shorter mentions it holds whole and is dropped where it
    cuts one."""
    words = [t.text for t in toks]
    found: list[Mention] = []
    for i in trigger_indices(words, _FORMS):
        lead, head = head_after_clitic(words[i], _HEADS)
        if head in _PLURALS:
            found += [rule_span(text, toks, a, b, "LOC", ld) for a, b, ld in _quarters(words, i + 1)]
        elif head == _DISTRICT:
            found += _district(text, toks, words, i)
        elif head in _COMPASS and _region(words, i + 1):
            found.append(rule_span(text, toks, i, i + 2, "LOC", lead))
        elif head == _STREET and _patron(words, i + 1):
            found.append(rule_span(text, toks, i, i + 3, "LOC", lead))
        elif head == _HOUSE and lead == 0 and _arts_company(words, i + 1):
            found.append(rule_span(text, toks, i, i + 3, "ORG"))
    return added_over_shorter(mentions, found)


def _quarters(words: list[str], j: int) -> list[tuple[int, int, int]]:
    """(start, end, clitic) of the quarters listed from `j`; none unless the first is rare."""
    if j < len(words) and words[j] in _SUCH_AS:
        j += 1
    items = conjoined(words, j, lambda k, lead: _quarter_end(words, k, lead), _MAX_QUARTERS)
    if not items or items[0][1] - items[0][0] != 1:
        return []  # the list opens with a one-word name: "سينمات محطة ..." may be any station's
    return items


def _quarter_end(words: list[str], k: int, lead: int) -> int | None:
    w = words[k][lead:]
    if not _word(w):
        return None
    if w.startswith("ال"):
        return k + 1 if zipf(w, "ar") < _QUARTER_ZIPF and not place_adjective(w) else None
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if nxt.startswith("ال") and _word(nxt) and lead:
        return k + 2  # "ومحطة الرمل": a noun and its complement, within a list only
    return k + 1 if zipf(w, "ar") < _PLAIN_QUARTER_ZIPF else None


def _word(w: str) -> bool:
    """A word of a name, with the article too (a quarter's "العجمي")."""
    bare = "x" + w[2:] if w.startswith("ال") else w  # name_word refuses every definite noun
    return name_word(bare) and len(w) > 2 and w not in STOP_WORDS and not present_verb(w)


def _district(text: str, toks: Sequence[Token], words: list[str], i: int) -> list[Mention]:
    if i + 1 >= len(words):
        return []
    after = words[i + 2] if i + 2 < len(words) else ""
    for_mp = i > 0 and words[i - 1] == _FOR and not _MPS.isdisjoint(words[max(0, i - 5) : i - 1])
    if not for_mp and after != _ELECTORAL:
        return []  # "صدر عن دائرة الأشغال": issued by the works department
    end = _quarter_end(words, i + 1, 0)
    return [rule_span(text, toks, i + 1, end, "LOC")] if end == i + 2 else []


def _region(words: list[str], j: int) -> bool:
    w = words[j] if j < len(words) else ""
    definite = w.startswith("ال") and _word(w) and not place_adjective(w)
    return definite and zipf(w, "ar") < _REGION_ZIPF


def _arts_company(words: list[str], j: int) -> bool:
    """ "الفني للمسرح": an adjective in "-ي" and the art behind "لل" after "البيت"."""
    if j + 1 >= len(words):
        return False
    adjective, art = words[j], words[j + 1]
    return adjective in {"الفني", "الثقافي"} and art.startswith("لل") and art.isalpha() and len(art) > 4


def _patron(words: list[str], j: int) -> bool:
    """A person's given name and family name at `j`, neither with the article."""
    if j + 1 >= len(words):
        return False
    first, family = words[j], words[j + 1]
    if not all(_word(w) and not w.startswith("ال") and not verbal_noun(w) for w in (first, family)):
        return False
    if place_adjective(family) or zipf(family, "ar") >= _PATRON_FAMILY_ZIPF:
        return False
    return first in GIVEN_NAMES or zipf(first, "ar") < _PATRON_FIRST_ZIPF
