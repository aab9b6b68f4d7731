"""English local news by its kind words (the guidelines of session 28, round 21): a shop named by
its owner's possessive is one firm with its "'s" ("Pickering's Bakery"); a clergyman's title stays
out of the person ("the Rev Anna Price" -> "Anna Price"); a town's possessive before its street is
two places ("Thirsk's Market Place" -> "Thirsk" + "Market Place"); a parish council named with a
list of villages is one body ("Ash, Ewhurst and Shere Parish Council"); a stream named with a
capitalised "Beck", "Burn" or "Brook" after "the" is a place ("the Cover Beck"); a newspaper named
"The ... Echo/Herald/Gazette" is a body with its article; a dale named alone is a place, not a
person ("up Wharfedale"), unless the article names a person by it, and so is a lake named by its
"-water" or "-mere" ("beside Wastwater"), typed a person; a stream named with its kind word and no
given name before it is a place ("when Arkle Beck burst its banks") in an article about water; a
one-word name climbed or walked up is a hill ("a sponsored walk up Skiddaw").

spaCy's small model reads "Stores" alone, runs "Rev" into a body, joins the town to its street,
types a newspaper as a place and a dale as a person.  Whole articles only; each rule looks only
where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "english-local"
_SHOP = re.compile(
    r"(?<![\w’'-])[A-Z][a-z]+(?:'s|’s) (?:Stores?|Bakery|Butchers?|Garage|Pharmacy|Newsagents?|Drapers|"
    r"Ironmongers|Hardware|Emporium|Dairy|Mill)(?![\w’'-])"
)
_CLERGY = re.compile(r"^(?:The )?(?:Rt |Very )?(?:Rev|Revd|Rev\.|Reverend|Canon|Father|Fr|Pastor) (?=[A-Z])")
_STREET_KINDS = (
    "Row|Street|Road|Lane|Square|Green|Terrace|Avenue|Place|Crescent|Close|Gate|Way|Walk|Parade|Market Place|Wynd"
)
_POSSESSIVE_STREET = re.compile(rf"^(?P<town>[A-Z][\w-]+)(?:'s|’s) (?P<street>(?:[A-Z][\w-]+ )*(?:{_STREET_KINDS}))$")
_LISTED_COUNCIL = re.compile(r"^[A-Z][\w-]+ (?:and|&) [A-Z][\w-]+ (?:Parish|Town|Community|Village) Council$")
_LIST_BEFORE = re.compile(r"(?:(?<![\w-])[A-Z][\w-]+, )+$")
_STREAM = re.compile(r"(?<=\bthe )[A-Z][a-z]+ (?:Beck|Burn|Brook)(?![\w’'-])(?! [A-Z])")
_NEWSPAPER = re.compile(
    r"(?<![\w’'-])The (?:[A-Z][a-z]+ ){1,2}(?:Echo|Herald|Gazette|Chronicle|Courier|Argus|Advertiser|Telegraph|"
    r"Examiner|Sentinel|Recorder|Scotsman|Journal|Post|Times|Press)(?![\w’'-])(?! [A-Z])"
)
_DALE = re.compile(r"[A-Z][a-z]+dale")
# a lake by its ending ("Wastwater", "Windermere"); a person-typed one only, as firms bear such
# names ("Bridgewater")
_LAKE = re.compile(r"[A-Z][a-z]{2,}(?:water|mere)")
# a stream by its kind word, typed a person: without "the" too, where no given name opens it
_NAMED_STREAM = re.compile(r"(?P<name>[A-Z][a-z]+) (?:Beck|Burn|Brook|Gill|Ghyll)")
_WATER_WORDS = re.compile(r"\b(?:banks|flood|floods|flooded|flooding|stream|beck|burn|brook|river|water)\b")
# a hill climbed or walked up ("a sponsored walk up Skiddaw"), typed a body or a person
_CLIMBED = re.compile(
    r"\b(?:walk|walks|walked|walking|climb|climbs|climbed|climbing|hike|hiked|hiking|trek|trekked|scramble|"
    r"scrambled|yomp) up (?P<name>[A-Z][a-z]{3,})(?![\w’'-])(?! [A-Z])"
)
# A member's seat after "MP for": a constituency, a place ("the Labour MP for Shipley").
_SEAT = re.compile(r"(?<![\w-])(?:MP|MPs|MSP|MS|MLA|AM|MEP|TD) for (?P<seat>[A-Z][a-z]+(?:[ -](?:and )?[A-Z][a-z]+)*)")


def english_local(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the shops, streets, councils, streams and newspapers above claimed, a
    clergyman's title cut off and a dale typed a place."""
    if language != "en":
        return mentions
    out = _split_and_retype(text, mentions)
    lakes = {m.text for m in out if m.model == MODEL and _LAKE.fullmatch(m.text)}
    if lakes:  # the lake where the headline names it again, untagged
        again = re.compile(rf"(?<![\w’'-])(?:{'|'.join(sorted(lakes))})(?![\w’'-])")
        out = claimed_spans(text, out, [f.span() for f in again.finditer(text)], "LOC", MODEL, 0.75)
    if "'s " in text or "’s " in text:
        out = claimed_spans(text, out, [f.span() for f in _SHOP.finditer(text)], "ORG", MODEL, 0.8)
    if "Council" in text:
        out = _listed_councils(text, out)
    if "the " in text and any(kind in text for kind in (" Beck", " Burn", " Brook")):
        streams = [f.span() for f in _STREAM.finditer(text)]
        out = claimed_spans(text, out, streams, "LOC", MODEL, 0.75)
    if "The " in text:
        out = _newspapers(text, out)
    if " for " in text:
        out = _seats(text, out)
    if ", " in text:
        _people_after_roles(text, out)
    if " up " in text:
        out = _climbed_hills(text, out)
    return out


