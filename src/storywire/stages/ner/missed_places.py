"""A known town or country right after a preposition of place that no model found is the
place: "In Manchester, researchers said", "trains to Preston", "nach Rosenheim".

spaCy's small English model and the taggers miss towns under a million that the sentence makes
plain.  Whole articles only (`extract_entities`): an overlay of the gazetteer's places without
the preposition cost WikiANN de 0.3 points ("Seine", "Dabei"), and WikiANN keeps measuring the
models alone.  A name that is also a common word of the language ("in Essen", "to Reading",
"in Nice") is left to the models, as is one that runs on into a longer capitalised name
("in London Colney": the model's span, or nothing, stands).
"""

from __future__ import annotations

import functools
import re

from storywire.model import Mention
from storywire.stages.ner.gazetteer import (
    REGIONS,
    city_names,
    country_names,
    major_place_names,
    org_names,
    small_place_names,
)
from storywire.stages.ner.rules import org_head
from storywire.stages.ner.word_frequency import zipf

MODEL = "place-after-preposition"
_PREPOSITIONS = {
    "en": "in|at|from|to|near|outside|across",
    "de": "in|nach|aus|bei|im Raum",
    "fr": "à|en|près de|depuis",
    "es": "en|desde|hacia|cerca de",
    "nl": "in|naar|uit|bij",
    "it": "in|a|da|nel|nella|presso|verso|tra|fra|sopra|sotto",
}
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+(?:[ -][A-ZÀ-ÖØ-Þ][\w’'-]+)?"
# A word this common is a word before it is a town's name (zipf of its lower-case form: German
# "Essen" 5.3 stays to the models, "Halle" 4.8 and "Manchester" 4.5 are towns; the gazetteer has
# already left out the towns named like the commonest words, "Reading", "Nice").
_COMMON_ZIPF = 5.0


@functools.cache
def _pattern(language: str) -> re.Pattern[str] | None:
    preps = _PREPOSITIONS.get(language)
    if preps is None:
        return None
    # the preposition in either case ("In Manchester"), the name capitalised
    return re.compile(rf"(?<!\w)(?i:{preps})\s+(?P<name>{_NAME})(?![\w’'-])(?!\s+[A-ZÀ-ÖØ-Þ])")


# Prepositions that only places follow: "spoke to Jackson", "a letter from Jackson" may name a
# person, "in Jackson" not.
_ONLY_PLACES = frozenset({"in", "at", "near", "outside", "nach", "à", "en", "nel", "nella"})


def _person_where_a_place_is(
    m: Mention, s: int, e: int, preposition: str, mentions: list[Mention], language: str
) -> bool:
    """A lone word typed PER or ORG right after "in" that is a town, no surname of the article's
    people and no body's name ("signalling at Knaresborough" typed PER)."""
    if m.type not in ("PER", "ORG") or (m.start, m.end) != (s, e) or preposition.lower() not in _ONLY_PLACES:
        return False
    if m.type == "ORG" and m.text in org_names(language):
        return False
    return not any(o.type == "PER" and o.text.endswith(" " + m.text) for o in mentions)


@functools.cache
def known_places(language: str) -> frozenset[str]:
    """Towns, villages from 1,000 people, countries and regions: what an article pass may call a
    place on a sentence's word for it (never the taggers' features)."""
    regions = frozenset(REGIONS.get(language, ()))
    return city_names(language) | country_names(language) | regions | small_place_names(language)


def missed_places(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the known places after a place preposition that none of them covers."""
    pattern = _pattern(language)
    if pattern is None:
        return mentions
    places, major = known_places(language), major_place_names(language)
    added: list[Mention] = []
    for found in pattern.finditer(text):
        name, s = found.group("name"), found.start("name")
        if name not in places:
            continue
        if name not in major and zipf(name.lower(), language) >= _COMMON_ZIPF:
            continue
        e = s + len(name)
        inside = [m for m in mentions if m.start < e and s < m.end]
        if len(inside) == 1 and _person_where_a_place_is(inside[0], s, e, found.group().split()[0], mentions, language):
            inside[0].type, inside[0].model = "LOC", MODEL  # "in Preston" typed PER
        elif len(inside) == 1 and inside[0].type == "MISC" and (inside[0].start, inside[0].end) == (s, e):
            inside[0].type, inside[0].model = "LOC", MODEL  # the Italian rules' unknown name: "sopra Tesero"
        if inside:
            continue
        added.append(Mention(s, e, name, "LOC", model=MODEL, confidence=0.7))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


# A German tagger's run from a common noun over "in" into a place: "Hochwasser in Bayern" typed
# ORG opening a headline.  The place is the name; the noun before it is none.
_NOUN_IN_PLACE = re.compile(r"^(?P<head>[A-ZÄÖÜ][a-zäöüß]+) (?:in|bei) (?P<place>[A-ZÄÖÜ][\w-]+)$")
_COMMON_NOUN_ZIPF = 3.0


# ... and into a body: "Warnstreik am Klinikum Kassel" typed ORG: the body is the name.
_NOUN_AT_BODY = re.compile(r"^(?P<head>[A-ZÄÖÜ][a-zäöüß]+) (?:am|im|beim|vom|zum|an der|in der) (?P<body>[A-ZÄÖÜ].+)$")


def german_noun_before_place(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with "<common noun> in <known place>" cut to the place, and "<noun> am
    <body>" to the body (German only)."""
    if language != "de":
        return mentions
    places = known_places(language)
    for m in mentions:
        at_body = _NOUN_AT_BODY.match(m.text) if m.type == "ORG" else None
        if at_body is not None and org_head(at_body["body"].split(" ", 1)[0], language):
            if not org_head(at_body["head"], language):
                m.start += at_body.start("body")
                m.text = at_body["body"]
            continue
        found = _NOUN_IN_PLACE.match(m.text)
        if found is None or found["place"] not in places or found["head"] in places:
            continue
        if zipf(found["head"].lower(), language) < _COMMON_NOUN_ZIPF or org_head(found["head"], language):
            continue  # a name of its own, or a body's ("Universität in Bayern")
        m.start += found.start("place")
        m.text, m.type = found["place"], "LOC"
    return mentions


# A dateline: a town in capitals opening a paragraph, before a comma, a dash or a bracket
# ("LINZ –", "CARDIFF, May 8", "МОСКВА, 5 марта").  The models read a word in capitals as an
# acronym, or not at all.
_DATELINE = re.compile(
    r"(?m)^(?P<name>[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ]{3,}(?:[ -][A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ]{2,}){0,2})"
    r"(?=\s*(?:,|—|–|-|\(|:|\.\s|\.[–—-]))"
)

# A dateline's day, then its agency in capitals ("PALENCIA, 14 (EUROPA PRESS) –").
_DAY_AND_AGENCY = re.compile(
    r",[ \t]*(?P<day>\d{1,2})[ \t]+\((?P<agency>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ&.-]*(?: [A-ZÀ-ÖØ-Þ&.-]+){0,2})\)"
)

# A byline with its town after a bar ("MARÍA LÓPEZ | SEVILLA"): the town, in capitals.
_BYLINE_PLACE = re.compile(r"(?m)^[^\n|]{3,60} \| (?P<name>[A-ZÀ-ÖØ-Þ]{3,}(?:[ -][A-ZÀ-ÖØ-Þ]{2,}){0,2})[ \t]*$")


# A dateline in the paper's own case opening the text ("Freiburg. Der SC Freiburg hat ..."),
# and one in capitals with its region in brackets ("LE LIORAN (Cantal) –"), a place whether or
# not the gazetteer knows it.
_BRACKETED = re.compile(r" \((?P<region>[A-ZÀ-ÖØ-Þ][\w'’ -]+)\)")
_TITLED_DATELINE = re.compile(r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?)\.\s+(?=[A-ZÄÖÜ])")
_DATELINE_WITH_REGION = re.compile(
    # ... a date between, as Spanish writes it ("HARO (La Rioja), 3 de abril. —")
    r"(?m)^(?P<name>[A-ZÀ-ÖØ-Þ]{2,}(?:[ -][A-ZÀ-ÖØ-Þ]{2,}){0,3}) \([A-ZÀ-ÖØ-Þ][\w' -]+\)"
    r"(?:, [\w ]{1,24}\.)?\s*[–—-]"
)
# ... closed by a full stop, as French papers write it ("TICHEVILLE (Orne). La nouvelle ..."),
# where the bracket holds a region known or read as a place: the full stop alone would take an
# acronym's gloss
_DATELINE_WITH_KNOWN_REGION = re.compile(
    r"(?m)^(?P<name>[A-ZÀ-ÖØ-Þ]{2,}(?:[ -][A-ZÀ-ÖØ-Þ]{2,}){0,3}) "
    r"\((?P<region>[A-ZÀ-ÖØ-Þ][\w' -]+)\)\.\s+(?=[A-ZÀ-ÖØ-Þ«])"
)

# ... and one in the paper's own case with its province in brackets before a dash, as Spanish
# papers write it ("Linares (Jaén) –"): a place where the town or the province is known
_TITLED_DATELINE_WITH_REGION = re.compile(
    r"(?m)^(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+(?:[ -](?:de |del |la )?[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+){0,2}) "
    r"\((?P<region>[A-ZÀ-ÖØ-Þ][\w' -]+)\)\s*[–—]"
)

# An Italian agency's dateline, the agency first and the date in capitals after the town
# ("(ANSA) – CHIOGGIA, 12 MAR –"): the town a place whatever the gazetteer holds, the month's
# abbreviation no name (the models read it as a place or an acronym)
_AGENCY_DATELINE = re.compile(
    r"(?m)^\([A-Za-z]{2,12}\) [–—-] (?P<name>[A-ZÀ-ÖØ-Þ]{3,}(?:[ -][A-ZÀ-ÖØ-Þ]{2,}){0,2}), \d{1,2} "
    r"(?P<month>GEN|FEB|MAR|APR|MAG|GIU|LUG|AGO|SET|OTT|NOV|DIC) [–—-]"
)


# German joining words inside a town's name ("Wyk auf Föhr", "Weil am Rhein", "Halle an der Saale").
_GERMAN_JOINERS = re.compile(r"(?<= )(?:Auf|Am|An|Der|Im|In|Bei|Ob|Vor|Unter)(?= )")
# A dash after a dateline, then an article opening the sentence: "WYK AUF FÖHR – Die X GmbH".
_AFTER_DASH = re.compile(r"(?:\s*[–—]|\s+-)\s+(?:(?:Die|Der|Das|Den|Dem|Des)\s+)?(?=[A-ZÄÖÜ])")


def _cut_at_dash(text: str, mentions: list[Mention], s: int, e: int) -> list[Mention]:
    """`mentions` with a model's run from the dateline over its dash cut to what follows the
    dash and its article ("WYK AUF FÖHR – Die Nordfriesische Inselfähren GmbH" typed ORG: the
    firm is the name, the town before the dash a place of its own)."""
    for m in mentions:
        if m.start != s or m.end <= e:
            continue
        found = _AFTER_DASH.match(text, e)
        if found is not None and found.end() < m.end:
            m.start = found.end()
            m.text = text[m.start : m.end]
    return mentions


def datelines(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each dateline's town a place (a model's span of it retyped)."""
    places = known_places(language)
    added: list[Mention] = []
    found_lines = [*_DATELINE.finditer(text), *_DATELINE_WITH_REGION.finditer(text)]
    model_places = {(m.start, m.end) for m in mentions if m.type == "LOC"}
    found_lines.extend(
        f
        for f in _DATELINE_WITH_KNOWN_REGION.finditer(text)
        if f["region"] in places or f.span("region") in model_places  # "(Orne)": a département
    )
    found_lines.extend(
        f
        for f in _TITLED_DATELINE_WITH_REGION.finditer(text)
        if f["region"] in places and (f["name"] in places or f.span("name") in model_places)
    )
    if " | " in text:
        bylines = list(_BYLINE_PLACE.finditer(text))
        found_lines.extend(bylines)
        for line in bylines:  # "MARÍA LÓPEZ | SEVILLA" read as one person: the reporter alone
            for m in mentions:
                if m.start < line.start("name") - 3 and m.end == line.end("name"):
                    m.end = line.start("name") - 3
                    m.text = text[m.start : m.end]
    if (titled_line := _TITLED_DATELINE.match(text)) is not None and titled_line["name"] in places:
        found_lines.append(titled_line)
    if language == "it" and ") " in text:
        agency_lines = list(_AGENCY_DATELINE.finditer(text))
        found_lines.extend(agency_lines)
        months = {line.span("month") for line in agency_lines}
        mentions = [m for m in mentions if (m.start, m.end) not in months]
    for found in found_lines:
        s, e, name = found.start("name"), found.end("name"), found["name"]
        if any((a.start, a.end) == (s, e) for a in added):
            continue  # "CAMOGLI (Genova) –": found by both shapes, one place
        titled = "-".join(" ".join(w.capitalize() for w in part.split(" ")) for part in name.split("-"))
        if language == "de":
            # "WYK AUF FÖHR –": a town's joining word is lower-case in the gazetteer ("Wyk auf Föhr")
            titled = _GERMAN_JOINERS.sub(lambda j: j.group(0).lower(), titled)
            mentions = _cut_at_dash(text, mentions, s, e)
        regioned = found.re in (
            _DATELINE_WITH_REGION,
            _DATELINE_WITH_KNOWN_REGION,
            _TITLED_DATELINE_WITH_REGION,
            _AGENCY_DATELINE,
        )
        if titled not in places and not regioned and found.re is not _TITLED_DATELINE:
            continue
        inside = [m for m in mentions if m.start < e and s < m.end]
        agency = _DAY_AND_AGENCY.match(text, e)
        if agency is not None:
            # "PALENCIA, 14 (EUROPA PRESS) –": a model's span over the town and the day is the
            # town, and the capitals in brackets after the day are the agency, not a region
            for m in inside:
                if m.start == s and m.end == agency.end("day"):
                    m.end, m.text = e, text[s:e]
            a_s, a_e = agency.span("agency")
            if not any(m.start < a_e and a_s < m.end for m in [*mentions, *added]):
                added.append(Mention(a_s, a_e, agency["agency"], "ORG", model=MODEL, confidence=0.75))
        if any(m.start < s or m.end > e for m in inside):
            continue
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (s, e):
            inside[0].type, inside[0].model = "LOC", MODEL
        elif inside and regioned:
            mentions = [m for m in mentions if m not in inside]  # "LIORAN" alone typed ORG
            added.append(Mention(s, e, name, "LOC", model=MODEL, confidence=0.8))
        elif not inside:
            added.append(Mention(s, e, name, "LOC", model=MODEL, confidence=0.8))
        # ... and its province in brackets ("LAGUARDIA (Álava), 14 de marzo"), never an agency
        region = _BRACKETED.match(text, e)
        if region is not None and region["region"] in places:
            rs, re_ = region.span("region")
            if not any(m.start < re_ and rs < m.end for m in [*mentions, *added]):
                added.append(Mention(rs, re_, region["region"], "LOC", model=MODEL, confidence=0.75))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions
