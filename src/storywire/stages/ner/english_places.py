"""English places by their residents: "residents of Hexham", "a Hexham resident" name a place,
whatever spaCy's small model typed it (a town it does not know reads as a body or a person).

Whole articles only; the rule looks only where "resident" stands, and leaves a listed body's name
("residents of Barnardo's") and a span that runs past the name alone.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.gazetteer import org_names

MODEL = "place-of-residents"
_NAME = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
_RESIDENTS = re.compile(
    rf"\b(?:[Rr]esidents?|[Hh]omeowners|[Ii]nhabitants) of (?P<after>{_NAME})(?![\w’'-])"
    rf"|(?<![\w’'-])(?P<before>{_NAME}) (?:residents?|homeowners|ratepayers)\b"
)


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
