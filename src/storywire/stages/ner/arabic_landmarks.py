"""Arabic landmarks named after their head word, and the words that close a body's name.

* A landmark: a street, square, roundabout, bridge, mosque, church, castle, stadium, airport,
  dam or valley is named by its head and a name ("شارع الجامعة"-like names, "قلعة الكرك",
  "مطار الملك خالد الدولي", "المسجد الأموي"; a street or a mosque also by a patron's given
  name alone, "شارع عمر"-like), and the head stays in the span: it is what makes
  the name a place (the guidelines keep "شارع" in "شارع X").  The name is a known place, a
  patron (a royal title and a given name: "الملكة نور"), a given name, or a definite word
  rare as a word: "شارع المدينة" (the city's street) and "ميدان المعركة" (the battlefield)
  name no landmark; a dam, where the paragraph speaks of water, by a commoner word.  Its
  adjectives of standing or side follow ("الدولي", "الكبير", "الشمالي").  A landmark is a
  place (LOC), as the guidelines type a building used as one.
* A body's name that the head rules close too soon: a patron's given name after the royal
  title ("مستشفى الأمير حمزة"), and the adjectives of its rank or kind that follow the place
  or the kind it is named by ("بلدية الزرقاء الكبرى", "محكمة الاستئناف الكبرى", "...
  التعليمي", "... الخيرية").  A university named after a person is named with its town
  behind "ب" ("جامعة X الخامس بالرباط"-like), one ORG with the clitic inside; a university
  named otherwise ("جامعة X بإربد") and its town are two names.
* An acronym in brackets right after a body, in Arabic letters: "(أمديست)" names the body again.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_lexicon import (
    DEFINITE_GIVEN_NAMES,
    GIVEN_NAMES,
    OFFICE_ADJECTIVES,
    OFFICES,
    STOP_WORDS,
    definite_family_name,
    name_word,
    present_verb,
    rule_span,
)
from storywire.stages.ner.arabic_marks import strip_marks
from storywire.stages.ner.arabic_persons import definite_first_name_end
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, head_behind_clitic, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

# Heads named by what follows (indefinite) and heads named by their own adjective (definite).
# Not "طريق" ("طريق المطار": the road to the airport) nor "ساحة" alone on a common word
# ("ساحة المعركة"): the rarity test below keeps those out.
_HEAD_WORDS = "شارع ميدان دوار جسر مسجد جامع كنيسة قلعة ستاد استاد إستاد ملعب مطار سد ساحة حديقة وادي"
_HEADS = frozenset(_HEAD_WORDS.split())
# A landmark's head behind "و" opens the next name of a list, never a patron's second name.
_JOINED_HEADS = _HEADS | {"نهر", "بحيرة", "مخيم", "ميناء", "جبل"}
# A street, a roundabout or a house of worship is named by a common word too ("شارع
# الاستقلال", 4.6; "مسجد الرحمة"): after those the bar is higher, and a word for any town's
# part is none ("شارع المدينة", the town's street; "مسجد الحي", the quarter's mosque).
_STREETS = frozenset({"شارع", "دوار", "مسجد", "جامع", "كنيسة"})
_STREET_NAME_ZIPF = 5.0
# A town's main streets are named after the institution they lead to ("شارع الجامعة",
# University Street; "شارع المطار", "شارع الجيش") or the shore they run along ("شارع البحر",
# "شارع الكورنيش"), words far too common for the bar above.
_ROADS = frozenset({"شارع", "دوار"})
_INSTITUTION_STREETS = frozenset({"الجامعة", "المطار", "الجيش", "المحطة", "البحر", "الكورنيش", "الميناء"})
# A castle is named after the ruler who built it, an indefinite name rare as a word ("قلعة X"
# with a sultan's name); "قلعة صناعية" (an industrial stronghold) is a common adjective.
_CASTLE = "قلعة"
_BUILDER_NAME_ZIPF = 2.5
_GENERIC = frozenset({"المدينة", "القرية", "البلدة", "الحي", "المنطقة", "العاصمة", "المخيم", "البلد"})
_DEFINITE_HEADS = frozenset({"المسجد", "الجامع", "الكنيسة", "القلعة"})
# A seasonal river keeps its word as a valley does ("سيل الزرقاء", "سيل حسبان"); "سيل" is also a
# flood of anything ("سيل الانتقادات"), so only with a known place or after its banks.
_STREAM = "سيل"
# A valley's river named after its banks ("على ضفاف وادي X"): X may be a common word.
_VALLEY = "وادي"
_BANKS = frozenset({"ضفاف", "ضفة", "ضفتي", "بضفاف", "وضفاف"})
# A definite word after a head names it below this frequency: "الحصن"-like names (3.9),
# "التقوى" (3.8); "المدينة" (5.6), "المعركة" (4.8), "الثقة" (4.7) are common nouns.
_NAME_ZIPF = 4.0
# A dam is named by a common word too ("سد النهضة", 4.6): in a paragraph that speaks of water
# (dams, a river, the water stored) the bar is the streets' one, but "سد" is also "filling,
# closing" a gap ("سد العجز", "لسد الفراغ"): never its objects nor a plural ("سد
# الاحتياجات"), and never behind a clitic ("لسد": to fill).
_DAM = "سد"
_WATER_WORDS = frozenset({
    "السد", "السدود", "سدود", "بالسدود", "للسدود", "والسدود", "وسدود", "نهر", "حقينة", "مكعب", "المياه",
    "مياه", "الماء", "منسوب", "الري",
})  # fmt: skip
_GAPS = frozenset({
    "العجز", "الفراغ", "الحاجة", "الفجوة", "النقص", "الخصاص", "الثغرة", "الباب", "المنافذ", "الذرائع",
    "الطلب", "الرمق", "الشغور", "العطش", "الجوع", "الطريق",
})  # fmt: skip
# Royal and honorific titles that open a patron's name inside a landmark's or a body's.
_PATRON_TITLES = frozenset({"الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان", "الإمام"})
_MAX_PATRON_WORDS = 2
# Ranks and titles a street or a square keeps before the officer's or martyr's name it bears
# ("شارع العقيد X", "ساحة الشهيد X Y"): the whole is the street's name, no person in it.
_RANK_TITLES = frozenset({
    "العقيد", "الشهيد", "المجاهد", "الرائد", "الجنرال", "المشير", "اللواء", "العميد", "النقيب",
    "الملازم", "الزعيم", "الدكتور", "العلامة", "المناضل",
})  # fmt: skip
_MAX_RANKS = 2
# Names of a body named after a person, with no royal title: the Maghrebi honorifics before
# the name, the parts that join a name to the next, and a ruler's number after it.
_HONORIFICS = frozenset({"سيدي", "مولاي", "لالة"})
_ABD, _IBN, _BIN = "عبد", "ابن", "بن"
_REGNAL = frozenset({"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس"})
# Bodies named after a patron, whose royal title would else open a person's name: the body
# holds the patron ("مستشفى الأمير X التعليمي", "مدرسة الملكة X").
_PATRON_BODIES = frozenset({"مستشفى", "جامعة", "مدرسة", "كلية", "مؤسسة", "مركز", "مستوصف", "معهد", "مكتبة"})
# A library is named after a patron only with the royal title: "مكتبة الملك X الوطنية" is the
# national library, "مكتبة محمد" a bookshop's sign or a man's library.
_TITLED_ONLY = frozenset({"مكتبة"})
_LIBRARY_ADJECTIVES = frozenset({"الوطنية", "العامة"})  # "مكتبة الملك X الوطنية"
_UNIVERSITY = "جامعة"
# Adjectives of a landmark's standing, size or side.
_LANDMARK_ADJECTIVE_WORDS = (
    "الدولي الدولية الكبير الكبرى الأولمبي الأولمبية القديم القديمة الشمالي الشمالية الجنوبي "
    "الجنوبية الشرقي الشرقية الغربي الغربية الرئيسي"
)
_LANDMARK_ADJECTIVES = frozenset(_LANDMARK_ADJECTIVE_WORDS.split())
_MAX_ADJECTIVES = 2

# Heads of bodies whose span the adjectives below close; and those adjectives of rank or kind.
_BODY_HEAD_WORDS = "مجلس محكمة مستشفى شركة جمعية نادي مؤسسة بلدية جامعة هيئة مديرية مركز مدرسة كلية اتحاد مستوصف"
_BODY_HEADS = frozenset(_BODY_HEAD_WORDS.split())
_RANK_WORDS = (
    "الكبرى الكبير العليا التعليمي التعليمية الخيرية الخيري الأهلية الأهلي التخصصي التخصصية "
    "الجامعي الجامعية الحكومي الحكومية الميداني العسكري العسكرية الإسلامية الإسلامي التعاونية"
)
_RANKS = frozenset(_RANK_WORDS.split())
RANKS = _RANKS  # for the science rules' patron bodies (`arabic_science`)
# An acronym is rare as a word; an ordinary word in brackets is a gloss, not the body's name.
_ACRONYM_ZIPF = 3.0


# The heads above, bare or behind a clitic: a name of `landmarks` opens at one of them only.
_HEAD_FORMS = clitic_forms(_HEADS | _DEFINITE_HEADS | _PATRON_BODIES | {_STREAM})


def landmarks(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Streets, mosques, castles, stadiums, airports ... by their head and name (LOC), and
    hospitals, schools and foundations named after a patron (ORG: "مستشفى الأمير X")."""
    words = [t.text for t in toks]
    dams = words.count(_DAM) > 1 or not _WATER_WORDS.isdisjoint(words)
    out: list[Mention] = []
    i = 0
    for start in trigger_indices(words[:-1], _HEAD_FORMS):  # a name follows the head
        if start < i:
            continue  # inside the name read last
        i = start
        lead, head = head_behind_clitic(words[i], _HEADS | _DEFINITE_HEADS)
        end = None
        if words[i] == _STREAM:
            place = place_end(words, i + 1)
            nxt = words[i + 1]
            banks = i > 0 and words[i - 1] in _BANKS and (name_word(nxt) or (nxt.startswith("ال") and nxt.isalpha()))
            end = place if place is not None else (i + 2 if banks else None)
            if end is not None:
                out.append(rule_span(text, toks, i, end, "LOC"))
                i = end
            continue
        if head in _DEFINITE_HEADS:
            end = i + 1 if _own_adjective(words[i + 1]) else None  # "المسجد الأموي"
            end = end + 1 if end is not None else None
        elif head == _DAM and not lead and _saint_named(words, i + 1):
            end = i + 3  # "سد سيدي X": a dam named after a saint; a gap is never filled by one
        elif head == _DAM and not lead and _valley_named(words, i + 1):
            end = i + 3  # "سد وادي X": a dam named after its valley, whatever the paragraph
        elif head == _DAM and dams and not lead and words[i + 1] not in _GAPS and not words[i + 1].endswith("ات"):
            end = name_end(words, i + 1, _STREET_NAME_ZIPF)  # "سد X" in a text on dams
        elif head:
            end = name_end(words, i + 1, _STREET_NAME_ZIPF if head in _STREETS else _NAME_ZIPF)
            if end is None and head in _ROADS and words[i + 1] in _INSTITUTION_STREETS:
                end = i + 2  # "شارع الجامعة": a street named after what stands on it
            if end is None and head in _STREETS and words[i + 1] in GIVEN_NAMES:
                end = i + 2  # "شارع عمر"-like: a patron by his given name alone (not "مطار محمد الخامس")
                end += end < len(words) and words[end] in _REGNAL  # a king's number: "شارع X الخامس"
            if end is None and head == _CASTLE and _builder_name(words[i + 1]):
                end = i + 2  # "قلعة X": the sultan who built it
            if end is None and head == _VALLEY and i > 0 and words[i - 1] in _BANKS and name_word(words[i + 1]):
                end = i + 2  # "على ضفاف وادي X": banks say a river, X a common word too
        etype: EntityType = "LOC"
        if end is None:
            lead, head = head_behind_clitic(words[i], _PATRON_BODIES)
            if head and words[i + 1] in _PATRON_TITLES:
                end, etype = patron_end(words, i + 2), "ORG"
            elif head and head not in _TITLED_ONLY:
                end, etype = named_after_end(words, i + 1), "ORG"  # "جامعة محمد الخامس"
            if end is not None and head in _TITLED_ONLY:
                end = _adjectives_end(words, end, _LIBRARY_ADJECTIVES)
            if end is not None and head == _UNIVERSITY:
                end += _seat(words, end)  # "جامعة X الخامس بالرباط": the town is in its name
        if end is None:
            continue
        end = _adjectives_end(words, end, _LANDMARK_ADJECTIVES if etype == "LOC" else _RANKS)
        out.append(rule_span(text, toks, i, end, etype, lead))
        i = end
    return out


