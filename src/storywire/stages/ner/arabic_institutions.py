"""Arabic bodies, institutions and places named by a pattern rather than a list.

* A public body: a definite head ("الهيئة", "المؤسسة", "المجلس" ...), an adjective of
  its standing ("العامة", "الوطنية", "العليا") and its field after "لل..." with that field's
  adjectives: "الهيئة العامة للأرصاد الجوية", "المجلس الأعلى للقضاء", "المؤسسة الوطنية للنفط",
  and whose affairs it serves: "المفوضية السامية للأمم المتحدة لشؤون اللاجئين" (the field
  there is the body it belongs to).  A name that runs on to its acronym in brackets holds the
  words before it ("... للكهرباء والماء الصالح للشرب (X)"); a credit bank is "القرض", its
  kind and the country it serves ("القرض X للـ(country)").
* An institution of a city or a country, one name with it: "شرطة دبي" (ORG, the place
  inside), "بلدية إسطنبول", "جامعة بغداد"; an airport or a port is a place ("مطار بيروت").
* An airline named by its country or city: "طيران" + a place ("طيران قطر").
* Buildings used as places: "السراي الحكومي" (the Grand Serail), "قصر" + a name rare as
  a word or written with the article ("قصر بعبدا", "قصر الاتحادية"); a stadium named by
  its city ("استاد القاهرة الدولي").
* A court named by its kind and its city: "محكمة جنايات القاهرة", or by its kind alone:
  "محكمة التمييز", "محكمة النقض المصرية", "محكمة القضاء الإداري", and then by the city it
  sits in behind "ب" ("... بالقاهرة"): one name, the clitic inside it.
* A bank, an exchange or a trade centre named by its place and its kind: "مصرف الإمارات
  المركزي", "سوق دبي المالي" (ORG), "مركز دبي التجاري العالمي" (a building, LOC).
* A region after a word for one, written with the article: "محافظات الصعيد", "ولاية
  الجزيرة" (a place word before a name that has no article is `arabic_heads.arabic_cued`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_heads import bank_field_end
from storywire.stages.ner.arabic_lexicon import CLITICS, OFFICE_ADJECTIVES, STOP_WORDS, rule_span
from storywire.stages.ner.arabic_places import place_adjective, places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_BODY_HEAD_WORDS = (
    "الهيئة المؤسسة الشركة الوكالة المجلس اللجنة المديرية الإدارة الجهاز الصندوق المركز المعهد السلطة "
    "المفوضية الأكاديمية الرابطة الجمعية النقابة المنظمة المدرسة المكتبة الكلية المكتب المندوبية "
    "الديوان"  # an office of the Maghreb's state: "الديوان الوطني للأرصاد الجوية"-like
    " الفرقة"  # a police unit: "الفرقة الوطنية للشرطة القضائية"-like
    " المرصد"  # an observatory of a field: "المرصد الوطني للتنمية البشرية"-like
)
_BODY_HEADS = frozenset(_BODY_HEAD_WORDS.split())
# Schools and libraries are named with the city they stand in, behind "ب": "المدرسة الوطنية
# للفنون الجميلة بتطوان"-like; a public body's "بالمغرب" is where it acts, not its name.
_SEATED_HEADS = frozenset({"المدرسة", "المكتبة", "الكلية", "المعهد"})
_STANDING_WORDS = (
    "العامة العام الوطنية الوطني العليا الأعلى الاتحادية الاتحادي المركزية المركزي القومية القومي "
    "الدولية الدولي المستقلة المستقل الملكية الملكي السامية السامي "
    "الشريف الشريفة"  # the Moroccan state's "sharifian": "المكتب الشريف للفوسفاط"-like
    " الجهوي الجهوية الإقليمي الإقليمية العالي"  # regional, provincial ("المجلس الجهوي للحسابات")
)
_STANDING = frozenset(_STANDING_WORDS.split())
# Definite words after the field that still belong to it besides adjectives in -ي/-ية/-ة.
_FIELD_WORDS = frozenset({"العام", "الأحمر", "الأعلى", "الإنسان", "المدني", "المدنية"})
_MAX_FIELD_ADJECTIVES = 2
# Words of a body's name between its field and its acronym in brackets, and an acronym's
# frequency at most (an Arabic one: "(فاو)"-like).
_MAX_NAME_TAIL = 4
_ACRONYM_ZIPF = 3.0
_LENDER = "القرض"
_MAX_CONJUNCTS = 2
# Bodies and people joined to a body's name by "و": the next name, or an object, not a field.
_NOT_CONJUNCTS = frozenset({"الحكومة", "الوزارة", "الجيش", "الشرطة", "الطلاب", "المرضى", "المواطنين"})
# "for the affairs of": the people or matters a body serves, after its field ("للأمم
# المتحدة لشؤون اللاجئين") or in its stead ("المفوضية العليا لشؤون ...").
_AFFAIRS = "لشؤون"

# Institutions named by their place: the organisation, or the place itself.
_INSTITUTIONS: dict[str, EntityType] = {
    "شرطة": "ORG", "بلدية": "ORG", "جامعة": "ORG", "أمانة": "ORG", "بورصة": "ORG", "مطار": "LOC",
    "ميناء": "LOC", "محكمة": "ORG", "نيابة": "ORG", "مديرية": "ORG", "استاد": "LOC", "ستاد": "LOC",
    "إستاد": "LOC", "ملعب": "LOC", "مصرف": "ORG", "بنك": "ORG", "سوق": "ORG", "مركز": "LOC",
    "معبر": "LOC",  # a border crossing named by its town, a place as an airport is: "معبر رفح"
}  # fmt: skip
# Courts, prosecutions and directorates name their kind before the place: "محكمة جنايات
# القاهرة" (Cairo Criminal Court), "محكمة استئناف باريس", "مديرية أمن الجيزة".
_KINDS_BEFORE_PLACE = frozenset({"محكمة", "نيابة", "مديرية"})
_MAX_KIND_WORDS = 2
# A place's facility keeps the adjectives of its standing: "مطار القاهرة الدولي", "استاد
# القاهرة الدولي", "الملعب الأولمبي".
_FACILITY_ADJECTIVES = frozenset({"الدولي", "الدولية", "الأولمبي", "الأولمبية", "الإسلامي"})  # "ميناء جدة الإسلامي"
# A bank keeps its kind ("مصرف الإمارات المركزي", "بنك قطر الوطني"); a market and a centre are
# named by their place only with theirs: "سوق دبي المالي" is the exchange ("سوق دبي", Dubai's
# market), "مركز دبي التجاري العالمي" the trade centre, a building ("مركز دبي": the city centre).
_BANK_ADJECTIVES = frozenset({"المركزي", "الوطني", "الإسلامي", "التجاري", "الأهلي", "الدولي", "العربي"})
_BANK_CUES = frozenset({"مصرف", "بنك"})
_MARKET_ADJECTIVES = frozenset({"المالي", "المالية", "للأوراق"})  # "سوق مسقط للأوراق المالية": securities
# a congress centre's two purposes joined by "و" ("للمؤتمرات والمعارض") are one name
_CENTRE_ADJECTIVES = frozenset({
    "التجاري", "العالمي", "الدولي", "الثقافي", "الوطني", "للمؤتمرات", "للمعارض", "والمعارض", "والمؤتمرات",
})  # fmt: skip
# cue -> (the adjectives after its place, whether one is needed)
_AFTER_PLACE: dict[str, tuple[frozenset[str], bool]] = {
    **dict.fromkeys(("مطار", "ميناء", "استاد", "ستاد", "إستاد", "ملعب"), (_FACILITY_ADJECTIVES, False)),
    "مصرف": (_BANK_ADJECTIVES, False), "بنك": (_BANK_ADJECTIVES, False),
    "سوق": (_MARKET_ADJECTIVES, True), "مركز": (_CENTRE_ADJECTIVES, True),
    "أمانة": (frozenset({"الكبرى"}), False),  # a capital's municipality: "أمانة X الكبرى"
}  # fmt: skip
# A court named by its kind alone, with the article: "محكمة التمييز" (cassation), "محكمة
# النقض", "محكمة الاستئناف", and the adjectives of its standing or country after it.
_COURT = "محكمة"
_COURT_KINDS = frozenset({
    "التمييز", "النقض", "الاستئناف", "الجنايات", "الجنح", "العدل", "الأسرة", "التحكيم", "القضاء",
})  # fmt: skip
_COURT_ADJECTIVES = frozenset({
    "العليا", "الدولية", "الإدارية", "الدستورية", "الاتحادية", "العسكرية", "الدائمة", "الإداري",
    "الدستوري", "العسكري", "الشرعي", "المستعجل",  # "القضاء الإداري": administrative justice
})  # fmt: skip
# "القضاء" (justice) names a court only with its kind: "محكمة القضاء الإداري".
_BARE_COURT_KINDS = frozenset({"القضاء"})
_MAX_PLACE_WORDS = 3
_AIRLINE = "طيران"

_SERAIL = "السراي"
_SERAIL_ADJECTIVES = frozenset({"الحكومي", "الكبير"})
_PALACE = "قصر"
# A word after "قصر" this rare is a palace's name ("بعبدا", "الإليزيه"), not "قصر النظر".
_PALACE_NAME_ZIPF = 3.7
_NOT_PALACES = frozenset({"النظر", "القامة", "المدة", "الوقت"})  # short sight, stature, a short time

# Words for a region before a definite name; not "مدينة" or "العاصمة" ("مدينة الملاهي",
# "العاصمة الأردنية"), nor "منطقة" ("منطقة العمليات").
_REGION_WORD_LIST = "محافظة محافظات ولاية ولايات إقليم أقاليم بلدة قرية قرى"
_REGION_WORDS = frozenset(_REGION_WORD_LIST.split())
# "منطقة" (an area, a province of Saudi Arabia) is as often "a zone of" a common noun: a
# region after it is rarer ("القصيم" 4.2; "العمليات" 4.9), and "منطقة اليورو" is the currency's.
# "دول" (the countries of) names a region of several countries, of a short list (general
# knowledge: news's regions that the gazetteer leaves out as common words, "الخليج": a gulf).
_COUNTRIES_OF = "دول"
_ZONE_WORDS = frozenset({"منطقة", _COUNTRIES_OF})
_ZONE_ZIPF = 4.5
_NOT_ZONES = frozenset({"اليورو", "الشنغن", "الجوار", "العالم"})
_MACRO_REGIONS = frozenset({"الخليج", "الساحل", "البلقان", "البلطيق", "الشام", "الكاريبي", "الآسيان"})
# A definite word after them that is common as a word and no region ("محافظة على": keeping).
_REGION_COMMON_ZIPF = 5.0


def _bare(word: str) -> str:
    """`word` without a clitic (و ب ل ف) on a definite word or a cue."""
    if word.startswith(("وال", "بال", "فال")):
        return word[1:]
    if word.startswith("لل") and len(word) > 3:
        return "ال" + word[2:]
    return word


# The cues above, bare or behind a clitic: a name of `institutions` opens at one of them only.
_HEAD_FORMS = clitic_forms(
    _BODY_HEADS | {_LENDER, _AIRLINE, _SERAIL, _PALACE} | _INSTITUTIONS.keys() | _REGION_WORDS | _ZONE_WORDS
)


def institutions(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Bodies, institutions of a place, airlines, buildings and regions by their pattern."""
    words = [t.text for t in toks]
    places = places_with_extra()
    out: list[Mention] = []

    def add(a: int, b: int, etype: EntityType, lead: int = 0) -> None:
        out.append(rule_span(text, toks, a, b, etype, lead))

    i = 0
    for start in trigger_indices(words, _HEAD_FORMS):
        if start < i:
            continue  # inside the name read last
        i = start
        w = words[i]
        bare = _bare(w)
        lead = len(w) - len(bare) if bare != w and not w.startswith("لل") else 0
        end = _body_end(words, i) if bare in _BODY_HEADS and not w.startswith("لل") else None
        if bare == _LENDER and not w.startswith("لل"):
            end = _lender_end(words, i)
        if end is not None and bare in _SEATED_HEADS and end < len(words):
            end += _seat(words[end])
        if end is not None:
            add(i, end, "ORG", lead)
            i = end
            continue
        cue = w if w in _INSTITUTIONS or w == _AIRLINE else w[1:] if w[:1] in CLITICS else ""
        if cue in _INSTITUTIONS or cue == _AIRLINE:
            place_end = _institution_end(words, i + 1, cue, places)
            if place_end is None and cue == _COURT:
                place_end = _court_end(words, i + 1)
            if place_end is not None and cue in _BANK_CUES:
                place_end = bank_field_end(words, place_end)  # "بنك X للتمويل العقاري"
            if place_end is not None:
                add(i, place_end, "ORG" if cue == _AIRLINE else _INSTITUTIONS[cue], len(w) - len(cue))
                i = place_end
                continue
        if bare == _SERAIL:
            end = i + 2 if i + 1 < len(words) and words[i + 1] in _SERAIL_ADJECTIVES else i + 1
            add(i, end, "LOC", len(w) - len(bare))
            i = end
            continue
        if (w == _PALACE or (w[1:] == _PALACE and w[:1] in CLITICS)) and i + 1 < len(words):
            nxt = words[i + 1]
            if _palace_name(nxt, words[i + 2] if i + 2 < len(words) else ""):
                add(i, i + 2, "LOC", len(w) - len(_PALACE))
                i += 2
                continue
        region_word = w in _REGION_WORDS or (w[:1] in CLITICS and w[1:] in _REGION_WORDS)  # "بمحافظة"
        if region_word and i + 2 < len(words) and words[i + 1] in _COMPASS and _compass_name(words[i + 2]):
            # "ولاية شمال دارفور": a side and a name are the region's official name, and the
            # word for the region is part of it ("شمال دارفور" alone reads "north of Darfur")
            add(i, i + 3, "LOC", 0 if w in _REGION_WORDS else 1)
            i += 3
            continue
        zone = w in _ZONE_WORDS or (w[:1] in CLITICS and w[1:] in _ZONE_WORDS)  # "بمنطقة", "ودول"
        if i + 1 < len(words) and ((region_word and _region_name(words[i + 1])) or (zone and _zone(w, words[i + 1]))):
            add(i + 1, i + 2, "LOC")
            i += 2
    return out


