"""English aviation and business news by its cues (session 29, round 25): an airport acting is a
body ("Bristol Airport has signed ..."), where something happens there a place; a town standing
for its airport is a place ("the Exeter route" after "Exeter Airport"); the destinations after
a flying verb are places ("flew to Luton, Leeds and ..."); a firm with its legal form followed
by "of" + town is a firm and a place ("Harbour Leasing Ltd of Dover"); a body known by a short
name gives the short name ("..., known as Unison, ..."); a members' association with its plural
possessive is one body ("Royal College of ... Nurses' Association"); the town after "the X
family of" is a place.

The tagger types an acting airport as a place, a town before "route" as a firm, destinations
as people and runs a firm into its town.  Whole articles only; each rule looks only where its
cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "english-aviation"
# An airport typed by its sentence: the article-wide type vote leaves it alone (consistency.py).
ACTING_MODEL = "airport-acting"
_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# An airport as a sentence's subject with a verb of acting after it.
_ACTS = re.compile(
    r"(?:,? which| has| have| had| said| says| will| would| signed| announced| confirmed| lost| plans| expects|"
    r" wants| cut| added| opened| reported)\b"
)
_PREPOSITION = re.compile(r"(?:\b(?:at|from|to|in|into|near|via|on|by|of|for|through|over)) $", re.IGNORECASE)
_AIRPORT_TOWN = re.compile(rf"^(?:(?P<first>{_NAME}) )?(?:\w+ )*?Airport(?: (?P<last>{_NAME}))?$")
_FLOWN = re.compile(
    rf"\b(?:fly|flies|flew|flown|flying|flights?|routes?|services?) to "
    rf"(?P<list>{_NAME}(?:, (?:the )?{_NAME}(?: of {_NAME})?)*"
    rf"(?:,? (?:and|or) (?:the )?{_NAME}(?: of {_NAME})?)?)"
)
_FIRM_OF = re.compile(
    r"^(?P<firm>.+ (?:Ltd|Limited|LLP|plc|PLC|Inc|LLC)\.?) of (?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?)$"
)
_FIRM_END = re.compile(r" (?:Ltd|Limited|LLP|plc|PLC|Inc|LLC)\.?$")
_TOWN_AFTER_FIRM = re.compile(r" of (?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w-])")
_KNOWN_AS = re.compile(r"^,? (?:also |better |commonly )?known as (?P<alias>[A-Z][A-Za-z]+)\b")
_MEMBERS = re.compile(
    r"(?<![\w-])(?!The )(?:[A-Z][a-z]+ )+[A-Z][a-z]+s' (?:Association|Union|Federation|Guild|Society|League|Alliance)\b"
)
_FAMILY_OF = re.compile(rf"\b{_NAME} family of (?P<town>{_NAME})\b")


def english_aviation(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the airports, towns, firms and bodies above."""
    if language != "en":
        return mentions
    out = mentions
    if "s' " in text:
        out = claimed_spans(text, out, [f.span() for f in _MEMBERS.finditer(text)], "ORG", MODEL, 0.8)
    if "Airport" in text:
        out = _airports(text, out)
    if " to " in text:
        out = _destinations(text, out)
    if " of " in text:
        out = _firms_of_towns(text, out)
        if " family of " in text:
            out = claimed_spans(text, out, [f.span("town") for f in _FAMILY_OF.finditer(text)], "LOC", MODEL, 0.75)
    if "known as " in text:
        out = _short_names(text, out)
    return out


def _airports(text: str, mentions: list[Mention]) -> list[Mention]:
    """Acting airports typed ORG; the airport's town alone typed LOC where a model typed it ORG or PER."""
    towns: set[str] = set()
    for m in mentions:
        if "Airport" not in m.text or m.type not in ("LOC", "ORG", "PER"):
            continue
        if (found := _AIRPORT_TOWN.match(m.text)) is not None:
            towns.update(t for t in (found["first"], found["last"]) if t)
        if m.type == "PER":  # an airport is no person: a place unless it acts below
            m.type, m.model = "LOC", MODEL
        if (
            m.type == "LOC"
            and _ACTS.match(text, m.end)
            and not _PREPOSITION.search(text, max(0, m.start - 10), m.start)
        ):
            m.type, m.model = "ORG", ACTING_MODEL
    for m in mentions:
        if m.type in ("ORG", "PER") and m.text in towns:
            m.type, m.model = "LOC", MODEL
    return mentions


def _destinations(text: str, mentions: list[Mention]) -> list[Mention]:
    """One-word names after a flying verb's "to" typed PER or ORG: places."""
    for found in _FLOWN.finditer(text):
        s, e = found.span("list")
        for m in mentions:
            if s <= m.start and m.end <= e and m.type in ("PER", "ORG") and " " not in m.text:
                m.type, m.model = "LOC", MODEL
    return mentions


def _firms_of_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "X Ltd of Town" as one mention: the firm and the town."""
    out: list[Mention] = []
    for m in mentions:
        found = _FIRM_OF.match(m.text) if m.type == "ORG" else None
        if found is None:
            out.append(m)
            after = _TOWN_AFTER_FIRM.match(text, m.end) if m.type == "ORG" and _FIRM_END.search(m.text) else None
            if after is not None and not any(
                o.start < after.end("town") and after.start("town") < o.end for o in mentions
            ):
                # "X Ltd" tagged, "of Town" after it left untagged
                out.append(Mention(*after.span("town"), after["town"], "LOC", MODEL, m.confidence))
            continue
        out.append(Mention(m.start, m.start + found.end("firm"), found["firm"], "ORG", MODEL, m.confidence))
        ts = m.start + found.start("town")
        out.append(Mention(ts, m.end, found["town"], "LOC", MODEL, m.confidence))
    return out


def _short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body's short name after "known as", and each later mention of it, typed ORG."""
    aliases = {f["alias"] for m in mentions if m.type == "ORG" and (f := _KNOWN_AS.match(text[m.end : m.end + 40]))}
    for m in mentions:
        if m.text in aliases and m.type in ("PER", "LOC", "MISC"):
            m.type, m.model = "ORG", MODEL
    spans = [f.span() for a in aliases for f in re.finditer(rf"(?<![\w-]){re.escape(a)}(?![\w-])", text)]
    free = [(s, e) for s, e in spans if not any(m.start < e and s < m.end for m in mentions)]
    return claimed_spans(text, mentions, sorted(free), "ORG", MODEL, 0.75)
