"""Polish city transport and offices as the guidelines mark them (session 32, round 32; whole
articles only):

- a railway or bus station keeps its lower-case kind word ("dworca Kraków Płaszów", as a
  roundabout does): the tagger takes the name alone;
- a depot named with its capitalised kind words is a place ("Zajezdnia Autobusowa Wola"): the
  tagger reads it as a body;
- an office's capitalised "Urząd" belongs to the body the tagger found after it ("Urząd" +
  "Marszałkowski Województwa Opolskiego" -> one ORG);
- a plural noun for a group of people opening a headline before its colon is no name
  ("Motorniczowie: ..."): the tagger reads the capitalised word as a body;
- (round 42) a station named with its capitalised kind word is a place ("przy Dworcu
  Głównym"): the tagger leaves it; a ride "z X do Y" starts where it ends, so an untagged
  genitive before "do" and a place is a place too ("z Podgórza do Nowej Huty"); the residents
  of a name live there ("mieszkańców Kazimierza"): a district named like a person is a place.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "polish-transport"
_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_NAME = rf"[{_UP}][\w-]+"
_STATION = re.compile(rf"(?<![\w-])dworc(?:a|u|em|zec)? {_NAME}(?: {_NAME}){{0,2}}(?![\w-])")
# "Dworzec Centralny", "przy Dworcu Głównym": the capitalised kind word and one or two names
_CAPITAL_STATION = re.compile(rf"(?<![\w-])Dwor(?:zec|ca|cu|cem)(?: {_NAME}){{1,2}}(?![\w-])")
# "z Podgórza do ", "od Bronowic do ": a capitalised genitive opening a ride to a place
_RIDE_FROM = re.compile(rf"(?<![\w-])(?:z|ze|od) (?P<name>{_NAME}) do $")
# an instrumental after "z" is a companion ("z Janem do kina"), never a starting point
_INSTRUMENTAL = ("em", "ą", "im", "ym", "ami")
# "mieszkańców Kazimierza", "mieszkańcy Nowej Huty": residents of a place
_RESIDENTS = re.compile(r"(?<![\w-])[Mm]ieszkań(?:cy|ców|com|cami|cach) $")
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
    if "Dwor" in text:
        out = claimed_spans(text, out, [f.span() for f in _CAPITAL_STATION.finditer(text)], "LOC", MODEL, 0.8)
    if " do " in text:
        out = _ride_starts(text, out)
    if "ieszkań" in text:
        for m in out:
            if m.type == "PER" and _RESIDENTS.search(text, max(0, m.start - 14), m.start):
                m.type, m.model = "LOC", MODEL
    if "Zajezdni" in text:
        out = claimed_spans(text, out, [f.span() for f in _DEPOT.finditer(text)], "LOC", MODEL, 0.8)
    if "Urz" in text:
        out = [_with_office(text, m) for m in out]
    return [m for m in out if not _group_noun(text, m)]


def _ride_starts(text: str, mentions: list[Mention]) -> list[Mention]:
    """An untagged capitalised genitive in "z X do <place>": the ride's starting point."""
    spans = []
    for m in mentions:
        if m.type != "LOC":
            continue
        ride = _RIDE_FROM.search(text, max(0, m.start - 40), m.start)
        if ride is None or ride["name"].endswith(_INSTRUMENTAL):
            continue
        s, e = ride.span("name")
        if not any(o.start < e and s < o.end for o in mentions):
            spans.append((s, e))
    return claimed_spans(text, mentions, spans, "LOC", MODEL, 0.7) if spans else mentions


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
