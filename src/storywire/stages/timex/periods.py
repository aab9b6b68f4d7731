"""Centuries and fixed-date holidays: word lists and their values.

Seasons: which year a season named without one belongs to (`season_year`).
Centuries take the TIMEX3 value of their first two digits ('XXe siècle' -> '19', 'siglo
XXI' -> '20'); 'this century'/'last century' count from the publication year.  Holidays
with a fixed calendar date ('Noël', 'Navidad', 'Natale', 'Halloween') resolve like a day
and month without a year; movable feasts (Easter) are left out rather than guessed.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from storywire.model import Precision, TimexType

Value = tuple[str, Precision, TimexType]


@functools.lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, kept: the lexicon tables' keys are patterns matched one
    by one, and with the rest of the analysis they overflowed `re`'s own cache of 512, so
    that a few hundred of them were compiled again in every batch of articles."""
    return re.compile(pattern, flags)


_ROMAN = r"(?=[IVX])(?P<cr>X{0,2}(?:IX|IV|V?I{0,3}))"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}

# Each pattern names the century by `cr` (Roman), `cn` (digits) or `co` (ordinal word), or
# relatively by `crel` ('pasado' -> -1, else 0).
CENTURY: dict[str, str] = {
    "en": r"the (?:(?P<cn>\d{1,2})(?:st|nd|rd|th)|(?P<co>[\w-]+)) century"
    r"|the (?P<crel>last|past|previous|this) century",
    "fr": rf"(?:le |au |du |ce )?(?:{_ROMAN}|(?P<cn>\d{{1,2}}))(?:e|ème|è|eme)\s+siècle"
    r"|(?:le |au |du )siècle (?P<crel>dernier|passé)|(?P<crel2>ce) siècle",
    "es": rf"(?:el |del |en el |al )?siglo {_ROMAN}(?!\w)"
    r"|(?:el |del |en el )siglo (?P<crel>pasado|anterior)|(?:este|el presente|del presente) (?P<crel2>siglo)",
    "it": rf"(?:il |nel |del |al )?(?:{_ROMAN} secolo|secolo {_ROMAN.replace('cr', 'cr2')}(?!\w))"
    r"|(?:il |nel |del |lo |dello )?(?:secolo (?P<crel>scorso|passato)|scorso secolo)"
    r"|(?:questo|(?:nel|del|di) questo|quest['’]ultimo) (?P<crel2>secolo)",
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22,
}  # fmt: skip
_PAST_CENTURY = re.compile(r"last|past|previous|dernier|passé|pasado|anterior|scorso|passato|scorso secolo", re.I)

# Holiday name regex -> (month, day).  A holiday name is also a surname ('Di Natale') or part
# of a name ('Père Noël'): Italian and Spanish ones need a temporal preposition before them.
HOLIDAYS: dict[str, dict[str, tuple[int, int]]] = {
    "en": {r"Christmas(?: Day)?": (12, 25), r"Christmas Eve": (12, 24), r"New Year['’]s Day": (1, 1),
           r"New Year['’]s Eve": (12, 31), r"Halloween": (10, 31), r"Valentine['’]s Day": (2, 14)},
    "fr": {r"Noël": (12, 25), r"(?:le )?(?:jour de l['’]an|Nouvel An)": (1, 1), r"(?:la )?Saint-Sylvestre": (12, 31),
           r"(?:la )?Toussaint": (11, 1), r"Halloween": (10, 31), r"(?:la )?Saint-Valentin": (2, 14)},
    "es": {r"Navidad": (12, 25), r"Nochebuena": (12, 24), r"Nochevieja": (12, 31), r"Año Nuevo": (1, 1),
           r"Halloween": (10, 31), r"San Valentín": (2, 14), r"(?:el )?Día de (?:Todos )?los Santos": (11, 1)},
    "it": {r"Natale": (12, 25), r"(?:la )?vigilia di Natale": (12, 24), r"Capodanno": (1, 1),
           r"San Silvestro": (12, 31), r"Ferragosto": (8, 15), r"Halloween": (10, 31), r"Ognissanti": (11, 1),
           r"(?:l['’])?Epifania": (1, 6), r"San Valentino": (2, 14)},
    "de": {r"Weihnachten": (12, 25), r"Heiligabend": (12, 24), r"Silvester": (12, 31), r"Neujahr": (1, 1),
           r"Halloween": (10, 31)},
}  # fmt: skip
_HOLIDAY_CUES: dict[str, str] = {
    "it": r"(?:a|di|dopo|prima di|per|sotto|il|del|dal|al|fino a|entro|questo|lo scorso|scorso|prossimo|"
    r"vigilia di|periodo di|giorno di|auguri di)\s+$",
    "es": r"(?:en|de|la|desde|hasta|antes de|después de|para|esta|por|tras|la pasada|la próxima|feliz)\s+$",
}
# 'Père Noël', 'Babbo Natale'; a capitalised particle inside a sentence ('Renato Di Natale').
_NAME_BEFORE = re.compile(r"(?:Père|Papá|Babbo|Papa|Father)\s+$|[\w,]\s+D[ieau]\s+$")


