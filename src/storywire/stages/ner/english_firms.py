"""An English firm's short name: a name a model typed a person that opens a firm's full name
given in the same article ("Harbour Print Services Ltd" ... "Harbour Print said"; "Eastgate
Freight Group" ... "Eastgate") is the firm, as a reader takes it.  Not a surname of a person
named in full in the article ("Karen Holt" ... "Holt Packaging Ltd" ... "Holt said").

Whole articles only.
"""

from __future__ import annotations

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.cues import word_set

MODEL = "english-firm"
# Last words that make a span a firm's full legal or trading name.
_FULL_ENDS = word_set("ltd ltd. limited plc llp inc inc. group holdings services")


def english_firms(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each person-typed short name of a firm named in full typed ORG."""
    if language != "en":
        return mentions
    short: set[str] = set()
    for m in mentions:
        words = m.text.split()
        if m.type == "ORG" and len(words) > 1 and words[-1].lower() in _FULL_ENDS:
            short.update(" ".join(words[:k]) for k in range(1, len(words)))
    if not short:
        return mentions
    surnames = {m.text.rsplit(" ", 1)[1] for m in mentions if m.type == "PER" and " " in m.text}
    first = given_names(language)
    for m in mentions:
        if m.type == "PER" and m.text in short and m.text not in surnames and m.text.split()[0] not in first:
            m.type, m.model = "ORG", MODEL
    return mentions
