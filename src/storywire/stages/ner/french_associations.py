"""French associations, federations and unions whose name runs on past an "et" to its territory:
"Association départementale des déportés et internés résistants du Finistère", "Fédération
nationale des anciens combattants et victimes de guerre de Bretagne".

spaCy ends the name at the first noun ("Association départementale des déportés") and reads the
territory as a place of its own.  The name is taken on only over lower-case words joined by
"et" and a "du"/"de la" right before a place a model found, so that a verb or an article stops
it ("L'Association des maires a écrit au préfet du Finistère").  Whole articles only.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.cues import word_set

MODEL = "french-association"
_HEADS = (
    "Association", "Fédération", "Union", "Amicale", "Comité", "Syndicat", "Ligue", "Confédération",
    "Coordination", "Collectif",
)  # fmt: skip
_RUN_ON = re.compile(r" (?:et|ou) (?P<words>[a-zà-ÿ’'-]+(?: [a-zà-ÿ’'-]+){0,5}?) (?:du|de la|de l['’]|des|de|d['’]) ?$")
# words that a clause, not a name, puts between ("et a écrit au préfet du ...")
_CLAUSE_WORDS = word_set(
    "a ont est sont était sera qui que le la les un une au aux pour avec sur dans par se sa son ses leur leurs ne "
    "pas y en il elle ils elles on"
)
_REACH = 80


def french_associations(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with an association's name run on over "et ..." to its territory as one ORG,
    in place of the name cut short and the territory."""
    if language != "fr" or not any(head in text for head in _HEADS):
        return mentions
    places = {m.start: m for m in mentions if m.type in ("LOC", "MISC")}
    spans = []
    for m in mentions:
        if m.type != "ORG" or not m.text.startswith(_HEADS):
            continue
        for start, place in places.items():
            if not m.end < start <= m.end + _REACH:
                continue
            found = _RUN_ON.match(text, m.end, start)
            if found is not None and not _CLAUSE_WORDS & set(found["words"].split()):
                spans.append((m.start, place.end))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions
