"""Arabic towns, villages and districts that no list holds, by the words around them.

Local news names villages and districts far below the gazetteer's towns.  What names them
a place is the sentence:

* a word for one before the name: "قرية", "بلدة", "لواء" (a Jordanian district), "حي" (a
  quarter), "مخيم" (a camp, kept in the span as a crossing's "معبر" is; its name may be a
  commoner word), "ناحية"; "لواء" is a brigade and "حي" is "alive" too, so after
  those two only a known place, a compound name or a definite word rare as a word is taken;
  after "مدينة", "منطقة" and "جزيرة", words for a common thing's place too ("مدينة الملاهي",
  "منطقة نفوذ", "جزيرة العرب"), only a known place, a compound or a word far rarer ("منطقة
  تاجوراء"-like transliterations); after any cue, a compound may end in a common word ("حي
  عين شمس"-like names: the cue says a place is named);
* a rural commune by its tribe: "جماعة أولاد X", "جماعة بني X" (the word for it out);
* a plural of such a word before a list: "قرى X وY", "أحياء في X وY", every name in it (a
  quarter's opening with a prefix of a person's shape too: "أحياء درب X وسيدي Y");
* the shape of the name: village names opening with "كفر", "دير", "عين", "بيت", "تل", "خربة",
  "أم", "جبل", "رأس", "بئر" and a name ("دير الزور"-like, "كفر" glued on: "كفرنبل"-like),
  taken after a preposition of place or "و" after a place ("... وأم X"); after "أم" a given
  name is a mother's byname ("أم محمد"), no place;
* a definite name with an adjective of its side: "البادية الشمالية" (rare as a word; "الأحياء
  الشمالية", the northern quarters, is common).

A name found so is a place wherever else the text repeats it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import (
    CLITICS,
    GIVEN_NAMES,
    STOP_WORDS,
    conjoined,
    in_a_title,
    name_word,
    present_verb,
    rule_span,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import place_adjective, place_end, places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_CUES = frozenset({"قرية", "بلدة", "لواء", "حي", "مخيم", "ناحية"})
# A camp keeps its word ("مخيم الزعتري", as a crossing keeps "معبر"); its name may be a
# common word below this frequency ("الأزرق", 4.5; "الحسين", 4.7; not "العودة", 5.0), but for
# what a camp is for ("مخيم التدريب", a training camp).
_CAMP = "مخيم"
_CAMP_NAME_ZIPF = 4.8
_CAMP_ACTIVITIES = frozenset({
    "الإيواء", "الاعتصام", "الكشافة", "التدريب", "الإعداد", "التأهيل", "الاستقبال", "العبور", "الصيفي",
    "الشتوي", "الطبي", "التطوع", "الإسكان", "الإغاثة", "العزل", "الحجر",
})  # fmt: skip
_WEAK_CUES = frozenset({"لواء", "حي"})
_QUARTER = "حي"
_RARE_CUES = frozenset({"مدينة", "منطقة", "جزيرة"})
# After those a word names a place below this frequency: "الكفرة"-like (3.1); "الملاهي" (3.4,
# "مدينة الملاهي", an amusement park) and "نفوذ" are common nouns.
_RARE_CUE_ZIPF = 3.3
_LIST_CUES = frozenset({"قرى", "بلدات", "أحياء", "مخيمات", "مناطق", "ألوية"})
_QUARTERS = frozenset({"أحياء"})  # quarters of a town, named "درب X", "سيدي X" in the Maghreb
# "سكان X وY" (the residents of): a list of places, but "سكان المدينة" (the town's residents)
# is none, so only known places and names of a place's shape are taken after them.
_RESIDENTS = frozenset({"سكان", "أهالي"})
# A rural commune of the Maghreb ("جماعة", also "a group") is named by a tribe: "أولاد" (the
# sons of), "بني", "آيت" and a name, a given name the commonest ("جماعة أولاد X"); any other
# word after "جماعة" is the group's (`arabic_heads`).
_COMMUNE = "جماعة"
_TRIBES = frozenset({"أولاد", "بني", "آيت", "أيت"})
# A region's word before a compound name ("ولاية بن X", "معتمدية سيدي X"): the word is
# outside the span (a name of one word after it is `arabic_heads`' or `arabic_institutions`').
_REGION_CUES = frozenset({"ولاية", "محافظة", "معتمدية", "عمالة"})
_ALL_CUES = _CUES | _LIST_CUES | _RARE_CUES | _RESIDENTS | _REGION_CUES | {_COMMUNE}
_PREFIXES = frozenset({"كفر", "دير", "عين", "بيت", "تل", "خربة", "أم", "جبل", "رأس", "بئر"})
# ... and prefixes of a person's shape that open a town's name only after a cue word ("بن X",
# "سيدي X", "أولاد X" are a person or a tribe elsewhere): "ولاية بن X", "مدينة سيدي X".
# "درب" (a lane) opens a quarter's name in the Maghreb's towns ("درب X"), after a cue only.
_CUED_PREFIXES = frozenset({"بن", "بني", "سيدي", "أولاد", "حمام", "منزل", "برج", "درب"})
# After "في مدينة" (in the city of) a definite word names the town below this frequency
# ("الزهراء"-like, 3.9), but for the common things named "the city of X".
_IN_CITY_ZIPF = 4.0
_CITY = "مدينة"
_CITY_THINGS = frozenset({"الملاهي", "الأشباح", "الألعاب", "الضباب", "الأنوار", "الأحلام"})
_GLUED = "كفر"  # "كفرنبل": the only prefix written glued on to the name
# "باب" (gate) opens a quarter's name in the old towns ("باب X"), but "من باب الحرص" is "out
# of caution": only after a cue word or among the residents' places.
_GATE = "باب"
_MIN_GLUED = 6
_FATHER = frozenset({"أبي", "أبو"})  # "دير أبي X": the name holds a byname
_AT = frozenset({"في", "وفي", "إلى", "من", "قرب", "بين", "حتى", "نحو"})
_SIDES = frozenset({
    "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "الشمالي", "الجنوبي", "الشرقي", "الغربي",
})  # fmt: skip
# A definite word this rare names a place after a cue ("الكورة"-like) or before its side.
_RARE_ZIPF = 4.0
# An indefinite word after a strong cue is a name below this frequency ("قرية كبيرة" is none).
_NAME_ZIPF = 4.5
_MAX_LIST = 5
# After a cue word a compound's second word may be this common ("عين شمس", 4.6; "بيت الأسرة"
# is barred by its article's own test).
_CUED_NAME_ZIPF = 5.0
# Plural endings of a definite noun ("مدينة الملاهي" aside, "منطقة العمليات"): no town's name.
_PLURAL_ENDINGS = ("ات", "ين", "ون")
# A local name no dictionary holds is below this frequency: "جماعة X", "حي X".
_UNKNOWN_ZIPF = 2.0
# An indefinite nisba this common after "مدينة" is an adjective ("ساحلية" 3.4), no town.
_NISBA_ZIPF = 3.0


def localities(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Villages, towns and districts by a cue word, a list, their shape or their side."""
    words = [t.text for t in toks]
    spans: list[tuple[int, int, int]] = []  # (start, end, clitic length)
    i = 0
    for start in _openings(words):
        if start < i:
            continue  # inside the name read last
        i = start
        lead, w = (1, words[i][1:]) if words[i][:1] in CLITICS and words[i][1:] in _ALL_CUES else (0, words[i])
        found: list[tuple[int, int, int]] = []
        if w == _COMMUNE:
            end = _tribe_end(words, i + 1) or _commune_town_end(words, i + 1)
            found = [(i + 1, end, 0)] if end is not None else []
        elif w in _REGION_CUES:
            end = _compound_end(words, i + 1, clitic=False, cued=True)
            found = [(i + 1, end, 0)] if end is not None else []
        elif w in _RARE_CUES:
            located = w == _CITY and ((lead == 1 and words[i][0] == "ب") or (i > 0 and words[i - 1] in _AT))
            end = _rare_name_end(words, i + 1, _IN_CITY_ZIPF if located else _RARE_CUE_ZIPF)
            found = [(i + 1, end, 0)] if end is not None else []
        elif w == _CAMP:
            end = _camp_end(words, i + 1)
            found = [(i, end, lead)] if end is not None else []  # "مخيم X": the camp keeps its word
        elif w in _CUES:
            # "في حي X", "بحي X": after "in" the word is the quarter, not "alive"
            placed = (lead == 1 and words[i][0] == "ب") or (i > 0 and words[i - 1] in _AT)
            placed = placed or (lead == 1 and words[i][0] == "و" and _listed_after_at(words, i))
            end = _name_end(words, i + 1, weak=w in _WEAK_CUES)
            if end is None and w == _QUARTER and placed and not words[i + 1].endswith(("ي", "ية")):
                # not the quarter's adjective ("في حي شعبي", a working-class quarter)
                end = _name_end(words, i + 1, weak=False)
            found = [(i + 1, end, 0)] if end is not None else []
        elif w in _LIST_CUES or w in _RESIDENTS:
            after = i + 1 + (i + 1 < len(words) and words[i + 1] == "في")
            found = _list(words, after, strict=w in _RESIDENTS, cued=w in _RESIDENTS | _QUARTERS)
        elif _after_a_place(words, i) or (i > 0 and words[i - 1] in _AT):
            lead = 1 if words[i][:1] == "و" and _compound_end(words, i, clitic=True) is not None else 0
            end = _compound_end(words, i, clitic=bool(lead))
            found = [(i, end, lead)] if end is not None else []
        if not found and w.startswith("ال") and i + 1 < len(words) and words[i + 1] in _SIDES and _rare_place(w):
            found = [(i, i + 2, lead)]  # "البادية الشمالية"
        if found:
            spans += found
            i = max(e for _, e, _ in found)
    out = [rule_span(text, toks, a, b, "LOC", lead) for a, b, lead in spans]
    return out + _repeats(text, toks, spans)


