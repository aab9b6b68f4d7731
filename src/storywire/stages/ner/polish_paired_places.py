"""Polish places the tagger misses where the sentence pairs them with a place it found, or
names a river by its mouth (session 35, round 45; whole articles only).

- Two places after the same preposition of place, joined by "albo", "lub", "czy", "i" or
  "oraz" ("we Władysławowie albo w Kołobrzegu", "z Ustki i z Helu"): where one is a place,
  so is the other, a single capitalised word in the same case.
- A place and its neighbour ("z Ustki i pobliskich Rowów", "okolicznych"): the word after the
  adjective of nearness is a place too.
- A river named by its mouth or its source ("u ujścia Słupi", "źródła Wisły"): the
  capitalised genitive after it is the river, a place.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "paired-place"
_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_WORD = rf"[{_UP}][a-ząćęłńóśźż]{{2,}}"
# "we X albo w Y" or "w Y albo we X": the same preposition of place on both sides
_PAIRED = re.compile(
    rf"(?<![\w-])(?P<p1>we|w|z|ze|do) (?P<a>{_WORD}) (?:albo|lub|czy|i|oraz) "
    rf"(?P<p2>we|w|z|ze|do) (?P<b>{_WORD})(?![\w-])(?! [{_UP}])"
)
_NEARBY = "pobliskich|pobliskiej|pobliskiego|okolicznych|sąsiednich|sąsiedniej|sąsiedniego"
_NEAR = re.compile(
    rf"(?<![\w-])(?:z|ze|do|w|we) (?P<a>{_WORD}) (?:i|oraz) (?:{_NEARBY}) (?P<b>{_WORD})(?![\w-])(?! [{_UP}])"
)
_RIVER = re.compile(
    rf"(?<![\w-])(?:ujścia|ujściu|ujście|źródeł|źródła|dorzecza|dorzeczu) (?P<b>{_WORD})(?![\w-])(?! [{_UP}])"
)
_SAME_CASE = {"w": "w", "we": "w", "z": "z", "ze": "z", "do": "do"}


def polish_paired_places(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the places above added (LOC, model "paired-place")."""
    if language != "pl" or not mentions:
        return mentions
    places = {(m.start, m.end) for m in mentions if m.type == "LOC"}
    taken = [(m.start, m.end) for m in mentions]

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    spans: list[tuple[int, int]] = []
    for found in _PAIRED.finditer(text):
        if _SAME_CASE[found["p1"]] != _SAME_CASE[found["p2"]]:
            continue
        for known, other in (("a", "b"), ("b", "a")):
            if found.span(known) in places and free(*found.span(other)):
                spans.append(found.span(other))
    for found in _NEAR.finditer(text):
        if found.span("a") in places and free(*found.span("b")):
            spans.append(found.span("b"))
    for found in _RIVER.finditer(text):
        if free(*found.span("b")):
            spans.append(found.span("b"))
    return claimed_spans(text, mentions, spans, "LOC", MODEL, 0.75) if spans else mentions
