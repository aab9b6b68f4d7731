"""Arabic names of energy and mining news, Gulf officials and local councils, by their shape.

* A person named by a lineage: "X بن Y الZي", "X بنت Y بن Z الZية" (PER), wherever the
  sentence puts it (after a minister's title with a field, after "أشار"): "بن"/"بنت" between
  two name words and a family nisba that closes the chain is a name's shape, no phrase's.
* An oil or gas field or a mine keeps its kind word, and its product stays out: "حقل X
  للغاز الطبيعي" -> "حقل X", "منجم X للذهب" -> "منجم X", "حقل X النفطي" -> "حقل X" (LOC); "حقل
  غاز جديد" (a new gas field) names none: no product follows its words.
* A power plant keeps its kind word and its purpose, as the body names itself: "محطة X
  لتوليد الكهرباء" (LOC); so does a water or waste plant ("محطة X لتحلية المياه", "محطة X
  لمعالجة مياه الصرف الصحي"): a purpose of the list (a verbal noun behind "ل" and what it
  treats).  "محطة المعالجة" (the processing plant) is none: the name is no definite word.
* A sultanate or a kingdom before its country is one place: "سلطنة عمان" (LOC), not the
  country alone.
* A mountain keeps its kind word before a name no dictionary holds: "جبل X" (LOC); "جبل من
  الديون" (a mountain of debts) names none.  "الربع الخالي" (the Empty Quarter) is a desert
  of common words, a list of one.
* After "مصنع" (a plant) a name no dictionary holds is the place alone, as the guidelines
  leave a lower-case kind word out: "مصنع X" -> "X" (LOC); "مصنع السيارات" names none.
* A group of firms named by a word no dictionary holds (a transliteration: "مجموعة X"), the
  cue outside the span as "شركة" is (ORG); "مجموعة كبيرة" (a large group) names none.
* A municipal council of a governorate, a province or a town with its seat is one body, the
  clitic inside: "المجلس البلدي بمحافظة X", "المجلس البلدي لولاية X" (ORG).
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_lexicon import OFFICE_ADJECTIVES, STOP_WORDS, name_word, present_verb, rule_span
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, head_after_clitic, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_SON_OF = frozenset({"بن", "بنت"})
# A nisba that closes a lineage is rarer than a common adjective ("الكلباني"-like, 0).
_NISBA_ZIPF = 4.5
_MAX_LINKS = 3  # "X بن Y بن Z بن W"
_SITES = frozenset({"حقل", "منجم"})
# What a field or a mine yields, after "ل" or as its adjective.
_PRODUCTS = frozenset({
    "للغاز", "للنفط", "للبترول", "للذهب", "للنحاس", "للفوسفات", "للحديد", "للفحم", "لليورانيوم",
    "للزنك", "للفضة", "النفطي", "الغازي", "البترولي",
})  # fmt: skip
# A field's or a mine's name is a word of a place, not a common noun ("غاز", "نفط", "جديد").
_GENERIC = frozenset({"غاز", "نفط", "بترول", "ذهب", "نحاس", "فحم", "جديد", "بحري", "ضخم", "كبير"})
_MAX_SITE_WORDS = 3
_PLANT = "محطة"
# What a plant does: a verbal noun behind "ل", then what it makes or treats (longest first).
_PURPOSE_VERBS = frozenset({"لتوليد", "لإنتاج", "لتحلية", "لمعالجة", "لتنقية", "لتكرير", "لتدوير", "لفرز", "لضخ"})
_PURPOSE_OBJECTS = (
    ("مياه", "الصرف", "الصحي"), ("مياه", "الصرف"), ("الصرف", "الصحي"), ("المياه", "العادمة"),
    ("مياه", "البحر"), ("مياه", "الشرب"), ("الكهرباء",), ("الطاقة",), ("المياه",), ("النفايات",),
)  # fmt: skip
_MAX_PLANT_WORDS = 2
# A plant's name is rare as a word (a place's: "X" 0) or a known place.
_PLANT_NAME_ZIPF = 3.5
_REALMS = frozenset({"سلطنة", "مملكة", "إمارة"})
_COUNCIL = ("المجلس", "البلدي")
_SEATS = frozenset({"بمحافظة", "لمحافظة", "بولاية", "لولاية", "بمدينة", "لمدينة", "ببلدية", "لبلدية"})
_MOUNTAIN, _FACTORY, _GROUP = "جبل", "مصنع", "مجموعة"
# A mountain's, a factory's or a group's name is no word of the dictionary ("X" 0).
_UNKNOWN_ZIPF = 2.5
_MAX_GROUP_WORDS = 2
_DESERT = ("الربع", "الخالي")
_HEADS = _SITES | {_PLANT, _MOUNTAIN, _FACTORY, _GROUP} | _REALMS
# a field, a plant or a realm behind a clitic too ("ومنجم X", "بسلطنة X"); a council bare
_TRIGGERS = _SON_OF | clitic_forms(_HEADS) | {_COUNCIL[0], "و" + _COUNCIL[0]} | clitic_forms({_DESERT[0]})
# A council's seat is a known place or a word rare as a word ("X" 3.6-like regions).
_SEAT_NAME_ZIPF = 4.0


def energy_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with lineages, fields, mines, plants, realms and councils added: each one
    longer than the mentions it overlaps, holding them whole, replaces them."""
    words = [t.text for t in toks]
    found: list[Mention] = []
    for i in trigger_indices(words, _TRIGGERS):
        lead, w = head_after_clitic(words[i], _HEADS | {_COUNCIL[0]})
        if not w:
            w = words[i]
        span: tuple[int, int, EntityType] | None = None
        if w in _SON_OF:
            span = _lineage(words, i)
        elif w in _SITES:
            end = _site_end(words, i)
            span = (i, end, "LOC") if end else None
        elif w == _PLANT:
            end = _plant_end(words, i)
            span = (i, end, "LOC") if end else None
        elif w == _MOUNTAIN:
            span = (i, i + 2, "LOC") if _unknown(words, i + 1) else None
        elif w == _FACTORY:
            span = (i + 1, i + 2, "LOC") if _unknown(words, i + 1) else None
            lead = 0
        elif w == _GROUP:
            k = i + 1
            while k < len(words) and k - i <= _MAX_GROUP_WORDS and _unknown(words, k):
                k += 1
            span = (i + 1, k, "ORG")
            lead = 0
        elif w.endswith(_DESERT[0]) and i + 1 < len(words) and words[i + 1] == _DESERT[1]:
            lead = len(w) - len(_DESERT[0])
            span = (i, i + 2, "LOC") if lead <= 1 else None
        elif w in _REALMS:
            end = place_end(words, i + 1) if i + 1 < len(words) else None
            span = (i, end, "LOC") if end else None
        elif w == _COUNCIL[0] and i + 3 < len(words) and words[i + 1] == _COUNCIL[1] and words[i + 2] in _SEATS:
            span = (i, _seat_end(words, i + 3), "ORG")
        if span is not None and span[1] > span[0]:
            found.append(rule_span(text, toks, *span, lead=lead))
    return _merge_holding(mentions, found) if found else mentions


