"""Arabic libraries, archives, faculties with their university, and regions by a compass point.

* A library of manuscripts named after "خزانة" (the Maghreb's word for a library): "خزانة X",
  "خزانة زاوية X" (the library of the zawiya of X), one ORG with the kind words inside, as a
  library acts (hands over, signs).  The name is a word rare as a word ("خزانة الملابس", a
  wardrobe, and "خزانة الدولة", the state's treasury, are common words and name none).
* An archive named by its country or town: "أرشيف" + a place another rule read ("أرشيف
  المغرب", the national archives' fixed name) is one ORG holding the place.
* A faculty or institute with its university after "بـ": "كلية X بجامعة Y" is one ORG (the
  guidelines: a faculty with its university is one ORG), in the stead of the two read apart.
* A definite country or region with a compass adjective after it ("السودان الغربي") is one
  LOC, the adjective inside: the historical or political region has that name.
* A firm's field "لل" + noun + its own adjective after the firm's name ("شركة X للحلول
  الرقمية") is part of the name (ORG), however common the noun.
* A valley or wadi by a rare name: "وادي X" one LOC, the kind word inside ("وادي حلفا"-like).
* A bare "الزاوية" in an article that names a "زاوية X" is the zawiya again, not the Libyan
  town of that name, and so is one after its people ("علماء الزاوية", its scholars): the
  gazetteer's LOC reading is dropped.

The rule looks only where its cue stands: "خزانة", "أرشيف", "وادي", a firm's cue, an ORG of a faculty's head, a
LOC followed by a compass adjective, the word "الزاوية".
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, present_verb, replace_inside, rule_span
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_LIBRARY = "خزانة"
_LIBRARY_FORMS = clitic_forms({_LIBRARY})
_ZAWIYA = "زاوية"
# A library's own name is rarer than this as a word ("القرويين" 3.8; "الملابس" 4.7).
_NAME_ZIPF = 4.0
_ARCHIVE = "أرشيف"
_ARCHIVE_FORMS = clitic_forms({_ARCHIVE})
# Heads of a university's part: faculty, institute, school.
_FACULTY_HEADS = ("كلية", "معهد", "المعهد", "مدرسة", "المدرسة")
_UNIVERSITY = "جامعة"
# Compass adjectives, masculine and feminine.
_SIDES = frozenset({
    "الغربي", "الغربية", "الشرقي", "الشرقية", "الشمالي", "الشمالية", "الجنوبي", "الجنوبية",
})  # fmt: skip
_ZAWIYA_TOWN = "الزاوية"
# A firm's cue before its name, and "for the time/year ..." after it, no field.
_FIRM_CUES = frozenset({"شركة", "لشركة", "بشركة", "وشركة"})
_NOT_FIELD_TIMES = frozenset({"للمرة", "للعام", "للسنة", "للشهر", "لليوم", "للأسبوع", "للحظة", "للفترة"})
# The people of a zawiya before its name: scholars, sheikhs, disciples, keepers.
_ZAWIYA_PEOPLE = frozenset({"علماء", "شيوخ", "شيخ", "مريدي", "مريدو", "أتباع", "مقدم", "فقهاء", "طلبة"})
# "وادي X" (the valley or wadi of X): the kind word is part of the name in Arabic usage.
_VALLEY = "وادي"
_VALLEY_FORMS = clitic_forms({_VALLEY})
# A valley's name is rarer than this as a word ("درعة" 3.1; "الذهب" and "السيليكون" are words).
_VALLEY_ZIPF = 3.5


def archive_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with libraries, archives, faculties with their university and regions by a
    compass point, each replacing the mentions it holds."""
    words = [t.text for t in toks]
    starts = [t.start for t in toks]
    found: list[Mention] = []
    for i in trigger_indices(words[:-1], _LIBRARY_FORMS):
        found += _library(text, toks, words, i)
    for i in trigger_indices(words[:-1], _ARCHIVE_FORMS):
        found += _archive(text, toks, words, mentions, i)
    for i in trigger_indices(words[:-1], _VALLEY_FORMS):
        w = words[i]
        if not w.startswith("لل") and _name_word(words[i + 1]) and zipf(words[i + 1], "ar") < _VALLEY_ZIPF:
            found.append(rule_span(text, toks, i, i + 2, "LOC", len(w) - len(_VALLEY)))
    for m in mentions:
        k = bisect.bisect_left(starts, m.end)  # the token after the mention
        if k >= len(words) or toks[k].start - m.end > 1:
            continue
        a = bisect.bisect_right(starts, m.start) - 1
        if m.type == "ORG" and a >= 1 and words[a - 1] in _FIRM_CUES and _firm_field(words, k) > k:
            e = toks[_firm_field(words, k) - 1].end
            found.append(Mention(m.start, e, text[m.start : e], "ORG", "rules:ar", 0.6))
        elif m.type == "ORG" and m.text.startswith(_FACULTY_HEADS) and words[k].startswith("ب" + _UNIVERSITY):
            found += _with_university(text, m, toks[k].start + 1, mentions)
        elif m.type == "LOC" and words[k] in _SIDES and _compass_region(m, words, k):
            found.append(Mention(m.start, toks[k].end, text[m.start : toks[k].end], "LOC", "rules:ar", 0.6))
    out = replace_inside(mentions, found)
    if _ZAWIYA_TOWN in text:
        named = any(w.endswith(_ZAWIYA) and w != _ZAWIYA_TOWN for w in words)
        out = [
            m
            for m in out
            if not (m.type == "LOC" and m.text == _ZAWIYA_TOWN and (named or _of_people(m, starts, words)))
        ]
    return out


