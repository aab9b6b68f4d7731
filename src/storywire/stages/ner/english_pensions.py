"""English pensions, insurance and consumer news by its kind words (session 32, round 34): an
ombudsman's or a regulator's office named by its field is a body ("Financial Ombudsman
Service", "Payment Systems Regulator"), and "The Pensions Regulator" keeps its article (its
official name); a select committee named by two fields is one body ("Work and Pensions
Committee"); the courts named with their town are one body ("Business and Property Courts in
Manchester"); a firm's plant named by its town is a place ("its Wombwell plant").

The tagger misses the ombudsman, cuts the committee at "and", stops the courts before "in" and
types the plant's town a body.  Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names

MODEL = "english-pensions"
_CAP = r"[A-Z][a-z]+"
# An ombudsman or a regulator named by its field: capitalised words before the kind word.
_OFFICE = re.compile(
    rf"(?<![\w-])(?:The Pensions Regulator|(?:{_CAP} (?:and |& )?){{1,5}}(?:Ombudsman(?: Service)?|Regulator))(?![\w-])"
)
_NOT_FIELD = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our", "Every", "Each", "Any", "No"})
# A committee named by two fields or more: "Culture, Media and Sport Committee".
_COMMITTEE = re.compile(rf"(?<![\w-])(?:{_CAP}, )*{_CAP} and {_CAP}(?: {_CAP})? Committee(?![\w-])")
# Courts named with their town: "Business and Property Courts in Leeds".
_COURTS = re.compile(rf"(?<![\w-])(?:{_CAP} (?:and )?)*{_CAP} Courts (?:in|of) (?P<town>{_CAP})(?![\w-])")
# A firm's plant or site named by its town, after a possessive: "its Wombwell plant".
_PLANT = re.compile(
    rf"(?<![\w-])(?:its|their|the company's|the firm's|the group's) (?P<town>{_CAP}) "
    r"(?:plant|site|factory|works|depot|warehouse|mill)(?![\w-])"
)
# ... and a town used attributively before a lower-case noun phrase: "the Leeds actuarial firm".
_ATTRIBUTIVE = re.compile(r" [a-z]+(?: [a-z]+)? (?:firm|company|business|practice|office|branch)\b")


def english_pensions(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the offices, committees, courts and plants above."""
    if language != "en":
        return mentions
    out = mentions
    if "Ombudsman" in text or "Regulator" in text:
        offices = [_without_opening(text, f.start(), f.end()) for f in _OFFICE.finditer(text)]
        out = claimed_spans(text, out, [s for s in offices if s is not None], "ORG", MODEL, 0.8)
    if " Committee" in text:
        out = claimed_spans(text, out, [f.span() for f in _COMMITTEE.finditer(text)], "ORG", MODEL, 0.8)
    if " Courts " in text:
        places = place_names("en")
        courts = [f.span() for f in _COURTS.finditer(text) if f["town"] in places]
        out = claimed_spans(text, out, courts, "ORG", MODEL, 0.8)
    if "its " in text or "their " in text or "'s " in text:
        places = place_names("en")
        towns = {f.span("town") for f in _PLANT.finditer(text) if f["town"] in places}
        for m in out:
            if (m.start, m.end) in towns and m.type != "LOC":
                m.type, m.model = "LOC", MODEL
    for m in out:
        # "the Leeds actuarial firm": a town used attributively, typed a miscellany
        attributive = m.type == "MISC" and " " not in m.text and _ATTRIBUTIVE.match(text, m.end)
        if attributive and text[max(0, m.start - 4) : m.start] == "the " and m.text in place_names("en"):
            m.type, m.model = "LOC", MODEL
    return out


def _without_opening(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The office's span without an opening article or determiner ("Their Pensions Ombudsman"),
    none where no field word is left ("The Ombudsman")."""
    if text.startswith("The Pensions Regulator", start):
        return start, end
    first = text[start:end].split(" ", 1)
    while len(first) == 2 and first[0] in _NOT_FIELD:
        start += len(first[0]) + 1
        first = text[start:end].split(" ", 1)
    return (start, end) if len(first) == 2 else None
