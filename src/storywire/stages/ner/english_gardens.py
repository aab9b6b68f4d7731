"""English news of gardens, parks and greenways by their kind words (session 32, round 33): a
friends' group is one body, whole ("Friends of Hampstead Heath"); a greenway named with its
"'s Way" keeps it ("Peddars's Way": the "'s" is the name's, no possessive); a garden's glasshouse
is a place where things happen ("the Temperate House", "Smith Palm House"); a botanic garden
that acts is a body ("X Botanic Garden will lend"); the national heritage and conservation bodies
are bodies ("Historic England" typed a place), and the Royal Botanic Gardens, Kew, is one body
with its comma and its short name "Kew".

spaCy types the glasshouse a firm, the heritage body a place and "Kew" a person, and cuts the
friends' group and the greenway's "'s".  Whole articles only; each rule looks only where its cue
stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "english-gardens"
# a garden that acts is a body in its sentence alone (consistency.TYPED_BY_CONTEXT)
ACTING = "garden-acting"
_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# A friends' group of a park, a river or a building: "Friends of the Upper Wye".
_FRIENDS = re.compile(rf"(?<![\w-])Friends of (?:the )?{_NAME}(?: {_NAME}){{0,3}}(?![\w-])")
# A greenway or a long-distance path named by its "'s Way" ("Marriott's Way" style).
_WAY = re.compile(rf"(?<![\w-]){_NAME}['’]s (?:Way|Walk|Path|Trail|Ride)(?![\w-])")
# A garden's glasshouse by its kind, with a builder's or donor's name before it or none.
_GLASSHOUSE = re.compile(
    r"^(?:[A-Z][a-z]+ )?(?:Palm House|Temperate House|Tropical House|Orchid House|Fern House|Cactus House|"
    r"Alpine House|Waterlily House|Glasshouse|Conservatory|Orangery)$"
)
# A botanic garden by its name (a trust or a society of it is another body's name).
_GARDEN = re.compile(
    r"(?<![\w-])(?!(?:The|A|At|In|From|To|By|Its|Their) )(?:[A-Z][a-z]+ ){1,2}(?:Botanic|Botanical) Gardens?"
    r"(?![\w-])(?! Trust| Society| Friends)"
)
_ACTS = re.compile(r" (?:will|has|had|is to|lends|lent|supplies|supplied|said|says|runs|employs|plans|signed)\b")
# National heritage and conservation bodies (real ones), which spaCy types a place at times.
_BODIES = (
    "Historic England",
    "Natural England",
    "English Heritage",
    "Historic Environment Scotland",
    "Forestry England",
    "Canal & River Trust",
    "Royal Horticultural Society",
    "Royal Botanic Garden Edinburgh",
)
_BODY = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(b) for b in _BODIES) + r")(?![\w-])")
_KEW = re.compile(r"(?<![\w-])Royal Botanic Gardens,? Kew(?![\w-])")
_KEW_ALONE = re.compile(r"(?<![\w-])Kew(?![\w-])(?! Gardens| Green| Bridge| Road)")


def english_gardens(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the groups, ways, glasshouses, gardens and bodies above."""
    if language != "en":
        return mentions
    out = mentions
    for m in out:
        if m.type == "ORG" and _GLASSHOUSE.match(m.text):
            m.type, m.model = "LOC", MODEL
    if "Botanic" in text:  # a place where things happen, a body where it acts ("X Botanic Garden will lend")
        gardens = [f.span() for f in _GARDEN.finditer(text)]
        acting = [span for span in gardens if _ACTS.match(text, span[1])]
        out = claimed_spans(text, out, [span for span in gardens if span not in acting], "LOC", MODEL, 0.8)
        out = claimed_spans(text, out, acting, "ORG", ACTING, 0.8)
    if "Friends of " in text:
        out = claimed_spans(text, out, [f.span() for f in _FRIENDS.finditer(text)], "ORG", MODEL, 0.8)
    if "s Way" in text or "s Walk" in text or "s Path" in text or "s Trail" in text:
        out = claimed_spans(text, out, [f.span() for f in _WAY.finditer(text)], "LOC", MODEL, 0.8)
    if any(word in text for word in ("England", "Heritage", "Scotland", "Trust", "Society", "Edinburgh")):
        out = claimed_spans(text, out, [f.span() for f in _BODY.finditer(text)], "ORG", MODEL, 0.8)
    if "Royal Botanic Gardens" in text:
        out = claimed_spans(text, out, [f.span() for f in _KEW.finditer(text)], "ORG", MODEL, 0.8)
        # (the "Kew" inside the full name gives way to it: the full name runs past it)
        out = claimed_spans(text, out, [f.span() for f in _KEW_ALONE.finditer(text)], "ORG", MODEL, 0.8)
        for m in out:  # "Kew's scientists": the short name, typed a person
            if m.text == "Kew" and m.type != "ORG":
                m.type, m.model = "ORG", MODEL
    return out
