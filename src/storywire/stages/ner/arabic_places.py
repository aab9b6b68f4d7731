"""Places the Arabic gazetteer lacks: the short names of some countries, the towns of the
Gulf, the Levant, Sudan, Libya and Tunisia that news names every day, and the regions of Sudan.

The gazetteer holds geonames' larger cities and CLDR's country names, which spell the
Emirates and Saudi Arabia in full ("الإمارات العربية المتحدة", "المملكة العربية السعودية"); news
writes "الإمارات", "السعودية", and names towns the gazetteer leaves out ("الظهران", "القطيف",
"رأس الخيمة").  geonames spells Khartoum "خرطوم" (no article) and holds few towns of Sudan's
and Libya's wars and migration routes.  It leaves out the smaller cities abroad, whose
transliteration is often a word ("كيل" Kiel, "بن" Bonn); a few of them are the daily news
of diplomacy and migration (Geneva, Davos, Lampedusa, Ceuta) and are listed.  The lists
are general knowledge, not drawn from any evaluation text.

Some of these names are first a common word: "الخبر" (the news), "العين" (the eye), "صور"
(pictures), "العقبة" (the obstacle), "جنين" (a foetus).  They are a place only where the
sentence puts a place: after a word of location ("قرب الخبر", "مدينة العين", "شمال العقبة"),
next to another place ("الدمام والخبر"), or after a preposition and before a place named
by its kind word ("بين الخبر وحلبة X").  "السعودية" is also the adjective "Saudi": after
a definite noun or a name ("الحكومة السعودية", "أرامكو السعودية") it is no place.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_lexicon import CLITICS
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.tokens import Token

_COUNTRIES = ("الإمارات", "السعودية", "فلسطين", "أمريكا", "أميركا")
_TOWNS = (
    # Saudi Arabia
    "الظهران", "الأحساء", "القطيف", "بريدة", "عنيزة", "حفر الباطن", "رابغ", "القنفذة", "الخفجي",
    "رأس تنورة", "نيوم", "الدرعية",
    # the Emirates, Kuwait, Qatar, Bahrain, Oman
    "رأس الخيمة", "أم القيوين", "خورفكان", "الرويس", "الجهراء", "الفروانية", "الوكرة", "لوسيل", "مسيعيد",
    "رأس لفان", "المحرق", "الدقم", "نزوى", "البريمي",
    # Oman's governorates and wilayats that geonames leaves out (Dhofar's coast, Musandam)
    "ظفار", "مسندم", "مرباط", "سدح", "رخيوت", "ضلكوت", "ثمريت", "هيماء", "عبري", "صحم", "الخابورة",
    # ... and the governorates named by a compass point and their region (one name each)
    "شمال الباطنة", "جنوب الباطنة", "شمال الشرقية", "جنوب الشرقية",
    # Jordan, Egypt, Syria, Lebanon, Palestine
    "الكرك", "مادبا", "جرش", "شرم الشيخ", "العلمين", "درعا", "زحلة", "جبيل", "النبطية", "رام الله",
    "بيت لحم", "أريحا", "البتراء", "القويرة",  # Petra, and al-Quwayra near Aqaba
    "الطفيلة", "السلط",  # Jordan's governorate seats of Tafilah and Balqa
    # ... and its districts' seats that geonames leaves out, two words or no common word (not
    # Shoubak: its adjective "الشوبكي" is a family name, "ليلى الشوبكي", no place's adjective)
    "المزار الشمالي", "المزار الجنوبي", "الشونة الشمالية", "الشونة الجنوبية", "دير علا", "الأغوار الشمالية",
    "بني كنانة", "ذيبان", "وادي موسى", "غور الصافي", "ناعور",
    # the towns and districts of the Syrian refugees' flight and return (Daraa's Hauran, the
    # Lebanese border, the Turkish border's towns on both sides), and Amman's central quarters
    "بصرى الشام", "بصرى", "إنخل", "إزرع", "السويداء", "الغوطة", "عرسال", "بعلبك", "البقاع", "عفرين",
    "منبج", "سرمدا", "تل أبيض", "أورفا", "شانلي أورفا", "هاتاي", "أنطاكيا", "العبدلي", "الشميساني",
    # Sudan: towns and the regions news names as places ("النيل الأزرق", a state, one name)
    "الخرطوم", "كادوقلي", "الدلنج", "الفولة", "زالنجي", "كوستي", "شندي", "دنقلا", "مليط", "الطينة",
    "وادي حلفا", "حلفا الجديدة", "دارفور", "كردفان", "النيل الأزرق", "النيل الأبيض",
    # Libya, and Chad's east
    "الكفرة", "تاجوراء", "غريان", "الزنتان", "ترهونة", "زوارة", "صبراتة", "أوباري", "مرزق", "جالو",
    "بني وليد", "رأس لانوف", "البريقة", "الجفرة", "أبشي",
    # Tunisia: towns of the grain north and the mining south that geonames leaves out
    "مجاز الباب", "بوسالم", "عين دراهم", "غار الدماء", "منزل بورقيبة", "المتلوي", "الرديف", "سيدي بوزيد",
    "تستور", "نفزة", "بن عروس",
    # ... and the coast's governorate seats, Djerba, Ben Guerdane, and El Menzah (Tunis's quarter
    # of the sports city and the Olympic committee); "المهدية" after a definite noun is the
    # adjective "Mahdist" ("الدولة المهدية")
    "نابل", "المهدية", "جربة", "بن قردان", "المنزه",
    # Morocco's oasis regions of the south, and Timbuktu of the caravan routes
    "تافيلالت", "تمبكتو",
    # abroad: cities of diplomacy and of the migration routes, smaller than the gazetteer's
    "جنيف", "دافوس", "لاهاي", "ستراسبورغ", "لوزان", "زيورخ", "فرانكفورت", "نابولي", "مرسيليا",
    "لامبيدوسا", "صقلية", "كريت", "كاليه", "سبتة", "مليلية", "غوانتانامو", "إسطنبول",
)  # fmt: skip
# Towns whose name is first a common word: a place only by what stands around it.
_WORD_TOWNS = (
    "الخبر", "العين", "صور", "العقبة", "جنين", "الجوف", "العلا", "الخور", "المفرق", "سترة", "الباحة",
    "الأبيض", "مروي", "هون", "ودان", "شحات",  # white, narrated, easy, "and Dan", a beggar
    "الكاف",  # Tunisia's El Kef: the letter kaf
    "معان", "سحاب",  # Jordan's Ma'an and Sahab: "meanings", "clouds"
)  # fmt: skip
_ADJECTIVE_PLACES = frozenset({"السعودية", "المهدية"})
# Words that put a place after them: near, the city of, north of ...
_LOCATION_WORDS = frozenset({
    "قرب", "مدينة", "بمدينة", "لمدينة", "ومدينة", "محافظة", "بمحافظة", "منطقة", "بمنطقة", "شمال", "جنوب",
    "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "ضواحي", "أطراف", "بلدة", "مطار", "ميناء",
})  # fmt: skip
_NEAR = ("بالقرب", "من")  # "بالقرب من": in the vicinity of
# Prepositions of place, and the kind words of a place joined to a word town after them
# ("بين الخبر وحلبة X": between Khobar and the X circuit).
_PLACE_PREPOSITIONS = frozenset({"بين", "في", "من", "إلى", "الى"})
_PLACE_KINDS = frozenset({"حلبة", "مدينة", "ملعب", "استاد", "مطار", "ميناء", "محافظة", "بلدة", "قرية"})
_MAX_WORDS = 3


@functools.cache
def extra_place_names() -> dict[str, EntityType]:
    """The listed countries and towns, common words among them, for a lookup after a cue
    that already says a place follows ("مطار العين", "مصرف الإمارات المركزي")."""
    # "إفريقيا", the Maghreb's spelling of the gazetteer's "أفريقيا", in each of its names
    # ("شمال إفريقيا", "جنوب إفريقيا")
    africa = tuple(p.replace(_AFRICA, _AFRICA_MAGHREB) for p in place_names("ar") if _AFRICA in p)
    return dict.fromkeys((*_COUNTRIES, *_TOWNS, *_WORD_TOWNS, *africa), "LOC")


_AFRICA, _AFRICA_MAGHREB = "أفريقيا", "إفريقيا"


def word_town(name: str) -> bool:
    """A listed town whose name is first a common word ("العقبة", "العين")."""
    return name in _WORD_TOWN_SET


_WORD_TOWN_SET = frozenset(_WORD_TOWNS)


@functools.cache
def places_with_extra() -> Mapping[str, EntityType]:
    """The gazetteer's places and the listed ones."""
    return {**place_names("ar"), **extra_place_names()}


