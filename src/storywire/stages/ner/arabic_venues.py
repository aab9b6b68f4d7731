"""Arabic hospitals, museums and news agencies named after the word that says what they are.

* A hospital: "مستشفى" and its name, the cue inside the span as the hospital names itself
  ("مستشفى قصر العيني", "مستشفى الشفاء", "مستشفى ناصر"): a noun governing a definite word, a
  definite word rare enough to be a name, a known place, or an indefinite word rare as a
  word; not a kind of hospital ("مستشفى ميداني", a field hospital; "مستشفى الأطفال").
* A museum: "المتحف" and its adjectives ("المتحف المصري الكبير", "المتحف البريطاني"), or
  "متحف" and its name ("متحف اللوفر").  A museum acts ("أعلن المتحف البريطاني": ORG) or is
  where something happens: after "في", "داخل", "أمام" or with "ب" on it ("وفي المتحف المصري
  الكبير افتتح معرض", "بالمتحف الوطني") it is a place (LOC).
  A museum named by its city keeps its field: "متحف X للفنون" (`arabic_sites.field_end`).
  "متاحف" and a place is the authority that runs a country's or a city's museums when a verb
  of what a body does stands before it ("أعلنت متاحف X"): after "زار" (visited) it is the
  museums themselves, so only those verbs make it one ORG.
* A vets' clinic: "عيادة" + one or two name words + "البيطرية" (veterinary), one ORG with its
  kind word, as a clinic names itself ("عيادة X البيطرية"); "عيادة الأسنان" (a dental clinic)
  has no "البيطرية" and names none here.
* A news agency: "وكالة أنباء" and a place or a name ("وكالة أنباء الشرق الأوسط", "وكالة
  أنباء الإمارات"), one ORG: the place inside is the agency's name, not a place.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_lexicon import CLITICS, GIVEN_NAMES, STOP_WORDS, name_word, rule_span
from storywire.stages.ner.arabic_places import place_end
from storywire.stages.ner.arabic_sites import field_end
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_HOSPITAL = "مستشفى"
# A definite word after "مستشفى" this common is a kind ("مستشفى المدينة", the city's hospital;
# "مستشفى الأطفال", a children's hospital), not a name ("الشفاء" 4.2, "المقاصد" 3.3).
_HOSPITAL_NAME_ZIPF = 4.6
# Kinds of hospital, not names, however rare the word: isolation, quarantine, emergency, fevers,
# maternity, chest, eyes ("مستشفى العزل", "مستشفى الحجر الصحي").
_HOSPITAL_KINDS = frozenset(
    {"العزل", "الحجر", "الطوارئ", "الحميات", "الولادة", "النساء", "الصدر", "العيون", "الأمراض", "الإسعاف"}
)
# ... and an indefinite word this common is what the hospital is ("مستشفى كبير").
_RARE_NAME_ZIPF = 4.0
# Adjectives after a hospital's name that are part of it: "مستشفى الجامعة الأمريكية",
# "مستشفى قصر العيني التعليمي"; at most two.
_MAX_ADJECTIVES = 2
_MUSEUM, _THE_MUSEUM = "متحف", "المتحف"
# Adjectives of a museum's name besides the nisba ones in -ي/-ية: "المتحف الكبير".
_MUSEUM_ADJECTIVES = frozenset({"الكبير", "الكبرى", "الجديد", "الحديث", "القديم"})
# Words after which a museum is where something happens.
_AT = frozenset({"في", "وفي", "ففي", "داخل", "أمام", "قرب", "بجوار", "إلى", "وإلى"})
_AGENCY = ("وكالة", "أنباء")
_MAX_PLACE_WORDS = 3
_MUSEUMS = "متاحف"
# Verbs of what a body does (feminine: "متاحف" is a plural of things): before "متاحف X" they
# make it the authority, the verb's subject.
_ACTING_WORDS = (
    "أعلنت أطلقت نظمت تنظم افتتحت تفتتح كشفت قالت أكدت استضافت تستضيف وقعت أصدرت اختارت قررت دعت عرضت تعرض أقامت تقيم"
)
_ACTING = frozenset(_ACTING_WORDS.split())
_CLINIC, _VETERINARY = "عيادة", "البيطرية"
_MAX_CLINIC_WORDS = 2
_CUES = frozenset({_HOSPITAL, _MUSEUM, _THE_MUSEUM, _AGENCY[0], _MUSEUMS, _CLINIC})


_CUE_FORMS = clitic_forms(_CUES)  # bare or behind a clitic: a name here opens at one only


def venues(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Hospitals (ORG), museums (ORG, or LOC where something happens at them) and news
    agencies (ORG) by their cue word."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    i = 0
    for start in trigger_indices(words, _CUE_FORMS):
        if start < i:
            continue  # inside the name read last
        i = start
        w = words[i]
        # a clitic stays outside the span: "بمستشفى", "وفي المتحف", "بالمتحف" (ب + المتحف)
        lead = 1 if w not in _CUES and w[:1] in CLITICS and w[1:] in _CUES else 0
        cue = w[lead:]
        found: tuple[int, EntityType] | None = None
        if cue == _HOSPITAL:
            end = _hospital_end(words, i + 1)
            found = (end, "ORG") if end is not None else None
        elif cue in (_MUSEUM, _THE_MUSEUM):
            end = _museum_end(words, i + 1, definite=cue == _THE_MUSEUM)
            at = (i > 0 and words[i - 1] in _AT) or w[:1] == "ب"
            found = (end, "LOC" if at else "ORG") if end is not None else None
        elif cue == _MUSEUMS and i > 0 and _acting(words[i - 1]):
            end = place_end(words, i + 1)
            found = (end, "ORG") if end is not None else None
        elif cue == _CLINIC:
            end = _clinic_end(words, i + 1)
            found = (end, "ORG") if end is not None else None
        elif cue == _AGENCY[0] and i + 1 < len(words) and words[i + 1] == _AGENCY[1]:
            end = _agency_end(words, i + 2)
            found = (end, "ORG") if end is not None else None
        if found is None:
            continue
        end, etype = found
        out.append(rule_span(text, toks, i, end, etype, lead))
        i = end
    return out


def _definite(word: str) -> bool:
    return word.startswith("ال") and word.isalpha() and len(word) > 3


def _nisba(word: str) -> bool:
    return _definite(word) and word.endswith(("ي", "ية")) and len(word) >= 5


def _adjectives_end(words: list[str], k: int) -> int:
    start = k
    while k < len(words) and k - start < _MAX_ADJECTIVES and _nisba(words[k]):
        k += 1
    return k


def _hospital_end(words: list[str], j: int) -> int | None:
    """The end of a hospital's name opening at `j`, its adjectives with it, or None."""
    if j >= len(words) or words[j] in STOP_WORDS or words[j] in _HOSPITAL_KINDS:
        return None
    w, nxt = words[j], words[j + 1] if j + 1 < len(words) else ""
    place = place_end(words, j)
    if place is not None:
        return _adjectives_end(words, place)  # "مستشفى غزة الأوروبي"
    if name_word(w) and _definite(nxt) and not w.endswith(("ي", "ية")):
        return _adjectives_end(words, j + 2)  # a construct: "مستشفى قصر العيني", "مستشفى جامعة القاهرة"
    if _definite(w) and not _nisba(w) and (zipf(w, "ar") < _HOSPITAL_NAME_ZIPF or _nisba(nxt)):
        # "مستشفى الشفاء", "مستشفى المقاصد"; a common word with its adjective names one too
        # ("مستشفى الجامعة الأمريكية")
        return _adjectives_end(words, j + 1)
    if name_word(w) and not w.endswith(("ي", "ية")) and (w in GIVEN_NAMES or zipf(w, "ar") < _RARE_NAME_ZIPF):
        return j + 1  # "مستشفى ناصر", "مستشفى هداسا"; not "مستشفى ميداني"
    return None