def _zone(cue: str, word: str) -> bool:
    """A region after "منطقة" (a definite name rarer than most: "منطقة القصيم", not "منطقة
    العمليات" nor an adjective "منطقة المنكوبة"), or a region of several countries after
    "منطقة"/"دول" ("دول الخليج", "منطقة البلقان")."""
    if word in _MACRO_REGIONS:
        return True
    if cue.endswith(_COUNTRIES_OF) or word in _NOT_ZONES or not _region_name(word):
        return False
    return zipf(word, "ar") < _ZONE_ZIPF and not word.endswith(("ة", "ات", "ي", "ية", "ين", "ون"))


def _body_end(words: list[str], i: int) -> int | None:
    """The end of "الهيئة العامة للأرصاد الجوية" opening at `i`, or None."""
    k = i + 1
    if k >= len(words) or not (words[k] in _STANDING or place_adjective(words[k]) or _school_name(words, i)):
        return None  # "العامة", or a country's: "الهيئة السعودية للبيانات"
    k += 1
    if k < len(words) and (words[k] in _STANDING or place_adjective(words[k])):
        k += 1  # two of them: "المفوضية العليا المستقلة للانتخابات", "الهيئة الملكية X-ية للأفلام"
    if k < len(words) and words[k] == _AFFAIRS:
        return _affairs_end(words, k)
    if k >= len(words) or not (words[k].startswith("لل") and len(words[k]) > 3 and words[k].isalpha()):
        return None
    k += 1
    start = k
    while k < len(words) and k - start < _MAX_FIELD_ADJECTIVES and _field_word(words[k]):
        k += 1
    k = _affairs_end(words, k) or k
    return _before_acronym(words, _conjunct_end(words, k))


