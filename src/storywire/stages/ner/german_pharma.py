"""German pharmaceutical, pharmacy and consumer news by its kind words (session 32, round 34):
a plant named "Werk" and its town is a place, the kind word inside ("Werk Leverkusen"); a
consumer advice centre with its Land is one body ("Verbraucherzentrale Hessen"); a Land's or
the federal chamber of a profession is a body even bare ("Landesärztekammer",
"Bundesapothekerkammer"); a pharmacy named by a hyphened compound is a firm ("Adler-Apotheke");
an agency's acronym the tagger ran into the next noun stays alone ("BfArM Proben" -> "BfArM");
a trade's noun taken for a firm's short name is none ("die Arzneimittelhersteller").

The tagger types the plant a body, reads the Land alone, misses the bare chamber and the
pharmacy and runs an acronym into the object after it.  Whole articles only; each rule looks
only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.legal_forms import MODEL as LEGAL_FORM_MODEL
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-pharma"
_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
# "Werk" (or "Werks") and a town: the plant, a place ("im Werk Müllheim").
_PLANT = re.compile(rf"^Werks? (?P<town>{_NAME})$")
_PLANT_IN_TEXT = re.compile(rf"(?<![\w-])Werks? (?P<town>{_NAME})(?![\w-])")
# A consumer advice centre with its Land or town, or the federal association.
_CONSUMER = re.compile(rf"(?<![\w-])Verbraucherzentrale (?:Bundesverband|{_NAME}(?: {_NAME})?)(?![\w-])")
# A Land's or the federal chamber of a profession, bare: a body ("Landesapothekerkammer rät").
_BARE_CHAMBER = re.compile(r"(?<![\w-])(?:Landes|Bundes)[a-zäöüß]+kammer(?![\w-])")
# A pharmacy named by a hyphened compound: "Löwen-Apotheke", "Markt-Apotheke".
_PHARMACY = re.compile(r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]+-){1,2}Apotheke(?![\w-])")
# An acronym, two capitals or more and no more than two small letters between them ("BfArM",
# "BaFin", not a product's "MatePad"), and a noun after it.
_ACRONYM_AND_NOUN = re.compile(
    r"^(?P<acronym>[A-ZÄÖÜ](?:[a-zäöü]{0,2}[A-ZÄÖÜ])+[a-zäöü]{0,2}) (?P<noun>[A-ZÄÖÜ][a-zäöüß]+)$"
)
# A trade's noun, sought as a firm's short name before its kind word was cut off the firm's name
# ("Arzneimittelhersteller X GmbH" ... "die Arzneimittelhersteller"): a common noun, no name.
_TRADE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*(?:hersteller|händler|lieferant|versicherer|labor)s?")
# A noun this common after the acronym is its object, no part of a name.
_COMMON_ZIPF = 3.0


def german_pharma(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the plants, consumer centres, chambers, pharmacies and acronyms above."""
    if language != "de":
        return mentions
    out = [m for m in mentions if not (m.model == LEGAL_FORM_MODEL and _TRADE.fullmatch(m.text))]
    if "Werk" in text:
        places = place_names("de")
        for m in out:
            if m.type == "ORG" and (plant := _PLANT.match(m.text)) and plant["town"] in places:
                m.type, m.model = "LOC", MODEL
        plants = [f.span() for f in _PLANT_IN_TEXT.finditer(text) if f["town"] in places]
        out = claimed_spans(text, out, plants, "LOC", MODEL, 0.8)
    if "Verbraucherzentrale" in text:
        out = claimed_spans(text, out, [f.span() for f in _CONSUMER.finditer(text)], "ORG", MODEL, 0.8)
    if "kammer" in text:
        chambers = [f.span() for f in _BARE_CHAMBER.finditer(text) if not _covered(out, *f.span())]
        out = claimed_spans(text, out, chambers, "ORG", MODEL, 0.8)
    if "-Apotheke" in text:
        out = claimed_spans(text, out, [f.span() for f in _PHARMACY.finditer(text)], "ORG", MODEL, 0.8)
    alone = {m.text for m in out if m.type == "ORG"}
    for m in out:
        found = _ACRONYM_AND_NOUN.match(m.text) if m.type == "ORG" else None
        if found and found["acronym"] in alone and zipf(found["noun"].lower(), "de") >= _COMMON_ZIPF:
            m.end = m.start + found.end("acronym")
            m.text, m.model = text[m.start : m.end], MODEL
    return out


def _covered(mentions: list[Mention], start: int, end: int) -> bool:
    """A mention already holds the span ("Landesapothekerkammer Baden-Württemberg")."""
    return any(m.start <= start and end <= m.end for m in mentions)
