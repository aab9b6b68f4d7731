"""English scouting news by its kind words (round 46): the movement's sections are its members,
no names ("32 Cubs and Scouts", "Hundreds of Scouts": spaCy's small model types them bodies); a
numbered group keeps its ordinal, as a military unit keeps its number ("the 3rd Keswick Scout
Group", read by the model from the town); a member's section before a given name is a role, the
child is the person ("ten-year-old Cub Oliver", read as one body).

Whole articles only, and only where the article speaks of the movement (a body of it or its
campsite named), so the baseball "Cubs" and the film "Guides" keep their spans elsewhere.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "english-scouts"
# the movement named by one of its bodies, units or sites
_MOVEMENT = re.compile(
    r"\b(?:Scout|Guide) (?:Group|Association|Troop|Hut|Campsite|Camp|District|County|Unit|leader|leaders|"
    r"commissioner|movement|group|troop|camp|camps)\b|\bGirlguiding\b|\bScouting\b|\bScouts (?:Association|Group)\b"
)
_SECTIONS = ("Scouts", "Cubs", "Beavers", "Brownies", "Guides", "Rainbows", "Explorers", "Squirrels")
_MEMBERS = frozenset(_SECTIONS) | {s[:-1] for s in _SECTIONS}
# a numbered unit: its ordinal, its town or patron, its kind
_NUMBERED_UNIT = re.compile(
    r"(?<![\w’'-])\d{1,3}(?:st|nd|rd|th) (?:[A-Z][\w’'-]+ ){1,3}(?:Scout Group|Scout Troop|Sea Scouts|Air Scouts|"
    r"Scouts|Guides|Brownies|Cub Pack|Beaver Colony|Explorer Unit|Guide Unit|Brownie Unit|Rainbow Unit)"
    r"(?![\w’'-])"
)


def english_scouts(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` less the movement's sections, with numbered units whole and a member's given
    name a person."""
    if language != "en" or _MOVEMENT.search(text) is None:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.text in _MEMBERS:
            continue  # "Scouts", "Cubs": members, as "Delegates" are
        words = m.text.split(" ")
        if len(words) in (2, 3) and words[0] in _MEMBERS and words[1] in given_names("en"):
            cut = m.start + len(words[0]) + 1  # "Cub Oliver": the section is his role
            out.append(Mention(cut, m.end, text[cut : m.end], "PER", MODEL, m.confidence))
            continue
        out.append(m)
    units = [f.span() for f in _NUMBERED_UNIT.finditer(text)]
    return claimed_spans(text, out, units, "ORG", MODEL, 0.8) if units else out