# The cues above, bare or behind a clitic.
_CUE_FORMS = clitic_forms(_ALL_CUES)


def _openings(words: list[str]) -> list[int]:
    """The indices where a rule of `localities` may open a place, in order: a cue there,
    "في"-like or a known place and "و" before it, or a side after it; the rules decide."""
    places = places_with_extra()
    cues = trigger_indices(words, _CUE_FORMS)
    after_at = [i + 1 for i in trigger_indices(words[:-1], _AT)]
    after_place = [i for i, (prev, w) in enumerate(itertools.pairwise(words), 1) if w[:1] == "و" and prev in places]
    before_side = trigger_indices(words[1:], _SIDES)  # i where words[i + 1] is a side
    return sorted({*cues, *after_at, *after_place, *before_side})


def _listed_after_at(words: list[str], i: int) -> bool:
    """Whether "وحي" at `i` joins a list of places opened by "في"-like a few words before
    ("في شارع X وحي Y"): the quarter is a place in that list, not "alive" nor "revelation"."""
    for k in range(i - 2, max(i - 5, -1), -1):
        if words[k] in _AT:
            return all(w.isalpha() for w in words[k + 1 : i])
    return False


def _rare_place(word: str) -> bool:
    return word.isalpha() and len(word) > 3 and (word in places_with_extra() or zipf(word, "ar") < _RARE_ZIPF)


