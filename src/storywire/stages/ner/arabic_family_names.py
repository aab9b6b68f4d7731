"""Arabic people named by a family name of the Maghreb or a compound given name, with no title.

`script_rules.arabic_people` takes a name after a title or a listed given name, and a
listed given name must be rare as a word.  Maghrebi news names people otherwise:

* a compound given name, "عبد" and a definite attribute ("عبد الرحيم", "عبد اللطيف"), then a
  family name: a word rare as a word ("بناني"-like: the "ب" is the name's, no clitic) or a
  definite one in "-ي" that is no place's or office's adjective ("عبد الإله الفاسي"-like);
* a given name that is also an adjective ("كريم" generous, "عزيز" dear, "حميد"
  praiseworthy, "سعيد" happy), which the given-name list leaves out, then a family name of the
  Maghreb: a definite one in "-ي" ("الفيلالي", "العلوي"-like) or a word no dictionary holds
  ("أخنوش"-like): "عيش كريم" (a decent life) is followed by neither.

Such a name is the person's wherever else the text repeats its family name alone ("وقال
بناني ..."), a clitic outside the span.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import (
    CLITICS,
    GIVEN_NAMES,
    OFFICE_ADJECTIVES,
    STOP_WORDS,
    name_word,
    present_verb,
    rule_span,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import place_adjective, places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_ABD = "عبد"
# "بن عبد الله": the father's compound name inside a longer one, which the title rules read.
_NASAB = frozenset({"بن", "ابن", "بنت", "أبو", "أبي"})
# Given names that are adjectives or nouns as well, common in the Maghreb: a name only before
# a family name (the list of `arabic_lexicon.GIVEN_NAMES` leaves them out for that reason).
ADJECTIVE_GIVEN_NAMES = frozenset({
    "كريم", "عزيز", "حميد", "سعيد", "جمال", "عادل", "نور", "أمل", "صالح", "رحيم", "مجيد", "شريف", "لطيفة",
    "سناء", "حسن", "حسناء", "وفاء", "سعاد", "نجيب", "توفيق", "منير", "حكيم", "فريد", "زهير", "حليمة",
    "شاكر", "فائق", "جواد",  # thankful, superior, generous: common in Iraq
    "عامر",  # thriving: common in the Levant
})  # fmt: skip
# A definite family name in "-ي" below this frequency: "العلوي" 4.45, "التهامي" 3.1;
# "الحقيقي" and "الطبيعي" (real, natural) are commoner.
_FAMILY_ZIPF = 4.5
# An indefinite family name after an adjective-like given name must be no word at all
# ("أخنوش"-like, 0): "عزيز" (dear) before a rare noun is the noun's adjective.
_UNKNOWN_ZIPF = 2.0
# ... and one after a compound given name only rare as a word ("بناني"-like, 0; "ناصر" is a
# given name too and kept by `GIVEN_NAMES`).
_RARE_ZIPF = 3.0
_MIN_REPEAT = 4
# ... and below this after an indefinite noun: "الفاسي" 3.4 is a name, "التهاني" 3.8 a noun.
_AFTER_NOUN_ZIPF = 3.5
_DEFINITE = ("ال", "وال", "بال", "فال", "لل")
_BIN = "بن"


# The words a name of `family_names` opens with, bare or behind a clitic.
_FIRST_FORMS = clitic_forms({_ABD} | ADJECTIVE_GIVEN_NAMES | GIVEN_NAMES)


def family_names(text: str, toks: Sequence[Token]) -> list[Mention]:
    """People named by a compound given name or a given name that is an adjective too, and a
    family name; then every repetition of those family names alone (PER)."""
    words = [t.text for t in toks]
    spans: list[tuple[int, int, int]] = []  # (start, end, clitic length)
    free = 0  # the end of the last name read: the next one opens after it
    for i in trigger_indices(words, _FIRST_FORMS):
        hit = None if i < free or (i > 0 and words[i - 1] in _NASAB) else _name_at(words, i)
        if hit is None:
            continue
        spans.append((i, hit[1], hit[0]))
        free = hit[1]
    out = [rule_span(text, toks, a, b, "PER", lead) for a, b, lead in spans]
    return out + _repeats(text, toks, spans)


def _name_at(words: list[str], i: int) -> tuple[int, int] | None:
    """(clitic length, end) of a name opening at `i`, a clitic (و ب ل ف) before it allowed."""
    leads = (0, 1) if words[i][:1] in CLITICS and len(words[i]) > 3 else (0,)
    for lead in leads:
        word = words[i][lead:]
        end = _compound_name_end(words, i, word)
        if end is None and word in ADJECTIVE_GIVEN_NAMES and word not in GIVEN_NAMES:
            end = _middle_name_end(words, i) or _adjective_name_end(words, i)
        if end is None and lead == 0 and word in GIVEN_NAMES:
            end = _nasab_end(words, i)
        if end is not None:
            return lead, end
    return None


def _compound_name_end(words: list[str], i: int, word: str) -> int | None:
    """The end of "عبد الرحيم" + a family name opening at `i`, or None."""
    if word != _ABD or i + 2 >= len(words):
        return None
    attribute, family = words[i + 1], words[i + 2]
    if not (attribute.startswith("ال") and attribute.isalpha() and len(attribute) > 3):
        return None
    if _definite_family(family):
        return i + 3
    plain = name_word(family) or (family[:1] in CLITICS and family.isalpha() and len(family) > 3)
    if not plain or family in STOP_WORDS or present_verb(family) or verbal_noun(family):
        return None
    return i + 3 if family in GIVEN_NAMES or zipf(family, "ar") < _RARE_ZIPF else None


# Egyptian names carry a clan's "أبو X" or a middle name "السيد" (also "Mr") after the given
# name: "حسن أبو X", "كريم السيد X"; neither follows an adjective in running prose.
_MIDDLE = frozenset({"أبو", "السيد"})
_PLAIN_GIVEN_EXCLUDED = frozenset({"نور", "أمل", "وفاء"})  # light, hope, loyalty: nouns before a name


def _middle_name_end(words: list[str], i: int) -> int | None:
    """The end of "حسن أبو X", "كريم السيد X" or "عادل منصور" (an adjective-like given name
    before a clan's "أبو", the middle name "السيد" or a listed given name as the family name)
    opening at `i`, or None."""
    if i + 1 >= len(words):
        return None
    nxt = words[i + 1]
    if nxt in _MIDDLE and i + 2 < len(words):
        family = words[i + 2]
        plain = name_word(family) and family not in STOP_WORDS and len(family) >= 3
        # a clan's "أبو" takes a definite name too ("حسن أبو الX"), one rare as a word
        clan = nxt == "أبو" and _definite_clan(family)
        return i + 3 if (plain or clan) and not present_verb(family) and not verbal_noun(family) else None
    if nxt in GIVEN_NAMES and words[i] not in _PLAIN_GIVEN_EXCLUDED and nxt not in STOP_WORDS:
        return i + 2
    return None


_CLAN_ZIPF = 4.0


def _definite_clan(word: str) -> bool:
    """A definite word after "أبو" that names a clan: rare as a word, no stop word."""
    if not (word.startswith("ال") and word.isalpha() and len(word) >= 4) or word in STOP_WORDS:
        return False
    return zipf(word, "ar") < _CLAN_ZIPF


def _nasab_end(words: list[str], i: int) -> int | None:
    """The end of "محمد بن عبد الله" (a given name and a father's compound one), or None: the
    title rules read "بن عبد" as the pair and leave the attribute out."""
    if i + 3 >= len(words) or words[i + 1] != _BIN or words[i + 2] != _ABD:
        return None
    attribute = words[i + 3]
    if not (attribute.startswith("ال") and attribute.isalpha() and len(attribute) > 3):
        return None
    return i + 5 if i + 4 < len(words) and _definite_family(words[i + 4]) else i + 4


def _adjective_name_end(words: list[str], i: int) -> int | None:
    """The end of "كريم الفيلالي" or "عزيز أخنوش" opening at `i`, or None.  After an
    indefinite noun the given name may be its adjective ("صديق عزيز", a dear friend): the
    family name must then be rarer than a plural in "-ي" is ("التهاني", congratulations)."""
    if i + 1 >= len(words):
        return None
    family = words[i + 1]
    before = words[i - 1] if i > 0 else ""
    # a place's name is no noun the given name could qualify ("المقيم في لندن كريم X")
    after_noun = (
        before.isalpha()
        and before not in STOP_WORDS
        and not before.startswith(_DEFINITE)
        and before not in places_with_extra()
    )
    if _definite_family(family) and (not after_noun or zipf(family, "ar") < _AFTER_NOUN_ZIPF):
        return i + 2
    if not name_word(family) or present_verb(family) or family in places_with_extra():
        return None
    return i + 2 if zipf(family, "ar") < _UNKNOWN_ZIPF and len(family) > 3 else None


def _definite_family(word: str) -> bool:
    """A definite family name in "-ي": no place's adjective ("المغربي"), no office's
    ("الوطني"), and rare as a word."""
    if not (word.startswith("ال") and word.endswith("ي") and word.isalpha() and len(word) >= 5):
        return False
    if word in OFFICE_ADJECTIVES or place_adjective(word):
        return False
    return zipf(word, "ar") < _FAMILY_ZIPF


def _repeats(text: str, toks: Sequence[Token], spans: list[tuple[int, int, int]]) -> list[Mention]:
    """Every other place the text names one of `spans`' family names alone (one word, rare as
    a word), a clitic (و ب ل ف) outside the span."""
    words = [t.text for t in toks]
    taken = {k for a, b, _ in spans for k in range(a, b)}
    names = {words[b - 1] for _, b, _ in spans if len(words[b - 1]) >= _MIN_REPEAT}
    names = {n for n in names if zipf(n, "ar") < _FAMILY_ZIPF and n not in places_with_extra()}
    # a clan's name repeated whole ("أبو X" after "حسن أبو X")
    clans = {words[b - 1] for a, b, _ in spans if b - a >= 3 and words[b - 2] == "أبو"}
    out: list[Mention] = []
    for k, w in enumerate(words):
        if k in taken:
            continue
        if w in ("أبو", "وأبو") and k + 1 < len(words) and words[k + 1] in clans and k + 1 not in taken:
            out.append(rule_span(text, toks, k, k + 2, "PER", len(w) - 3))
            taken.add(k + 1)
        elif w in names:
            out.append(rule_span(text, toks, k, k + 1, "PER"))
        elif w[:1] in CLITICS and w[1:] in names:
            out.append(rule_span(text, toks, k, k + 1, "PER", 1))
    return out
