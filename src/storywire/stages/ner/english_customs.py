"""English customs, port and freight news by its kind words (session 32, round 35): a unit
named "of" its parent is two bodies ("Dover Drugs Team of Border Force"); a terminal or an
industrial estate is a place ("Seaforth Terminal", "Kingsway Industrial Estate"); a company
named by two fields is one body ("Mersey Docks and Harbour Company"); a body named after
"of the" in a job title is a body ("deputy director of the Serious Fraud Office"); a tax's
acronym names no body ("VAT").

The tagger runs the unit into its parent, types the terminal a body, cuts the company at "and"
(one half a person) and drops the body after a title.  Whole articles only; each rule looks
only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "english-customs"
_CAP = r"[A-Z][a-z]+"
# A unit and its parent, joined by "of": two bodies.
_UNIT_OF = re.compile(
    r"^(?P<unit>(?:[A-Z][a-z]+ ){1,4}(?:Team|Unit|Squad|Taskforce)) of (?:the )?(?P<parent>[A-Z][\w ]+)$"
)
# A site whose last words are a place's kind: typed a body by the tagger.
_SITE = re.compile(r" (?:Terminal|Industrial Estate|Trading Estate|Business Park|Freeport|Container Port)$")
# A company or authority named by two fields: "X Dock and Railway Company".
_TWO_FIELDS = re.compile(
    rf"(?<![\w-])(?:{_CAP} ){{1,3}}and (?:{_CAP} ){{1,2}}(?:Company|Corporation|Authority|Board)(?![\w-])"
)
_NOT_NAME = frozenset({"The", "A", "An", "Its", "Their", "Both", "Said", "When", "But", "And"})
# A public body after "of the", most often in a job title ("head of the Insolvency Service").
_BODY_OF = re.compile(
    rf"(?<=\bof the )(?:{_CAP} ){{1,4}}(?:Service|Agency|Authority|Directorate|Commission|Inspectorate)(?![\w-])"
)
# Taxes' acronyms, typed a body by the tagger.
_TAXES = frozenset({"VAT", "GST", "PAYE", "NICs"})


def english_customs(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the units, sites, companies and bodies above, without taxes."""
    if language != "en":
        return mentions
    out = [m for m in mentions if m.text not in _TAXES]
    if " of " in text:
        out = _split_units(out)
    for m in out:
        if m.type in ("ORG", "MISC") and _SITE.search(m.text):
            m.type, m.model = "LOC", MODEL
    if " and " in text:
        spans = [_trimmed(text, f) for f in _TWO_FIELDS.finditer(text)]
        out = claimed_spans(text, out, [s for s in spans if s is not None], "ORG", MODEL, 0.8)
    if "of the " in text:
        out = claimed_spans(text, out, [f.span() for f in _BODY_OF.finditer(text)], "ORG", MODEL, 0.75)
    return out


def _trimmed(text: str, found: re.Match[str]) -> tuple[int, int] | None:
    """The company's span without a sentence's first word before it ("The"), or None where
    nothing but the kind word would be left."""
    start = found.start()
    words = found.group().split()
    while words and words[0] in _NOT_NAME:
        start += len(words[0]) + 1
        words = words[1:]
    if len(words) < 3 or words[0] == "and":
        return None
    return start, found.end()


def _split_units(mentions: list[Mention]) -> list[Mention]:
    """`mentions` with "X Team of Y" cut in the unit and its parent."""
    out = []
    for m in mentions:
        u = _UNIT_OF.match(m.text) if m.type == "ORG" else None
        if u is None:
            out.append(m)
            continue
        out.append(Mention(m.start, m.start + u.end("unit"), u.group("unit"), "ORG", MODEL, m.confidence))
        start = m.start + u.start("parent")
        out.append(Mention(start, m.end, u.group("parent"), "ORG", MODEL, m.confidence))
    return out