def _museum_end(words: list[str], j: int, definite: bool) -> int | None:
    """The end of a museum's name after "المتحف" (its adjectives) or "متحف" (its name)."""
    if definite:
        k = j
        while k < len(words) and k - j < 3 and (_nisba(words[k]) or words[k] in _MUSEUM_ADJECTIVES):
            k += 1
        return k if k > j else None  # "المتحف" alone: whichever museum the text is about
    if j >= len(words):
        return None
    # "متحف اللوفر", "متحف الفن الإسلامي"; a place may be definite too ("متحف الشارقة")
    place = place_end(words, j) or (j + 1 if _definite(words[j]) else None)
    if place is not None:
        end = _adjectives_end(words, place)
        return field_end(words, end) or end  # "متحف X للفنون": the city's museum of the arts
    if name_word(words[j]) and zipf(words[j], "ar") < _RARE_NAME_ZIPF:
        return j + 1  # "متحف برادو"
    return None


def _acting(word: str) -> bool:
    return word in _ACTING or (word[:1] in ("و", "ف") and word[1:] in _ACTING)


def _agency_end(words: list[str], j: int) -> int | None:
    """The end of a news agency's name after "وكالة أنباء": a place ("الشرق الأوسط",
    "الإمارات") or a name rare as a word ("تسنيم"), with its adjectives."""
    if j >= len(words):
        return None
    place = place_end(words, j)
    if place is not None:
        return _adjectives_end(words, place)
    if _definite(words[j]) or (name_word(words[j]) and zipf(words[j], "ar") < _RARE_NAME_ZIPF):
        return _adjectives_end(words, j + 1)
    return None


def _clinic_end(words: list[str], j: int) -> int | None:
    """The end of "عيادة X البيطرية" after the cue (its name at `j`: one or two words, no
    function word), or None when "البيطرية" does not close it."""
    for k in range(j + 1, min(j + 1 + _MAX_CLINIC_WORDS, len(words))):
        name = words[k - 1]
        if not name.isalpha() or name in STOP_WORDS or name == _VETERINARY:
            return None
        if words[k] == _VETERINARY:
            return k + 1
    return None