def _school_name(words: list[str], i: int) -> bool:
    """A school's or an institute's own adjective after its head ("المدرسة X-ية للهندسة",
    named after a patron): a definite nisba, rare as a word, with a field after it."""
    word, field = words[i + 1], words[i + 2] if i + 2 < len(words) else ""
    return (
        _bare(words[i]) in _SEATED_HEADS
        and word.startswith("ال")
        and word.endswith(("ي", "ية"))
        and word.isalpha()
        and zipf(word, "ar") < _ACRONYM_ZIPF
        and field.startswith("لل")
    )


def _conjunct_end(words: list[str], k: int) -> int:
    """The end of fields joined to a body's first by "و" ("للغذاء والدواء", "للبيانات والذكاء
    الاصطناعي"), with their adjectives; not a body or people after "و" ("... والحكومة")."""
    for _ in range(_MAX_CONJUNCTS):
        w = words[k] if k < len(words) else ""
        if not (w.startswith("وال") and w.isalpha() and len(w) > 4) or w[1:] in _NOT_CONJUNCTS:
            return k
        if w.endswith(("ون", "ين")) or w[1:] in _BODY_HEADS:
            return k
        k += 1
        while k < len(words) and _field_word(words[k]) and words[k] not in _STANDING:
            k += 1
    return k


