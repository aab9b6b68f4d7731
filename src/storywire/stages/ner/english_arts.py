"""English arts and local news by its cues (the guidelines of session 29, round 24): a body
that opens a sentence keeps no "The" unless the word is its name's ("The Times"), a union
named right after its noun is a body ("the actors' union Equity"), a town before "-based" is
no mention ("the Leeds-based charity"), and a name right after a venue's noun and "on" is the
street it stands on ("the theatre on Stramongate").

The tagger takes a sentence's "The" into a theatre's name, leaves a one-word union untagged,
types a town before "-based" and a street after "on" a body.  Whole articles only; each rule
looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "english-arts"
# The last word of a body's or venue's name whose "The" is the sentence's, not the name's: a
# newspaper's "The" is its name's ("The Northern Echo") and none ends with these.
_KIND_LAST = frozenset(
    {
        "Theatre",
        "Theater",
        "Playhouse",
        "Orchestra",
        "Philharmonic",
        "Opera",
        "Ballet",
        "Hospital",
        "Infirmary",
        "Trust",
        "Foundation",
        "Council",
        "Museum",
        "Gallery",
        "Agency",
        "Authority",
        "Commission",
        "Company",
    }
)
# a union's noun, its members' possessive before it or none, then a capitalised name of one or
# two words (an acronym too: "the union RMT")
_UNION = re.compile(
    r"(?<![\w-])union,? (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|In|On)\b)"
    r"(?P<name>[A-Z][\w&]*(?: [A-Z][\w&]*)?)(?![\w-])"
)
# a venue's noun and "on" right before a name: the street the venue stands on
_VENUE_ON = re.compile(
    r"(?<![\w-])(?:theatre|theater|hall|playhouse|cinema|gallery|museum|church|chapel|pub|shop|store|hotel|"
    r"restaurant|library|venue|studio|offices?|building|premises|clinic|surgery|hospital) on $"
)


def english_arts(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the bodies, unions and streets above, and without towns before
    "-based"."""
    if language != "en":
        return mentions
    out = []
    for m in mentions:
        if text.startswith("-based", m.end) and m.type in ("LOC", "ORG", "MISC"):
            continue  # "the Penrith-based company": an adjective, no mention
        words = m.text.split(" ")
        if m.type in ("ORG", "LOC") and len(words) > 2 and words[0] == "The" and words[-1] in _KIND_LAST:
            m = Mention(m.start + 4, m.end, m.text[4:], m.type, m.model, m.confidence)
        elif m.type == "ORG" and _VENUE_ON.search(text, max(0, m.start - 20), m.start):
            m = Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)
        out.append(m)
    if "union " in text:
        unions = [f.span("name") for f in _UNION.finditer(text)]
        out = claimed_spans(text, out, unions, "ORG", MODEL, 0.8)
    return out
