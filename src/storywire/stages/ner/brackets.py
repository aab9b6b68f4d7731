"""An acronym in brackets after a name is its own mention: "Турции (AFAD)", "Behörde (AFAD)".

News spells a body out and gives its acronym in brackets; a model may take both as one span,
and a country before the bracket turns the agency into a place ("Турции (AFAD)" LOC).  The
span is cut before the bracket and the acronym is a mention of its own: an organisation,
unless it is a major place's short name ("(USA)").  A page title's disambiguator in
lower case ("Yerba Buena ( band )") is left as it is.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.gazetteer import major_place_names

_BRACKETED_ACRONYM = re.compile(r"(?P<head>.*\S)[ \t]*\((?P<acronym>[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ0-9&\-]{1,9})\)$")


def split_bracketed_acronyms(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each "<name> (<ACRONYM>)" span cut into the name and the acronym."""
    out: list[Mention] = []
    for m in mentions:
        found = _BRACKETED_ACRONYM.fullmatch(m.text)
        if found is None:
            out.append(m)
            continue
        acronym = found["acronym"]
        start = m.start + found.start("acronym")
        major = acronym in major_place_names(language) or acronym in major_place_names("en")  # "(USA)" in any script
        kind: EntityType = "LOC" if major else "ORG"
        out.append(Mention(m.start, m.start + found.end("head"), found["head"], m.type, m.model, m.confidence))
        out.append(Mention(start, start + len(acronym), acronym, kind, m.model, m.confidence))
    return out