def _after_a_place(words: list[str], i: int) -> bool:
    """`words[i]` opens with "و" after a known place: "إربد وكفر X"."""
    return i > 0 and words[i][:1] == "و" and words[i - 1] in places_with_extra()


def _compound_end(words: list[str], j: int, clitic: bool, cued: bool = False) -> int | None:
    """The end of a village name of a prefix and a name opening at `j` ("دير أبي X", "أم X",
    "كفرنبل"-like glued), a clitic on the prefix when `clitic`, or None; after a cue word
    (`cued`) the name may be a common word ("عين شمس"-like)."""
    if j >= len(words):
        return None
    w = words[j][1:] if clitic else words[j]
    if w == _GATE and cued:
        w = "عين"  # a prefix like the others once a cue says a place is named
    if w.startswith(_GLUED) and len(w) >= _MIN_GLUED and w.isalpha() and zipf(w, "ar") < _RARE_ZIPF:
        return j + 1
    if (w not in _PREFIXES and not (cued and w in _CUED_PREFIXES)) or j + 1 >= len(words):
        return None
    nxt = words[j + 1]
    if nxt in _FATHER and j + 2 < len(words) and name_word(words[j + 2]):
        return j + 3
    if w == "أم" and nxt in GIVEN_NAMES:
        return None  # "أم محمد": a mother's byname
    if nxt.startswith("ال") and len(nxt) > 3 and nxt.isalpha() and not place_adjective(nxt):
        return j + 2 if zipf(nxt, "ar") < 5.0 else None  # "عين الباشا"-like; not "بيت الأسرة"-like
    common = _CUED_NAME_ZIPF if cued else _NAME_ZIPF
    if name_word(nxt) and not present_verb(nxt) and not verbal_noun(nxt) and zipf(nxt, "ar") < common:
        return j + 2
    return None