def arabic_places(text: str, toks: Sequence[Token], mentions: Sequence[Mention]) -> list[Mention]:
    """The listed places in `text` (a clitic before one outside the span), where a common
    word among them stands in a place's context; none inside or next to `mentions`' names."""
    words = [t.text for t in toks]
    name_ends = {m.end for m in mentions}
    place_ends = {m.end for m in mentions if m.type == "LOC"}
    known = places_with_extra()
    out: list[Mention] = []
    i = 0
    for start in trigger_indices(words, _listed_first_forms()):
        if start < i:
            continue  # inside the place read last
        i = start
        hit = _listed_at(words, i)
        if hit is None:
            continue
        lead, end, name = hit
        after_name = i > 0 and (toks[i - 1].end in name_ends or words[i - 1].startswith("ال"))
        adjective = name in _ADJECTIVE_PLACES and not lead and after_name  # "الحكومة السعودية"
        # "ومعان والعقبة": a word town joined to a place another rule read
        joined = i > 0 and words[i].startswith("و") and toks[i - 1].end in place_ends
        if not adjective and (name not in _WORD_TOWNS or joined or _place_context(words, i, end, known)):
            s, e = toks[i].start + lead, toks[end - 1].end
            out.append(Mention(s, e, text[s:e], "LOC", model="rules:ar", confidence=0.6))
        i = end
    return out


