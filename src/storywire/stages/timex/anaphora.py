"""Expressions anchored on the last date the text mentioned, not on the publication date.

'Al día siguiente', 'le lendemain', 'il giorno dopo', 'the same day', 'ese mismo año',
'l'année suivante' and the Spanish 'el día'/'la semana' (the day or week under
discussion) shift a reference time.  In narrative news that reference time is the last
date mentioned before the expression in the same paragraph ('El domingo … Al día
siguiente' is the Monday); with none, it is the publication date (the paragraph is
about the news day).  Years look further back: 'ese mismo año' may refer to a year named
several sentences earlier, so any earlier expression in the text anchors them.

'el día 21', 'el pasado día 21', 'il giorno 21' name a day of a month left implicit: the
anchor's month, or the one before when that day is still ahead of the anchor (the month
after with a future cue or 'próximo').

Candidates are found like every other pattern (kind 'anaphor' / 'day_of_month'); their
values are provisional until `reanchor` has seen the expressions before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from storywire.model import TemporalExpression
from storywire.stages.timex.periods import Value, compiled

# phrase regex -> (unit, offset from the anchor); unit 'day', 'week' or 'year'.
ANAPHORA: dict[str, dict[str, tuple[str, int]]] = {
    "en": {
        r"(?:on )?the (?:very )?same day|(?:on )?that (?:very )?day": ("day", 0),
        r"(?:on )?the (?:next|following) day|the day after": ("day", 1),
        r"(?:on )?the (?:previous|preceding) day|the day before|the eve": ("day", -1),
        r"(?:in )?(?:that|the same) year": ("year", 0),
        r"the (?:following|next) year|a year later": ("year", 1),
        r"the (?:previous|preceding) year|a year earlier": ("year", -1),
    },
    "fr": {
        r"le (?:même jour|jour même)|ce jour-là|ce même jour": ("day", 0),
        # 'au lendemain de la révolution' is the day after an event, not after a date.
        r"(?:le |au |du |dès le )?lendemain(?!\s+(?:de|du|des|d['’]))": ("day", 1),
        r"(?:la |à la |de la )?veille(?!\s+(?:de|du|des|d['’]))": ("day", -1),
        r"(?:la même année|cette année-là)": ("year", 0),
        r"l['’]année (?:suivante|d['’]après)": ("year", 1),
        r"l['’]année (?:précédente|d['’]avant)": ("year", -1),
    },
    "es": {
        r"(?:ese|aquel|el|este) mismo día|ese día|aquel día|dicho día": ("day", 0),
        # 'el día'/'del día' alone: the day under discussion (guards in `_guard`).
        r"(?:el|del) día": ("day", 0),
        r"(?:al|el) día siguiente|al otro día|el día después": ("day", 1),
        r"el día anterior|la víspera": ("day", -1),
        r"(?:ese|aquel|el) mismo año|ese año|aquel año|dicho año": ("year", 0),
        r"(?:al|el) año siguiente": ("year", 1),
        r"el año anterior": ("year", -1),
        # 'la semana' alone: the week under discussion ('las noticias de la semana').
        r"la semana": ("week", 0),
    },
    "it": {
        r"(?:lo )?stesso giorno|il giorno stesso|quel(?:lo stesso)? giorno": ("day", 0),
        r"il giorno (?:dopo|seguente|successivo)|(?:l['’]|all['’])indomani": ("day", 1),
        r"il giorno (?:prima|precedente)|la vigilia": ("day", -1),
        r"(?:lo )?stesso anno|quell['’]anno": ("year", 0),
        r"l['’]anno (?:dopo|seguente|successivo)": ("year", 1),
        r"l['’]anno (?:prima|precedente)": ("year", -1),
    },
    "de": {
        r"am (?:selben|gleichen) Tag|an diesem Tag": ("day", 0),
        r"am (?:nächsten|folgenden) Tag|tags darauf": ("day", 1),
        r"am Vortag|am Tag zuvor": ("day", -1),
        r"im (?:selben|gleichen) Jahr": ("year", 0),
        r"im (?:folgenden|nächsten) Jahr|ein Jahr später": ("year", 1),
    },
    "uk": {r"того ж дня|цього ж дня": ("day", 0), r"наступного дня": ("day", 1), r"напередодні": ("day", -1)},
    "ru": {r"в тот же день|того же дня": ("day", 0), r"на следующий день": ("day", 1), r"накануне": ("day", -1)},
}

# 'el (pasado|próximo) día 21': a day of an implicit month.
DAY_OF_MONTH: dict[str, str] = {
    "es": r"(?:(?P<dm>el|del|al) (?:(?P<dmod>pasado|próximo) )?día (?P<dd>[0-3]?\d))(?![\d,:/%]|\.\d)",
    "it": r"(?:(?P<dm>il|del|al|dal) (?:(?P<dmod>scorso|prossimo) )?giorno (?P<dd>[0-3]?\d))(?![\d,:/%]|\.\d)",
}

# What may follow a Spanish 'el día'/'la semana' that makes it something else: a day
# number or a following name ('el día de la Ira', 'el Día de la Policía'), an idiom
# ('orden del día', 'el día a día', 'el día D').
_ES_AFTER = re.compile(
    r"\s*(?:\d|[A-Z]\b|a\s+día|de\s+(?!hoy\b)|del\b|que\b|en\s+que\b|siguiente|anterior|"
    r"después|pasad|próxim|laboral|hábil|mundial|internacional|nacional|santo)",
    re.IGNORECASE,
)
_ES_BEFORE = re.compile(r"(?:orden|cada|un|otro|mismo|menú|plato|tema|estado)\s+(?:del?|el)\s*$", re.IGNORECASE)
_LINE = re.compile(r"\n")


@dataclass(frozen=True)
class Anaphor:
    """A shift of `offset` units from the anchor; unit 'dom' is day `offset` of a month."""

    unit: str
    offset: int
    direction: int = 0


def guard(lang: str, phrase: str, text: str, start: int, end: int) -> bool:
    """False where a bare Spanish 'el día'/'la semana' is not the day or week under discussion."""
    if lang != "es" or phrase.lower() not in ("el día", "del día", "la semana"):
        return True
    if phrase.split()[-1][0].isupper():
        return False  # 'el Día de …' names a holiday
    before = text[max(0, start - 12) : start + len(phrase.split()[0])]
    return not (_ES_AFTER.match(text, end) or _ES_BEFORE.search(before))


def lookup(lang: str, phrase: str) -> tuple[str, int] | None:
    for pattern, unit_off in ANAPHORA.get(lang, {}).items():
        if compiled(pattern, re.IGNORECASE).fullmatch(phrase):
            return unit_off
    return None


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _anchor_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if compiled(r"\d{4}-\d\d-\d\d").match(value) else None
    except ValueError:
        return None


def day_of_month(anchor: date, day: int, dirn: int) -> date | None:
    """Day `day` of the anchor's month, or of the month before (after, dirn > 0) when needed."""
    months = [(anchor.year, anchor.month)]
    y, m = (anchor.year, anchor.month - 1) if anchor.month > 1 else (anchor.year - 1, 12)
    ny, nm = (anchor.year, anchor.month + 1) if anchor.month < 12 else (anchor.year + 1, 1)
    months += [(ny, nm)] if dirn > 0 else [(y, m)]
    for yy, mm in months:
        try:
            d = date(yy, mm, day)
        except ValueError:
            continue
        if (dirn > 0 and d >= anchor) or (dirn <= 0 and d <= anchor):
            return d
    return None


def provisional(an: Anaphor, pub: date) -> Value:
    """A value from the publication date, replaced by `reanchor` once the anchor is known."""
    if an.unit == "week":
        return iso_week(pub), "week", "DATE"
    if an.unit == "year":
        return f"{pub.year:04d}", "year", "DATE"
    return pub.isoformat(), "day", "DATE"


def reanchor(
    exprs: list[TemporalExpression], pending: dict[int, Anaphor], text: str, pub: date
) -> list[TemporalExpression]:
    """`exprs` (sorted) with the anaphoric ones, indexed in `pending` by start, re-valued."""
    out: list[TemporalExpression] = []
    last_day: tuple[int, date] | None = None  # (position, date) of the last day-precise expression
    last_year: int | None = None
    for e in exprs:
        if e.start in pending:
            unit, off = pending[e.start].unit, pending[e.start].offset
            same_par = last_day is not None and not _LINE.search(text, last_day[0], e.start)
            anchor = last_day[1] if same_par and last_day else pub
            if unit == "dom":
                d = day_of_month(pub, off, pending[e.start].direction)
                e = replace(e, value=d.isoformat()) if d else e
            elif unit == "day":
                e = replace(e, value=(anchor + timedelta(days=off)).isoformat())
            elif unit == "week":
                e = replace(e, value=iso_week(anchor + timedelta(weeks=off)))
            elif unit == "year":
                e = replace(e, value=f"{max(1, (pub.year if last_year is None else last_year) + off):04d}")
        if e.type == "DATE":
            d = _anchor_date(e.value)
            if d is not None:
                last_day = (e.end, d)
            if compiled(r"\d{4}(?!\d)").match(e.value):
                last_year = int(e.value[:4])
        out.append(e)
    return out
