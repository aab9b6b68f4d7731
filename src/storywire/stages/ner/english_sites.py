"""English summit and migration news by its kind words: a venue and the street it stands on
("the Grand Hotel on George Street": two places, not one), a palace or a castle "of" its name
("Palace of Westminster": one place), a camp or a crossing after its name ("the Lipa camp",
"the Horgos crossing": the name alone, a place), a seat of government speaking ("a Downing
Street spokesperson": the office, a body), and "Office of the" a body ("Office of the UN High
Commissioner for Human Rights": one body).  A place run into its county ("Stoneleigh in
Warwickshire", one span) is two places, as a venue and its street are; a rare one-word name before
"spokesperson" no model found is the body that speaks ("a Defra spokesperson", "an Ofcom spokesman").

spaCy's small model runs a venue into its street, types a palace's name a body and a camp's
name a person.  Whole articles only; each rule looks only where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

MODEL = "english-site"
_NAME = r"[A-Z][\w’'-]+"
_STREET_END = re.compile(
    r" on ((?:[A-Z][\w’'-]+ )+(?:Street|Road|Avenue|Square|Place|Lane|Terrace|Crescent|Boulevard))$"
)
# a place and the county it lies in, read as one span: a county by its "-shire" or a listed place
_IN_COUNTY = re.compile(r"^(?:[A-Z][\w’'-]+ )*[A-Z][\w’'-]+( in )(?P<county>(?:[A-Z][\w’'-]+ )?[A-Z][\w’'-]+)$")
# "a Defra spokesperson": the body, by a word too rare to be a party's or people's adjective
# ("a Labour spokesman", "a French spokeswoman" stay as they are)
_BODY_SPEAKING = re.compile(r"\b(?:[Aa]n?) (?P<body>[A-Z][a-z]+|[A-Z]{2,6}) (?:spokesperson|spokesman|spokeswoman)\b")
_RARE_ZIPF = 3.5
_PALACE = re.compile(rf"(?<![\w-])(?:Palace|Castle|Abbey|Cathedral|Priory) of (?:the )?{_NAME}(?: {_NAME})?")
# a camp, centre or crossing after its name; a plain "camp" is a side in politics ("the Remain camp")
_SITE_AFTER = re.compile(
    rf"(?<![\w’'-])(?!The )(?P<name>{_NAME}(?: {_NAME})?) (?:border crossing|crossing point|crossing|transit centre|"
    r"transit center|reception centre|reception center|refugee camp|migrant camp|transit camp|detention centre|"
    r"processing centre|asylum centre|holding centre)(?![\w-])"
)
_SEATS = "Downing Street|Number 10|No 10|White House|Kremlin|Élysée|Elysee|Pentagon|Whitehall"
_SEAT_NAME = re.compile(_SEATS)
_SEAT_SPEAKING = re.compile(
    rf"(?<![\w-])(?P<seat>{_SEATS}) "
    r"(?:spokesperson|spokesman|spokeswoman|source|sources|official|officials|aide|aides)\b"
)
_TRIGGERS = (" on ", "Palace", "Castle", "Abbey", "Cathedral", "Priory", "crossing", "centre", "center", "camp")


def english_sites(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with venues cut from their streets, palaces of a name whole, the names of
    camps and crossings places, seats speaking bodies and "Office of the" bodies whole."""
    if language != "en":
        return mentions
    out: list[Mention] = []
    for m in mentions:
        street = _STREET_END.search(m.text) if m.type in ("LOC", "ORG", "MISC") else None
        if street is None:
            county = _IN_COUNTY.match(m.text) if m.type == "LOC" and " in " in m.text else None
            if county is None or not _county(county["county"]):
                out.append(m)
                continue
            cut = m.start + county.start(1)  # "Stoneleigh in Warwickshire": the place and its county
            out.append(Mention(m.start, cut, text[m.start : cut], "LOC", MODEL, m.confidence))
            s = m.start + county.start("county")
            out.append(Mention(s, m.end, text[s : m.end], "LOC", MODEL, m.confidence))
            continue
        cut = m.start + street.start()  # "Balmoral Hotel on Princes Street": the hotel and the street
        out.append(Mention(m.start, cut, text[m.start : cut], "LOC", MODEL, m.confidence))
        s = m.start + street.start(1)
        out.append(Mention(s, m.end, text[s : m.end], "LOC", MODEL, m.confidence))
    # "Dame" + "Harriet Calloway": a title spaCy typed a body of its own
    out = [
        m for m in out if not (m.text in ("Dame", "Sir") and text.startswith(" ", m.end) and _person_at(out, m.end + 1))
    ]
    out = _bodies_speaking(text, out)
    if not any(word in text for word in _TRIGGERS) and "Office of the" not in text and not _SEAT_NAME.search(text):
        return out
    out = claimed_spans(text, out, [f.span() for f in _PALACE.finditer(text)], "LOC", MODEL, 0.8)
    out = claimed_spans(text, out, [f.span("name") for f in _SITE_AFTER.finditer(text)], "LOC", MODEL, 0.75)
    seats = [f.span("seat") for f in _SEAT_SPEAKING.finditer(text)]
    out = claimed_spans(text, out, seats, "ORG", MODEL, 0.8, blocks=lambda m, s, e: m.start < s or m.end > e)
    return _offices(text, out) if "Office of the" in text else out


def _offices(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Office of the" + a body the model found: one body ("Office" alone is no name)."""
    spans = []
    for m in mentions:
        if m.type == "ORG" and text.endswith("Office of the ", 0, m.start):
            spans.append((m.start - len("Office of the "), m.end))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)


def _person_at(mentions: list[Mention], start: int) -> bool:
    return any(m.start == start and m.type == "PER" for m in mentions)


def _county(name: str) -> bool:
    """A county by its ending, or a place the gazetteer lists."""
    return name.endswith("shire") or place_names("en").get(name) == "LOC"


def _bodies_speaking(text: str, mentions: list[Mention]) -> list[Mention]:
    """A rare word no model found before "spokesperson": the body ("a Defra spokesperson")."""
    if "spokes" not in text:
        return mentions
    spans = [
        f.span("body")
        for f in _BODY_SPEAKING.finditer(text)
        if zipf(f["body"].lower(), "en") < _RARE_ZIPF and f["body"] not in place_names("en")
    ]
    if not spans:
        return mentions
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75, blocks=lambda m, s, e: True)
