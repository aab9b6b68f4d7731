"""Arabic opera and concert news: opera houses, their halls, theatres named after a person,
libraries named by their city, cultural institutes of a country, academies by their field
and the composers a programme names.

* An opera house: "دار الأوبرا" and its adjectives ("دار الأوبرا المصرية", "دار الأوبرا
  السلطانية") or "دار أوبرا" and a place ("دار أوبرا دبي").  Right after "في", "على", "داخل"
  or with "ب" on it ("بدار الأوبرا") it is where the concert takes place, LOC, and keeps that
  type against the article's vote (`venues.LOCATED_HOUSE`); elsewhere it acts or heads a
  title ("أعلنت دار الأوبرا", "رئيسة دار الأوبرا"): ORG.
* A hall of a venue, named by its size: "المسرح الكبير" / "القاعة الكبرى" right before "ب" and
  a venue's kind word ("المسرح الكبير بدار الأوبرا"): LOC, the venue a second place.  Without
  the venue after it "المسرح الكبير" is any big stage.
* A theatre named after a person: "على مسرح X Y" (two name words, the first a given name or
  rare enough to be one), LOC where the play or concert is given; the person inside is no PER.
  After its director ("مديرة مسرح X Y") it is the house she speaks for, ORG.  A theatre by a
  borrowed name ("على مسرح ليسيه X") is LOC with the definite complement after it.
* A library named by its city: "مكتبة" + a known place (+ "الوطنية"): ORG, as libraries are
  ("مكتبة الإسكندرية"); "مكتبة المدرسة" names none.
* A country's cultural institute: "المنتدى|المركز|المعهد" + "الثقافي" + a nationality's
  adjective (+ "ب" and its city): one ORG with its town ("المركز الثقافي الفرنسي بعمّان");
  right after "في" (a fair or a concert held there) the place, LOC, kept against the vote as
  an opera house is, and retyped where another rule read the same words as the body.
* A cinema by its definite name: "في سينما X" / "بسينما X" (a genre, "سينما المؤلف", a
  decade's or a group's plural and an adjective are none), LOC with its kind word as a
  theatre keeps it, and the same cinema wherever the article names it again; a quoted name
  ("سينما «X»") is LOC alone, as a quoted hotel's.
* A national centre or institute of a field: "المركز" + the field's adjective + a country's
  ("المركز السينمائي المغربي"): one ORG, as the cultural institute above.
* An academy and its field: "أكاديمية الفنون", "أكاديمية الشرطة" (a clitic outside): ORG.
* A famous composer by a listed name, behind a clitic too ("لبيتهوفن"): PER.
* A body's seat: "مقرها (الحالي) في X", X a definite word rare enough to be a quarter's name
  and no adjective after it ("في الطابق الثالث" is a floor): LOC, even where X is a club's
  name too (a club has no seat "in" itself).

Each rule looks only at paragraphs holding its trigger word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_lexicon import GIVEN_NAMES, STOP_WORDS, name_word, rule_span
from storywire.stages.ner.arabic_parties import quoted_name_end
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, head_after_clitic, trigger_indices
from storywire.stages.ner.claimed_spans import added_over_shorter
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.venues import LOCATED_HOUSE
from storywire.stages.ner.word_frequency import zipf

_HOUSE = "دار"
_OPERA_DEFINITE, _OPERA = "الأوبرا", "أوبرا"
_HALLS = frozenset({"المسرح", "القاعة"})
# The size or kind that names a hall inside a venue.
_HALL_NAMES = frozenset({"الكبير", "الكبرى", "الصغير", "الصغرى", "المكشوف", "الرئيسي", "الرئيسية"})
# A venue's kind word behind "ب" after the hall: "بدار الأوبرا", "بمسرح", "بمركز", "بقصر".
_VENUE_AFTER = frozenset({"بدار", "بمسرح", "بمركز", "بقصر", "بمجمع"})
_THEATRE = "مسرح"
# A cinema by its definite name ("في سينما X", as a theatre keeps its kind word): LOC where a
# screening or a festival takes place, and wherever the article names it again.  The genres
# "سينما" also heads are no house ("سينما الواقع", "سينما المؤلف").
_CINEMA = "سينما"
_GENRES = frozenset({
    "الواقع", "المؤلف", "الحرب", "الرعب", "الشباب", "الأطفال", "المرأة", "الطريق", "الشعب", "الحركة",
    "التحريك", "الحقيقة", "الهواة", "الجنوب", "الشمال", "المقاومة", "الثورة", "السجون", "الخيال", "الإثارة",
    "الأكشن", "المهجر", "الموجة", "الفن", "الأمس", "اليوم", "الغد", "المستقبل", "الفقراء", "النساء",
    "العالم", "الغرب", "الشرق", "الجيل", "الفيلم", "الإنسان", "البلاد",
})  # fmt: skip
# The first word of a theatre's patron: a listed given name or a word no commoner than this
# ("سيد" 4.85); "مسرح مدينة X" (5.8) is a town's theatre, not a person's.
_PATRON_FIRST_ZIPF = 5.0
# ... and the family name rarer than this ("درويش" 4.2).
_PATRON_FAMILY_ZIPF = 4.5
# The heads of a house ("مديرة مسرح X Y"): the theatre then is the body they run, ORG.
_HEADED = frozenset({"مدير", "مديرة", "ومدير", "ومديرة"})
# A theatre's borrowed name ("ليسيه", a lycée) is rarer than this as an Arabic word.
_FOREIGN_ZIPF = 2.5
_MAX_QUOTED = 3
_LIBRARY = "مكتبة"
_NATIONAL = frozenset({"الوطنية", "العامة", "الكبرى"})
_INSTITUTES = frozenset({"المنتدى", "المركز", "المعهد"})
_CULTURAL = "الثقافي"
_ACADEMY = "أكاديمية"
# Composers a concert programme names by the family name alone; not "ليست" (Liszt: "is not"),
# not "فاغنر" (Wagner: also a mercenary group).
_COMPOSERS = frozenset({
    "بيتهوفن", "موتسارت", "موزارت", "تشايكوفسكي", "برامز", "شوبان", "فيردي", "ماهلر", "هايدن", "شوبرت",
    "فيفالدي", "هاندل", "بوتشيني", "رحمانينوف", "سترافينسكي", "دفوجاك", "سيبيليوس", "ديبوسي", "رافيل",
    "مندلسون", "شومان", "بروكوفييف", "شوستاكوفيتش",
})  # fmt: skip
_SEATS = frozenset({"مقرها", "مقره", "مقرهم"})
_SEAT_ADJECTIVES = frozenset({"الحالي", "الجديد", "الرئيسي", "الدائم", "المؤقت"})
# A quarter's name is rarer than this ("الزمالك" 4.4); "العاصمة" (5.2) is a common noun.
_QUARTER_ZIPF = 4.5
# Words after which a house is where something happens.
_AT = frozenset({"في", "وفي", "ففي", "على", "داخل", "أمام", "قرب", "بجوار"})
# ... and the stages or halls of a house ("على مسارح دار الأوبرا"): its building.
_AT |= {"مسارح", "مسرح", "قاعة", "قاعات"}

_HEADS = frozenset({*_SEATS, _HOUSE, *_HALLS, _THEATRE, _CINEMA, _LIBRARY, *_INSTITUTES, _ACADEMY, *_COMPOSERS})
_FORMS = clitic_forms(_HEADS)


def stage_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with opera houses, halls, theatres, libraries, cultural institutes,
    academies and composers added: each replaces the shorter mentions it holds whole and is
    dropped where it cuts one."""
    found = _found(text, toks, [t.text for t in toks])
    # a venue another rule read as the body it also is: where something is held it is the place
    located = {(m.start, m.end): m for m in found if m.model == LOCATED_HOUSE}
    mentions = [located.get((m.start, m.end), m) for m in mentions]
    return added_over_shorter(mentions, found)


