"""Turn a candidate match into a TIMEX3-like value, anchored on the publication date.

Direction rules (news convention, documented in the module docs of `dates.py`):
* a weekday, a month, a day-month or a season without a year refers to the most recent
  such date on or before publication, unless the expression or its sentence carries a
  future cue ('will', 'prochain', 'nächsten', 'наступного', a future-tense verb), in which
  case the next one on or after publication is meant;
* explicit 'last'/'next' words ('vendredi dernier', 'el próximo lunes') move strictly
  before/after the publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from storywire.stages.timex.lexicon import ARAB_BEFORE, SEASON_BLOCK, Lexicon
from storywire.stages.timex.patterns import DECADE_WORDS, QUARTER_WORDS, REL_PART_OF_DAY
from storywire.stages.timex.periods import Value, century_value, compiled, holiday_date, season_year

Direction = Literal[-1, 0, 1]

_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_SENTENCE_END = re.compile(r"[.!?;\n。！？]")


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def sentence_window(text: str, start: int, end: int) -> str:
    """The sentence around a span (bounded to 250 chars each side), for tense cues."""
    lo = max(0, start - 250)
    left = text[lo:start]
    cut = None
    for m in _SENTENCE_END.finditer(left):
        cut = m.end()
    left = left[cut:] if cut is not None else left
    right = text[end : end + 250]
    m2 = _SENTENCE_END.search(right)
    return left + " " + (right[: m2.start()] if m2 else right)


def direction(lex: Lexicon, offset: int | None, text: str, start: int, end: int) -> Direction:
    """-1/+1 from explicit modifiers, else from the sentence's tense cues (future first)."""
    if offset is not None and offset != 0:
        return -1 if offset < 0 else 1
    window = sentence_window(text, start, end)
    if lex.future.search(window):
        return 1
    return -1 if lex.past and lex.past.search(window) else 0


def _modifier(table: dict[str, int], word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower()
    for pattern, off in table.items():
        if compiled(pattern, re.IGNORECASE).fullmatch(w):
            return off
    return 0


def _lookup(table: dict[str, int], word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in table:
        return table[w]
    for pattern, val in table.items():
        if compiled(pattern, re.IGNORECASE).fullmatch(w):
            return val
    return None


def _year_from_rel(lex: Lexicon, phrase: str | None, pub: date) -> int | None:
    if not phrase:
        return None
    for pattern, (unit, off) in lex.relative.items():
        if unit == "year" and compiled(pattern, re.IGNORECASE).fullmatch(phrase):
            return pub.year + off
    return None


# How much nearer a future reading must be than the past one to win: without a cue a date
# a few weeks ahead is still read as upcoming (a scheduled event), with a future cue the
# past reading must be much nearer to win.
FUTURE_PENALTY = 4.0
CUE_PENALTY = 0.25


def _pick(past_gap: float, future_gap: float, dirn: Direction, explicit: bool) -> int:
    """-1 for the past reading, +1 for the future one."""
    if explicit:
        return dirn if dirn else -1
    if dirn < 0:
        return -1
    penalty = CUE_PENALTY if dirn > 0 else FUTURE_PENALTY
    return 1 if future_gap * penalty < past_gap else -1


def resolve_day_month(pub: date, month: int, day: int, dirn: Direction, explicit: bool = False) -> date | None:
    cands = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := safe_date(y, month, day))]
    if not cands:
        return None
    strict = explicit and dirn != 0
    past = [d for d in cands if d < pub or (d == pub and not strict)]
    future = [d for d in cands if d > pub or (d == pub and not strict)]
    if not past or not future:
        return (past or future)[-1 if past else 0]
    p, f = past[-1], future[0]
    return p if _pick((pub - p).days, (f - pub).days, dirn, explicit) < 0 else f


def resolve_month(pub: date, month: int, dirn: Direction, explicit: bool = False) -> tuple[int, int]:
    if month == pub.month and not explicit:
        return pub.year, month
    cur = pub.year * 12 + pub.month
    back = (pub.year if month < pub.month or (month == pub.month and dirn <= 0) else pub.year - 1, month)
    ahead = (pub.year if month > pub.month or (month == pub.month and dirn > 0) else pub.year + 1, month)
    past_gap = cur - (back[0] * 12 + back[1])
    future_gap = ahead[0] * 12 + ahead[1] - cur
    return back if _pick(past_gap, future_gap, dirn, explicit) < 0 else ahead


