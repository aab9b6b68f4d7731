"""Arabic electoral districts and regions named after the towns they hold.

* An electoral or administrative district is named by its town and its side: "دائرة X
  الشمالية" (the northern district of X), "الدائرة الانتخابية X الجنوبية".  The town and its
  side are one place; the word for the district stays out of the span, as "مدينة" does.  The
  side is the district's only after such a word: "سواحل مصر الشمالية" are Egypt's northern
  coasts, and "مصر" alone is the place.
* A region named by its towns joined by a hyphen, as the Moroccan regions are ("جهة X-Y",
  "جهة الدار البيضاء-سطات"): one place, every part of it a known town, after a word for a
  region ("جهة", "إقليم", "ولاية"); after "جهة" two or three words unhyphenated too, each a
  known place or a rare name ("جهة X Y"-like, "جهة فاس مكناس").
* A town's free zone, "منطقة X الحرة": one place with its kind word, a fixed name.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import CLITICS, name_word, present_verb, rule_span, verbal_noun
from storywire.stages.ner.arabic_places import place_end, places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_DISTRICTS = frozenset({"دائرة", "الدائرة", "دوائر", "مقاطعة", "المقاطعة", "عمالة", "العمالة"})
# "الدائرة الانتخابية X": the district's own adjective between it and its town.
_DISTRICT_ADJECTIVES = frozenset({"الانتخابية", "التشريعية", "البلدية"})
_SIDES = frozenset({
    "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "الشمالي", "الجنوبي", "الشرقي", "الغربي",
})  # fmt: skip
_REGIONS = frozenset({"جهة", "إقليم", "ولاية", "منطقة"})
_MAX_REGION_WORDS = 4
# A Moroccan region ("جهة") named by two or three of its towns or lands, unhyphenated: each
# word a known place or an indefinite name, the first rarer than this ("X" 3.7-like: not
# "جهة رسمية", an official body, nor "جهة أخرى").
_REGION = "جهة"
_REGION_FIRST_ZIPF = 4.0
_REGION_WORD_ZIPF = 4.5
_REGION_FEMININE_ZIPF = 3.5  # a first word in "-ة" rarer still ("X" 3.1-like, not "معينة")


# The words for a district or a region, bare or behind a clitic: a rule here opens at one only.
_CUE_FORMS = clitic_forms(_DISTRICTS | _REGIONS)


def _bare(word: str, cues: frozenset[str]) -> str:
    if word in cues:
        return word
    if word.startswith("لل") and "ال" + word[2:] in cues:
        return "ال" + word[2:]
    return word[1:] if word[:1] in CLITICS and word[1:] in cues else ""


def districts(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Districts by their town and side after a word for one, regions by towns joined by a
    hyphen after a word for a region (LOC)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    i = 0
    for start in trigger_indices(words[:-1], _CUE_FORMS):  # a name follows the cue
        if start < i:
            continue  # inside the name read last
        i = start
        end = None
        j = i + 1
        if _bare(words[i], _DISTRICTS):
            j += words[j] in _DISTRICT_ADJECTIVES
            town = place_end(words, j) if j < len(words) else None
            if town is not None and town < len(words) and words[town] in _SIDES:
                end = town + 1
        elif _bare(words[i], _REGIONS):
            end = _hyphenated_end(words, j)
            if end is None and _bare(words[i], _REGIONS) == _REGION:
                end = _region_end(words, j)
            if end is None and _bare(words[i], _REGIONS) == _AREA:
                end = _land_end(words, j)
                if end is None and (end := _free_zone_end(words, j)) is not None:
                    j = i  # a free zone's fixed name keeps its kind word
        if end is None:
            continue
        out.append(rule_span(text, toks, j, end, "LOC", len(words[j]) - len(_AREA) if j == i else 0))
        i = end
    return out


# A quarter or an area named by a word of land and its adjective ("منطقة الجزيرة الخضراء", the
# green island; "منطقة الجبل الأخضر"): the two are the name, the word for an area stays out as
# "حي" does.  Only a word of land: "منطقة التجارة الحرة" (a free-trade zone) is a kind.
_AREA = "منطقة"
_LAND_WORDS = frozenset({"الجزيرة", "الجبل", "الوادي", "الهضبة", "الواحة", "السهل", "التل", "الرملة", "الغابة"})


def _land_end(words: list[str], j: int) -> int | None:
    """The end of "الجزيرة الخضراء"-like after "منطقة": a word of land and a definite
    adjective, or None."""
    if j + 1 >= len(words) or words[j] not in _LAND_WORDS:
        return None
    adjective = words[j + 1]
    if not (adjective.startswith("ال") and adjective.isalpha() and len(adjective) >= 5) or verbal_noun(adjective):
        return None
    return j + 2


# "منطقة X الحرة", a town's free zone: a fixed name, kind word and town inside ("Jebel Ali Free
# Zone"), where "منطقة X" alone is the town's area and gives X.
_FREE = frozenset({"الحرة"})


def _free_zone_end(words: list[str], j: int) -> int | None:
    """The end of "X الحرة" after "منطقة", X a known place, or None."""
    town = place_end(words, j)
    if town is None or town >= len(words) or words[town] not in _FREE:
        return None
    return town + 1


def _region_end(words: list[str], j: int) -> int | None:
    """The end of a region of two or three words after "جهة" ("جهة X Y"), each a known place
    or a rare indefinite name, the first no adjective, or None."""
    known = places_with_extra()
    k = j
    while k < len(words) and k - j < _MAX_REGION_WORDS - 1:
        w = words[k]
        end = place_end(words, k)
        if end is not None:
            k = end
            continue
        rare = _REGION_FIRST_ZIPF if k == j else _REGION_WORD_ZIPF
        if not (name_word(w) and w not in known and not w.endswith(("ية", "ي")) and zipf(w, "ar") < rare):
            break
        if present_verb(w) or verbal_noun(w) or (k == j and w.endswith("ة") and zipf(w, "ar") >= _REGION_FEMININE_ZIPF):
            break
        k += 1
    return k if k - j >= 2 else None


def _hyphenated_end(words: list[str], j: int) -> int | None:
    """The end of towns joined by "-" opening at `j` ("X-Y", "الدار البيضاء-سطات"), every
    part a known place, or None."""
    known = places_with_extra()
    for k in range(j + 1, min(j + _MAX_REGION_WORDS, len(words)) + 1):
        name = " ".join(words[j:k])
        parts = name.split("-")
        if len(parts) >= 2 and all(known.get(p.strip()) == "LOC" for p in parts):
            return k
    return None
