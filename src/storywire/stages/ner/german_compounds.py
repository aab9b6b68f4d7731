"""German compounds that hold a name: "Ukraine-Konflikts", "EU-Gipfel", "China-Reise".

German joins a name to a noun with a hyphen, and the compound is the noun: a conflict, a
summit, a trip, no name (the news guideline leaves it unlabelled, as WikiANN mostly does).
A tagger types it for the name inside.  A compound is dropped when a part before its last is
a country or a known organisation and the compound as a whole is no name the gazetteers know
("EU-Kommission", "Nordrhein-Westfalen" stay), and its last part names no place.  A city
before the hyphen is left alone: "Berlin-Tiergarten" and "München-Solln" are districts.
"""

from __future__ import annotations

import functools

from storywire.model import Mention
from storywire.stages.ner.gazetteer import country_names, major_place_names, org_names, place_names

LANGUAGES = frozenset({"de"})


def without_name_compounds(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` less the compounds of a known name and a noun."""
    if language not in LANGUAGES:
        return mentions
    return [m for m in mentions if not _name_compound(m.text, language)]


def _name_compound(surface: str, language: str) -> bool:
    if " " in surface or "-" not in surface.strip("-"):
        return False
    places = place_names(language)
    orgs = org_names(language)
    if surface in places or surface in orgs:
        return False
    *heads, last = surface.split("-")
    if not last[:1].isupper() or last in places or last in orgs:
        return False
    countries = _countries(language)
    return any(h in countries or h in orgs for h in heads)


@functools.cache
def _countries(language: str) -> frozenset[str]:
    short = {name for name in major_place_names(language) if name.isupper()}  # "USA", "UK"
    return country_names(language) | short
