"""Short names of organisations within one article.

News names a body in full once and then by its head alone: "the European Commission ...
the Commission", "Commission européenne ... la Commission", "EU-Kommission ... die
Kommission".  The head alone is ambiguous across articles (every country has commissions and
councils), so it is linked to the longer name only where one article gives exactly one such
name; elsewhere it keeps an identity of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from storywire.model import Mention

_WORDS = re.compile(r"[\w’']+")


def head_antecedents(mentions: Sequence[Mention], is_head: Callable[[str], bool]) -> dict[int, int]:
    """Index of each one-word organisation mention that is a body's head -> index of the one
    longer organisation mention of the article whose words hold it."""
    longer = [
        (i, {w.lower() for w in _WORDS.findall(m.text)})
        for i, m in enumerate(mentions)
        if m.type == "ORG" and len(_WORDS.findall(m.text)) > 1
    ]
    out: dict[int, int] = {}
    for i, m in enumerate(mentions):
        word = m.text.strip()
        if m.type != "ORG" or not _WORDS.fullmatch(word) or not is_head(word):
            continue
        holders = {j for j, words in longer if word.lower() in words}
        names = {mentions[j].text.strip().lower() for j in holders}
        if len(names) == 1:
            out[i] = min(holders)
    return out