def _tribe_end(words: list[str], j: int) -> int | None:
    """The end of a tribe's name ("أولاد X", "بني X") opening at `j` after "جماعة", or None."""
    if j + 1 >= len(words) or words[j] not in _TRIBES:
        return None
    nxt = words[j + 1]
    if not nxt.isalpha() or len(nxt) < 3 or nxt in STOP_WORDS or present_verb(nxt) or verbal_noun(nxt):
        return None
    return j + 2


def _commune_town_end(words: list[str], j: int) -> int | None:
    """The end of a town's name after "جماعة" (a Maghrebi commune: "جماعة X" with X a known
    town or one indefinite word no dictionary holds), or None: "جماعة مسلحة" (an armed group)
    is a common word, and a second unknown word makes a group's name ("جماعة X Y")."""
    end = _listed_or_compound_end(words, j)
    if end is not None:
        return end
    if j >= len(words) or not _unknown_word(words[j]):
        return None
    return j + 1 if j + 1 >= len(words) or not _unknown_word(words[j + 1]) else None


def _unknown_word(word: str) -> bool:
    """An indefinite word no dictionary holds: a local name ("حي X", "جماعة X")."""
    return name_word(word) and not word.startswith("ال") and len(word) > 2 and zipf(word, "ar") < _UNKNOWN_ZIPF


def _rare_name_end(words: list[str], j: int, rare: float = _RARE_CUE_ZIPF) -> int | None:
    """The end of a place's name after "مدينة", "منطقة" or "جزيرة" (a word rarer than
    `rare`), or None."""
    if j >= len(words):
        return None
    end = _listed_or_compound_end(words, j)
    if end is not None:
        return end
    w = words[j]
    if w.startswith("ال"):
        bare_ok = w.isalpha() and len(w) > 3 and not place_adjective(w) and not w.endswith(_PLURAL_ENDINGS)
    else:
        bare_ok = name_word(w) and w not in STOP_WORDS and not present_verb(w) and not verbal_noun(w)
        # a nisba the dictionary holds is the town's adjective: "مدينة ساحلية" (a coastal town)
        bare_ok = bare_ok and not (w.endswith("ية") and zipf(w, "ar") >= _NISBA_ZIPF)
    return j + 1 if bare_ok and w not in _CITY_THINGS and zipf(w, "ar") < rare else None