def _before_acronym(words: list[str], k: int) -> int:
    """The end of a body's name that runs on to its acronym in brackets ("... للكهرباء والماء
    الصالح للشرب (X)"): the words up to the bracket, definite, joined by "و" or a field after
    "لل", belong to the name the acronym stands for; else `k`."""
    end = k
    while end < len(words) and end - k < _MAX_NAME_TAIL and words[end].startswith(("ال", "وال", "لل")):
        if not words[end].isalpha() or words[end] in STOP_WORDS:
            return k
        end += 1
    if end == k or end + 2 >= len(words) or words[end] != "(" or words[end + 2] != ")":
        return k
    acronym = words[end + 1]
    return end if acronym.isalpha() and (acronym.isupper() or zipf(acronym, "ar") < _ACRONYM_ZIPF) else k


def _lender_end(words: list[str], i: int) -> int | None:
    """The end of a credit bank's name at `i`: "القرض" (credit), its kind and the country it
    serves ("القرض X للـ(country)"), or None: without the country it is a kind of loan."""
    k = i + 1
    while k < len(words) and k - i <= _MAX_FIELD_ADJECTIVES and words[k].startswith(("ال", "وال")):
        if not (words[k].isalpha() and words[k].endswith(("ي", "ية"))):
            break
        k += 1
    if k == i + 1 or k >= len(words):
        return None
    country = "ال" + words[k][2:] if words[k].startswith("لل") else words[k][1:] if words[k][:1] == "ل" else ""
    return k + 1 if country in country_names("ar") else None


