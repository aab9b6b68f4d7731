"""The news refinements' pass over a whole text, after each span is refined (`refine.py`).

- a span sharing its first or last word with a person named elsewhere is a person
  ("Wang Yi" beside "Wang"): `lend_person_type`, also run over a whole article by
  `entities.extract_entities`;
- pl, ru, uk: an inflected known place after a place preposition, left untagged, is
  added ("w Pekinie"): `places_after_prepositions`.
"""

from __future__ import annotations

import itertools

from storywire.model import Mention
from storywire.stages.ner import cues
from storywire.stages.ner.span_words import all_name_like, inflected_place
from storywire.stages.ner.tokens import Token, is_title


def lend_person_type(mentions: list[Mention], language: str) -> None:
    """A name typed PER elsewhere lends its type to a span sharing its first or last word
    ("Wang" PER, "Wang Yi" ORG; `consistency.harmonise` does the reverse).  Per text, and
    over a whole article by `entities.extract_entities`."""
    person_words = {w for m in mentions if m.type == "PER" for w in (m.text.split()[0], m.text.split()[-1])}
    for m in mentions:
        words = m.text.split()
        shared = words[0] in person_words or words[-1] in person_words
        capitals = all(is_title(w) for w in words)  # not "Wetten van Kepler"
        # a name after a body noun is the body though its surname names a person elsewhere
        # ("la panadería Hermanos Gil" beside "Rafael Gil"): body_nouns.MODEL; so is a shop
        # named by its owner after a capitalised kind word ("Piekarnię Nowak" beside "Jan Nowak")
        by_noun = m.model in ("body-noun", "shop-by-owner")
        if m.type != "PER" and 1 < len(words) <= 3 and shared and capitals and not by_noun:
            if not all_name_like(m.text, language):
                continue
            m.type = "PER"


def places_after_prepositions(text: str, toks: list[Token], found: list[Mention], language: str) -> list[Mention]:
    """Known places, inflected, after a place preposition the tagger left untagged ("w Pekinie")."""
    preps = cues.LOC_PREPS.get(language, frozenset())
    taken = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    for prev, tok in itertools.pairwise(toks):
        if prev.text.lower() not in preps or not is_title(tok.text) or len(tok.text) < 4:
            continue
        if any(s < tok.end and tok.start < e for s, e in taken) or not inflected_place(tok.text, language):
            continue
        out.append(Mention(tok.start, tok.end, tok.text, "LOC", model="gazetteer", confidence=0.7))
    return out