def _unknown(words: list[str], j: int) -> bool:
    """words[j] is a name word no dictionary holds."""
    if j >= len(words):
        return False
    w = words[j]
    # not `name_word`: a rare name may open with a clitic's letter ("ف", "ب") and still be whole
    if not w.isalpha() or len(w) < 3 or w.startswith("ال") or w in STOP_WORDS:
        return False
    return zipf(w, "ar") < _UNKNOWN_ZIPF


def _seat_end(words: list[str], j: int) -> int:
    """The end of a council's seat at `j` (a known place or a rare word), or `j` (none)."""
    end = place_end(words, j)
    if end is not None:
        return end
    w = words[j]
    return j + 1 if name_word(w) and zipf(w, "ar") < _SEAT_NAME_ZIPF else j


def _lineage(words: list[str], i: int) -> tuple[int, int, EntityType] | None:
    """(start, end, "PER") of "X بن Y (بن Z) الFamily" around the "بن" at `i`, or None."""
    if i == 0 or not _name_word(words[i - 1]) or (i > 1 and words[i - 2] in _SON_OF):
        return None  # the chain is read from its first link only
    k = i
    links = 0
    while k + 1 < len(words) and words[k] in _SON_OF and _name_word(words[k + 1]) and links < _MAX_LINKS:
        k += 2
        links += 1
    if links == 0 or k >= len(words) or not _nisba(words[k]):
        return None
    return i - 1, k + 1, "PER"


def _name_word(word: str) -> bool:
    return name_word(word) and not present_verb(word) and word not in _SON_OF


def _nisba(word: str) -> bool:
    """A family's definite nisba: "الكلباني", "الرواحية"; no office's or country's adjective."""
    if not (word.startswith("ال") and word.isalpha() and len(word) >= 5 and word.endswith(("ي", "ية"))):
        return False
    if word in OFFICE_ADJECTIVES or place_adjective(word):
        return False
    return zipf(word, "ar") < _NISBA_ZIPF


def _site_end(words: list[str], i: int) -> int | None:
    """The end of a field's or a mine's name after its kind word at `i`, before its product."""
    k = i + 1
    while k < len(words) and k - i <= _MAX_SITE_WORDS and words[k] not in _PRODUCTS:
        w = words[k]
        if not w.isalpha() or w in STOP_WORDS or w in _GENERIC or w.startswith("لل") or present_verb(w):
            return None
        k += 1
    return k if k > i + 1 and k < len(words) and words[k] in _PRODUCTS else None


def _plant_end(words: list[str], i: int) -> int | None:
    """The end of "محطة X لتوليد الكهرباء" at `i`: one or two name words, then its purpose."""
    k = i + 1
    while k < len(words) and k - i <= _MAX_PLANT_WORDS and words[k] not in _PURPOSE_VERBS and _plant_word(words[k]):
        k += 1
    if k == i + 1 or k + 1 >= len(words) or words[k] not in _PURPOSE_VERBS:
        return None
    for obj in _PURPOSE_OBJECTS:
        if tuple(words[k + 1 : k + 1 + len(obj)]) == obj:
            return k + 1 + len(obj)
    return None


def _plant_word(word: str) -> bool:
    if place_end([word], 0) is not None:
        return True  # a known town, definite ones too ("محطة الدقم")
    if not name_word(word):
        return False  # "محطة المعالجة": a definite noun is the plant's kind
    return zipf(word, "ar") < _PLANT_NAME_ZIPF


def _merge_holding(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """`mentions` with each of `found` that holds whole every mention it overlaps (and is
    longer than each) in their stead."""
    out = list(mentions)
    for m in found:
        over = [o for o in out if o.start < m.end and m.start < o.end]
        if all(m.start <= o.start and o.end <= m.end and (o.end - o.start) < (m.end - m.start) for o in over):
            out = [o for o in out if o not in over] + [m]
    return sorted(out, key=lambda m: (m.start, m.end))