def _builder_name(word: str) -> bool:
    """An indefinite name word rare as a word, no verb: a castle's builder."""
    return name_word(word) and not present_verb(word) and zipf(word, "ar") < _BUILDER_NAME_ZIPF


def _valley_named(words: list[str], j: int) -> bool:
    """The valley's word "وادي" and a name word at `j`: the valley a dam closes (its name
    may be a common word, "وادي العرب"; no gap is ever a valley)."""
    return j + 1 < len(words) and words[j] == _VALLEY and words[j + 1].isalpha() and words[j + 1] not in STOP_WORDS


def _saint_named(words: list[str], j: int) -> bool:
    """A Maghrebi honorific ("سيدي", "مولاي") and a name word at `j`: a saint's name."""
    return j + 1 < len(words) and words[j] in _HONORIFICS and words[j + 1].isalpha() and words[j + 1] not in STOP_WORDS


def _seat(words: list[str], k: int) -> int:
    """The words of a known town behind "ب" at `k` ("بالرباط"), or 0: a university named
    after a person is named with its town, as several bear a king's name."""
    if k >= len(words) or not words[k].startswith("ب") or len(words[k]) < 4:
        return 0
    end = place_end([words[k][1:], *words[k + 1 :]], 0)
    return end if end is not None else 0


