"""English villages and small towns by their place cues, and a firm's short name acting (round
41): a name after "near", "on the edge of", "on the outskirts of" or "represents X on the
council" is a place ("a landfill near Sedgefield", "who represents Sedgefield on the county
council"), as is one word opening with a Gaelic head after a locative ("from Glenfinnan"), and
so is the name a capitalised word of people opens ("People in Low Ash": spaCy's small model reads
the whole run as one MISC name); a place found so is the place wherever the
article repeats it, in a shouted dateline too ("SEDGEFIELD —"), where the model took a town it
does not know for a surname.  A firm named with its legal form whose first word is a town's name
("Ashford Waste Ltd") is named by that word where it acts ("Ashford, which also ...", "Ashford
has asked").

Not a surname of a person the article names in full ("near Smith" beside "John Smith"), nor a
given name ("near Brandon" may be a person).  Whole articles only; each rule looks only where its
cue stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "english-village"
# consistency.TYPED_BY_CONTEXT: a firm acting by a town's name keeps its type against the town's
FIRM_MODEL = "firm-acting"
_CAP = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NAME = rf"{_CAP}(?: {_CAP})?"
_END = r"(?![\w’'-])(?! [A-Z])"
_CUE = re.compile(
    rf"(?:\bnear|\b(?:the )?(?:edge|outskirts) of|\brepresents(?= {_NAME} on (?:the|a) ))"
    rf" (?P<name>{_NAME}){_END}"
)
# A village of the hills after a locative, by the Gaelic head its one word opens with ("trains from
# Glenfinnan", "a farm at Strathyre"): spaCy's small model misses it, the gazetteer lacks it.
_GAELIC = re.compile(
    r"\b(?:from|in|at|to|via|near) (?P<name>(?:Glen|Strath|Inver|Aber|Bally|Auchter)[a-z]{4,})(?![\w’'-])(?! [A-Z])"
)
# A plural noun of people or homes opening a model's span before "in"/"from": the place after it.
_PEOPLE_IN = re.compile(
    r"^(?:People|Residents|Families|Villagers|Householders|Homeowners|Neighbours|Parents|Pupils|Shoppers|"
    rf"Motorists|Drivers|Walkers|Homes|Businesses|Farmers) (?:in|from|around) (?P<name>{_NAME})$"
)
# A dateline shouted at a paragraph's start: "BRANDON — A firm ...".
_DATELINE = re.compile(r"(?:^|\n)(?P<name>[A-Z]{3,}(?: [A-Z]{3,})?) [—–-] ")
_LEGAL = re.compile(r" (?:Ltd|Limited|plc|PLC|LLP)$")
_ACTING = re.compile(
    r",? (?:which|has|had|said|says|admitted|denied|told|added|is|was|will|would|insisted|confirmed)\b"
)


def english_villages(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the places found by the cues above typed LOC wherever repeated, and a
    firm's acting short name typed ORG."""
    if language != "en":
        return mentions
    out = _people_in(text, mentions)
    cued = list(_CUE.finditer(text)) + list(_GAELIC.finditer(text))
    towns = {m.text for m in out if m.model == MODEL} | {f["name"] for f in cued}
    towns -= _surnames_and_given(out)
    if towns:
        spans = [f.span("name") for f in cued if f["name"] in towns]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.75, _blocks)
        # "on the edge of Ledbury" typed a body: the edge is a place's ("near" is not enough:
        # "near Tesco")
        edges = {f.span("name") for f in _CUE.finditer(text) if not f.group().startswith(("near", "represents"))}
        for m in out:
            if (m.type == "PER" and m.text in towns) or (m.type == "ORG" and (m.start, m.end) in edges):
                m.type, m.model = "LOC", MODEL
        out = _datelines(text, out, towns)
    return _acting_short_names(text, out)


def _blocks(m: Mention, start: int, end: int) -> bool:
    """A cue's place gives way to a longer mention and to a body of the same span."""
    return m.start < start or m.end > end or m.type == "ORG"


def _people_in(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with "People in X" cut to its place X."""
    out = []
    for m in mentions:
        found = _PEOPLE_IN.match(m.text) if m.type in ("MISC", "ORG", "PER") else None
        if found is None:
            out.append(m)
            continue
        s = m.start + found.start("name")
        out.append(Mention(s, m.end, text[s : m.end], "LOC", MODEL, 0.75))
    return out


def _surnames_and_given(mentions: list[Mention]) -> set[str]:
    """The last words of the article's full-named people, and the language's given names."""
    names = {m.text.rsplit(" ", 1)[1] for m in mentions if m.type == "PER" and " " in m.text}
    return names | {m.text for m in mentions if m.type == "PER" and m.text in given_names("en")}


def _datelines(text: str, mentions: list[Mention], towns: set[str]) -> list[Mention]:
    """`mentions` with a shouted dateline of a town found above a place."""
    spans = []
    for found in _DATELINE.finditer(text):
        titled = " ".join(w.capitalize() for w in found["name"].split())
        if titled in towns:
            spans.append(found.span("name"))
    return claimed_spans(text, mentions, spans, "LOC", MODEL, 0.75) if spans else mentions


def _acting_short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place-typed first word of a firm named with its legal form, where it acts: the firm."""
    shorts = {m.text.split()[0] for m in mentions if m.type == "ORG" and _LEGAL.search(m.text) and " " in m.text}
    for m in mentions:
        if m.type in ("LOC", "PER") and m.text in shorts and _ACTING.match(text, m.end):
            m.type, m.model = "ORG", FIRM_MODEL
    return mentions