def _of_people(m: Mention, starts: list[int], words: list[str]) -> bool:
    """ "علماء الزاوية", "شيخ الزاوية": the people of a zawiya, no town."""
    a = bisect.bisect_left(starts, m.start)
    return a >= 1 and words[a - 1] in _ZAWIYA_PEOPLE


def _compass_region(m: Mention, words: list[str], k: int) -> bool:
    """A definite country or region of one word before the compass adjective at `k`
    ("السودان الغربي"); a second adjective ("X الشمالية الشرقية") describes where a town
    lies, no region's name."""
    if " " in m.text or not m.text.startswith("ال"):
        return False
    return k + 1 >= len(words) or words[k + 1] not in _SIDES


def _firm_field(words: list[str], k: int) -> int:
    """The end of a firm's field "لل" + noun + its own adjective after its name ending at `k`
    ("X للحلول الرقمية"), or `k`: a bare "لل" word may be what the firm does or whom it deals
    with ("مع شركة X للإنتاج", "باعت شركة X للمستثمرين"), and stays out."""
    if k + 1 >= len(words):
        return k
    field, adjective = words[k], words[k + 1]
    if not (field.startswith("لل") and len(field) > 4 and field.isalpha()) or field.endswith(("ين", "ون")):
        return k
    if field in _NOT_FIELD_TIMES or not (adjective.startswith("ال") and adjective.endswith(("ي", "ية"))):
        return k
    return k + 2


def _name_word(word: str) -> bool:
    """A word of a library's name: no function word or verb, rare as a word."""
    if not word.isalpha() or len(word) < 3 or word in STOP_WORDS or present_verb(word):
        return False
    return zipf(word, "ar") < _NAME_ZIPF


def _library(text: str, toks: Sequence[Token], words: list[str], i: int) -> list[Mention]:
    """ "خزانة X", "خزانة زاوية X": one ORG (a clitic before "خزانة" stays out)."""
    w = words[i]
    if w.startswith("لل"):
        return []  # no span opens inside the word
    j = i + 1
    if words[j] == _ZAWIYA and j + 1 < len(words):
        j += 1
    if not _name_word(words[j]):
        return []
    return [rule_span(text, toks, i, j + 1, "ORG", len(w) - len(_LIBRARY))]


def _archive(text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention], i: int) -> list[Mention]:
    """ "أرشيف" + a place read by another rule: one ORG."""
    w = words[i]
    if w.startswith("لل"):
        return []
    place = next((m for m in mentions if m.type == "LOC" and m.start == toks[i + 1].start), None)
    if place is None:
        return []
    s = toks[i].start + len(w) - len(_ARCHIVE)
    return [Mention(s, place.end, text[s : place.end], "ORG", "rules:ar", 0.6)]


def _with_university(text: str, faculty: Mention, start: int, mentions: list[Mention]) -> list[Mention]:
    """The faculty and the university read at `start` (behind "ب"): one ORG."""
    uni = next((m for m in mentions if m.type == "ORG" and m.start == start), None)
    if uni is None or not uni.text.startswith(_UNIVERSITY):
        return []
    return [Mention(faculty.start, uni.end, text[faculty.start : uni.end], "ORG", "rules:ar", 0.6)]