def _listed_or_compound_end(words: list[str], j: int) -> int | None:
    """The end of a known place or of a compound place name ("كفر X", "دير أبي X") at `j`."""
    end = place_end(words, j)
    return end if end is not None else _compound_end(words, j, clitic=False, cued=True)


def _name_end(words: list[str], j: int, weak: bool) -> int | None:
    """The end of a place's name after a cue word, or None."""
    if j >= len(words):
        return None
    w = words[j]
    end = _listed_or_compound_end(words, j)
    if end is not None:
        return end
    if w.startswith("ال") and _rare_place(w) and not place_adjective(w):
        return j + 2 if j + 1 < len(words) and words[j + 1] in _SIDES else j + 1
    if weak and _unknown_word(w) and not present_verb(w):
        return j + 1  # "حي X": no dictionary holds X, so "حي" is no adjective ("alive")
    if weak or not name_word(w) or w in STOP_WORDS or present_verb(w) or verbal_noun(w):
        return None
    if w.endswith("ة") or zipf(w, "ar") >= _NAME_ZIPF:
        return None  # "قرية صغيرة", "بلدة كبيرة": what the village is like
    return j + 1


def _camp_end(words: list[str], j: int) -> int | None:
    """The end of a camp's name after "مخيم" (opening at `j`), or None: a place's name as
    after any cue, or a definite word commoner than a village's ("الأزرق"-like, the blue,
    4.5), as refugee and displaced people's camps are named after anything near them; not
    the people it shelters (a plural: "مخيم اللاجئين") nor what is done there ("مخيم
    التدريب", "مخيم الإيواء")."""
    if j >= len(words) or words[j] in _CAMP_ACTIVITIES:
        return None
    end = _name_end(words, j, weak=False)
    if end is not None:
        return end
    w = words[j]
    named = w.startswith("ال") and w.isalpha() and len(w) > 3 and not w.endswith(_PLURAL_ENDINGS)
    if not named or place_adjective(w) or verbal_noun(w):
        return None
    return j + 1 if zipf(w, "ar") < _CAMP_NAME_ZIPF else None


def _list(words: list[str], j: int, strict: bool = False, cued: bool = False) -> list[tuple[int, int, int]]:
    """The names of a list after a plural cue: "X وY وZ", each a place by its own shape; when
    `strict`, a known place or a compound only ("سكان المدينة": no rare definite word); when
    `cued`, a compound may open with a prefix of a person's shape ("أحياء سيدي X")."""

    def item_end(k: int, lead: int) -> int | None:
        w = words[k][lead:]
        end = _compound_end(words, k, clitic=bool(lead), cued=cued)
        if end is None and (
            (not strict and w.startswith("ال") and _rare_place(w) and not place_adjective(w))
            or w in places_with_extra()
        ):
            end = k + 1
        return end

    return conjoined(words, j, item_end, _MAX_LIST)


def _repeats(text: str, toks: Sequence[Token], spans: list[tuple[int, int, int]]) -> list[Mention]:
    """Every other place the text names one of `spans`' places, a clitic outside the span."""
    words = [t.text for t in toks]
    names = {tuple([words[a][lead:], *words[a + 1 : b]]) for a, b, lead in spans}
    found = {a for a, _, _ in spans}
    out: list[Mention] = []
    for name in names:
        for n in range(len(words) - len(name) + 1):
            if n in found or tuple(words[n + 1 : n + len(name)]) != name[1:]:
                continue
            lead = 0 if words[n] == name[0] else 1 if words[n][:1] in CLITICS and words[n][1:] == name[0] else -1
            if lead >= 0 and not in_a_title(text, toks[n].start + lead, toks[n + len(name) - 1].end):
                out.append(rule_span(text, toks, n, n + len(name), "LOC", lead))  # «X Y»: a work's title
    return out
