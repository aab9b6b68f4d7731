"""Race circuits and monuments in Polish, Russian and Ukrainian news, as places (LOC).

A circuit is where a race is run, a place by the guidelines ("Смоленское кольцо", "Moscow
Raceway"); taggers read a quoted circuit as a body ("«Нижегородское кольцо»") and an English
"X Raceway" as a firm.  Its shape: a quoted name ending in "кольцо"/"ринг" (any case), a quoted
name right after "автодром"/"картодром"/"трасса", or a capitalised word before "Raceway" /
"Speedway".  A Polish monument named with its capitalised kind word ("Pomnik Ułanów
Warmińskich", the settled convention keeps the word) is a place too, where taggers say ORG.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic_circuits"

_RING = re.compile(r"«(?P<name>[А-ЯЁІЇЄҐ][^«»\n]{0,30} (?:кольц|ринг)[а-яіє]{0,3})»")
_TRACK = re.compile(r"(?<![\w-])(?:автодром|картодром|трасс|трас)[а-яіїє]{0,3} «(?P<name>[A-ZА-ЯЁІЇЄҐ][^«»\n]{1,30})»")
_RACEWAY = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Raceway|Speedway))(?![\w-])")
_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_MONUMENT = re.compile(rf"(?<![\w-])(?P<name>Pomnik(?:a|u|iem)? [{_UP}][\w-]+(?: [{_UP}][\w-]+){{0,3}})(?![\w-])")


def _not_wider(m: Mention, start: int, end: int) -> bool:
    """A mention running past the name (a longer body) keeps it."""
    return m.start < start or m.end > end


def slavic_circuits(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the circuits and monuments above one LOC each."""
    spans: list[tuple[int, int]] = []
    if language in ("ru", "uk") and "«" in text:
        spans += [f.span("name") for f in _RING.finditer(text)]
        spans += [f.span("name") for f in _TRACK.finditer(text)]
    if language in ("ru", "uk", "pl") and ("Raceway" in text or "Speedway" in text):
        spans += [f.span("name") for f in _RACEWAY.finditer(text)]
    if language == "pl" and "Pomnik" in text:
        spans += [f.span("name") for f in _MONUMENT.finditer(text)]
    if not spans:
        return mentions
    return claimed_spans(text, mentions, sorted(set(spans)), "LOC", MODEL, 0.8, _not_wider)
