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

from storywire.identity.organisations import ORG_NAMES
from storywire.model import Mention
from storywire.stages.ner.consistency import TYPED_BY_CONTEXT


@functools.cache
def subdivision_names() -> frozenset[str]:
    names = {sub.name for sub in pycountry.subdivisions}
    return frozenset(name for name in names if name not in ORG_NAMES)


def subdivisions_as_places(mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each subdivision's name typed ORG made a place."""
    names = subdivision_names()
    for m in mentions:
        if m.type == "ORG" and m.text in names and m.model not in TYPED_BY_CONTEXT:  # "con el Sevilla"
            m.type = "LOC"
    return mentions