def _affairs_end(words: list[str], k: int) -> int | None:
    """The end of "لشؤون اللاجئين" (and its adjectives) opening at `k`, or None."""
    if k + 1 >= len(words) or words[k] != _AFFAIRS or not words[k + 1].startswith("ال") or len(words[k + 1]) <= 3:
        return None
    end = k + 2
    while end < len(words) and end - k - 2 < _MAX_FIELD_ADJECTIVES and _field_word(words[end]):
        end += 1
    return end


def _field_word(word: str) -> bool:
    if not (word.startswith("ال") and word.isalpha() and len(word) > 3):
        return False
    return word in _FIELD_WORDS or word.endswith(("ي", "ية", "ة"))


def _place_end(words: list[str], j: int, places: Mapping[str, EntityType]) -> int | None:
    """The end of the longest known place opening at `j` (up to three words)."""
    for n in range(min(_MAX_PLACE_WORDS, len(words) - j), 0, -1):
        if places.get(" ".join(words[j : j + n])) == "LOC":
            return j + n
    return None


def _institution_end(words: list[str], j: int, cue: str, places: Mapping[str, EntityType]) -> int | None:
    """The end of the place (and its kind before it, its standing after it) that names the
    institution `cue` opening before `j`."""
    end = _place_end(words, j, places)
    if end is None and cue in _KINDS_BEFORE_PLACE:
        for k in range(j + 1, min(j + _MAX_KIND_WORDS, len(words)) + 1):
            if not _kind_word(words[k - 1]):
                break
            end = _place_end(words, k, places)
            if end is not None:
                break
    if end is not None and cue in _AFTER_PLACE:
        adjectives, needed = _AFTER_PLACE[cue]
        place = end
        while end < len(words) and words[end] in adjectives:
            end += 1
        if needed and end == place:
            return None
    return end


