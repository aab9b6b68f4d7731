"""German energy and infrastructure news by its kind words (session 29, round 25): a wind farm,
a substation, a power plant, a mine or an industrial estate is one place with its capitalised
kind word ("Windpark Hohe Geest", "Umspannwerks Dörpen", "Gewerbegebiet Emser Straße"); a power
line named by its end points gives each town ("Leitung Dörpen–Meppen"); "Verein" and "Firma"
before a name stay out ("des Vereins Heimatfreunde Lathen e.V." -> "Heimatfreunde Lathen
e.V."); a town utility with its legal form keeps "Stadtwerke" ("Stadtwerke Lingen GmbH"); a
quoted newspaper is a body („Ems-Zeitung“); a street after a declined adjective is a place
("an der Breiten Straße"); the two ends after "zwischen" are places where neither is a common
word ("zwischen Dörpen und Küstenkanal"); a state's genitive before a noun is a place
("Niedersachsens Ziele"); a district joined to a place after "aus dem" is a place.

The tagger reads a wind farm as a person, a substation as a firm, cuts the utility's
"Stadtwerke" off and leaves the rest untagged.  Whole articles only; each rule looks only where
its kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-energy"
_RARE_ZIPF = 3.0
_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
# Kind words of energy sites and estates, declined or not; a power plant's compounds too.
_SITE_KINDS = (
    r"(?:Offshore-)?(?:Wind|Solar)park(?:s)?|Umspannwerk(?:e?s)?|(?:[A-ZÄÖÜ][a-zäöüß]*k|K)raftwerk(?:e?s)?|"
    r"Tagebau(?:s)?|Bergwerk(?:e?s)?|Zeche|Gasfeld(?:e?s)?|Ölfeld(?:e?s)?|Gewerbegebiet(?:e?s)?|"
    r"Industriegebiet(?:e?s)?"
)
# The name: one word, or a place's adjective in -er and a noun ("Thüringer Wald").
_SITE = re.compile(rf"(?<![\w-])(?:{_SITE_KINDS}) (?P<name>{_WORD}(?:(?<=er) [A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])")
_SITE_TRIGGERS = ("park", "werk", "Tagebau", "Zeche", "feld", "gebiet")
_LINE = re.compile(rf"(?:[Ll]eitung|[Tt]rasse|[Ss]trecke|[Vv]erbindung) (?P<a>{_WORD})[–—](?P<b>{_WORD})(?![\w-])")
_CLUB_WORD = re.compile(r"^(?:Verein(?:e?s)?|Firma) (?=[A-ZÄÖÜ])")
_UTILITY = re.compile(r"(?<![\w-])(?:Stadtwerke|Gemeindewerke|Kreiswerke) $")
_LEGAL_FORM = re.compile(r" (?:GmbH|AG|SE|KG|mbH|GmbH & Co\. KG|eG)$")
_PAPER = re.compile(
    r"„(?P<name>(?:[A-ZÄÖÜ][\w.-]* ){0,3}[A-ZÄÖÜ][\w-]*(?:[Zz]eitung|[Aa]nzeiger|[Kk]urier|[Rr]undschau|[Tt]agblatt|"
    r"[Nn]achrichten|[Pp]resse|[Bb]ote|[Vv]olksblatt|[Tt]ageblatt|[Pp]ost))“"
)
_STREET = re.compile(
    r"(?<![\w-])(?:der|die|den|dem|am|zur|zum|im) "
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+e[nm]? (?:[A-ZÄÖÜ][a-zäöüß]*(?:straße|gasse|allee)|Straße|Gasse|Allee|Weg|Wegs))"
    r"(?![\w-])"
)
_BETWEEN = re.compile(rf"(?<![\w-])zwischen (?P<a>{_WORD}) und (?P<b>{_WORD})(?![\w-])")
# A district joined by "und dem" to a place after a locative preposition is a place too
# ("aus dem Emsland und dem Landkreis Leer"); the tagger typed it a body.
_DISTRICT_JOINED = re.compile(rf"(?:[Aa]us|[Ii]m|[Ii]n) (?:de[mnr] )?{_WORD} und dem $")
_GENITIVE = re.compile(rf"(?<![\w-])(?P<land>{_WORD})s (?=[A-ZÄÖÜ][a-zäöüß])")


def german_energy(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the sites, lines, utilities, papers, streets and places above."""
    if language != "de":
        return mentions
    out = mentions
    if any(t in text for t in _SITE_TRIGGERS):
        out = claimed_spans(text, out, _sites(text), "LOC", MODEL, 0.8)
    if "–" in text or "—" in text:
        spans = [f.span(g) for f in _LINE.finditer(text) for g in ("a", "b")]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.8)
    for m in out:
        if m.type == "ORG" and (cut := _CLUB_WORD.match(m.text)):
            m.start += cut.end()
            m.text = m.text[cut.end() :]
            m.model = MODEL
    if "werke " in text:
        for m in out:
            if (
                m.type == "ORG"
                and _LEGAL_FORM.search(m.text)
                and (u := _UTILITY.search(text, max(0, m.start - 20), m.start))
            ):
                m.start = u.start()
                m.text = text[m.start : m.end]
                m.model = MODEL
    if "„" in text:
        out = claimed_spans(text, out, [f.span("name") for f in _PAPER.finditer(text)], "ORG", MODEL, 0.8)
    if "traße" in text or "asse" in text or "llee" in text or "Weg" in text:
        out = claimed_spans(text, out, [f.span("name") for f in _STREET.finditer(text)], "LOC", MODEL, 0.75)
    if "zwischen " in text:
        out = claimed_spans(text, out, _between(text, out), "LOC", MODEL, 0.7)
    out = claimed_spans(text, out, _genitives(text, out), "LOC", MODEL, 0.75)
    if " und dem Landkreis " in text:
        for m in out:
            if (
                m.type == "ORG"
                and m.text.startswith("Landkreis ")
                and _DISTRICT_JOINED.search(text, max(0, m.start - 60), m.start)
            ):
                m.type, m.model = "LOC", MODEL
    return out


def _rare_or_place(word: str) -> bool:
    """A place, or a rare word (of a compound with hyphens its first part: "Dortmund-Ems-Kanal")."""
    first = word.split("-")[0]
    if word in place_names("de") or first in place_names("de"):
        return True
    return zipf(first.lower(), "de") < _RARE_ZIPF


def _sites(text: str) -> list[tuple[int, int]]:
    """Spans of kind word + name, where the name's first word is rare or a place (not "Strom")."""
    return [f.span() for f in _SITE.finditer(text) if _rare_or_place(f["name"].split()[0])]


def _between(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The untagged ends of "zwischen A und B" where both are places or rare words."""
    spans = []
    for found in _BETWEEN.finditer(text):
        if not (_rare_or_place(found["a"]) and _rare_or_place(found["b"])):
            continue
        for g in ("a", "b"):
            s, e = found.span(g)
            if not any(m.start < e and s < m.end for m in mentions):
                spans.append((s, e))
    return spans


def _genitives(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """An untagged state's or country's genitive before a noun ("Niedersachsens Ausbauziele")."""
    places = place_names("de")
    spans = []
    for found in _GENITIVE.finditer(text):
        s, e = found.start(), found.end() - 1
        known = places.get(found["land"]) == "LOC" and len(found["land"]) > 3
        if known and not any(m.start < e and s < m.end for m in mentions):
            spans.append((s, e))
    return spans
