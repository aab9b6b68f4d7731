"""English retail and consumer news by its cues (session 29, round 26): a store chain named with
its owner's possessive keeps its "'s" everywhere in the article ("the supermarket chain
Holt's Foodstores" ... "Holt's said"), and one of its stores named by its street is a place
("at Holt's Station Road"); a hospital is a body even where someone stays there ("at Leeds
General Infirmary", where the model split it); a newspaper typed a work is a body ("told the
Lancashire Evening Post"); a town after a person's age is a place ("72, from Ilkley"); a family doctor ("their GP") is
no body; "Trading Standards", the councils' consumer service, is a body.

Care homes are read as hospitals (round 43's writers: a provider registered and rated like one,
where hotels are places): a house named as a home ("Elmfield House, a 42-bed home", "its Ash
Lodge care home") is a body, and so is its first word alone elsewhere ("lived at Elmfield"),
where a model typed it a place; a council area's Healthwatch, Citizens Advice or Age UK is one
body with its area ("Healthwatch Barnsley", typed a person).

spaCy's small model reads a chain's possessive as a place ("Holt"), types a hospital a place,
a newspaper a work, a town after an age a firm and "GP" a firm.  Whole articles only; each
rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

MODEL = "english-retail"
# A word this common opening a hospital's span is the sentence's ("When", "The"), not its name's.
_COMMON_ZIPF = 5.5
# A chain's own name with its trade word ("Holt's Foodstores"), or after "chain"/"retailer".
# A dry cleaner named by its owner ("Ashby's Dry Cleaners") is read the same way.
_CHAIN = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][a-z]+)(?:'s|’s) (?:Foodstores|Supermarkets?|Superstores?|Foodhalls?|Stores|"
    r"Pharmacies|Chemists|Discount|Food Stores|Dry Cleaners|Cleaners|Launderettes?)(?![\w’'-])"
    r"|\b(?:supermarket|grocery|store|retail|discount|convenience|bakery|pharmacy) chain "
    r"(?P<after>[A-Z][a-z]+)(?:'s|’s)"
)
_STREET_KINDS = r"Street|Road|Lane|Avenue|Way|Parade|Square|Place|Broadway|High Street|Retail Park"
_HOSPITAL = re.compile(r"(?:^| )(?:Infirmary|Hospital|Hospice)$")
# A hospital's whole name, where the model split it ("Leeds" + "Infirmary" typed a person).
_HOSPITAL_NAME = re.compile(r"(?<![\w’'-])(?:[A-Z][a-z]+ ){1,3}(?:Infirmary|Hospital|Hospice)(?![\w’'-])")
_NEWSPAPER = re.compile(
    r"^(?:[A-Z][a-z]+ ){1,3}(?:Post|Echo|Herald|Gazette|Chronicle|Courier|Argus|Advertiser|Telegraph|Examiner|"
    r"Sentinel|Mail|Press|Star|Express|Observer)$"
)
_AGE_FROM = re.compile(r"\b\d{1,3}, from $")
_DOCTOR = re.compile(r"\b(?:their|your|his|her|my|our|a|the local) $", re.IGNORECASE)
# ... with its county or council in front where there is one ("Suffolk Trading Standards").
_COUNTY_ZIPF = 4.5  # "Suffolk" 3.6, "Kent" 4.2; "Contact" 5.0 opens a sentence
_SERVICE = re.compile(r"(?<![\w-])(?P<county>[A-Z][a-z]+ )?Trading Standards(?![\w-])")
# A care home: a house's name right before "home" (its kind of home between), or before an
# apposition that calls it one ("Elmfield House, a 42-bed home"); not a football club's ground
# ("the Villa Park home": "Park" is no house word) nor a "home page", "home win", ...
_CARE_HOME = re.compile(
    r"(?<![\w’'-])(?P<name>(?P<short>[A-Z][a-z]+)(?: [A-Z][a-z]+)? "
    r"(?:House|Lodge|Court|Manor|Grange|Hall|Gardens|Mews))"
    r"(?:, (?:a|an|the) (?:[\w-]+ ){0,2}?| )(?:care |nursing |residential |retirement )?home(?![\w-])"
    r"(?! (?:page|secretary|office|win|defeat|game|games|ground|side|fans|crowd|match|leg|town|counties))"
)
# A council area's branch of a national health or advice network: one body with its area.
_AREA_BRANCH = re.compile(r"(?<![\w-])(?:Healthwatch|Citizens Advice|Age UK)(?: [A-Z][a-z]+){1,2}(?![\w’'-])")


def english_retail(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the chains, stores, hospitals, newspapers, towns and bodies above."""
    if language != "en":
        return mentions
    out = [m for m in mentions if not (m.text == "GP" and _DOCTOR.search(text, max(0, m.start - 12), m.start))]
    for m in out:
        hospital = m.type == "LOC" and " " in m.text and _HOSPITAL.search(m.text) is not None
        if hospital or (m.type in ("MISC", "PER", "LOC") and _NEWSPAPER.match(m.text)):
            m.type, m.model = "ORG", MODEL
        elif m.type == "ORG" and " " not in m.text and _AGE_FROM.search(text, max(0, m.start - 12), m.start):
            m.type, m.model = "LOC", MODEL
    if "'s" in text or "’s" in text:
        out = _chains(text, out)
    if "Infirmary" in text or "Hospital" in text or "Hospice" in text:
        out = claimed_spans(text, out, [_hospital(f) for f in _HOSPITAL_NAME.finditer(text)], "ORG", MODEL, 0.75)
    if "Trading Standards" in text:
        out = claimed_spans(text, out, [_service(f) for f in _SERVICE.finditer(text)], "ORG", MODEL, 0.8)
    if " home" in text:
        out = _care_homes(text, out)
    if "Healthwatch " in text or "Citizens Advice " in text or "Age UK " in text:
        out = claimed_spans(text, out, [f.span() for f in _AREA_BRANCH.finditer(text)], "ORG", MODEL, 0.8)
    return out