def _climbed_hills(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "walk up Skiddaw" typed a body: the hill (a person's is no one climbs)."""
    hills = {f.span("name") for f in _CLIMBED.finditer(text)}
    for m in mentions:
        if (m.start, m.end) in hills and m.type in ("ORG", "PER", "MISC"):
            m.type, m.model = "LOC", MODEL
    return claimed_spans(text, mentions, hills, "LOC", MODEL, 0.75)


# A person named between commas right after a role in the firm ("Its founder, Raj Patel, said"):
# two title-case words, which spaCy's small model reads as a body when the given name is foreign.
_ROLE_COMMA = re.compile(
    r"\b(?:founder|co-founder|owner|co-owner|proprietor|chairman|chairwoman|director|manager|boss|landlord|"
    r"landlady|headteacher|head teacher), $"
)
_TWO_NAMES = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _people_after_roles(text: str, mentions: list[Mention]) -> None:
    for m in mentions:
        if (
            m.type in ("ORG", "LOC")
            and text[m.end : m.end + 1] == ","
            and _TWO_NAMES.fullmatch(m.text)
            and _ROLE_COMMA.search(text, max(0, m.start - 30), m.start)
        ):
            m.type, m.model = "PER", MODEL


def _seats(text: str, mentions: list[Mention]) -> list[Mention]:
    """The seat after "MP for" typed a body or a person: a place (a seat named by a town and its
    quarter, "Barnsley South", reads as a person's two names to spaCy)."""
    spans = []
    for found in _SEAT.finditer(text):
        s, e = found.span("seat")
        same = [m for m in mentions if m.start == s and m.end == e]
        for m in same:
            if m.type in ("ORG", "PER"):
                m.type, m.model = "LOC", MODEL
        if not same:
            spans.append((s, e))
    return claimed_spans(text, mentions, spans, "LOC", MODEL, 0.75)


def _split_and_retype(text: str, mentions: list[Mention]) -> list[Mention]:
    """A clergyman's title cut off; "Thirsk's Market Place" split; a lone dale made a place."""
    surnames = {m.text.split()[-1] for m in mentions if m.type == "PER" and " " in m.text}
    out = []
    for m in mentions:
        title = _CLERGY.match(m.text) if m.type in ("PER", "ORG") else None
        if title is not None:
            m.start += title.end()
            m.text, m.type, m.model = text[m.start : m.end], "PER", MODEL
        elif m.type == "LOC" and ("'s " in m.text or "’s " in m.text):
            found = _POSSESSIVE_STREET.match(m.text)
            if found is not None:
                town_end, street_start = m.start + found.end("town"), m.start + found.start("street")
                out.append(Mention(m.start, town_end, text[m.start : town_end], "LOC", MODEL, 0.8))
                out.append(Mention(street_start, m.end, text[street_start : m.end], "LOC", MODEL, 0.8))
                continue
        elif m.type in ("PER", "ORG") and _DALE.fullmatch(m.text) and m.text not in surnames:
            m.type, m.model = "LOC", MODEL  # "up Swaledale": a valley, no one's surname here
        elif m.type == "PER" and _LAKE.fullmatch(m.text) and m.text not in surnames:
            m.type, m.model = "LOC", MODEL  # "beside Wastwater": a lake
        elif m.type == "PER" and _stream(text, m.text):
            m.type, m.model = "LOC", MODEL  # "Arkle Beck burst its banks"
        out.append(m)
    return out


def _stream(text: str, name: str) -> bool:
    found = _NAMED_STREAM.fullmatch(name)
    return found is not None and found["name"] not in given_names("en") and _WATER_WORDS.search(text) is not None


def _listed_councils(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Ash, Ewhurst and Shere Parish Council", read from "Ewhurst": the list joins."""
    spans = []
    for m in mentions:
        if m.type == "ORG" and _LISTED_COUNCIL.match(m.text):
            found = _LIST_BEFORE.search(text, max(0, m.start - 80), m.start)
            if found is not None:
                spans.append((found.start(), m.end))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)


def _newspapers(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "The Northern Echo" typed a place, or its name typed without its article: one body."""
    spans = []
    for found in _NEWSPAPER.finditer(text):
        inside = [m for m in mentions if m.start < found.end() and found.start() < m.end]
        if all(m.start >= found.start() and m.end <= found.end() and m.type != "PER" for m in inside) and inside:
            spans.append(found.span())
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)
