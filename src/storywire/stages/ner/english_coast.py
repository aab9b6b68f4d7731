"""English coast and fisheries news (session 30, round 29): the islands of Scotland's northern
and western isles are places (the tagger reads "Yell" or "Bressay" as people and "Out Skerries"
as a body); a town before a lower-case harbour, pier or quay is a place ("in Scalloway
harbour"), and so is that town elsewhere in the article; a fishermen's cooperative or
association is one body ("the Burra Fishermen's Association"); a boat named after its kind word
("the trawler Sea Star") is not labelled; a capital city read as a person ("waiting for
Edinburgh") is the place.

Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.word_frequency import zipf

MODEL = "english-coast"
# Real islands of Shetland, Orkney and the Hebrides that no city list holds; a name that is
# also a common word ("Yell", "Coll") is taken only where no sentence starts with it.
_ISLANDS = (
    "Whalsay|Bressay|Yell|Unst|Fetlar|Foula|Out Skerries|Papa Stour|Muckle Roe|Trondra|Burra|"
    "Hoy|Westray|Papa Westray|Sanday|Stronsay|Shapinsay|Rousay|Eday|Flotta|South Ronaldsay|North Ronaldsay|"
    "Barra|Vatersay|Benbecula|Eriskay|North Uist|South Uist|Berneray|Tiree|Coll|Colonsay|Raasay|Eigg|Canna|"
    "Lismore|Kerrera|Ulva|Gigha|Cumbrae|Great Cumbrae|"
    # ... and the larger isles and archipelagos, which taggers type as people or bodies ("on Orkney",
    # "over the sea to Skye"); "Lewis" and "Harris" are left out, as given names and surnames
    "Mull|Skye|Iona|Islay|Jura|Arran|Bute|Orkney|Shetland"
)
_ISLAND = re.compile(rf"(?<![\w-])(?:{_ISLANDS})(?![\w-])(?! [A-Z])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“‘]\s*|\n\s*)$")
# A town before a lower-case harbour kind word: "in Symbister harbour", "at Scalloway pier".
_HARBOUR = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{2,}) (?:harbour|pier|quay|marina|breakwater)(?![\w-])")
_RARE_ZIPF = 3.0
# A fishermen's or producers' body: "the Whalsay Fishermen's Cooperative", "Fishermen's Association".
_COOPERATIVE = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z]+ ){1,3}(?:Fishermen['’]s |Fishing |Producers['’]? |Growers['’]? )"
    r"(?:Cooperative|Co-operative|Co-op|Association|Federation|Organisation|Society)(?![\w-])"
)
# A boat after its kind word: "the trawler the Venture", "trawler Sea Star" (boats are not labelled).
_BOAT = re.compile(r"(?<![\w-])(?:trawler|boat|vessel|yacht|creeler|lifeboat|tug|dredger) (?:the )?$")
# Capitals the tagger types as a person when they stand for a government ("waiting for Edinburgh").
_CAPITALS = frozenset({"Edinburgh", "Cardiff", "Belfast", "Dublin", "Brussels", "Holyrood"})


def _starts_sentence(text: str, at: int) -> bool:
    return _SENTENCE_START.search(text, max(0, at - 3), at) is not None


def english_coast(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above claimed, retyped or dropped."""
    if language != "en":
        return mentions
    out = mentions
    surnames = {m.text.split()[-1] for m in out if m.type == "PER" and " " in m.text}
    spans = [  # "Chris Hoy": a person's surname keeps that name a person all through the article
        f.span()
        for f in _ISLAND.finditer(text)
        if f[0] not in surnames
        and (
            zipf(f[0].lower(), "en") < _RARE_ZIPF or not _SENTENCE_START.search(text, max(0, f.start() - 3), f.start())
        )
    ]
    if any(k in text for k in (" harbour", " pier", " quay", " marina", " breakwater")):
        towns = {
            f["name"]
            for f in _HARBOUR.finditer(text)
            if zipf(f["name"].lower(), "en") < _RARE_ZIPF and not _starts_sentence(text, f.start())
        }
        for town in towns:  # the town wherever the article names it
            spans += [f.span() for f in re.finditer(rf"(?<![\w-]){town}(?![\w-])(?! [A-Z])", text)]
    out = claimed_spans(text, out, sorted(set(spans)), "LOC", MODEL, 0.8)
    if "Fishermen" in text or "Fishing " in text or "Producers" in text or "Growers" in text:
        out = claimed_spans(text, out, [f.span() for f in _COOPERATIVE.finditer(text)], "ORG", MODEL, 0.8)
    if any(k in text for k in ("trawler", "boat", "vessel", "yacht", "creeler", "tug", "dredger")):
        out = [m for m in out if not _BOAT.search(text, max(0, m.start - 30), m.start)]
    for m in out:
        if m.type == "PER" and m.text in _CAPITALS:
            m.type, m.model = "LOC", MODEL
    return out