def _own_adjective(word: str) -> bool:
    """A definite head's own adjective, rare as a word: "الأموي", "الحنبلي"-like; not "المحلي"."""
    return word.startswith("ال") and word.endswith("ي") and len(word) >= 5 and zipf(word, "ar") < _NAME_ZIPF


def name_end(words: list[str], j: int, rare: float = _NAME_ZIPF) -> int | None:
    """The end of a landmark's or a patron's name opening at `j`, or None: a known place, a
    royal title and a given name, a given name and its family name, a definite given name or
    a definite word rare as a word."""
    if j >= len(words):
        return None
    w = words[j]
    place = place_end(words, j)
    if place is not None:
        return place
    if w in _PATRON_TITLES:
        return patron_end(words, j + 1)
    if w in _RANK_TITLES:
        return _titled_end(words, j)
    if w in GIVEN_NAMES and j + 1 < len(words) and name_word(words[j + 1]) and not present_verb(words[j + 1]):
        return _family_tail(words, j + 2)  # "شارع وصفي التل"-like: a person's full name
    if w == _ABD and j + 1 < len(words) and words[j + 1].startswith("ال") and len(words[j + 1]) > 3:
        k = j + 2  # "ميدان عبد X Y"-like: a compound given name, and the family's
        nxt = words[k] if k < len(words) else ""
        rare = name_word(nxt) and not present_verb(nxt) and zipf(nxt, "ar") < _NAME_ZIPF
        return _family_tail(words, k + 1 if nxt in GIVEN_NAMES or rare else k)
    person = definite_first_name_end(words, j)  # "ساحة الحبيب X"-like: a given name with the article
    if person is not None:
        return person
    if w in DEFINITE_GIVEN_NAMES or (w.startswith("ال") and w[2:] in GIVEN_NAMES):
        return j + 1
    if w.startswith("ال") and len(w) > 3 and w.isalpha() and w not in _GENERIC and zipf(w, "ar") < rare:
        return j + 1
    return None


