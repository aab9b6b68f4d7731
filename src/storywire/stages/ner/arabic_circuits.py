"""Arabic circuits, courses, marinas and arenas by their kind word, and sport events named by a
place, for `arabic_sport`'s single pass (handlers as in `arabic_teams`).

* A circuit or a race course: "حلبة" or "مضمار" and its name, a place ("حلبة X الدولية")
  or rare words that may end in a place ("حلبة كورنيش X"-like, "حلبة مونزا"), the kind word
  inside the span (the circuit's official name holds it) and its adjective "الدولية" too;
  the town it stands in after "في" is a place.  A common word after it is the ring of a
  contest ("حلبة صراع", "حلبة السباق"), and "حلبة للكارتينغ" (a karting track) names none.
* A marina or a corniche: "مرسى X", "كورنيش X" (a place or rare words), named with its
  kind word as a street is with "شارع".
* An arena or a circuit named with a transliterated kind word after the name ("X أوتودروم",
  "X أرينا"): the name before it (a place or rare words) and the word, one place.
* A sport event named by a place: "بطولة X للتنس", "جائزة X الكبرى", "كأس X": the place is
  the event's name, not labelled, so the span is typed MISC, for `arabic_clitics` to keep the
  gazetteer's place out and then drop.  "بطولة", "سباق" and "دوري" are common words too
  (heroism, a race for power, my role): they name an event only with what qualifies it
  after the place ("المفتوحة", "للتنس", a number).
"""

from __future__ import annotations

from storywire.stages.ner.arabic_lexicon import name_word, present_verb, verbal_noun
from storywire.stages.ner.arabic_places import place_end, places_with_extra
from storywire.stages.ner.arabic_teams import Handler, Hit
from storywire.stages.ner.word_frequency import zipf

_CIRCUITS = frozenset({"حلبة", "مضمار"})
# Stadiums named by rare words ("ملعب X Y" of a foreign club): the kind word inside, as for
# one named by its city (`arabic_institutions`), which a place after it leaves to.
_STADIUMS = frozenset({"ملعب", "استاد", "ستاد", "إستاد"})
_MARINAS = frozenset({"مرسى", "كورنيش"})
_TAILS = frozenset({"أوتودروم", "موتودروم", "أرينا", "ستاديوم", "سيركيت", "سيركت"})
_EVENTS = frozenset({"بطولة", "كأس", "جائزة", "دوري", "طواف", "رالي", "ماراثون", "سباق", "أولمبياد"})
# Kinds that are common words too ("بطولة" heroism, "سباق" a race for power, "دوري" my
# role): an event only with an adjective, a field ("للتنس") or a number after the place.
_QUALIFIED_EVENTS = frozenset({"بطولة", "سباق", "دوري"})
# Words between an event's kind and its place: "دوري أبطال X", "كأس أمم X".
_EVENT_LINKS = frozenset({"أبطال", "أمم"})
_EVENT_ADJECTIVES = frozenset({"الكبرى", "المفتوحة", "الدولي", "الدولية", "المفتوح"})
_OWN_ADJECTIVES = frozenset({"الدولية", "الدولي"})
_IN = "في"
# A word of a venue's name is rarer than this ("مرسى" 3.8, "كورنيش" 3.7; "صراع" 4.5, "سباق"
# 4.6), and one of them rarer than `_RARE_ZIPF` or a place ("ياس" 3.5, "مونزا" 0).
_VENUE_WORD_ZIPF = 4.0
_RARE_ZIPF = 3.6
# A word this common in its feminine is an adjective ("صغيرة", "دولية").
_FEMININE_ZIPF = 3.0
# The town a circuit stands in is rarer than this as a word, when no list holds it.
_TOWN_ZIPF = 3.0
_MAX_NAME_WORDS = 3
_MAX_TAIL_NAME = 2


def _venue_word(word: str) -> bool:
    if not name_word(word) or present_verb(word) or verbal_noun(word):
        return False
    return zipf(word, "ar") < _VENUE_WORD_ZIPF and zipf(word + "ة", "ar") < _FEMININE_ZIPF


