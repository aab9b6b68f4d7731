"""Russian and Ukrainian prisons and hostels as the guidelines mark them (session 31, round 31;
whole articles only):

- a numbered penal colony or remand prison is a place, one span with its town's adjective, its
  lower-case kind words and its number ("Самбірської виправної колонії № 52", "исправительной
  колонии № 7", as a military unit keeps its number): the taggers type the adjective alone;
- a hostel's or hotel's quoted name after its lower-case kind word is a place, the name alone
  ("хостел «Перехрестя»" -> "Перехрестя"): the taggers read a quoted name as a body;
- a state institution's regional branch named with its region is one body ("Філія Державної
  установи «Центр пробації» у Волинській області", as "Головне управління X у Y області"): the
  taggers cut it into a kind, a quoted name and a region.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic-prison"
_LANGUAGES = frozenset({"ru", "uk"})
_CY_UP = "А-ЯЁІЇЄҐ"
# an optional capitalised adjective (the town's), the kind words, "№" and the number
_COLONY = re.compile(
    rf"(?<![\w’'-])(?:[{_CY_UP}][\w’'-]+ )?"
    r"(?:виправн|исправительн|виховн|воспитательн)\w* (?:колон)\w* № ?\d+(?![\w-])"
)
_HOSTEL = re.compile(r"(?<![\w’'-])(?:хостел|гостиниц|готел|отел)\w* «(?P<name>[^«»\n]{1,40})»")

_BRANCH = re.compile(
    rf"(?<![\w’'-])(?:Філі(?:я|ї|ю|єю)|Филиал(?:а|е|у|ом)?) (?:[{_CY_UP}][\w’'-]* )?"
    r"(?:[Дд]ержавн\w* установ\w*|[Гг]осударственн\w* учреждени\w*|ДУ|ФКУ|ФГУП|ДП) «[^«»\n]{1,60}» "
    rf"(?:у|в|по) [{_CY_UP}][\w’'-]+ (?:області|области)(?![\w-])"
)


def slavic_prisons(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the prisons and hostels above typed LOC."""
    if language not in _LANGUAGES:
        return mentions
    out = mentions
    if "колон" in text and "№" in text:
        out = claimed_spans(text, out, [f.span() for f in _COLONY.finditer(text)], "LOC", MODEL, 0.8)
    if "«" in text and ("хостел" in text or "готел" in text or "гостиниц" in text or "отел" in text):
        spans = [f.span("name") for f in _HOSTEL.finditer(text)]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.8, blocks=_longer)
    if "«" in text and ("Філі" in text or "Филиал" in text):
        out = claimed_spans(text, out, [f.span() for f in _BRANCH.finditer(text)], "ORG", MODEL, 0.8)
    return out


def _longer(m: Mention, start: int, end: int) -> bool:
    """Only a mention running past the quotes blocks the name (its own quotes do not)."""
    return m.start < start - 1 or m.end > end + 1