def _titled_end(words: list[str], j: int) -> int | None:
    """The end of a rank (one or two: "الشهيد العقيد") and the name after it ("العقيد X",
    "الشهيد X بن Y", "المجاهد عبد X"), or None when no name follows ("شارع الشهيد" alone)."""
    k = j
    while k < len(words) and k - j < _MAX_RANKS and words[k] in _RANK_TITLES:
        k += 1
    if k + 1 < len(words) and words[k] == _ABD and words[k + 1].startswith("ال") and len(words[k + 1]) > 3:
        k += 2  # a compound given name
    elif k < len(words) and name_word(words[k]) and not present_verb(words[k]):
        if words[k] not in GIVEN_NAMES and zipf(words[k], "ar") >= _STREET_NAME_ZIPF:
            return None
        k += 1
    else:
        return None
    while k + 1 < len(words) and words[k] == _BIN and name_word(words[k + 1]):
        k += 2  # "X بن Y": the father's or the family's name
    return k + _name_after(words, k)


def _name_after(words: list[str], k: int) -> int:
    """1 when words[k] is a family or father's name after a given one (a name word rare as a
    word, or a given name), else 0."""
    if k >= len(words) or not name_word(words[k]) or present_verb(words[k]):
        return 0
    return int(words[k] in GIVEN_NAMES or zipf(words[k], "ar") < _NAME_ZIPF)


def _family_tail(words: list[str], k: int) -> int:
    """`k` past a family name in "-ي" that ends a patron's name of two words ("ساحة محمد علي
    X"-like, X the family's nisba), rare as a word and no adjective of a place or a side."""
    if k >= len(words):
        return k
    w = words[k]
    if not (w.endswith("ي") and definite_family_name(w, after_a_title=False)):
        return k
    return k if place_adjective(w) or w in _LANDMARK_ADJECTIVES or w in OFFICE_ADJECTIVES else k + 1