@functools.cache
def _listed_first_words() -> frozenset[str]:
    return frozenset(name.split(" ", 1)[0] for name in extra_place_names())


@functools.cache
def _listed_first_forms() -> frozenset[str]:
    """The listed places' first words, bare or behind a clitic: a place opens at one only."""
    return clitic_forms(_listed_first_words())


def _listed_at(words: list[str], i: int) -> tuple[int, int, str] | None:
    """(clitic length, end index, name) of a listed place opening at `i`."""
    listed, firsts = extra_place_names(), _listed_first_words()
    first = words[i]
    if first not in firsts and not (first.startswith(CLITICS) and first[1:] in firsts):
        return None  # most words open no listed place
    for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
        first = words[i]
        for lead, bare in ((0, first), (1, first[1:] if first.startswith(CLITICS) else "")):
            name = " ".join([bare, *words[i + 1 : i + n]])
            if bare and name in listed:
                return lead, i + n, name
    return None


def _place_context(words: list[str], i: int, end: int, known: Mapping[str, EntityType]) -> bool:
    """A word of location before `i`, or a place joined by "و" on either side."""
    before = words[i - 1] if i > 0 else ""
    if before in _LOCATION_WORDS or (i > 1 and (words[i - 2], before) == _NEAR):
        return True
    if words[i].startswith("و") and (before in known or before[1:] in known):
        return True  # "الدمام والخبر"
    after = words[end] if end < len(words) else ""
    if after.startswith("و") and before in _PLACE_PREPOSITIONS and after[1:] in _PLACE_KINDS:
        return True  # "بين الخبر وحلبة X": joined to a place named by its kind
    return after.startswith("و") and after[1:] in known  # "الخبر والدمام"


# Adjectives of a region that is no place of the gazetteer: "الآسيوية", "الخليجية".
_REGION_STEMS = frozenset({"آسيو", "خليج", "عرب", "إفريق", "أفريق"})  # "الإفريقي": African


def place_adjective(word: str) -> bool:
    """A definite adjective of a country, region or city: "المصرية", "الأوروبية", "الكويتي"."""
    if not (word.startswith("ال") and len(word) >= 5 and word.isalpha()):
        return False
    end = next((e for e in ("ية", "ي") if word.endswith(e)), "")
    if not end:
        return False
    stem = word[2 : -len(end)]
    places = places_with_extra()
    forms = (word, stem, stem + "ا", stem + "يا", stem + "ة", "ال" + stem)
    return stem in _REGION_STEMS or any(form in places for form in forms)


def place_end(words: list[str], j: int) -> int | None:
    """The end of the longest known place (up to three words) that opens at words[j]."""
    places = places_with_extra()
    for n in (3, 2, 1):
        if j + n <= len(words) and places.get(" ".join(words[j : j + n])) == "LOC":
            return j + n
    return None
