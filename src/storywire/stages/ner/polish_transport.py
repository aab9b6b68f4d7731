"""Polish city transport and offices as the guidelines mark them (session 32, round 32; whole
articles only):

- a railway or bus station keeps its lower-case kind word ("dworca Kraków Płaszów", as a
  roundabout does): the tagger takes the name alone;
- a depot named with its capitalised kind words is a place ("Zajezdnia Autobusowa Wola"): the
  tagger reads it as a body;
- an office's capitalised "Urząd" belongs to the body the tagger found after it ("Urząd" +
  "Marszałkowski Województwa Opolskiego" -> one ORG);
- a plural noun for a group of people opening a headline before its colon is no name
  ("Motorniczowie: ..."): the tagger reads the capitalised word as a body.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "polish-transport"
_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_NAME = rf"[{_UP}][\w-]+"
_STATION = re.compile(rf"(?<![\w-])dworc(?:a|u|em|zec)? {_NAME}(?: {_NAME}){{0,2}}(?![\w-])")
_DEPOT = re.compile(rf"(?<![\w-])Zajezdni[ąaeię]? (?:Tramwajow|Autobusow|Trolejbusow)\w+ {_NAME}(?![\w-])")
_OFFICE = re.compile(r"(?<![\w-])Urz(?:ąd|ędu|ędem|ędowi|ędzie) $")
# plural nouns for groups of people that open headlines ("Związkowcy: ...", "Mieszkańcy: ...")
_GROUPS = frozenset(
    {
        "Związkowcy", "Mieszkańcy", "Kierowcy", "Motorniczowie", "Pasażerowie", "Radni", "Rodzice",
        "Ratownicy", "Archeolodzy", "Naukowcy", "Lekarze", "Pielęgniarki", "Nauczyciele", "Rolnicy",
        "Przedsiębiorcy", "Pracownicy", "Urzędnicy", "Turyści", "Narciarze", "Taksówkarze",
    }
)  # fmt: skip


def polish_transport(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the stations, depots and offices above, without group nouns."""
    if language != "pl":
        return mentions
    out = mentions
    if "dworc" in text:
        out = claimed_spans(text, out, [f.span() for f in _STATION.finditer(text)], "LOC", MODEL, 0.8)
    if "Zajezdni" in text:
        out = claimed_spans(text, out, [f.span() for f in _DEPOT.finditer(text)], "LOC", MODEL, 0.8)
    if "Urz" in text:
        out = [_with_office(text, m) for m in out]
    return [m for m in out if not _group_noun(text, m)]


def _with_office(text: str, m: Mention) -> Mention:
    """An ORG right after a capitalised "Urząd" in any case, with it."""
    if m.type != "ORG" or m.text.startswith("Urz"):
        return m
    office = _OFFICE.search(text, max(0, m.start - 9), m.start)
    if not office:
        return m
    return Mention(office.start(), m.end, text[office.start() : m.end], "ORG", MODEL, m.confidence)


def _group_noun(text: str, m: Mention) -> bool:
    """A group noun of the list right before a colon."""
    return m.text in _GROUPS and text.startswith(":", m.end)
