"""German sport and local-body news by its kind words (the guidelines of session 28, round 23):
a hall named with its street is one place ("Sporthalle am Nordring", "Eishalle an der
Westfalenstraße"); a town or a district named with its kind word acts as a body ("gemeinsam mit
der Stadt Verden", "der Landkreis Celle hat ..."), unless a preposition of place stands before
it ("im Landkreis Celle": the town alone); a division or a season is no name ("Oberliga",
"Regionalliga Nord", "Saison 2025/26"), nor a hall or a season after an article ("eine Halle").

The tagger leaves a hall by its street untagged, reads the town alone, and types a division as a
body and a season as a place.  Whole articles only; each rule looks only where its kind word
stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.german_gambling import LANDS

MODEL = "german-arena"
# A compound hall or arena (a bare "Halle" is also the town on the Saale) before "am"/"an der"
# and a street's name: one place.  A hall for work or trade ("in der Auktionshalle an der
# Hafenstraße", "Lagerhalle am Ring") is no venue: it names only what it is, so the street alone.
_HALL_ON_STREET = re.compile(
    r"(?<![\w-])(?!(?:Auktions|Versteigerungs|Lager|Werk|Fabrik|Produktions|Montage|Maschinen|Kühl|Fisch|Logistik|"
    r"Industrie|Gewerbe|Verlade|Pack|Fertigungs)halle)"
    r"(?:[A-ZÄÖÜ][a-zäöü]+(?:halle|stadion|arena|bad)|Arena|Stadion|Sportpark|Sportzentrum|Eisstadion)"
    r" (?:am|an der) [A-ZÄÖÜ][a-zäöüß]+(?:ring|straße|strasse|weg|platz|allee|damm|park|wall|tor)(?![\w-])"
)
# A town or a district with its kind word ("Stadt Verden", "Landkreis Celle", a Bavarian market
# town "der Markt Bad Kohlgrub"), a Land by its kind word ("mit dem Land Hessen"): a body.
_TOWN_BODY = re.compile(
    r"(?<![\w-])(?P<kind>Stadt|Landkreis|Kreis|Markt|Land) "
    r"(?P<town>(?:Bad )?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])"
)
# "in der Stadt X", "im Landkreis Y", "aus dem Kreis Z": where something is, the town alone.
_PLACE_BEFORE = re.compile(
    r"(?:^|\s)(?i:in|im|aus|nach|bei|beim|von|vom|zu|zum|zur|durch|quer durch|um|rund um)(?: (?:der|dem|den))? $"
)
# Only right after an article or opening a sentence: an adjective before it describes a place
# ("in der chinesischen Stadt Wuhan"), as does a noun of area ("im Gebiet der Stadt X").
_ARTICLE_OPENING = re.compile(r"(?:^|[.!?:]\s+|(?:^|\s)(?i:der|die|den|dem|des)\s+)$")
_AREA_BEFORE = re.compile(
    r"(?:^|\s)(?:Gebiet|Stadtgebiet|Rand|Zentrum|Mitte|Nähe|Innenstadt|Norden|Süden|Osten|Westen|Grenze|Teil|"
    r"Ortsteil|Ortsteilen|Umgebung|Umland|Bereich|Raum) (?:der|des) $"
)
# Divisions and a season: competitions, not bodies ("Handball-Bundesliga" as a body stays).
_DIVISION = re.compile(
    r"(?:\d\. )?(?:Ober|Regional|Landes|Verbands|Bezirks|Kreis|Bezirksober)liga(?: (?:Nord|Süd|West|Ost|"
    r"Nordost|Südwest|Nordwest|Südost|Mitte))?|\d\. (?:Bundesliga|Liga)|Saison(?: \d{4}(?:/\d{2,4})?)?"
)
# A hall, an arena or a season after a lower-case article: a common noun ("eine Halle").
_COMMON = frozenset({"Halle", "Arena", "Saison", "Spielstätte", "Liga", "Staffel"})
_ARTICLE = re.compile(r"(?:^|\s)(?:ein|eine|einen|einem|einer|eines|die|der|den|dem|des|das|neue|neuen)\s+$")


def german_arenas(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with halls on their streets and towns acting as bodies claimed, and divisions,
    seasons and common hall nouns dropped."""
    if language != "de":
        return mentions
    out = [m for m in mentions if not _no_name(text, m)]
    if " am " in text or " an der " in text:
        out = claimed_spans(text, out, [f.span() for f in _HALL_ON_STREET.finditer(text)], "LOC", MODEL, 0.8)
    if "Stadt " in text or "reis " in text or "Markt " in text or "Land " in text:
        out = claimed_spans(text, out, _town_bodies(text, out), "ORG", MODEL, 0.8)
    return out


def _no_name(text: str, m: Mention) -> bool:
    if m.type == "PER":
        return False
    if _DIVISION.fullmatch(m.text):
        return True
    return m.text in _COMMON and bool(_ARTICLE.search(text, max(0, m.start - 12), m.start))


def _town_bodies(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """ "Stadt X"/"Landkreis X" where X is a town (of the gazetteer or tagged a place), not
    after a preposition of place."""
    places = place_names("de")
    spans = []
    for found in _TOWN_BODY.finditer(text):
        s, e = found.span("town")
        tagged = any(m.start == s and m.end == e and m.type == "LOC" for m in mentions)
        # "Land" is also a common noun ("das Land Bayern" yes, "das Land Afrika" no)
        if found["kind"] == "Land" and found["town"] not in LANDS:
            continue
        if not (tagged or found["town"] in places):
            continue
        before = text[max(0, found.start() - 24) : found.start()]
        if _PLACE_BEFORE.search(before) or _AREA_BEFORE.search(before) or not _ARTICLE_OPENING.search(before):
            continue
        # a market town only after its article ("für den Markt X", the municipality it owns):
        # "Markt Schwaben" opening a sentence is the town
        if found["kind"] == "Markt" and not re.search(r"(?:^|\s)(?i:der|dem|den|des)\s+$", before):
            continue
        spans.append(found.span())
    return spans