def _court_end(words: list[str], j: int) -> int | None:
    """The end of a court's kind and its adjectives after "محكمة" ("محكمة التمييز"), or None."""
    if j >= len(words) or words[j] not in _COURT_KINDS:
        return None
    end = j + 1
    while end < len(words) and end - j <= 2 and (words[end] in _COURT_ADJECTIVES or place_adjective(words[end])):
        end += 1
    if words[j] in _BARE_COURT_KINDS and end == j + 1:
        return None  # "محكمة القضاء": no kind said
    seat = words[end] if end < len(words) else ""
    if seat.startswith("ب") and places_with_extra().get(seat[1:]) == "LOC":
        end += 1  # "محكمة الاستئناف بالرياض"-like: the city it sits in, "ب" kept inside
    return end


def _seat(word: str) -> int:
    """1 when `word` is "ب" and a city (no country): the seat in a school's name."""
    rest = word[1:]
    return int(word.startswith("ب") and places_with_extra().get(rest) == "LOC" and rest not in country_names("ar"))


def _kind_word(word: str) -> bool:
    """A noun of a court's kind ("جنايات", "استئناف", "أمن"): no article, no clitic reading."""
    return word.isalpha() and not word.startswith("ال") and word not in STOP_WORDS and len(word) > 2


def _palace_name(word: str, after: str) -> bool:
    """A palace's name after "قصر": a word rare as a word ("بعبدا", "الإليزيه"), or any
    definite one ("قصر الاتحادية", "قصر القبة") but "النظر" (short sight) and people, the
    subject of the verb "قصر" (fell short: "قصر المسؤولون في ...")."""
    if not word.isalpha() or word in STOP_WORDS:
        return False
    if zipf(word, "ar") < _PALACE_NAME_ZIPF:
        return True
    return (
        word.startswith("ال")
        and len(word) > 3
        and word not in _NOT_PALACES
        and not word.endswith(("ون", "ين"))
        and after != "على"  # "قصر الدعم على ...": limited the support to
    )


_COMPASS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"})


def _compass_name(word: str) -> bool:
    """The name after a side in a region's name: no function word, no article's adjective."""
    return word.isalpha() and len(word) > 2 and word not in STOP_WORDS and not word.startswith("ال")


def _region_name(word: str) -> bool:
    return (
        word.startswith("ال")
        and word.isalpha()
        and len(word) > 4
        and word not in OFFICE_ADJECTIVES
        and zipf(word, "ar") < _REGION_COMMON_ZIPF
    )
