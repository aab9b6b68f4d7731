"""English campus, sport and local-politics news by its kind words (the guidelines of session
28, round 23): a hall of residence or a building named "<name> Hall"/"<name> Building" is a
place ("Craigmore Hall", "Wallace Building"), unless a given name opens it ("Stuart Hall", a
person); a national paper named by "The" and one word mid-sentence is a body with its article
("told The Herald"); a member named after "MSP"/"MP" is a person ("Local MSP Jane Doe"); real
bodies and towns the small tagger reads as people are listed ("Acas", "Bridge of Allan").

spaCy's small model types a hall as a person, a building as a body, reads "Herald" alone as a
person, "Bridge of Allan" as "Allan" and leaves a member after his title untagged.  Whole
articles only; each rule looks only where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "english-campus"
_BUILDING = re.compile(r"(?:[A-Z][\w’'-]+ ){1,3}(?:Hall|Building)")
# "The" inside a sentence (after a lower-case word) and one paper's word: a national paper.
_PAPER = re.compile(
    r"(?<=[a-z,] )The (?:Herald|Scotsman|Times|Guardian|Telegraph|Independent|Observer|Economist|Spectator|"
    # regional papers' heads: a capitalised "The" mid-sentence makes one a title ("told The Sentinel")
    r"Sentinel|Chronicle|Courier|Gazette|Argus|Echo|Mirror|Examiner|Advertiser|Courant)"
    r"(?![\w’'-])(?! [A-Z])"
)
# A member after the title of his seat: one person of two capitalised words.
_MEMBER = re.compile(r"(?<![\w-])(?:MSP|MP|MEP|MLA|MS|TD) (?P<name>[A-Z][a-z]+ [A-Z][\w’'-]+)(?![\w’'-])")
# Real bodies and towns of the United Kingdom the small tagger reads as people.
_BODIES = ("Acas", "Ofsted", "Ofgem", "Ofwat", "Ofcom")
_TOWNS = ("Bridge of Allan", "Bridge of Weir", "Bridge of Earn", "Bridge of Don", "Kirkton of Skene")
_LISTED = re.compile(rf"(?<![\w’'-])(?P<org>{'|'.join(_BODIES)})(?![\w’'-])|(?P<loc>{'|'.join(_TOWNS)})(?![\w’'-])")


def english_campus(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with halls and buildings typed places, papers, members and listed bodies and
    towns claimed."""
    if language != "en":
        return mentions
    out = mentions
    if " Hall" in text or " Building" in text:
        for m in out:
            if m.text.startswith("The ") and _BUILDING.fullmatch(m.text[4:]):
                # a sentence opening "The Bonar Hall is ...": the article is no part of a hall's name
                m.start, m.text, m.model = m.start + 4, m.text[4:], MODEL
            if m.type in ("PER", "ORG", "MISC") and _BUILDING.fullmatch(m.text) and not _person(m):
                m.type, m.model = "LOC", MODEL
    if "The " in text:
        out = claimed_spans(text, out, [f.span() for f in _PAPER.finditer(text)], "ORG", MODEL, 0.8)
    if "M" in text or "TD " in text:
        members = [f.span("name") for f in _MEMBER.finditer(text) if f["name"].split()[0] in given_names("en")]
        out = claimed_spans(text, out, members, "PER", MODEL, 0.8)
    if "Of" in text or "Acas" in text or "Bridge of" in text or "Kirkton of" in text:
        orgs: list[tuple[int, int]] = []
        locs: list[tuple[int, int]] = []
        for f in _LISTED.finditer(text):
            (orgs if f["org"] else locs).append(f.span())
        out = claimed_spans(text, out, orgs, "ORG", MODEL, 0.85)
        out = claimed_spans(text, out, locs, "LOC", MODEL, 0.85)
    return out


def _person(m: Mention) -> bool:
    """ "Stuart Hall", "Jerry Hall": a given name opens a person's name."""
    return m.type == "PER" and m.text.split()[0] in given_names("en")