def resolve_weekday(pub: date, weekday: int, dirn: Direction, strict: bool) -> date:
    back = (pub.weekday() - weekday) % 7
    fwd = (weekday - pub.weekday()) % 7
    if dirn > 0:
        return pub + timedelta(days=fwd or (7 if strict else 0))
    return pub - timedelta(days=back or (7 if strict else 0))


def _unit_value(unit: str, target: date) -> Value:
    if unit == "year":
        return f"{target.year:04d}", "year", "DATE"
    if unit == "month":
        return f"{target.year}-{target.month:02d}", "month", "DATE"
    if unit == "week":
        return iso_week(target), "week", "DATE"
    if unit == "weekend":
        return iso_week(target) + "-WE", "week", "DATE"
    if unit == "decade":
        return f"{target.year:04d}"[:3], "decade", "DATE"
    return target.isoformat(), "day", "DATE"


def shift(pub: date, unit: str, k: int) -> date:
    if unit in ("day",):
        return pub + timedelta(days=k)
    if unit in ("week", "weekend"):
        return pub + timedelta(weeks=k)
    if unit == "month":
        y, m = add_months(pub.year, pub.month, k)
        return date(y, m, min(pub.day, 28))
    if unit == "decade":
        return date(max(1, pub.year + 10 * k), 1, 1)
    return date(max(1, pub.year + k), 1, 1)


# 'nearly three years ago' lies a little after 'three years ago', 'more than' a little
# before: a quarter of the unit, so that the rounded value moves the right way.
_LESS = re.compile(
    r"nearly|almost|less|under|près|presque|moins|casi|menos|quasi|meno|fast|knapp|weniger|"
    r"майже|почти|менее|prawie|niemal",
    re.IGNORECASE,
)
_MORE = re.compile(r"more|over|plus|más|più|oltre|mehr|über|понад|більше|более|больше|ponad", re.IGNORECASE)


def _ago_target(pub: date, unit: str, n: int, hedge: str | None) -> date:
    nudge = 0.0
    if hedge and _LESS.search(hedge):
        nudge = 0.25
    elif hedge and _MORE.search(hedge):
        nudge = -0.25
    if unit in ("year", "month", "decade"):
        months = {"year": 12, "month": 1, "decade": 120}[unit]
        total = round((-n + nudge) * months) if unit != "month" else -n
        y, m = add_months(pub.year, pub.month, total)
        return date(max(1, y), m, min(pub.day, 28))
    days = {"week": 7}.get(unit, 1)
    return pub + timedelta(days=round((-n + nudge) * days) if unit == "week" else -n * days)


