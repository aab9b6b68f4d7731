"""A country's subdivision that a model typed as an organisation is the place: "Cumbria",
"Ontario", "Mazowieckie" ("flood warnings across Cumbria" typed ORG by spaCy's small model).

The names are ISO 3166-2's (pycountry), in their own languages' Latin spelling.  Only ORG turns
into LOC, over whole articles: a person keeps a name that is also a county's ("Kent"), a listed
body or club keeps its name, and a club named by its region is retyped after this
(`clubs.with_clubs`).
"""

from __future__ import annotations

import functools

import pycountry

from storywire.identity.given_names import given_names
from storywire.identity.organisations import ORG_NAMES
from storywire.model import Mention
from storywire.stages.ner.consistency import TYPED_BY_CONTEXT


@functools.cache
def subdivision_names() -> frozenset[str]:
    names = {sub.name for sub in pycountry.subdivisions}
    return frozenset(name for name in names if name not in ORG_NAMES)


# The top level of a country's subdivisions, whose names no person bears alone ("Scotland",
# "Wales" typed PER by spaCy's small model in a history page); counties ("Kent") may be surnames.
_TOP_LEVELS = frozenset({"Country", "Nation", "State", "Province", "Autonomous community", "Land", "Voivodship",
                         "Region", "Republic", "Autonomous region", "Canton"})  # fmt: skip


@functools.cache
def _top_level_names() -> frozenset[str]:
    names = {sub.name for sub in pycountry.subdivisions if sub.type in _TOP_LEVELS}
    return frozenset(name for name in names if name not in ORG_NAMES)


@functools.cache
def _given_names(language: str) -> frozenset[str]:
    return given_names(language) | given_names("en")


def subdivisions_as_places(mentions: list[Mention], language: str = "en") -> list[Mention]:
    """`mentions` with each subdivision's name typed ORG made a place, and a top-level one typed
    PER too unless a given name ("Victoria", "Georgia") or a surname in the article."""
    names, top, given = subdivision_names(), _top_level_names(), _given_names(language)
    for m in mentions:
        words = m.text.split(" ")
        if m.type == "PER" and len(words) > 2 and words[-1] in top and not given.intersection(words):
            m.type = "ORG"  # "Historic Environment Scotland", "Visit Wales": a body named by its region
    # a full name's surname stays the person's ("Luiz Lima" ... "Lima")
    surnames = {m.text.rsplit(" ", 1)[-1] for m in mentions if m.type == "PER" and " " in m.text}
    for m in mentions:
        if m.model in TYPED_BY_CONTEXT:  # "con el Sevilla"
            continue
        if (m.type == "ORG" and m.text in names) or (
            m.type == "PER" and m.text in top and m.text not in given and m.text not in surnames
        ):
            m.type = "LOC"
    return mentions