def _care_homes(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each care home an ORG, and its first word alone an ORG where a model typed it a place or a
    person (not a town's name: "Hoyland House" ... "in Hoyland")."""
    found = list(_CARE_HOME.finditer(text))
    if not found:
        return mentions
    out = claimed_spans(text, mentions, [f.span("name") for f in found], "ORG", MODEL, 0.8)
    places = place_names("en")
    shorts = {f["short"] for f in found if f["short"] not in places and zipf(f["short"].lower(), "en") < 3.5}
    for m in out:
        if m.text in shorts and m.type in ("LOC", "PER", "MISC"):
            m.type, m.model = "ORG", MODEL
    return out


def _service(found: re.Match[str]) -> tuple[int, int]:
    """The service's span with its county, not with a common word before it ("Contact")."""
    county = found["county"]
    if county and zipf(county.strip().lower(), "en") < _COUNTY_ZIPF:
        return found.span()
    return found.start("county") + len(county) if county else found.start(), found.end()


def _hospital(found: re.Match[str]) -> tuple[int, int]:
    """The hospital's span without the common words before its name ("When", "The", "At")."""
    start = found.start()
    for word in found.group().split()[:-2]:
        if zipf(word.lower(), "en") < _COMMON_ZIPF:
            break
        start += len(word) + 1
    return start, found.end()


def _chains(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each chain's "X's" an ORG, its "X's Trade" one ORG and its "X's Street Name" one LOC."""
    names = {f["name"] or f["after"] for f in _CHAIN.finditer(text)}
    if not names:
        return mentions
    alternatives = "|".join(re.escape(n) for n in sorted(names))
    store = re.compile(
        rf"(?<![\w’'-])(?:{alternatives})(?:'s|’s)"
        rf"(?P<street> (?:[A-Z][a-z]+ )+(?:{_STREET_KINDS})(?![\w-]))?"
        r"(?P<trade> (?:Foodstores|Supermarkets?|Superstores?|Foodhalls?|Stores|Pharmacies|Chemists|Food Stores|"
        r"Dry Cleaners|Cleaners|Launderettes?)"
        r"(?![\w’'-]))?"
    )
    places: list[tuple[int, int]] = []
    firms: list[tuple[int, int]] = []
    for found in store.finditer(text):
        (places if found["street"] else firms).append(found.span())
    out = claimed_spans(text, mentions, places, "LOC", MODEL, 0.8)
    return claimed_spans(text, out, firms, "ORG", MODEL, 0.8)
