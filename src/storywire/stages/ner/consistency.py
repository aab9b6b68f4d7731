"""One name, one type within a document.

Models type the same surface differently from sentence to sentence ("Shoigu" PER here,
LOC there); a news article almost never uses one name for two kinds of things, so the
majority type wins.  The last word of a multi-word person name votes PER for that word
alone ("Sergei Shoigu" ... "Shoigu"), and a gazetteer place outvotes the model.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from storywire.model import EntityType, Mention

# Tie-break order: a person name mistaken for a place is the commonest error.
_PRIORITY: dict[str, int] = {"PER": 3, "LOC": 2, "ORG": 1, "MISC": 0}


def harmonise(mentions: list[Mention], places: Mapping[str, EntityType] | None = None) -> list[Mention]:
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    for m in mentions:
        votes[m.text][m.type] += 1
        if m.type == "PER" and " " in m.text:
            last = m.text.rsplit(" ", 1)[1]
            if last[:1].isupper() and len(last) > 2:
                votes[last]["PER"] += 1
    if places:
        for text, counter in votes.items():
            if places.get(text) == "LOC":
                counter["LOC"] += sum(counter.values())
    for m in mentions:
        counter = votes[m.text]
        best = max(counter, key=lambda t: (counter[t], _PRIORITY.get(t, 0)))
        if best != m.type and counter[best] > counter[m.type]:
            m.type = best
    return mentions
