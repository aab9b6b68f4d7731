"""Calendar intervals of TIMEX-like values, so event dates can be compared within their precision."""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(year: int, month: int) -> date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


@functools.lru_cache(maxsize=4096)
def interval(value: str | None) -> tuple[date, date] | None:
    """The first and last day a value covers ('2025-W09' -> Monday..Sunday), or None."""
    if not value:
        return None
    try:
        if "/" in value:
            a, b = value.split("/", 1)
            first, last = interval(a), interval(b)
            return (first[0], last[1]) if first and last else None
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return (monday + timedelta(days=5), monday + timedelta(days=6)) if m[3] else (
                monday, monday + timedelta(days=6))
        if m := _MONTH.match(value):
            return date(int(m[1]), int(m[2]), 1), _month_end(int(m[1]), int(m[2]))
        if m := _SEASON.match(value):
            first_month, last_month = _SEASONS[m[2]]
            return date(int(m[1]), first_month, 1), _month_end(int(m[1]), last_month)
        if m := _QUARTER.match(value):
            q = int(m[2])
            return date(int(m[1]), 3 * q - 2, 1), _month_end(int(m[1]), 3 * q)
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := _DECADE.match(value):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
    except ValueError:
        return None
    return None


def span_days(value: str | None) -> int:
    """How many days a value covers (a large number when unknown): smaller is more precise."""
    iv = interval(value)
    return (iv[1] - iv[0]).days + 1 if iv else 1_000_000


def compatible(a: str | None, b: str | None) -> bool:
    """Whether two dates can denote the same day (their intervals overlap); unknown fits anything."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def sort_key(value: str | None) -> tuple[date, int]:
    """Order by the first day a value covers; a range ('a/b', e.g. 'up to publication') by its last."""
    iv = interval(value)
    if iv is None:
        return date.max, 0
    return (iv[1] if value and "/" in value else iv[0]), span_days(value)
