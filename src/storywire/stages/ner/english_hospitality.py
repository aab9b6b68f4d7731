"""English tourism news by its kind words (the guidelines of session 27): a hotel, an inn, a
lodge, a resort, a campsite or public baths named with the kind word is one place, without a leading "The"
and without the town after "in" ("the Tidewater Inn in Padstow" -> "Tidewater Inn" +
"Padstow"); a name after a lower-case "restaurant" or "hotel" is the place alone ("its new
restaurant, Saltmarsh"); a brewery, vineyard, winery, distillery or dairy is a firm, as an airline
("Severn Air", "Loganair") and a television channel ("Harbourlight TV") are; a chef or a
concierge named with a capitalised "Chef" or after a lower-case role is a person; a council named
with two places joined by "and" is one body ("Brighton and Hove City Council"); a town typed as a
body before "firm" or "company" is a place ("a Bristol firm"); the English regions no city list
holds are places ("the West Country", "East Anglia").

spaCy's small model types an unknown hotel as a person or a body, a vineyard as a place, runs
"Chef" or "The" into a name and misses a channel.  Whole articles only; each rule looks only where
its kind word stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.no_names import month_names
from storywire.stages.ner.titles import weekdays

MODEL = "english-hospitality"
_CAP = r"[A-Z][\w’'-]+"
# a campsite or a caravan park is lodging as an inn is (round 46): a place, its owner the body
_PLACE_KINDS = (
    "Hotel", "Inn", "Lodge", "Resort", "Baths", "Guesthouse", "Tavern", "Campsite", "Campground", "Caravan Park",
    "Holiday Park",
)  # fmt: skip
_FIRM_KINDS = ("Brewery", "Vineyard", "Vineyards", "Winery", "Distillery", "Dairy", "Creamery", "Cidery")
_AIRLINE_KINDS = ("Air", "Airways", "Airlines")
# Capitalised words that open a sentence, not a name.
_OPENERS = r"(?!(?:The|A|An|At|In|On|From|By|For|To|Of|And|But|Its|His|Her|Their|Our|This|That|Near|With) )"
# A name of one to three capitalised words before its kind word ("the Tidewater Inn"); no
# possessive among them ("Bath's Abbeygate Hotel": the town is no part of the hotel).
_KIND_AFTER = re.compile(
    rf"(?<![\w’'-]){_OPENERS}(?:[A-Z][\w-]+ ){{1,3}}(?:{'|'.join(_PLACE_KINDS + _FIRM_KINDS)})(?![\w’'-])"
)
# no possessive inside ("Putin's State TV": the channel is "State TV")
_CHANNEL = re.compile(r"(?<![\w’'-])(?!The )(?:[A-Z][\w-]+ ){1,2}TV(?![\w’'-])")
# A lower-case kind word, then the name alone: "its new restaurant, Saltmarsh".
# After a comma the name ends its sentence or clause ("outside the hotel, Jones, 45, said" is a
# speaker); without one it is followed by punctuation or the place it stands in.
_KIND_NOUN_WORDS = ("restaurant", "hotel", "bistro", "brasserie", "pub", "inn")
_KIND_NOUN = r"\b(?:restaurant|hotel|bistro|brasserie|gastropub|pub|inn)"
_NAME = rf"{_CAP}(?: {_CAP})?"
_NAME_AFTER_KIND = re.compile(
    rf"{_KIND_NOUN}(?:, (?P<after_comma>{_NAME})(?=[.;:]|$)| (?:called |named )?(?P<name>{_NAME})"
    r"(?=[,.;:)]| in | at | on |$))",
    re.MULTILINE,
)
_NOT_NAMES = frozenset(
    [
        "The",
        "This",
        "That",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
    ]
)
# Roles before a person in hospitality news ("Head concierge Ifeoma Bright", "Chef Ama Boateng").
_ROLE_BEFORE = re.compile(
    r"(?:^|\s)(?:[Cc]hef|[Cc]oncierge|[Ss]ommelier|[Hh]otelier|[Rr]estaurateur|[Ii]nnkeeper|[Pp]ublican|"
    r"[Ww]inemaker|[Bb]rewer|[Bb]utler|[Rr]eceptionist|[Mm]aître d['’])\s+$"
)
_COUNCIL = re.compile(
    # ("Bath and North East Somerset Council"); two councils named in full stay two
    rf"(?<![\w’'-])(?:(?!Council ){_CAP} )+and (?:{_CAP} )+"
    r"(?:(?:City|County|District|Borough|Town) )?Council(?![\w’'-])"
)
_FIRM_AFTER = re.compile(r"^(?:-based)? (?:firm|company|business|group|brewery|developer|operator)\b")
_REGIONS = re.compile(
    r"(?<![\w’'-])(?:West Country|East Anglia|Home Counties|Cotswolds|Lake District|Peak District|"
    r"Yorkshire Dales|Scottish Highlands|Mendips|Chilterns|Fens|Midlands|West Midlands|East Midlands)(?![\w’'-])"
)


# Real towns whose names are common words, so the gazetteer leaves them out ("bath", "reading"):
# places where the text gives them a town's cue, or where spaCy made them a person no one in the
# article is named after.
_WORD_TOWNS = ("Bath", "Reading")
_WORD_TOWN_CUES = re.compile(
    rf"^(?P<line>{'|'.join(t.upper() for t in _WORD_TOWNS)}) [—–-] "
    rf"|(?:\b(?:in|to|from|near|around|of) |^|(?<=\W))(?P<town>{'|'.join(_WORD_TOWNS)})(?=['’]s\b)"
    rf"|\b(?:in|to|from|near|around) (?P<after>{'|'.join(_WORD_TOWNS)})\b",
    re.MULTILINE,
)


# A word of each region above, looked for first (the regex would try every character).
_REGION_WORDS = (
    "Country",
    "Anglia",
    "Counties",
    "Cotswolds",
    "District",
    "Dales",
    "Highlands",
    "Mendips",
    "Chilterns",
    "Fens",
    "Midlands",
)


def _word_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "BATH — ...", "Bath's", "in Bath", "Bath" typed a person: the town."""
    people = [m.text for m in mentions if m.type == "PER" and " " in m.text]
    for m in mentions:
        if m.type == "PER" and m.text in _WORD_TOWNS and not any(m.text in p.split() for p in people):
            m.type, m.model = "LOC", MODEL
    spans = []
    for found in _WORD_TOWN_CUES.finditer(text):
        group = next(g for g in ("line", "town", "after") if found[g])
        spans.append(found.span(group))
    return claimed_spans(text, mentions, spans, "LOC", MODEL, 0.75)