def _number(lex: Lexicon, word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word and all(ch in _ZH_DIGITS for ch in word):
        if word.startswith("十"):
            return 10 + (_ZH_DIGITS[word[1]] if len(word) > 1 else 0)
        if len(word) == 3 and word[1] == "十":
            return _ZH_DIGITS[word[0]] * 10 + _ZH_DIGITS[word[2]]
        if len(word) == 2 and word[1] == "十":
            return _ZH_DIGITS[word[0]] * 10
        return _ZH_DIGITS[word[0]] if len(word) == 1 else None
    return _lookup(lex.numbers, word)


def _zh_unit(u: str) -> str:
    return {"年": "year", "个月": "month", "天": "day"}.get(u, "week")


def _with_pod(d: date, pod: str | None, lex: Lexicon) -> Value:
    if pod:
        code = _lookup({k: i for i, k in enumerate(lex.parts_of_day)}, pod)
        if code is not None:
            return f"{d.isoformat()}T{list(lex.parts_of_day.values())[code]}", "time", "TIME"
    return d.isoformat(), "day", "DATE"


def _plausible_year(y: int) -> bool:
    return 1000 <= y <= 2100


def resolve(kind: str, m: re.Match[str], lex: Lexicon, text: str, pub: date | None) -> Value | None:
    """Value for one candidate, or None to reject it (guards live here)."""
    g = m.groupdict()
    start, end = m.span()
    if kind == "numeric":
        d = safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return (d.isoformat(), "day", "DATE") if d else None
    if kind == "numeric_dmy":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if len(g["y"]) == 2:
            y += 2000 if y <= (pub.year % 100 if pub else 30) else 1900
        # English numeric dates are month-first unless the first number cannot be a month.
        day, month = (b, a) if lex.lang == "en" and a <= 12 else (a, b)
        d = safe_date(y, month, day)
        return (d.isoformat(), "day", "DATE") if d and _plausible_year(y) else None
    if kind in ("dmy", "mdy", "numeric_md"):
        return _resolve_dmy(kind, g, lex, text, start, end, pub)
    if kind in ("month_year", "month"):
        return _resolve_month(kind, g, lex, text, m, pub)
    if kind == "year":
        y = int(g["y"])
        if not _plausible_year(y):
            return None
        # A bare number is a year only in a plausible modern range or after a year cue.
        # (the Chinese "2025年" pattern has no `core`: the 年 itself marks a year)
        if not g.get("yp") and not compiled(r"\D$").search(g.get("core") or m.group(0)):
            before = text[max(0, start - 14) : start]
            if not 1800 <= y <= 2099 or (lex.hedges and compiled(rf"(?:{lex.hedges})\s+$", re.I).search(before)):
                return None  # 'over 2000 killed', 'plus de 1300 morts'
        return str(y), "year", "DATE"
    if kind == "decade":
        if g.get("dy"):
            return g["dy"][:3], "decade", "DATE"
        digit = int(g["dd"][0]) if g.get("dd") else DECADE_WORDS.get((g.get("dw") or "").lower())
        return (f"19{digit}", "decade", "DATE") if digit else None
    if kind == "quarter":
        q = int(g["qn"]) if g.get("qn") else QUARTER_WORDS.get((g.get("q") or "").lower())
        if not q:
            return None
        if g.get("y"):
            return f"{g['y']}-Q{q}", "quarter", "DATE"
        if pub is None:
            return None
        cur = (pub.month - 1) // 3 + 1
        year = pub.year if q <= cur or direction(lex, None, text, start, end) > 0 else pub.year - 1
        return f"{year}-Q{q}", "quarter", "DATE"
    if kind == "century":
        return century_value(g, pub)
    if kind == "vague":
        val = _lookup({k: i for i, k in enumerate(lex.vague)}, g["v"])
        return (list(lex.vague.values())[val], "day", "DATE") if val is not None else None
    if pub is None:  # everything below is relative to the publication date
        return None
    if kind == "weekday":
        return _resolve_weekday(g, lex, text, start, end, pub)
    if kind == "relative":
        return _resolve_relative(g, lex, text, start, pub)
    if kind == "rel_pod":
        table = REL_PART_OF_DAY[lex.lang]
        for pattern, (off, code) in table.items():
            if compiled(pattern, re.IGNORECASE).fullmatch(g["rp"]):
                return f"{(pub + timedelta(days=off)).isoformat()}T{code}", "time", "TIME"
        return None
    if kind == "ago":
        n = _number(lex, g["n"])
        unit = _zh_unit(g["u"]) if lex.lang == "zh" else _lookup({k: i for i, k in enumerate(lex.units)}, g["u"])
        if n is None or unit is None:
            return None
        unit_name = unit if isinstance(unit, str) else list(lex.units.values())[unit]
        return _unit_value(unit_name, _ago_target(pub, unit_name, n, g.get("hedge")))
    if kind == "season":
        return _resolve_season(g, lex, text, start, end, pub)
    if kind == "holiday":
        md = holiday_date(lex.lang, g["hol"] or "", text, start)
        hd = resolve_day_month(pub, md[0], md[1], direction(lex, None, text, start, end)) if md else None
        return (hd.isoformat(), "day", "DATE") if hd else None
    return None


def _month_number(lex: Lexicon, word: str) -> int | None:
    w = word.lower().rstrip(".")
    return lex.months.get(w) or lex.months_abbr.get(w)


def _resolve_dmy(
    kind: str, g: dict[str, str | None], lex: Lexicon, text: str, start: int, end: int, pub: date | None
) -> Value | None:
    month = int(g["m"] or 0) if kind == "numeric_md" else _month_number(lex, g["m"] or "")
    day = int(g["d"] or 0)
    if not month or not 1 <= day <= 31:
        return None
    if g.get("y2") and (g.get("m") or "").lower().rstrip(".") in lex.months_abbr:
        g = {**g, "y": str(2000 + int(g["y2"] or 0))}  # '17 Mar 16' (sidebars, bylines)
    if g.get("y"):
        y = int(g["y"] or 0)
        d = safe_date(y, month, day) if _plausible_year(y) else None
        return (d.isoformat(), "day", "DATE") if d else None
    yr = _year_from_rel(lex, g.get("yrel"), pub) if pub else None
    if yr:
        d = safe_date(yr, month, day)
        return (d.isoformat(), "day", "DATE") if d else None
    if pub is None:
        return None
    off = _modifier(lex.modifiers_post, g.get("post"))
    if not off:
        off = _modifier(lex.modifiers_pre, g.get("pre"))
    d = resolve_day_month(pub, month, day, direction(lex, off, text, start, end), explicit=bool(off))
    return (d.isoformat(), "day", "DATE") if d else None


def _resolve_month(
    kind: str, g: dict[str, str | None], lex: Lexicon, text: str, m: re.Match[str], pub: date | None
) -> Value | None:
    month = int(g["mn"] or 0) if g.get("mn") else _month_number(lex, g.get("m") or "")
    if not month:
        return None
    word = g.get("m") or ""
    start, end = m.span()
    if lex.lang == "en" and word and not word[0].isupper():
        return None  # English month names are capitalised; 'march', 'may' are verbs
    if kind == "month" and word.lower() in lex.ambiguous_months and not g.get("edge") and not g.get("post"):
        before = text[max(0, start - 25) : start].lower()
        cue = compiled(rf"(?:^|[\s(])(?:{lex.month_cues})\s*$").search(before) if lex.month_cues else None
        after = text[end : end + 3]
        if not cue or after.startswith(("'s", "’s")) or (lex.lang == "en" and word[0].islower()):
            return None
    if g.get("y"):
        y = int(g["y"] or 0)
        return (f"{y}-{month:02d}", "month", "DATE") if _plausible_year(y) else None
    if pub is None:
        return None
    yr = _year_from_rel(lex, g.get("yrel"), pub)
    if yr:
        return f"{yr}-{month:02d}", "month", "DATE"
    off = _modifier(lex.modifiers_post, g.get("post")) or _modifier(lex.modifiers_pre, g.get("pre"))
    y, mo = resolve_month(pub, month, direction(lex, off, text, start, end), explicit=bool(off))
    return f"{y}-{mo:02d}", "month", "DATE"


def _resolve_weekday(
    g: dict[str, str | None], lex: Lexicon, text: str, start: int, end: int, pub: date
) -> Value | None:
    wd = _lookup(lex.weekdays, g["wd"] or "")
    if wd is None:
        return None
    if lex.lang == "en" and not (g["wd"] or " ")[0].isupper():
        return None
    off = _modifier(lex.modifiers_post, g.get("post")) or _modifier(lex.modifiers_pre, g.get("pre"))
    d = resolve_weekday(pub, wd, direction(lex, off, text, start, end), strict=bool(off))
    return _with_pod(d, g.get("pod") or g.get("podg"), lex)


_MORGEN_AS_MORNING = re.compile(r"(am|heute|gestern)\s+$")
_MANANA_AS_MORNING = re.compile(r"(la|esta|por la|de la|cada|una|toda la)\s+$")


def _resolve_relative(g: dict[str, str | None], lex: Lexicon, text: str, start: int, pub: date) -> Value | None:
    phrase = g["rel"] or ""
    before = text[max(0, start - 12) : start].lower()
    low = phrase.lower()
    if lex.lang == "de" and low == "morgen" and (phrase != "morgen" or _MORGEN_AS_MORNING.search(before)):
        return None  # 'Morgen' (noun) and 'heute Morgen' mean morning, not tomorrow
    if lex.lang == "es" and low == "mañana" and _MANANA_AS_MORNING.search(before):
        return None  # 'por la mañana' is the morning
    for pattern, (unit, off) in lex.relative.items():
        if compiled(pattern, re.IGNORECASE).fullmatch(phrase):
            if unit == "day":
                return _with_pod(pub + timedelta(days=off), g.get("pod"), lex)
            return _unit_value(unit, shift(pub, unit, off))
    return None


def _resolve_season(g: dict[str, str | None], lex: Lexicon, text: str, start: int, end: int, pub: date) -> Value | None:
    word = g["s"] or ""
    code = None
    for pattern, c in lex.seasons.items():
        if compiled(pattern, re.IGNORECASE).fullmatch(word):
            code = c
    # 'Arab Spring' / 'printemps arabe' name a movement, not a season.
    if code is None or SEASON_BLOCK.search(text[end : end + 12]) or ARAB_BEFORE.search(text[max(0, start - 8) : start]):
        return None
    if word.lower() in lex.ambiguous_seasons and not (g.get("pre") or g.get("y") or g.get("yrel") or g.get("post")):
        return None
    if g.get("y"):
        return f"{g['y']}-{code}", "season", "DATE"
    yr = _year_from_rel(lex, g.get("yrel"), pub)
    if yr is None:
        off = _modifier(lex.modifiers_post, g.get("post")) or _modifier(lex.modifiers_pre, g.get("pre"))
        yr = season_year(pub, code, direction(lex, off, text, start, end), explicit=bool(off))
    return f"{yr:04d}-{code}", "season", "DATE"
