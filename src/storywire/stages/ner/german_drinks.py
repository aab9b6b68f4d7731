"""German breweries, distilleries and wineries by their kind words (the guidelines of session 31,
round 31): a capitalised kind word opening a firm's name stays inside it with the legal form
("Brauerei Huber GmbH & Co. KG", "Weingut Albrecht"); a genre compound ("Craft-Brauerei",
"Kleinbrauerei") stays out and leaves the name alone ("Craft-Brauerei Lindenhof" -> "Lindenhof"),
and the name's bare mentions in the article are the firm, not a person; a town's adjective
before a common noun is no person ("Kölner Kneipenszene").

The neural tagger reads a rare firm's name as a surname and cuts the kind word off.  Whole
articles only; each rule looks only where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-drinks"
# a firm named by its kind word is the body though its owner's surname names a person elsewhere
# ("Brauerei Huber" beside "Georg Huber"): the model name `lend_person_type` leaves alone
FIRM_MODEL = "body-noun"
# "Weinregion Rheinhessen", "Brauregion Oberfranken": a descriptive compound before the place
_REGION = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+region ")
# not "Mälzerei": the labelled set (round 19) keeps a malthouse's name without it ("Mälzerei X" -> "X")
_KINDS = (
    "Brauerei|Privatbrauerei|Brauhaus|Bräu|Brennerei|Destillerie|Whiskydestillerie|Weingut|Weinkellerei|"
    "Sektkellerei|Kellerei|Winzergenossenschaft|Winzerkeller"
)
_FORM = r"(?: (?:GmbH & Co\. KG|GmbH|AG|KG|eG|UG(?: \(haftungsbeschränkt\))?|OHG|e\. ?K\.))"
_NAME = r"[A-ZÄÖÜ][\wäöüß-]+"
# "Brauerei Kesselring GmbH & Co. KG": the kind word is the firm's name (not after a hyphen or inside a compound)
_FIRM = re.compile(rf"(?<![\w-])(?:{_KINDS}) (?P<name>{_NAME})(?P<form>{_FORM})?(?![\w-])")
# "Craft-Brauerei X", "Kleinbrauerei X": a genre compound before the name, which stands alone
_GENRE = re.compile(
    rf"(?<![\w-])(?:[\wÄÖÜäöü]+-(?:Brauerei|Brennerei|Destillerie|Kellerei)|Kleinbrauerei|Hausbrauerei|"
    rf"Gasthausbrauerei|Craftbrauerei|Gasthofbrauerei|Craft-Destillerie) (?P<name>{_NAME})(?![\w-])"
)
_TRIGGERS = (
    "brauerei",
    "Brauerei",
    "Bräu",
    "Brauhaus",
    "Brennerei",
    "estillerie",
    "Weingut",
    "ellerei",
    "Winzer",
)


def german_drinks(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with breweries, distilleries and wineries claimed by their kind words, their
    bare names typed bodies and a town's adjective before a common noun no person."""
    if language != "de":
        return mentions
    out = [m for m in mentions if not (m.type == "PER" and _town_noun(m.text))]
    for m in out:
        cut = 0
        if m.type == "ORG" and m.text.startswith("Hausbank "):
            cut = len("Hausbank ")  # "der Hausbank Müllers": the bank is the firm's
        elif m.type == "LOC" and _REGION.match(m.text) and m.text.count(" ") == 1:
            cut = m.text.index(" ") + 1
        if cut:
            m.start += cut
            m.text, m.model = text[m.start : m.end], MODEL
    if not any(t in text for t in _TRIGGERS):
        return out
    names: set[str] = set()
    firms: list[tuple[int, int]] = []
    for f in _FIRM.finditer(text):
        if f["form"] or (zipf(f["name"].lower(), "de") < 3.0 and f["name"] not in place_names("de")):
            firms.append(f.span())
            names.add(f["name"])
    genre: list[tuple[int, int]] = []
    genre_names: set[str] = set()
    for f in _GENRE.finditer(text):
        if zipf(f["name"].lower(), "de") < 3.0 and f["name"] not in place_names("de"):
            genre.append(f.span("name"))
            genre_names.add(f["name"])
    names |= genre_names
    # a genre firm's bare name elsewhere, untagged ("Steinwerk beliefert Bars"); not a kind-word
    # firm's, whose name is often its owner's surname
    bare = [f.span() for n in genre_names for f in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)]
    # the name with more capitalised words and its legal form: "Lindenhof Bierwerkstatt GmbH"
    for name in names:
        for f in re.finditer(rf"(?<![\w-]){re.escape(name)}(?: {_NAME}){{0,2}}{_FORM}(?![\w-])", text):
            firms.append(f.span())
    out = claimed_spans(text, out, sorted(set(firms)), "ORG", FIRM_MODEL, 0.85, blocks=_longer_org)
    out = claimed_spans(text, out, genre, "ORG", MODEL, 0.85, blocks=_org_past_end)
    out = claimed_spans(text, out, sorted(set(bare) - set(genre)), "ORG", MODEL, 0.8)
    for m in out:
        if m.text in names and m.type in ("PER", "MISC", "LOC"):
            m.type, m.model = "ORG", MODEL  # the firm's bare name, read as a surname
    return out


def _longer_org(m: Mention, start: int, end: int) -> bool:
    """An ORG running past the span is a longer firm's name; a person or place the tagger
    stretched over the kind word gives way."""
    return m.type == "ORG" and (m.start < start or m.end > end)


def _org_past_end(m: Mention, start: int, end: int) -> bool:
    """A longer firm's name after the genre firm's name stays ("X Bierwerkstatt GmbH"); one
    stretched before it over the genre compound ("Kölner Craft-Brauerei X") gives way."""
    return m.end > end


def _town_noun(text: str) -> bool:
    """ "Kölner Kneipenszene", "Bamberger Handschrift": a town's adjective and one common noun."""
    words = text.split()
    if len(words) != 2 or not words[0].endswith("er"):
        return False
    adjective, noun = words
    if adjective in given_names("de"):
        return False  # "Werner Kogler", "Peter Kaiser": a given name, not "Werne"'s adjective
    places = place_names("de")
    stem = adjective[:-2]
    if not any(s in places for s in (stem, stem + "en", adjective[:-1], adjective[:-3] + "en")):
        return False
    # the noun or its last part is a common word ("Bierszene": "szene")
    return zipf(noun.lower(), "de") >= 2.5 or any(zipf(noun[i:], "de") >= 3.5 for i in range(3, len(noun) - 3))