def _found(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    out: list[Mention] = []
    hits = list(trigger_indices(words, _FORMS))
    seen = frozenset(_cinemas_located(words, hits))
    for i in hits:
        lead, head = head_after_clitic(words[i], _HEADS)
        if not head:
            continue
        located = (lead == 1 and words[i][0] == "ب") or (i > 0 and words[i - 1] in _AT)
        found = _one(words, i, head, located, seen)
        if found is None:
            continue
        etype, a, b = found
        m = rule_span(text, toks, a, b, etype, lead if a == i else 0)
        venue = head == _HOUSE or head in _INSTITUTES
        out.append(replace(m, model=LOCATED_HOUSE) if venue and etype == "LOC" else m)
    return out


def _one(
    words: list[str], i: int, head: str, located: bool, seen: frozenset[str] = frozenset()
) -> tuple[EntityType, int, int] | None:
    """(type, start, end) of the name `head` opens at `i`, or None."""
    j = i + 1
    nxt = words[j] if j < len(words) else ""
    if head in _COMPOSERS:
        return "PER", i, j
    if head in _SEATS:
        k = j + 1 if nxt in _SEAT_ADJECTIVES else j
        if k + 1 >= len(words) or words[k] != "في":
            return None
        quarter, after = words[k + 1], words[k + 2] if k + 2 < len(words) else ""
        rare = _definite(quarter) and zipf(quarter, "ar") < _QUARTER_ZIPF
        return ("LOC", k + 1, k + 2) if rare and not _definite(after) else None
    if head == _HOUSE:
        if nxt == _OPERA_DEFINITE:
            end = _nisbas_end(words, j + 1)
        elif nxt == _OPERA:
            end = place_end(words, j + 1) or 0
            end = _nisbas_end(words, end) if end else 0
        else:
            return None
        return ("LOC" if located else "ORG", i, end) if end else None
    if head in _HALLS:
        after = words[j + 1] if j + 1 < len(words) else ""
        return ("LOC", i, j + 1) if nxt in _HALL_NAMES and after in _VENUE_AFTER else None
    if head == _CINEMA:
        if nxt == "«" and (close := quoted_name_end(words, j + 1, "»", _MAX_QUOTED)) is not None:
            return "LOC", j + 1, close  # "سينما «X»": the house by its quoted name, as a hotel's
        return ("LOC", i, j + 1) if (located or nxt in seen) and _cinema_name(nxt) else None
    if head == _THEATRE:
        if i > 0 and words[i - 1] in _HEADED and _patron(words, j):
            return "ORG", i, j + 2  # "مديرة مسرح X Y": the house its director speaks for
        if located and _foreign_name(nxt):
            # "على مسرح ليسيه X": a borrowed name; a definite noun after the indefinite one is
            # its complement, even in "-ية" (no adjective with the article follows an
            # indefinite noun): "ليسيه الحرية"
            after = words[j + 1] if j + 1 < len(words) else ""
            return "LOC", i, j + 2 if _definite(after) and after not in STOP_WORDS else j + 1
        return ("LOC", i, j + 2) if located and _patron(words, j) else None
    if head == _LIBRARY:
        city = place_end(words, j)
        if city is None:
            return None
        return "ORG", i, city + 1 if city < len(words) and words[city] in _NATIONAL else city
    if head in _INSTITUTES:
        if j + 1 >= len(words) or not _nisba(words[j + 1]):
            return None
        if nxt != _CULTURAL and not (_nisba(nxt) and place_adjective(words[j + 1])):
            return None  # a national centre of a field: "المركز السينمائي المغربي"
        end = j + 2
        seat = words[end] if end < len(words) else ""
        if seat[:1] == "ب" and place_end([seat[1:]], 0):
            end += 1  # "بالقاهرة": the institute's town, inside its name
        # where a fair or a concert is held it is the place ("افتتح في المركز الثقافي X")
        return "LOC" if located else "ORG", i, end
    if head == _ACADEMY:
        return ("ORG", i, _nisbas_end(words, j + 1)) if _definite(nxt) and not _nisba(nxt) else None
    return None


def _cinemas_located(words: list[str], hits: Sequence[int]) -> list[str]:
    """The names of the cinemas the article places something in ("في سينما X", "بسينما X")."""
    out = []
    for i in hits:
        lead, head = head_after_clitic(words[i], _HEADS)
        located = (lead == 1 and words[i][0] == "ب") or (i > 0 and words[i - 1] in _AT)
        if head == _CINEMA and located and i + 1 < len(words) and _cinema_name(words[i + 1]):
            out.append(words[i + 1])
    return out


def _cinema_name(word: str) -> bool:
    """A definite noun naming a house: no genre, no adjective ("سينما العربية" is none)."""
    if word.endswith(("ات", "ين", "ون")):
        return False  # "سينما الستينيات", "سينما المخرجين": a decade's or a group's films
    return _definite(word) and word not in _GENRES and word not in STOP_WORDS and not _nisba(word)


def _definite(word: str) -> bool:
    return word.startswith("ال") and word.isalpha() and len(word) > 3


def _nisba(word: str) -> bool:
    return _definite(word) and word.endswith(("ي", "ية")) and len(word) >= 5


def _nisbas_end(words: list[str], k: int) -> int:
    """The end of up to two adjectives in "-ي"/"-ية" from `k` ("المصرية", "الخديوية")."""
    start = k
    while k < len(words) and k - start < 2 and _nisba(words[k]):
        k += 1
    return k


def _foreign_name(word: str) -> bool:
    """An indefinite word no Arabic text uses, no function word or known place."""
    if not name_word(word) or word in STOP_WORDS or word.startswith("ال") or place_end([word], 0):
        return False
    return word not in GIVEN_NAMES and zipf(word, "ar") < _FOREIGN_ZIPF


def _patron(words: list[str], j: int) -> bool:
    """A person's given name and family name at `j`, both without the article."""
    if j + 1 >= len(words):
        return False
    first, family = words[j], words[j + 1]
    for w in (first, family):
        if not name_word(w) or w in STOP_WORDS or w.startswith("ال") or place_end([w], 0):
            return False
    if first not in GIVEN_NAMES and zipf(first, "ar") >= _PATRON_FIRST_ZIPF:
        return False
    return zipf(family, "ar") < _PATRON_FAMILY_ZIPF