def _venue_name_end(words: list[str], j: int) -> int | None:
    """The end of a venue's name at `j`: a place, or rare words (a place may close them)."""
    end = place_end(words, j)
    if end is not None:
        while end < len(words) and end - j < _MAX_NAME_WORDS and _venue_word(words[end]):
            if zipf(words[end], "ar") >= _RARE_ZIPF:
                break
            end += 1  # a place and a rare word: "ملعب X برنابيو"-like, a town's name first
        return end
    k, rare = j, False
    while k < len(words) and k - j < _MAX_NAME_WORDS:
        place = place_end(words, k)
        if place is not None:
            return place  # "كورنيش X": the venue's name ends with its town
        if not _venue_word(words[k]):
            break
        rare = rare or zipf(words[k], "ar") < _RARE_ZIPF
        k += 1
    return k if k > j and rare else None


def circuit(words: list[str], i: int, lead: int) -> list[Hit]:
    """ "حلبة X الدولية" (LOC, the kind word inside), and the town after "في"."""
    end = _venue_name_end(words, i + 1)
    if end is None:
        return []
    while end < len(words) and end - i <= _MAX_NAME_WORDS + 1 and words[end] in _OWN_ADJECTIVES:
        end += 1
    hits: list[Hit] = [(i, end, "LOC", lead)]
    if end + 1 < len(words) and words[end] == _IN and _town(words[end + 1]):
        hits.append((end + 1, end + 2, "LOC", 0))
    return hits


def _town(word: str) -> bool:
    """A town after "في": listed, or a word no dictionary holds ("الصخير"-like)."""
    if word in places_with_extra():
        return True
    bare = word[2:] if word.startswith("ال") else word
    return word.isalpha() and len(bare) >= 3 and name_word(bare) and zipf(word, "ar") < _TOWN_ZIPF


def marina(words: list[str], i: int, lead: int) -> list[Hit]:
    """ "مرسى X", "كورنيش X" (LOC, the kind word inside)."""
    end = _venue_name_end(words, i + 1)
    return [(i, end, "LOC", lead)] if end is not None else []


def stadium(words: list[str], i: int, lead: int) -> list[Hit]:
    """ "ملعب X Y" of rare words (LOC, the kind word inside); a stadium named by a place or
    a definite word is `arabic_institutions`' and `arabic_landmarks`'."""
    j = i + 1
    end = _venue_name_end(words, j) if j < len(words) else None
    if end is None or end == place_end(words, j):
        return []
    return [(i, end, "LOC", lead)]


def tail(words: list[str], i: int, lead: int) -> list[Hit]:
    """ "X أوتودروم": the name before the kind word and the word, one place."""
    if lead:
        return []
    k = i
    while k > 0 and i - k < _MAX_TAIL_NAME:
        w = words[k - 1]
        if not (places_with_extra().get(w) == "LOC" or _venue_word(w)):
            break
        k -= 1
    return [(k, i + 1, "LOC", 0)] if k < i else []


def event(words: list[str], i: int, lead: int) -> list[Hit]:
    """ "بطولة X ..." with X a place: the event (MISC), the place inside it not labelled."""
    j = i + 1
    if j < len(words) and words[j] in _EVENT_LINKS:
        j += 1
    end = place_end(words, j) if j < len(words) else None
    if end is None:
        return []
    place = end
    while end < len(words) and words[end] in _EVENT_ADJECTIVES:
        end += 1
    nxt = words[end] if end < len(words) else ""
    qualified = end > place or nxt[:1] == "ل" or nxt[:1].isdigit() or j > i + 1
    if words[i][lead:] in _QUALIFIED_EVENTS and not qualified:
        return []  # "بطولة X" alone may be X's heroism, "دوري X" my role in X
    return [(i, end, "MISC", lead)]


TRIGGERS: dict[str, Handler] = {
    **dict.fromkeys(_CIRCUITS, circuit),
    **dict.fromkeys(_MARINAS, marina),
    **dict.fromkeys(_STADIUMS, stadium),
    **dict.fromkeys(_TAILS, tail),
    **dict.fromkeys(_EVENTS, event),
}
