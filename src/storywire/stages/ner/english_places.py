"""English places by their residents: "residents of Hexham", "a Hexham resident" name a place,
whatever spaCy's small model typed it (a town it does not know reads as a body or a person); and
a town before the kind of firm it is home to ("a Dundee games studio", "the Leeds firm", round 39:
"a Doncaster garage", "the Hove salon"): the
firm is unnamed there, the town says where it is.

Whole articles only; the rule looks only where "resident" stands, and leaves a listed body's name
("residents of Barnardo's") and a span that runs past the name alone.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import org_names, place_names

MODEL = "place-of-residents"
_NAME = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
_RESIDENTS = re.compile(
    rf"\b(?:[Rr]esidents?|[Hh]omeowners|[Ii]nhabitants) of (?P<after>{_NAME})(?![\w’'-])"
    rf"|(?<![\w’'-])(?P<before>{_NAME}) (?:residents?|homeowners|ratepayers)\b"
)

# A town of the gazetteer before a firm's kind noun, with at most one lower-case word between.
_TOWN_FIRM = re.compile(
    rf"(?<![\w’'-])(?P<town>{_NAME}) (?:[a-z]+ )?(?:studio|studios|firm|company|developer|publisher|start-up|"
    r"startup|manufacturer|employer|haulier|brewery|distillery|"
    # shops and trades of the high street ("a Doncaster garage", "the Hove salon")
    r"garage|dealership|dealer|salon|hairdresser|hairdressers|barber|barbers)\b(?!-)"
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:A|An|The) $)[A-Z][\w’'-]* $")


def places_by_residents(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the name of "residents of X" and "X residents" a place: a mention of
    just that name retyped, an untagged name left to the other passes."""
    if language != "en" or "esident" not in text:
        return mentions
    bodies = org_names(language)
    for found in _RESIDENTS.finditer(text):
        group = "after" if found["after"] else "before"
        s, e = found.span(group)
        for m in mentions:
            if (m.start, m.end) == (s, e) and m.type in ("ORG", "PER") and m.text not in bodies:
                m.type, m.model = "LOC", MODEL
    return mentions


def towns_before_firms(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the town of "a Dundee games studio" a place: a mention of just that name
    retyped, an untagged one added; a listed body ("a Ford plant"), a name run on from a
    capitalised word before it, and a mention running past the town are left alone."""
    if language != "en" or not any(
        w in text
        for w in ("studio", "firm", "company", "developer", "publisher", "garage", "dealer", "salon", "hair", "barber")
    ):
        return mentions
    places, bodies = place_names(language), org_names(language)
    spans = []
    for found in _TOWN_FIRM.finditer(text):
        town = found["town"]
        s, e = found.span("town")
        if places.get(town) != "LOC" or town in bodies or _CAPITALISED_BEFORE.search(text, max(0, s - 30), s):
            continue
        same = [m for m in mentions if (m.start, m.end) == (s, e)]
        for m in same:
            if m.type in ("ORG", "PER", "MISC"):
                m.type, m.model = "LOC", MODEL
        if not same:
            spans.append((s, e))
    return claimed_spans(text, mentions, spans, "LOC", MODEL, 0.75)
