"""English city transport news by its kind words (round 32: bus strikes, operators and
authorities):

* a town's bus, coach or railway station keeps its kind words ("Leeds bus station", "Preston
  coach station"): a station is a place named with what it is;
* a trade union's regional branch is one body with its region ("Unite North West", "GMB
  London", "Unison Yorkshire and Humber"): the tagger reads the union and the region as a
  person and a place.
* the towns a service runs to are places, however the tagger typed them ("routes to Otley,
  Ilkley and Skipton", "from Leeds station to Keighley").
* a vehicle test or a licence named by its acronym is no body ("failed its MOT", "an ATOL
  licence"): the tagger reads any capitalised acronym as one.

Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "english-transport"
_STATION = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+ ){1,2}(?:bus|coach|railway|train|tram|rail) station(?![\w-])")
# British unions that name their branches by region (well-known national unions)
_UNIONS = r"Unite|GMB|Unison|UNISON|RMT|Aslef|ASLEF|TSSA|Usdaw|CWU|PCS|NEU|RCN"
# England's regions and the nations, as the unions name their branches
_REGIONS = (
    # GMB's regions by their own names ("GMB Yorkshire and North Derbyshire")
    r"Yorkshire (?:and|&) North Derbyshire|North West (?:and|&) Irish|Wales (?:and|&) South West|"
    r"Midland (?:and|&) East Coast|"
    r"Yorkshire and (?:the )?Humber|London and Eastern|North West|North East|South West|South East|"
    r"East Midlands|West Midlands|Eastern|Northern|Southern|Midlands|Wales|Scotland|"
    r"Northern Ireland|London|Yorkshire"
)
_UNION_TRIGGERS = (
    "Unite",
    "GMB",
    "Unison",
    "UNISON",
    "RMT",
    "Aslef",
    "ASLEF",
    "TSSA",
    "Usdaw",
    "CWU",
    "PCS",
    "NEU",
    "RCN",
)
_BRANCH = re.compile(rf"(?<![\w-])(?:{_UNIONS}) (?:{_REGIONS})(?![\w-])")

_ROUTE = re.compile(r"\b(?:[Rr]outes?|[Bb]uses|[Tt]rains|[Tt]rams|station) (?:to|from) (?=[A-Z])")
# a hospital or a college a route runs to stays a body (hospitals are ORG even as destinations)
_BODY_HEAD = re.compile(r"\b(?:Hospital|Infirmary|University|College|School|Council|Ltd|plc|Group)$")
_LIST_GAPS = (", ", " and ", ", and ")
# Acronyms of tests, training and licences (UK and Irish vehicle tests, motorcycle training, the
# travel licence), never of a body.
_SCHEMES = frozenset({"MOT", "MOTs", "NCT", "CBT", "ATOL"})


def english_transport(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the stations and union branches above."""
    if language != "en":
        return mentions
    out = [m for m in mentions if m.text not in _SCHEMES]
    if " station" in text:
        out = claimed_spans(text, out, [f.span() for f in _STATION.finditer(text)], "LOC", MODEL, 0.8)
    if any(u in text for u in _UNION_TRIGGERS):
        out = claimed_spans(text, out, [f.span() for f in _BRANCH.finditer(text)], "ORG", MODEL, 0.8)
    if " to " in text or " from " in text:
        out = _route_towns(text, out)
    return out


def _route_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    starts = {m.start: m for m in mentions}
    for cue in _ROUTE.finditer(text):
        m = starts.get(cue.end())
        # the list the cue opens: each name right after the last one's comma or "and"
        while m is not None and m.type == "ORG" and not _BODY_HEAD.search(m.text):
            m.type, m.model = "LOC", MODEL
            m = next((o for o in mentions if o.start > m.end and text[m.end : o.start] in _LIST_GAPS), None)
    return mentions
