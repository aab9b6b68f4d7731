"""German news of casinos, lotteries and betting by its kind words (round 38): a casino named
with its kind word and its town is one body ("Spielbank Bad Ems", "Casino Aachen"), one place
right after a locative as a museum is ("im Casino Aachen"); a Land's lottery company is one
body ("Lotto Bayern"); a game's name alone is no name ("Roulette", "Poker", "Lotto ist ein
Spiel"); a counselling office named with its topic is a body ("Fachstelle Suchtprävention"); a
town's adjective before a ministry stays out ("des Kieler Finanzministeriums" ->
"Finanzministeriums"); a dateline the tagger ran into the firm after its dash is split ("Bad Ems
– Die X GmbH" -> "Bad Ems" + "X GmbH").

The tagger reads the casino's town alone, types the lottery of a Land a person, the games
places and people, misses the office and runs the dateline and the town's adjective into the
body.  Whole articles only; each rule looks only where its kind word stands.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.venues import LOCATED_HOUSE

MODEL = "german-gambling"
_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
# A casino's kind word and its town ("Spielbank Bad Homburg", "Casino Baden-Baden").
_CASINO = re.compile(
    rf"(?<![\w-])(?:Spielbank|Spielcasino|Spielkasino|Casino|Kasino) (?P<town>(?:Bad |Sankt |St\. )?{_NAME})(?![\w-])"
)
LANDS = (
    "Baden-Württemberg",
    "Bayern",
    "Berlin",
    "Brandenburg",
    "Bremen",
    "Hamburg",
    "Hessen",
    "Mecklenburg-Vorpommern",
    "Niedersachsen",
    "Nordrhein-Westfalen",
    "Rheinland-Pfalz",
    "Saarland",
    "Sachsen",
    "Sachsen-Anhalt",
    "Schleswig-Holstein",
    "Thüringen",
)
_LOCATIVE = re.compile(r"(?:^|\s)(?:im|ins|in der|beim|vor dem|vor der|aus dem)\s+$", re.IGNORECASE)
# A Land's lottery company: "Lotto Hessen", "Toto-Lotto Niedersachsen", "Lotterie Sachsen".
_LOTTERY = re.compile(rf"(?<![\w-])(?:Lotto|Toto-Lotto|Lotto-Toto) (?:{'|'.join(LANDS)})(?![\w-])")
# Games of chance: a word of the game, no name, whatever the tagger made of it.
_GAMES = frozenset({"Roulette", "Poker", "Blackjack", "Baccara", "Bingo", "Keno", "Lotto", "Toto", "Slots"})
# An office of counselling named with its topic ("Fachstelle Sucht", "Fachstelle Spielsucht").
_OFFICE = re.compile(r"(?<![\w-])Fachstelle (?:für )?[A-ZÄÖÜ][a-zäöüß]+(?:sucht|prävention|beratung|Sucht)?(?![\w-])")
_OFFICE_TOPIC = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*(?:sucht|Sucht|prävention|beratung|hilfe)")
# A town's adjective before a ministry: the town stays out.
_TOWN_ADJECTIVE_MINISTRY = re.compile(r"^(?P<town>[A-ZÄÖÜ][a-zäöüß]+)er (?P<body>[A-ZÄÖÜ][a-zäöüß]*[Mm]inisteri\w*)$")
# A dateline's place, its dash and an article opening the first sentence.
_DATELINE = re.compile(rf"^(?P<place>(?:Bad )?{_NAME}) [–-] (?:Die|Der|Das) (?P<body>.+)$")


def german_gambling(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with casinos, Land lotteries and counselling offices claimed, games dropped,
    a town's adjective cut off a ministry and a dateline split off a body."""
    if language != "de":
        return mentions
    out = [m for m in mentions if not (m.text in _GAMES and m.model.startswith("neural"))]
    out = _split_datelines(text, out)
    places = place_names("de")
    for m in out:
        found = _TOWN_ADJECTIVE_MINISTRY.match(m.text) if m.type == "ORG" else None
        if found and found["town"] in places:
            m.start += found.start("body")
            m.text, m.model = text[m.start : m.end], MODEL
    tagged = {(m.start, m.end) for m in out if m.type == "LOC"}
    casinos = [f.span() for f in _CASINO.finditer(text) if f["town"] in places or f.span("town") in tagged]
    # after a locative the casino is where one plays, as a museum is (session 28/29)
    located = [s for s in casinos if _LOCATIVE.search(text, max(0, s[0] - 12), s[0])]
    lotteries = [f.span() for f in _LOTTERY.finditer(text)]
    offices = [f.span() for f in _OFFICE.finditer(text) if _OFFICE_TOPIC.fullmatch(f.group().rsplit(" ", 1)[1])]
    spans = sorted(s for s in casinos + lotteries + offices if s not in located)
    if located:
        out = claimed_spans(text, out, located, "LOC", LOCATED_HOUSE, 0.8)
    return claimed_spans(text, out, spans, "ORG", MODEL, 0.8) if spans else out


def _split_datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body opening a paragraph with a place and a dash before it: the place and the body."""
    out = []
    places = place_names("de")
    for m in mentions:
        found = _DATELINE.match(m.text) if m.type == "ORG" else None
        if not (found and found["place"] in places and (m.start == 0 or text[m.start - 1] == "\n")):
            out.append(m)
            continue
        place = replace(m, end=m.start + found.end("place"), text=found["place"], type="LOC", model=MODEL)
        body_start = m.start + found.start("body")
        out += [place, replace(m, start=body_start, text=text[body_start : m.end], model=MODEL)]
    return out
