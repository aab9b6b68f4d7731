"""English crime and court news by its address shapes (the guidelines' streets, towns and rivers):
a street and its town written as an address are two places ("Mill Farm Road, Harlow", which a
small tagger reads as one body); the town after a person's age is where the person lives ("Jane
Doe, 34, of Tilbury": a place, never a body); a capitalised "River" and its name are one place
("the River Severn", as the guidelines keep "River" in); a body of the Crown named with "HM" is
one body ("HM Revenue and Customs", cut at the "and" by the tagger; a list of the real ones).

Whole articles only; each rule looks only where its cue stands (a street's kind word, an age
between commas, "River", "HM ").
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.legal_forms import MODEL as LEGAL_FORM_MODEL

MODEL = "english-address"
_STREET_KINDS = r"(?:Street|Road|Lane|Avenue|Drive|Close|Way|Terrace|Crescent|Grove|Place|Square|Row|Hill|Gardens)"
# "<street>, <town>": the tagger's one span for an address.
_ADDRESS = re.compile(
    rf"(?P<street>(?:[A-Z][\w'’-]+ ){{1,3}}{_STREET_KINDS}), (?P<town>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){{0,2}})"
)
# A person's age between commas, then "of" and the town: "Tom Hale, 41, of Purfleet".
_AGE_OF = re.compile(r", \d{1,3}, (?:both |all )?of $")
# "River" and a capitalised name, outside a longer name ("River Island" the retailer is typed a
# body by the tagger, and a tagged span blocks this rule).
_RIVER = re.compile(r"(?<![\w'’-])River (?:[A-Z][\w'’-]+)(?![\w'’-])")
# The Crown's bodies named with "HM" (real national bodies), which the tagger cuts at "and" or
# "&" ("HM Revenue" + "Customs") or at "of".
_CROWN_BODY = re.compile(
    r"(?<![\w-])HM (?:Revenue (?:and|&) Customs|Courts (?:and|&) Tribunals Service|Prison (?:and|&) Probation Service|"
    r"Land Registry|Passport Office|Coastguard|Treasury|Inspectorate of (?:Prisons|Probation|Constabulary)|"
    r"Government Communications Headquarters)(?![\w-])"
)


def english_addresses(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the addresses, residences, rivers and Crown bodies above."""
    if language != "en":
        return mentions
    out = _addresses_apart(mentions)
    if ", of " in text:
        for m in out:
            # "Jane Doe, 34, of Tilbury": typed a body, or a person by a town named after one
            # ("of Corbin"); no one is "of" a person after an age
            shaped = m.type == "ORG" or (m.type == "PER" and " " not in m.text)
            if shaped and _AGE_OF.search(text, max(0, m.start - 16), m.start):
                m.type, m.model = "LOC", MODEL
    if "River " in text:
        rivers = [found.span() for found in _RIVER.finditer(text)]
        out = claimed_spans(text, out, rivers, "LOC", MODEL, 0.8, blocks=_any_body)
    if "HM " in text:
        out = claimed_spans(text, out, [found.span() for found in _CROWN_BODY.finditer(text)], "ORG", MODEL, 0.8)
    return out


def _any_body(m: Mention, start: int, end: int) -> bool:
    # a firm's short name found again inside the river is no body there ("Dearne Mills Ltd" ...
    # "beside the River Dearne"), a model's "River Island" is
    return (m.type == "ORG" and m.model != LEGAL_FORM_MODEL) or m.start < start or m.end > end


def _addresses_apart(mentions: list[Mention]) -> list[Mention]:
    """A body or a place spanning "<street>, <town>" split into the two places."""
    out: list[Mention] = []
    for m in mentions:
        found = _ADDRESS.fullmatch(m.text) if m.type in ("ORG", "LOC") else None
        if found is None:
            out.append(m)
            continue
        out.append(Mention(m.start, m.start + found.end("street"), found["street"], "LOC", MODEL, 0.8))
        start = m.start + found.start("town")
        out.append(Mention(start, m.end, found["town"], "LOC", MODEL, 0.8))
    return out
