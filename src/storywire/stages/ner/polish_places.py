"""Polish places declined in a case the tagger did not learn: "fala minęła już Ostrawę".

The WikiANN-trained tagger finds the cases of the places Wikipedia names often; a smaller
foreign city in the accusative or instrumental it leaves out.  A capitalised word inside a
sentence whose nominative, undone by its ending (`identity.polish.place_nominatives`), is a
place the gazetteer knows is that place.  A common word, a given name, or a word the
gazetteer knows as it stands (left to the models and rules) is not taken.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.identity.polish import place_nominatives
from storywire.model import Mention
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

# A capitalised word after a lower-case word or a comma: inside a sentence, never its opening.
_WORD = re.compile(r"(?<=[a-ząćęłńóśźż,] )[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{3,}\b")
_COMMON_ZIPF = 3.0


def declined_places(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the declined places no model found."""
    if language != "pl":
        return mentions
    places = place_names("pl")
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for found in _WORD.finditer(text):
        s, e = found.span()
        word = found.group()
        if any(s < b and a < e for a, b in taken) or word in places or word in given_names("pl"):
            continue
        if zipf(word.lower(), "pl") >= _COMMON_ZIPF:
            continue
        if any(places.get(form) == "LOC" for form in place_nominatives(word) if form != word):
            added.append(Mention(s, e, word, "LOC", model="declined-place", confidence=0.6))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions
