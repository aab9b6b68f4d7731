"""German housing and planning news by its kind words (session 32, round 33): an association
named with its town "und Umgebung" is one body ("Mieterverein Bonn und Umgebung e.V."); a
tenants' or citizens' group named after its street keeps the street ("Bürgerinitiative Lindener
Straße"); a state's regional office with its town is one body ("Regierungspräsidium Gießen",
"Bezirksregierung Arnsberg"); a savings bank named by its town's adjective is a body, whole
("Bonner Sparkasse"); a project "of" a town in the genitive names the town, not a body
("Wohnprojekt Bonns" -> "Bonns"); a firm's short name is sought again after a pass cut a kind
word off its name ("Baugenossenschaft Lindenhof eG" ... "des Lindenhofs").

The tagger reads "Umgebung e.V." alone, stops before "Straße", types the savings bank a place
and the project a body.  Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.legal_forms import _ENDS_WITH_FORM, firm_short_names

MODEL = "german-housing"
_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
# A body's kind word as a compound's end ("Mieterverein", "Bürgerinitiative", "Heimatbund").
_KIND = r"[A-ZÄÖÜ][a-zäöüß]*(?:verein|verband|bund|initiative|gemeinschaft|bündnis|beirat)"
# ... with its town "und Umgebung" (and its legal form).
_SURROUNDINGS = re.compile(rf"(?<![\w-]){_KIND} {_NAME}(?: {_NAME})? und Umgebung(?: e\.\s?V\.)?(?![\w-])")
# ... named after its street: an adjective and "Straße" or one compound ("Lindenallee").
_STREET_BODY = re.compile(
    rf"(?<![\w-]){_KIND} (?:[A-ZÄÖÜ][a-zäöüß]+er (?:Straße|Allee|Platz|Weg|Ring|Chaussee)"
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:straße|allee|platz|weg|ring))(?![\w-])"
)
# A state's regional office, with its seat ("Regierungspräsidium Darmstadt").
_REGIONAL_OFFICE = re.compile(
    r"(?<![\w-])(?:Regierungspräsidium|Regierungspräsidiums|Bezirksregierung|Landesdirektion) "
    rf"(?P<town>{_NAME})(?![\w-])"
)
# A savings or a cooperative bank by its town's adjective: its fixed name ("Kölner Bank" is left
# out: "Bank" alone after an adjective names no firm).
_TOWN_BANK = re.compile(r"^(?P<adj>[A-ZÄÖÜ][a-zäöüß]+er) (?:Sparkasse|Volksbank|Stadtsparkasse|Bank eG)$")
# A project's or estate's noun with a town's genitive: the town ("Genossenschaftsprojekt Bonns").
# Passes that cut a kind word off a firm's name after the short names were sought
# ("Wohnungsbaugenossenschaft X eG" -> "X eG"): the short name "X" is sought again.
_KIND_CUTTERS = frozenset({"german-volunteers", "german-arts"})
_PROJECT_OF = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]*(?:projekt|vorhaben|quartier|viertel|bauprojekt) (?P<town>[A-ZÄÖÜ]\w+)s$")


def german_housing(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the bodies above claimed, the banks typed bodies and the towns taken
    out of a project's span."""
    if language != "de":
        return mentions
    out = mentions
    for m in out:
        if m.type == "LOC" and (bank := _TOWN_BANK.match(m.text)) and _town_adjective(bank["adj"]):
            m.type, m.model = "ORG", MODEL
        elif m.type == "ORG" and (project := _PROJECT_OF.match(m.text)) and project["town"] in place_names("de"):
            m.start += project.start("town")
            m.text, m.type, m.model = text[m.start : m.end], "LOC", MODEL
    if any(m.model in _KIND_CUTTERS and m.type == "ORG" and _ENDS_WITH_FORM.search(m.text) for m in out):
        out = firm_short_names(text, out, language)  # "der X" after "Wohnungsbaugenossenschaft X eG"
    if "Umgebung" in text:
        out = claimed_spans(text, out, [f.span() for f in _SURROUNDINGS.finditer(text)], "ORG", MODEL, 0.8)
    if any(w in text for w in ("Straße", "Allee", "Platz", "Weg", "Ring", "straße", "allee", "platz")):
        out = claimed_spans(text, out, [f.span() for f in _STREET_BODY.finditer(text)], "ORG", MODEL, 0.8)
    if "Regierungspräsidium" in text or "Bezirksregierung" in text or "Landesdirektion" in text:
        places = place_names("de")
        offices = [f.span() for f in _REGIONAL_OFFICE.finditer(text) if f["town"] in places]
        out = claimed_spans(text, out, offices, "ORG", MODEL, 0.8)
    return out


def _town_adjective(word: str) -> bool:
    """ "Bonner", "Kasseler", "Münchner": a town's adjective."""
    places = place_names("de")
    return any(stem in places for stem in (word[:-2], word[:-3], word[:-1], word[:-3] + "en"))