def named_after_end(words: list[str], j: int) -> int | None:
    """The end of a person's name a body is named after, opening at `j`: a Maghrebi honorific
    ("سيدي", "مولاي") and a given name, or a name of two parts at least (a compound given
    name, "ابن" and a name, a given name with "بن" and a father's name, a regnal number or a
    family name in "-ي"): "جامعة محمد الخامس", "مستشفى ابن سينا"; "مدرسة محمد" alone is
    left to the person rules."""
    honorific = j < len(words) and words[j] in _HONORIFICS
    k = j + honorific
    if k + 1 >= len(words):
        return None
    w, nxt = words[k], words[k + 1]
    if (w == _ABD and nxt.startswith("ال") and len(nxt) > 3) or (w == _IBN and name_word(nxt)):
        k += 2
    elif w in GIVEN_NAMES or w in DEFINITE_GIVEN_NAMES:
        k += 1
    else:
        return None
    while k + 1 < len(words) and words[k] == _BIN:
        if words[k + 1] == _ABD and k + 2 < len(words) and words[k + 2].startswith("ال"):
            k += 3  # "بن عبد الله": the father's compound name
        elif name_word(words[k + 1]):
            k += 2
        else:
            break
    if k < len(words) and (words[k] in _REGNAL or _family(words[k])):
        k += 1
    return k if honorific or k - j >= 2 else None


def _family(word: str) -> bool:
    return word.startswith("ال") and word.endswith("ي") and len(word) >= 5 and zipf(word, "ar") < _NAME_ZIPF


def patron_end(words: list[str], j: int) -> int | None:
    """The end of the given name (one or two words) after a royal title at `j - 1`, or None."""
    k = j
    while k < len(words) and k - j < _MAX_PATRON_WORDS and _patron_word(words[k], first=k == j):
        k += 1
    if j < k < len(words) and words[k] in _REGNAL:
        k += 1  # a ruler's number is his name's ("مسجد الملك X الأول"), as the people rule has it
    return k if k > j else None


def _patron_word(word: str, first: bool) -> bool:
    if word in GIVEN_NAMES:
        return True
    # not `name_word`: after a royal title a name opening with a clitic's letter is no clitic
    # ("بسمة"-like names, not "ب" + "سمة")
    if not word.isalpha() or word.startswith("ال") or present_verb(word) or word in STOP_WORDS | OFFICES:
        return False
    if not first and word[:1] == "و" and word[1:] in _JOINED_HEADS:
        return False  # "سد الملك X ونهر Y": the next landmark of a list, no father's name
    # a second word is a father's name or a regnal number; a first one a name rare as a word
    return zipf(word, "ar") < (4.5 if first else 4.0)


def _adjectives_end(words: list[str], k: int, adjectives: frozenset[str]) -> int:
    start = k
    while k < len(words) and k - start < _MAX_ADJECTIVES and words[k] in adjectives:
        k += 1
    return k


def close_bodies(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each body's span carried over a patron's given name after its last
    word and over its adjectives of rank, where no other mention stands there; and an
    acronym in brackets after a body."""
    words = [t.text for t in toks]
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    tok_starts = [t.start for t in toks]
    for m in mentions:
        k = bisect.bisect_left(tok_starts, m.end)  # the first token at or after the mention's end
        first = strip_marks(m.text.split()[0]) if m.text.split() else ""
        if m.type in ("ORG", "LOC") and first in _BODY_HEADS | _HEADS and k > 0:
            end = k
            if words[k - 1] in _PATRON_TITLES:
                end = patron_end(words, k) or k  # "مستشفى الأمير" + "حمزة"
            end = _adjectives_end(words, end, _RANKS | _LANDMARK_ADJECTIVES if m.type == "LOC" else _RANKS)
            if end > k and all(e <= toks[k].start or s >= toks[end - 1].end for s, e in taken):
                a = next(n for n in range(k, -1, -1) if toks[n].start <= m.start)
                grown = rule_span(text, toks, a, end, m.type, m.start - toks[a].start)
                grown.model, grown.confidence = m.model, m.confidence
                m = grown
        out.append(m)
        acronym = _acronym_at(words, k)
        if (
            m.type == "ORG"
            and acronym is not None
            and all(e <= toks[acronym].start or s >= toks[acronym].end for s, e in taken)
        ):
            out.append(rule_span(text, toks, acronym, acronym + 1, "ORG"))
    return sorted(out, key=lambda x: (x.start, x.end))


def _acronym_at(words: list[str], k: int) -> int | None:
    """The index of a one-word acronym in brackets opening at `k`: "(أمديست)"."""
    if k + 2 >= len(words) or words[k] != "(" or words[k + 2] != ")":
        return None
    word = words[k + 1]
    if not word.isalpha() or word.isascii() or word in STOP_WORDS or zipf(word, "ar") >= _ACRONYM_ZIPF:
        return None
    return k + 1
