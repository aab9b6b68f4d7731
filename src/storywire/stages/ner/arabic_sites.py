"""Arabic sites of heritage and travel named by the word that says what they are.

* A strait or a gulf keeps its head, as a sea does in the guidelines: "مضيق" / "خليج" and a
  known place or a name rare as a word ("مضيق هرمز"-like, "خليج عدن").
* A river does not: after "نهر" the name alone is the place ("نهر النيل" -> "النيل"), a known
  place, a word rare as a word or a compound of "أم"/"أبي" and a name (`arabic_waters`).
* A square or a street named by a date keeps its head: "ساحة 14 يوليو"-like, "شارع 26
  يوليو" (a day and a month).
* A historical school or lodge named by its own adjective, rare as a word: "المدرسة
  المستنصرية"-like, "الزاوية ...ية"; a kind of school ("المدرسة الإعدادية") is no name, and
  one with its field after "لل" is a school that teaches it, a body (`arabic_institutions`).  A
  building named with its kind word is a place (LOC).
* A hotel keeps its head: "فندق" and a name as a landmark's ("فندق الملك داود"-like).
* A city gate or a kasbah keeps its head: "باب" and a word no dictionary holds, a known place
  or a definite given name ("باب زويلة"-like, "باب المنصور"); "فتح باب الاكتتاب" (opened the
  subscription) and "من باب الاحتياط" (as a precaution) name no gate, and their definite
  words are as rare as a gate's, so only those three kinds of name are read.  "قصبة" takes
  a known place or a rare name too ("قصبة تادلة"-like).
* A firm or a foundation named after a person and its field: "مكتب X للهندسة", "مؤسسة
  (person) للثقافة والفنون" (ORG, the head inside, as the body names itself); without a
  field "مكتب X" is as often someone's office.  A body is named so by its city or country
  too ("هيئة X للمتاحف", X a known place), by a word no dictionary holds ("مؤسسة X للفنون"),
  or by a definite word rare as a word ("دار X للنشر"-like publishers); "هيئة" and "دار"
  head only such names.  A verbal noun after "لل" alone, followed by "في", "على" or "إلى",
  is the purpose of a visit ("وفد مؤسسة X للمشاركة في ...", to take part in), no field.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_family_names import ADJECTIVE_GIVEN_NAMES
from storywire.stages.ner.arabic_landmarks import name_end, named_after_end
from storywire.stages.ner.arabic_lexicon import (
    CLITICS,
    DEFINITE_GIVEN_NAMES,
    GIVEN_NAMES,
    OFFICE_ADJECTIVES,
    STOP_WORDS,
    name_word,
    rule_span,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.arabic_waters import water_name_end
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_WATERS = frozenset({"مضيق", "خليج"})
# A water's name is rare as a word: "هرمز" 3.6, "البوسفور" 3.3.
_WATER_NAME_ZIPF = 4.0
_RIVER = "نهر"
# A river's indefinite name is rarer: "سبو"-like (0); "نهر جار" (a running river) is common.
_RIVER_NAME_ZIPF = 3.5
# A river's definite name is often a battle's, a university's or a camp's too, and so more
# frequent than a strait's ("اليرموك" 4.16, "الفرات" 3.98); "نهر الجليد", "نهر البارد" (4.2) stay out.
_RIVER_DEFINITE_ZIPF = 4.2
# A river's compound name opens with a prefix: "أم X"-like, "أبي X"-like ("أم" is "mother").
_RIVER_PREFIXES = frozenset({"أم", "أبي", "أبو"})
_DATED = frozenset({"ساحة", "شارع", "ميدان", "جادة"})
_MAX_DAY = 31
_DEFINITE_SITES = frozenset({"المدرسة", "الزاوية"})
# A school's own adjective is a name only when it is rarer than the kinds of school
# ("الإعدادية" 3.7, "التأهيلية" 3.2, "القرآنية" 3.7).
_SITE_ADJECTIVE_ZIPF = 3.0
_SCHOOL_KINDS = frozenset({
    "الابتدائية", "الإعدادية", "الثانوية", "التأهيلية", "التحضيرية", "الأساسية", "القرآنية", "العتيقة",
    "الداخلية", "الصيفية", "الخاصة", "العمومية", "الحكومية", "الأهلية", "النموذجية", "المهنية",
    "التقنية", "الفندقية", "الإسلامية", "الدولية", "المسيحية", "الكاثوليكية", "الإنجيلية",
})  # fmt: skip
_HOTEL = "فندق"
_GATE, _KASBAH = "باب", "قصبة"
# A gate's or a kasbah's indefinite name is no word of the dictionary ("زويلة"-like, 0).
_UNKNOWN_ZIPF = 2.5
_KASBAH_NAME_ZIPF = 3.5
_FIRM_HEADS = frozenset({"مكتب", "مؤسسة", "مركز", "جمعية", "معهد", "أكاديمية", "مختبر", "ورشة"})
# Heads of a body named by a place or a word and its field, besides the firms' heads; not
# "مركز": "مركز X للمعارض" is an exhibition centre, a building (`arabic_institutions`).
_NAMED_HEADS = (_FIRM_HEADS - {"مركز"}) | {"هيئة", "دار"}
# A foundation or a society is named by a given name and its field too ("مؤسسة X للثقافة").
_FOUNDATIONS = frozenset({"مؤسسة", "جمعية"})
_FOUNDERS = GIVEN_NAMES | ADJECTIVE_GIVEN_NAMES  # "نور", "أمل": names that are words too
# A name no dictionary holds ("بارجيل"-like, 0), and a definite one rare as a word.
_COINED_ZIPF = 2.5
_DEFINITE_NAME_ZIPF = 3.5
# Prepositions that take a verbal noun's object: "للمشاركة في", "للتصويت على" ("عن" and
# "مع" follow a body's verb too: "أعلنت X للفنون عن", "بالتعاون مع").
_GOVERNED = frozenset({"في", "على", "إلى"})
# A family name the firm is named by, rare as a word: "الفاسي" 3.4-like.
_FAMILY_ZIPF = 4.0
# Relative pronouns glued to "و": they open a clause, no field ("... للتراث والتي ...").
_RELATIVES = frozenset({"والتي", "والذي", "والذين", "واللذان", "واللتان", "واللاتي"})
_MAX_FIELD_WORDS = 3
# Adjectives of a field of the arts in "-ة" ("للفنون المعاصرة", "للفنون الجميلة"): a word in
# "-ة" alone is as often the next clause's noun.
_ART_ADJECTIVES = frozenset({"المعاصرة", "الجميلة", "الحديثة"})
_ALL_HEADS = _WATERS | _DATED | _DEFINITE_SITES | _FIRM_HEADS | _NAMED_HEADS | {_RIVER, _HOTEL, _GATE, _KASBAH}


@functools.cache
def _months() -> dict[str, int]:
    from storywire.stages.timex.lexicon import lexicon

    # the number of words of each month's name ("كانون الثاني": two)
    return {m: len(m.split()) for m in lexicon("ar").months if "|" not in m and "(" not in m}


# The heads, bare or behind a clitic: a site opens at one of them only (`_site_at`).
_HEAD_FORMS = clitic_forms(_ALL_HEADS)


def _head(word: str, heads: frozenset[str]) -> tuple[int, str]:
    """(clitic length, head) of `word` when it is one of `heads`, with or without a clitic."""
    if word in heads:
        return 0, word
    if word[:1] in CLITICS and word[1:] in heads:
        return 1, word[1:]
    if word.startswith("لل") and "ال" + word[2:] in heads:
        return 1, "ال" + word[2:]
    if word.startswith(("وال", "بال", "فال")) and word[1:] in heads:
        return 1, word[1:]
    return 0, ""


def sites(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Straits, gulfs, rivers, dated squares, historical schools, hotels (LOC) and firms or
    foundations named after a person and their field (ORG)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    i = 0
    for start in trigger_indices(words[:-1], _HEAD_FORMS):  # a name follows the head
        if start < i:
            continue  # inside the name read last
        i = start
        found = _site_at(words, i)
        if found is None:
            continue
        start, end, lead, etype = found
        out.append(rule_span(text, toks, start, end, etype, lead))
        i = end
    return out


def _site_at(words: list[str], i: int) -> tuple[int, int, int, EntityType] | None:
    """(start, end, clitic length, type) of a site whose head is words[i], or None."""
    lead, head = _head(words[i], _ALL_HEADS)  # one lookup: most words head nothing
    if not head:
        return None
    end: int | None = None
    if head in _WATERS:
        end = _water_end(words, i + 1)
    elif head == _RIVER:
        end = _river_end(words, i + 1)
        return (i + 1, end, 0, "LOC") if end is not None else None  # the river's name alone
    elif head in _DATED:
        end = _date_end(words, i + 1)
    elif head in _DEFINITE_SITES:
        # a field after it ("... للأشغال") makes the school a body (`arabic_institutions`)
        field = i + 2 < len(words) and words[i + 2].startswith("لل")
        end = i + 2 if _site_adjective(words[i + 1]) and not field else None
    elif head == _HOTEL:
        end = name_end(words, i + 1)
    elif head in (_GATE, _KASBAH):
        end = _gate_end(words, i + 1, head == _KASBAH)
    else:
        end = _firm_end(words, i + 1) if head in _FIRM_HEADS else None
        if end is None and head in _NAMED_HEADS:
            end = _named_body_end(words, i + 1)
        if end is None and head in _FOUNDATIONS and i + 1 < len(words) and words[i + 1] in _FOUNDERS:
            end = _named_body_end(words, i + 1, given=True)  # "مؤسسة (given name) للثقافة والفنون"
        return (i, end, lead, "ORG") if end is not None else None
    return (i, end, lead, "LOC") if end is not None else None


def _water_end(words: list[str], j: int) -> int | None:
    end = place_end(words, j)
    if end is not None:
        return end
    w = words[j]
    if not w.isalpha() or len(w) < 3 or zipf(w, "ar") >= _WATER_NAME_ZIPF:
        return None
    return j + 1 if w.startswith("ال") or name_word(w) else None


def _river_end(words: list[str], j: int) -> int | None:
    end = place_end(words, j)
    if end is not None:
        return end
    w = words[j]
    if w in _RIVER_PREFIXES:
        return water_name_end(words, j, _WATER_NAME_ZIPF, _RIVER_NAME_ZIPF)  # "نهر أم X"-like
    if w.startswith("ال"):
        return j + 1 if w.isalpha() and len(w) > 3 and zipf(w, "ar") < _RIVER_DEFINITE_ZIPF else None
    return j + 1 if name_word(w) and zipf(w, "ar") < _RIVER_NAME_ZIPF else None


def _gate_end(words: list[str], j: int, kasbah: bool) -> int | None:
    end = place_end(words, j)
    if end is not None:
        return end
    w = words[j]
    if w in DEFINITE_GIVEN_NAMES:
        return j + 1
    if not w.isalpha() or len(w) < 3 or w in STOP_WORDS:
        return None
    if kasbah and w.startswith("ال") and len(w) > 4:
        return j + 1 if zipf(w, "ar") < _KASBAH_NAME_ZIPF else None
    return j + 1 if name_word(w) and zipf(w, "ar") < _UNKNOWN_ZIPF else None


def _date_end(words: list[str], j: int) -> int | None:
    """The end of "day month" at `j` ("9 أبريل", "14 كانون الثاني"), or None."""
    if j + 1 >= len(words) or not words[j].isdigit() or not 1 <= int(words[j]) <= _MAX_DAY:
        return None
    months = _months()
    for n in (2, 1):
        month = " ".join(words[j + 1 : j + 1 + n])
        if months.get(month) == n:
            return j + 1 + n
    return None


def _site_adjective(word: str) -> bool:
    if not (word.startswith("ال") and word.endswith("ية") and len(word) >= 6 and word.isalpha()):
        return False
    if word in _SCHOOL_KINDS or place_adjective(word):
        return False
    return zipf(word, "ar") < _SITE_ADJECTIVE_ZIPF


def _firm_end(words: list[str], j: int) -> int | None:
    """The end of a person's name and a field after a firm's head at `j - 1`, or None."""
    k = named_after_end(words, j)
    if k is None:
        k = j + 1 if j < len(words) and words[j] in GIVEN_NAMES else j
        if k >= len(words) or not _family(words[k]):
            return None
        k += 1
    return field_end(words, k)


def _named_body_end(words: list[str], j: int, given: bool = False) -> int | None:
    """The end of a place's or a coined name and a field after a body's head at `j - 1`
    ("هيئة X للمتاحف", "مؤسسة X للفنون"), or None."""
    if j >= len(words):
        return None
    w = words[j]
    k = j + 1 if given else place_end(words, j)  # a foundation named by a given name alone
    if k is None and w.isalpha() and len(w) > 2 and w not in STOP_WORDS:
        definite = w.startswith("ال") and len(w) > 4
        coined = name_word(w)
        if (definite and zipf(w, "ar") < _DEFINITE_NAME_ZIPF) or (coined and zipf(w, "ar") < _COINED_ZIPF):
            k = j + 1
    end = field_end(words, k) if k is not None else None
    if k is None or end is None:
        return None
    purpose = end == k + 1 and verbal_noun(words[k][2:]) and end < len(words) and words[end] in _GOVERNED
    return None if purpose else end


def _family(word: str) -> bool:
    if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 5 and word.isalpha()):
        return False
    if word in OFFICE_ADJECTIVES or place_adjective(word):
        return False
    return zipf(word, "ar") < _FAMILY_ZIPF


def field_end(words: list[str], k: int) -> int | None:
    """The end of a body's field opening at `k`: "للعمارة", "للثقافة والفنون", "للهندسة
    المعمارية"; None when no "لل..." opens there."""
    if k >= len(words) or not (words[k].startswith("لل") and len(words[k]) > 4 and words[k].isalpha()):
        return None
    start = k = k + 1
    while k < len(words) and k - start < _MAX_FIELD_WORDS:
        w = words[k]
        joined = w.startswith("وال") and len(w) > 5 and w.isalpha() and w not in _RELATIVES
        adjective = (w.startswith("ال") and w.endswith(("ي", "ية")) and len(w) >= 5 and w.isalpha()) or (
            w in _ART_ADJECTIVES
        )
        if not (joined or adjective):
            break
        k += 1
    return k
