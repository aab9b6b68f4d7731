"""English news of libraries, publishers and archives by its kind words (round 38): a library
named with its kind word is a body even after "at" (session 21: libraries are ORG; the
located-LOC exception is written for museums, theatres and opera houses only); a place of the
gazetteer the small tagger calls MISC after a preposition of direction or place is the place
("moves to Sheffield"); a person's given name alone, once the article has named them in full, is
the person even where the name is a common word to the frequency list ("Peter never sold"); a
denomination's adjective before a lower-case noun is no body ("a Methodist chapel").

spaCy's small model leaves a town in a headline MISC, a lone given name MISC and a faith's
adjective ORG, and the venue pass reads a library after "at" as a place.  Whole articles only.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.venues import LOCATED_HOUSE

MODEL = "english-libraries"
_LIBRARY = re.compile(r"(?:[A-Z][\w’'-]+ ){1,4}Library")
_TOWARDS = re.compile(r"(?:^|\s)(?:to|in|into|from|near|at|towards|outside|around) $")
# Adjectives of a faith's denominations: before a lower-case noun, a building's or a school's kind.
_DENOMINATIONS = frozenset(
    {
        "Methodist",
        "Baptist",
        "Anglican",
        "Presbyterian",
        "Quaker",
        "Unitarian",
        "Lutheran",
        "Pentecostal",
        "Wesleyan",
        "Congregational",
        "Moravian",
        "Evangelical",
    }
)
# Given names that are also words of a people or a faith ("Christian", "Norman"): kept MISC.
_PEOPLE_WORD = re.compile(r".*(?:ish|ese|ian|ic|an)$")


def english_libraries(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with libraries typed bodies, MISC places and lone given names typed, and
    denominations' adjectives dropped."""
    if language != "en":
        return mentions
    places = place_names("en")
    names = given_names("en")
    firsts = {m.text.split(" ", 1)[0] for m in mentions if m.type == "PER" and " " in m.text}
    out: list[Mention] = []
    for m in mentions:
        if m.text in _DENOMINATIONS and re.match(r" [a-z]", text[m.end : m.end + 2]):
            continue
        if m.type == "LOC" and m.model == LOCATED_HOUSE and _LIBRARY.fullmatch(m.text):
            m = Mention(m.start, m.end, m.text, "ORG", MODEL, m.confidence)
        elif m.type == "MISC" and m.text in places and m.text not in names and " " not in m.text:
            if _TOWARDS.search(text, max(0, m.start - 12), m.start):
                m = Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)
        elif m.type == "MISC" and m.text in firsts and m.text in names and not _PEOPLE_WORD.fullmatch(m.text):
            m = Mention(m.start, m.end, m.text, "PER", MODEL, m.confidence)
        out.append(m)
    return out