def roman(s: str) -> int:
    total = 0
    for ch, nxt in zip(s, [*s[1:], ""], strict=True):
        v = _ROMAN_VALUES[ch]
        total += -v if nxt and _ROMAN_VALUES[nxt] > v else v
    return total


def century_value(g: dict[str, str | None], pub: date | None) -> Value | None:
    n: int | None = None
    if g.get("cr") or g.get("cr2"):
        n = roman((g.get("cr") or g.get("cr2") or "").upper())
    elif g.get("cn"):
        n = int(g["cn"] or 0)
    elif g.get("co"):
        n = _ORDINALS.get((g["co"] or "").lower())
    elif g.get("crel") or g.get("crel2"):
        if pub is None:
            return None
        n = pub.year // 100 + 1 - bool(_PAST_CENTURY.fullmatch(g.get("crel") or ""))
    if not n or not 1 <= n <= 21:
        return None
    return f"{n - 1:02d}", "century", "DATE"


def holiday_date(lang: str, name: str, text: str, start: int) -> tuple[int, int] | None:
    """(month, day) of a holiday mention, or None where it is a name rather than the day."""
    before = text[max(0, start - 24) : start]
    if _NAME_BEFORE.search(before) or (lang == "it" and name.lower().endswith("natale") and "Natale" not in name):
        return None  # lower-case 'natale' is the adjective ('città natale')
    cue = _HOLIDAY_CUES.get(lang)
    if cue and not compiled(cue, re.IGNORECASE).search(before):
        return None
    for pattern, md in HOLIDAYS.get(lang, {}).items():
        if compiled(pattern, re.IGNORECASE).fullmatch(name):
            return md
    return None


# Months of each season within one calendar year: winter is read as the calendar year's
# (January, February and December), as TIMEX3 'YYYY-WI' is usually read.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def season_year(pub: date, code: str, dirn: int, explicit: bool = False) -> int:
    """Year of a season named without one, relative to the publication date.

    The season under way is this year's unless a modifier ('dernier', 'next') moves away from
    it; otherwise the last one (past cue or 'last'), the next one (future cue or 'next'), or
    without any cue the nearer of the two, counting from its end or to its start.
    """
    if code not in _SEASON_MONTHS:
        return pub.year
    first, last = _SEASON_MONTHS[code]
    month = pub.month
    if first <= month <= last and not explicit:
        return pub.year
    past = pub.year if last < month else pub.year - 1
    future = pub.year if first > month else pub.year + 1
    if dirn < 0:
        return past
    if dirn > 0:
        return future
    past_gap = (pub.year - past) * 12 + month - last
    future_gap = (future - pub.year) * 12 + first - month
    return future if future_gap < past_gap else past
