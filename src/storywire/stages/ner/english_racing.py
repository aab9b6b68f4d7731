"""English cycling and motorsport news (session 30, round 27): a team under its sponsor's name
is one body with its capitalised kind word ("Harlow Windows Racing", "Velo Freight Pro
Cycling"), the sponsor's housebuilder "X Homes" another; a mountain pass or a forest named with
its kind word is a place ("Hardknott Pass", "Grizedale Forest"), as are the listed upland ranges
("the Pennines"); a national park's authority is one body ("Peak District National Park
Authority"); a hotel chain before a common noun is the chain ("a Premier Inn car park"); a
rider's given name alone, once the article has named him in full, is the person ("ride for
Callum").

spaCy's small model reads a sponsor's name as a person, runs a headline's place into the next
name across "as", types a pass as a body and a range as a body.  Whole articles only; each rule
looks only where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.titles import weekdays
from storywire.stages.ner.word_frequency import zipf

MODEL = "english-racing"
_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_TEAM = re.compile(
    rf"(?<![\w'-])(?:{_WORD} ){{1,3}}(?:Pro Cycling|Cycling Team|Racing Team|Racing|Motorsport)(?![\w-])"
)
# Sentence-opening words and dates before a team's name are not part of it ("On Sunday X Racing").
_OPENERS = frozenset(
    {
        "The",
        "A",
        "An",
        "On",
        "In",
        "At",
        "For",
        "With",
        "As",
        "But",
        "And",
        "When",
        "After",
        "Before",
        "By",
        "From",
        "To",
        "Of",
        "Then",
        "While",
        "If",
        "Since",
        "Yesterday",
        "Today",
        "Tonight",
        "Meanwhile",
    }
)
_HOMES = re.compile(rf"(?<![\w'-]){_WORD} Homes(?! Racing)(?![\w-])")
# Common words before "Homes" name no firm ("Care Homes", "Park Homes").
_GENERIC_HOMES = frozenset({"Care", "Nursing", "Park", "Mobile", "Holiday", "Council", "Social", "Family", "New"})
_PASS = re.compile(rf"(?<![\w'-])(?P<name>{_WORD}) (?:Pass|Forest)(?![\w-])")
# Football clubs named after a forest: a body, not the place.
_CLUBS = frozenset({"Nottingham", "Forest"})
_RANGES = re.compile(
    r"(?<=the )(?:Pennines|Cairngorms|Chilterns|Cotswolds|Mendips|Grampians|Cheviots|Quantocks|Malverns"
    r"|Brecon Beacons|Yorkshire Dales|Peak District)(?![\w-])"
)
_AUTHORITY = re.compile(rf"(?<![\w'-])(?:(?!The |A ){_WORD} ){{1,3}}National Park Authority(?![\w-])")
_CHAINS = re.compile(r"(?<![\w'-])(?:Travelodge|Premier Inn|Holiday Inn|Novotel|Ibis|Best Western)(?= [a-z])")
_RARE_ZIPF = 4.0


def english_racing(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above claimed or retyped."""
    if language != "en":
        return mentions
    out = mentions
    if "Pass" in text or "Forest" in text:
        out = _passes(text, out)
    if any(w in text for w in ("Racing", "Cycling", "Motorsport")):
        teams = [span for f in _TEAM.finditer(text) if (span := _without_openers(text, f.span())) is not None]
        out = claimed_spans(text, out, teams, "ORG", MODEL, 0.8)
    if "Homes" in text:
        homes = [f.span() for f in _HOMES.finditer(text) if f.group().split()[0] not in _GENERIC_HOMES]
        out = _retype_or_claim(text, out, homes, "ORG")
    if "Authority" in text:
        out = claimed_spans(text, out, [f.span() for f in _AUTHORITY.finditer(text)], "ORG", MODEL, 0.8)
    if "the " in text:
        out = _retype_or_claim(text, out, [f.span() for f in _RANGES.finditer(text)], "LOC")
    if any(w in text for w in ("Travelodge", "Inn", "Novotel", "Ibis", "Western")):
        out = _retype_or_claim(text, out, [f.span() for f in _CHAINS.finditer(text)], "ORG")
    return _given_names_alone(out)


def _without_openers(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """A team's span without the sentence-opening words before its name (None: no name left)."""
    start, end = span
    words = text[start:end].split()
    kind = 2 if text[start:end].endswith(("Pro Cycling", "Cycling Team", "Racing Team")) else 1
    while len(words) > kind and (words[0] in _OPENERS or words[0].lower() in weekdays("en")):
        start += len(words.pop(0)) + 1
    return (start, end) if len(words) > kind else None


def _passes(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "X Pass", "X Forest" (a rare name) a place; a tagger's span that runs from it across
    " as " into the next name is dropped first ("Whinlatter Pass as Kestrel Homes")."""
    spans = []
    for found in _PASS.finditer(text):
        name = found["name"]
        if name in _CLUBS or zipf(name.lower(), "en") >= _RARE_ZIPF:
            continue  # "Nottingham Forest" the club, "Bus Pass"
        spans.append(found.span())
        s, e = found.span()
        mentions = [
            m for m in mentions if not (m.start <= s and m.end > e and text[e : e + 4] == " as " and m.type != "PER")
        ]
    return _retype_or_claim(text, mentions, spans, "LOC")


def _retype_or_claim(text: str, mentions: list[Mention], spans: list[tuple[int, int]], etype: str) -> list[Mention]:
    """A mention of exactly a span retyped; an untagged span (or one holding shorter mentions)
    claimed."""
    claim = []
    for s, e in spans:
        same = [m for m in mentions if (m.start, m.end) == (s, e)]
        for m in same:
            if m.type != etype:
                m.type, m.model = etype, MODEL  # type: ignore[assignment]
        if not same:
            claim.append((s, e))
    return claimed_spans(text, mentions, claim, etype, MODEL, 0.75)  # type: ignore[arg-type]


def _given_names_alone(mentions: list[Mention]) -> list[Mention]:
    """A one-word body that is the given name of a person the article names in full ("Callum"
    after "Callum Reid") is that person; a known place name is left alone."""
    given = given_names("en")
    firsts = {m.text.split()[0] for m in mentions if m.type == "PER" and len(m.text.split()) >= 2}
    for m in mentions:
        if m.type == "ORG" and m.text in firsts and m.text in given and m.text not in place_names("en"):
            m.type, m.model = "PER", MODEL
    return mentions