def english_hospitality(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the hotels, firms, channels, people, councils and regions above."""
    if language != "en":
        return mentions
    out = _persons_after_roles(text, _cut_heads(text, mentions))
    has_kind = any(kind in text for kind in _PLACE_KINDS + _FIRM_KINDS)
    kinds = [f.span() for f in _KIND_AFTER.finditer(text)] if has_kind else []
    for start, end in kinds:
        etype: EntityType = "ORG" if text[start:end].rsplit(" ", 1)[-1] in _FIRM_KINDS else "LOC"
        # a firm's or a place's longer span the model found ("Wellow Farm Dairy Ltd") keeps it
        out = claimed_spans(text, out, [(start, end)], etype, MODEL, 0.8, blocks=_runs_past_unless_person)
    _retype_airlines(out)
    if "TV" in text:
        out = claimed_spans(text, out, [f.span() for f in _CHANNEL.finditer(text)], "ORG", MODEL, 0.8)
    names = []
    kind_nouns = any(noun in text for noun in _KIND_NOUN_WORDS)
    for found in _NAME_AFTER_KIND.finditer(text) if kind_nouns else ():
        group = "name" if found["name"] else "after_comma"
        if not _a_date_word(found[group].split()[0]) and found[group].split()[0] not in _NOT_NAMES:
            names.append(found.span(group))
    out = claimed_spans(text, out, names, "LOC", MODEL, 0.75)
    if "Council" in text:
        out = claimed_spans(text, out, [f.span() for f in _COUNCIL.finditer(text)], "ORG", MODEL, 0.8)
    if any(word in text for word in _REGION_WORDS):
        out = claimed_spans(text, out, [f.span() for f in _REGIONS.finditer(text)], "LOC", MODEL, 0.75)
    if any(town in text for town in _WORD_TOWNS) or any(town.upper() in text for town in _WORD_TOWNS):
        out = _word_towns(text, out)
    places = place_names(language)
    for m in out:
        if m.type == "ORG" and m.text in places and _FIRM_AFTER.match(text[m.end : m.end + 20]):
            m.type, m.model = "LOC", MODEL  # "a Bristol firm"
    return out


def _a_date_word(word: str) -> bool:
    return word.lower() in weekdays("en") or word.lower() in month_names("en")


def _runs_past_unless_person(m: Mention, start: int, end: int) -> bool:
    """A longer span blocks a kind's span, unless it is a person's ("Fellside Lodge near Keswick"
    typed PER is no person); a person whose first word is a given name blocks ("David Lodge")."""
    if m.type == "PER":
        return m.text.split()[0] in given_names("en")
    return m.start < start or m.end > end


def _cut_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "The Abbeygate Hotel" -> "Abbeygate Hotel", "Chef Ama Boateng" -> "Ama Boateng" (PER),
    "Tidewater Inn in Padstow" -> "Tidewater Inn" + "Padstow"."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        if len(words) > 2 and words[0] == "The" and words[-1] in _PLACE_KINDS:
            m.start += 4
            m.text, m.type, m.model = text[m.start : m.end], "LOC", MODEL
        elif len(words) == 3 and words[0] == "Chef" and m.type in ("ORG", "PER", "MISC"):
            m.start += 5
            m.text, m.type, m.model = text[m.start : m.end], "PER", MODEL
        inn = re.search(rf" (?:{'|'.join(_PLACE_KINDS)}) in (?={_CAP})", m.text)
        if inn is not None:
            cut = m.start + inn.end() - len(" in ")
            town = m.start + inn.end()
            out.append(Mention(m.start, cut, text[m.start : cut], "LOC", MODEL, m.confidence))
            out.append(Mention(town, m.end, text[town : m.end], "LOC", MODEL, m.confidence))
            continue
        out.append(m)
    return out


def _persons_after_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """A two-word name typed as a body right after a hospitality role is a person."""
    for m in mentions:
        words = m.text.split()
        plain = len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words)
        if m.type in ("ORG", "MISC") and plain and _ROLE_BEFORE.search(text, max(0, m.start - 20), m.start):
            m.type, m.model = "PER", MODEL
    return mentions


def _retype_airlines(mentions: list[Mention]) -> None:
    for m in mentions:
        words = m.text.split()
        if m.type in ("LOC", "PER", "MISC") and len(words) >= 2 and words[-1] in _AIRLINE_KINDS:
            m.type, m.model = "ORG", MODEL
