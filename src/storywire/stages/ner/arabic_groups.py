"""Arabic bodies and places named by a pattern of several words that the head rules cut short.

* A news agency: "وكالة" + the country's name + "للأنباء" ("وكالة المغرب العربي للأنباء",
  "وكالة تونس أفريقيا للأنباء"), one ORG with the country inside it.
* An armed group named "forces of ...": "قوات" + a definite noun + its definite adjective
  ("قوات الدعم السريع", "قوات الحشد الشعبي"); not the forces of a state or of a kind
  ("قوات الأمن", "قوات الاحتلال الإسرائيلي": the adjective of a country says whose).
* An agency of the United Nations: a head, "الأمم المتحدة" and what it is for ("مفوضية
  الأمم المتحدة لشؤون اللاجئين", "منظمة الأمم المتحدة للطفولة", "برنامج الأمم المتحدة
  الإنمائي"), one ORG; the gazetteer's "الأمم المتحدة" alone would cut it.
* A government named by its programme, "national ...": "حكومة الوحدة الوطنية", "حكومة
  الوفاق الوطني" (a rival government's own name, "حكومة" inside); "حكومة الاحتلال" or
  "الحكومة الليبية" say whose government, no name.
* A university named by a country's adjective, with its city: "الجامعة الأميركية في
  بيروت", "الجامعة اللبنانية", "الجامعة الأمريكية بالقاهرة".
* A council or union holding a region: "مجلس كنائس الشرق الأوسط", "اتحاد إذاعات الدول
  العربية": the head, one or two indefinite nouns and a known place, one ORG (the region
  inside is no separate LOC).
* Religious institutions news names alone (general knowledge): "الأزهر", "دار الإفتاء".
* A mountain range after a word for high ground: "مرتفعات الأطلس المتوسط", "جبال الألب"
  (the name and its adjective, the word for the ground outside, as "مدينة" stays out).
* The Atlas's parts named without that word: "الأطلس الصغير", "الأطلس الكبير" (LOC).
* A named region of a country by its side: "المنطقة الشرقية", "المنطقة الوسطى".
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_lexicon import CLITICS, STOP_WORDS, rule_span
from storywire.stages.ner.arabic_places import place_adjective, places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_AGENCY = "وكالة"
_NEWS = frozenset({"للأنباء", "للانباء"})
_MAX_AGENCY_WORDS = 3

_FORCES = "قوات"
# Forces of a state or of a kind, not a group's name.
_KINDS_OF_FORCE = frozenset({
    "الأمن", "الاحتلال", "النظام", "الجيش", "الشرطة", "الحكومة", "المعارضة", "التحالف", "حفظ", "الطوارئ",
    "الدفاع", "الحدود", "الاحتياط", "النخبة", "المشاة", "البحرية", "الجوية", "البرية", "الأمم", "الإنقاذ",
})  # fmt: skip
_NOT_GROUP_ADJECTIVES = frozenset({"الخاصة", "الأجنبية", "الحكومية", "النظامية", "المسلحة", "الدولية", "المشتركة"})

_UN_HEADS = frozenset({"مفوضية", "منظمة", "وكالة", "برنامج", "صندوق", "مكتب", "هيئة", "لجنة", "مجلس", "بعثة"})
_UN = ["الأمم", "المتحدة"]
# The words of what an agency is for after "لـ" ("لإغاثة وتشغيل اللاجئين الفلسطينيين").
_MAX_PURPOSE_WORDS = 4

_GOVERNMENT = "حكومة"
_NATIONAL = frozenset({"الوطنية", "الوطني"})

_UNIVERSITY = "الجامعة"
_IN = "في"

_REGION_HEADS = frozenset({"مجلس", "اتحاد", "رابطة", "جمعية", "منتدى", "مؤتمر"})
_MAX_PLACE_WORDS = 3

_RELIGIOUS = ("الأزهر", "الأزهر الشريف", "دار الإفتاء", "دار الإفتاء المصرية", "رابطة العالم الإسلامي")

_HIGH_GROUND = frozenset({"مرتفعات", "جبال", "سلسلة", "هضبة", "سفوح"})
_RANGE_ADJECTIVES = frozenset({"المتوسط", "الكبير", "الصغير", "الأوسط", "الأعلى", "الصحراوي", "التلي"})
# A range whose parts news names without the word for high ground ("في الأطلس الصغير",
# "قرى الأطلس الكبير"): the name and the part's adjective, one LOC (general knowledge).
_BARE_RANGES = frozenset({"الأطلس"})

_REGION = "المنطقة"
_SIDES = frozenset({"الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى"})


def _bare(word: str) -> tuple[int, str]:
    """(clitic length, the word without it) for a word behind و ب ل ف ("لوكالة", "والجامعة")."""
    if word.startswith("لل"):
        return 0, word  # "للجامعة": the clitic took the article's alif, no span starts inside it
    if word[:1] in CLITICS and len(word) > 3:
        return 1, word[1:]
    return 0, word


# The heads above, bare or behind a clitic: a name of `group_names` opens at one of them only.
_HEAD_FORMS = clitic_forms(
    {_AGENCY, _FORCES, _UNIVERSITY, _GOVERNMENT, _REGION}
    | _REGION_HEADS
    | _UN_HEADS
    | _HIGH_GROUND
    | _BARE_RANGES
    | {name.split()[0] for name in _RELIGIOUS}
)


def group_names(text: str, toks: Sequence[Token]) -> list[Mention]:
    """The agencies, armed groups, universities, bodies holding a region, religious
    institutions, mountain ranges and side regions of this module."""
    words = [t.text for t in toks]
    out: list[Mention] = []

    def add(a: int, b: int, etype: EntityType, lead: int = 0) -> None:
        out.append(rule_span(text, toks, a, b, etype, lead))

    i = 0
    for start in trigger_indices(words, _HEAD_FORMS):
        if start < i:
            continue  # inside the name read last
        i = start
        lead, bare = _bare(words[i])
        heads = (_AGENCY, _FORCES, _UNIVERSITY, _GOVERNMENT)
        word = words[i] if bare not in heads and bare not in _REGION_HEADS else bare
        lead = lead if word == bare else 0
        end: int | None = None
        etype: EntityType = "ORG"
        un_lead = 0 if words[i] in _UN_HEADS else 1 if words[i][1:] in _UN_HEADS and words[i][:1] in CLITICS else -1
        if un_lead >= 0 and words[i + 1 : i + 3] == _UN and _purpose_end(words, i + 3) > i + 3:
            end, lead = _purpose_end(words, i + 3), un_lead  # "بعثة الأمم المتحدة" alone: the UN's
        elif word == _AGENCY:
            end = next(
                (k + 1 for k in range(i + 2, min(i + 2 + _MAX_AGENCY_WORDS, len(words))) if words[k] in _NEWS), None
            )
            if end is not None and any(w in STOP_WORDS or not w.isalpha() for w in words[i + 1 : end - 1]):
                end = None
        elif word == _FORCES:
            end = _group_end(words, i + 1)
        elif word == _GOVERNMENT:
            end = _government_end(words, i + 1)
        elif word == _UNIVERSITY:
            end = _university_end(words, i + 1)
        elif word in _REGION_HEADS:
            end = _region_body_end(words, i + 1)
        elif (words[i] in _HIGH_GROUND or (words[i][:1] in CLITICS and words[i][1:] in _HIGH_GROUND)) and not (
            words[i].endswith("سلسلة") and (i + 1 >= len(words) or words[i + 1] != "جبال")
        ):  # "سلسلة" is a range only as "سلسلة جبال"; "سلسلة العدوى" is a chain of infection
            start = i + 2 if words[i].endswith("سلسلة") and i + 1 < len(words) and words[i + 1] == "جبال" else i + 1
            stop = _range_end(words, start)
            if stop is not None:
                add(start, stop, "LOC")
                i = stop
                continue
        elif bare in _BARE_RANGES and i + 1 < len(words) and words[i + 1] in _RANGE_ADJECTIVES:
            end, etype = i + 2, "LOC"
            lead = len(words[i]) - len(bare)
        elif bare == _REGION and i + 1 < len(words) and words[i + 1] in _SIDES:
            end, etype = i + 2, "LOC"
            lead = len(words[i]) - len(bare) if words[i].endswith(bare) else 0
        else:
            hit = _religious_end(words, i)
            if hit is not None:
                end, lead = hit
        if end is not None:
            add(i, end, etype, lead)
            i = end
    return out


def _group_end(words: list[str], j: int) -> int | None:
    """The end of "الدعم السريع" after "قوات": a definite noun of no state's force and one
    or two definite adjectives that name no country."""
    if j + 1 >= len(words) or not words[j].startswith("ال") or words[j] in _KINDS_OF_FORCE:
        return None
    if words[j] in places_with_extra() or place_adjective(words[j]):
        return None
    k = j + 1
    while k < len(words) and k - j <= 2 and _group_adjective(words[k]):
        k += 1
    return k if k > j + 1 else None


def _purpose_end(words: list[str], j: int) -> int:
    """The end of what a UN agency is for, opening at `j`: its own adjective ("الإنمائي"), or
    "لـ" + a noun, nouns joined by "و", one definite noun and its adjectives ("لشؤون
    اللاجئين", "لتنسيق الشؤون الإنسانية"); `j` when none follows."""
    if j >= len(words) or not words[j].isalpha():
        return j
    w = words[j]
    if w.startswith("ال") and w.endswith(("ي", "ية")) and not place_adjective(w):
        return j + 1  # "برنامج الأمم المتحدة الإنمائي"
    if not (w.startswith("ل") and not w.startswith("ال") and len(w) > 3) or w in STOP_WORDS:
        return j
    k, noun = j + 1, False
    while k < len(words) and k - j <= _MAX_PURPOSE_WORDS and words[k].isalpha():
        nxt = words[k]
        if nxt.startswith("و") and not nxt.startswith("وال") and not noun and nxt not in STOP_WORDS:
            k += 1  # "لإغاثة وتشغيل"
        elif nxt.startswith("ال") and (not noun or nxt.endswith(("ي", "ية", "يين", "ين"))):
            k, noun = k + 1, True  # "اللاجئين", then "الفلسطينيين"
        else:
            break
    return k


def _government_end(words: list[str], j: int) -> int | None:
    """The end of "الوحدة الوطنية" after "حكومة": a definite noun of no place and "national"."""
    if j + 1 >= len(words) or words[j + 1] not in _NATIONAL:
        return None
    noun = words[j]
    if not (noun.startswith("ال") and noun.isalpha() and len(noun) > 3) or noun in places_with_extra():
        return None
    return None if place_adjective(noun) else j + 2


def _group_adjective(word: str) -> bool:
    return (
        word.startswith("ال")
        and word.isalpha()
        and len(word) > 3
        and word not in _NOT_GROUP_ADJECTIVES
        and not place_adjective(word)
        and word not in places_with_extra()
    )


def _university_end(words: list[str], j: int) -> int | None:
    """A country's adjective after "الجامعة" (or a rarer nisba of its own: "الجامعة
    الهاشمية", "الجامعة المستنصرية"), and its city after "في" or "ب" if one follows."""
    if j >= len(words) or not (place_adjective(words[j]) or _own_nisba(words[j])):
        return None
    end = j + 1
    known = places_with_extra()
    if end + 1 < len(words) and words[end] == _IN and words[end + 1] in known:
        return end + 2
    if end < len(words) and words[end].startswith("ب") and words[end][1:] in known:
        return end + 1
    return end


# A university's own nisba is rarer than this ("الهاشمية" 3.9); the commoner ones say
# what kind it is ("الجامعة الحكومية" 5.0, "الجامعة الصيفية" 4.2), no name.
_OWN_NISBA_ZIPF = 4.0


def _own_nisba(word: str) -> bool:
    """A definite feminine nisba, rare as a word, after "الجامعة": the university's name."""
    return (
        word.startswith("ال")
        and word.endswith("ية")
        and word.isalpha()
        and len(word) > 5
        and zipf(word, "ar") < _OWN_NISBA_ZIPF
    )


def _region_body_end(words: list[str], j: int) -> int | None:
    """One or two indefinite nouns, then a known place: the end of the place, or None."""
    known = places_with_extra()
    for nouns in (1, 2):
        k = j + nouns
        if k >= len(words) or any(not _noun(w) for w in words[j:k]):
            return None
        for n in range(min(_MAX_PLACE_WORDS, len(words) - k), 0, -1):
            if known.get(" ".join(words[k : k + n])) == "LOC":
                return k + n
    return None


def _noun(word: str) -> bool:
    return word.isalpha() and len(word) > 2 and not word.startswith("ال") and word not in STOP_WORDS


def _range_end(words: list[str], j: int) -> int | None:
    """A definite name (not a place's adjective) and its adjectives of size or position."""
    if j >= len(words) or not (words[j].startswith("ال") and words[j].isalpha() and len(words[j]) > 3):
        return None
    if place_adjective(words[j]):
        return None  # "الجبال المغربية": the mountains of Morocco, no range's name
    k = j + 1
    while k < len(words) and words[k] in _RANGE_ADJECTIVES:
        k += 1
    return k


@functools.cache
def _religious_longest_first() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(name.split()) for name in sorted(_RELIGIOUS, key=len, reverse=True))


@functools.cache
def _religious_first_words() -> frozenset[str]:
    return frozenset(parts[0] for parts in _religious_longest_first())


def _religious_end(words: list[str], i: int) -> tuple[int, int] | None:
    """(end, clitic length) of a listed religious institution opening at `i`."""
    first = words[i]
    firsts = _religious_first_words()
    if first not in firsts and not (first[:1] in CLITICS and first[1:] in firsts):
        return None
    for parts in _religious_longest_first():
        if tuple(words[i + 1 : i + len(parts)]) != parts[1:]:
            continue
        if first == parts[0]:
            return i + len(parts), 0
        if first[:1] in CLITICS and first[1:] == parts[0]:
            return i + len(parts), 1
    return None
