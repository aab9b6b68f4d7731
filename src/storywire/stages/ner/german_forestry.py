"""German forestry, timber and customs news by its kind words (session 32, round 35): a town
with its district in brackets is two places ("Wurzel (Landkreis Nord)" -> town + district); an
office named with its district or town is one body ("Landratsamt Kreis X", "Hauptzollamt X");
a reserve or nature park with its kind word is one place, the park that speaks a body ("der
Naturpark X/Y äußerte sich"); a reservoir written as one word is a place ("Edertalsperre"); a
ministry named by two fields is one body ("Ministerium für Umwelt und Energie"); an
association "für" its Land is one body ("Bauernverband für Sachsen"); a bare kind noun or a
nationality with a trade noun names nothing ("Zentrale", "Privatwald", "Schwedischer
Möbelkonzern").

The tagger runs the bracket into the town, types the office a place and the reservoir a body,
stops the ministry at "und" and the park at the slash.  Whole articles only; each rule looks
only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "german-forestry"
_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
# A town followed by its district or Land in brackets: two places.
_BRACKETED = re.compile(rf"^(?P<town>{_WORD}(?: {_WORD})?) \((?P<district>{_WORD}(?: {_WORD})?)\)$")
# An office named by its district or town: one body.
_OFFICE = re.compile(
    r"(?<![\w-])(?:Landratsamt(?:e?s)?|Hauptzollamt(?:e?s)?|Zollamt(?:e?s)?|Finanzamt(?:e?s)?|"
    rf"Zollfahndungsamt(?:e?s)?|Kreisforstamt(?:e?s)?) {_WORD}(?![\w-])"
)
_OFFICE_TRIGGERS = ("ratsamt", "ollamt", "inanzamt", "ahndungsamt", "orstamt")
# A protected area with its kind word and name (a second name after a slash stays in).
_AREA_KINDS = r"Naturpark|Nationalpark|Biosphärenreservat|Naturschutzgebiet|Landschaftsschutzgebiet|Vogelschutzgebiet"
_AREA = re.compile(
    rf"(?<![\w-])(?P<kind>{_AREA_KINDS})(?:e?s)? (?:{_WORD}(?: {_WORD})?)(?:/{_WORD}(?: {_WORD})?)?(?![\w-])"
)
# "der Naturpark" is only the nominative of a masculine park: the park is the subject, it acts.
_SUBJECT_ARTICLE = re.compile(r"(?<![\w-])der $")
# A reservoir or dam lake written as one word.
_RESERVOIR = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:talsperre|stausee|speicher)$")
# A ministry or office "für" one field, cut by the tagger before "und" and the second field.
_FIELD_END = re.compile(r"(?:[Mm]inisterium|[Aa]mt|[Bb]ehörde) für [A-ZÄÖÜ][a-zäöüß]+(?:, [A-ZÄÖÜ][a-zäöüß]+)*$")
_AND_FIELD = re.compile(r" und [A-ZÄÖÜ][a-zäöüß]+(?![\w-])")
# An association whose compound name ends in its kind, then "für" and its Land or region.
_FOR_REGION = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:verband|verein|bund) für $")
# Kind nouns alone, and land held by an owner's kind ("Kleinprivatwald"): no names.
_BARE_NOUNS = frozenset(
    {
        "Zentrale", "Konzernzentrale", "Naturschutzgebiet", "Naturpark", "Nationalpark", "Landschaftsschutzgebiet",
        "Landratsamt", "Hauptzollamt", "Zollamt", "Finanzamt", "Sägewerk", "Papierfabrik", "Krematorium",
    }
)  # fmt: skip
_OWNED_FOREST = re.compile(
    r"^(?:Klein)?(?:[Pp]rivat|Staats|Kommunal|Körperschafts|Gemeinde|Bauern|Firmen)wald(?:e?s)?$"
)
# A nationality's adjective before a trade noun: "Österreichischer Holzkonzern" names no one.
_NATIONALITY_TRADE = re.compile(
    r"^[A-ZÄÖÜ][a-zäöü]+isch(?:e|er|es|en) [A-ZÄÖÜ][a-zäöüß]*"
    r"(?:konzern|unternehmen|hersteller|händler|betrieb|firma|gruppe|investor)$"
)


def german_forestry(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the towns, offices, areas, reservoirs, ministries and associations
    above, and without bare kind nouns."""
    if language != "de":
        return mentions
    out = [m for m in mentions if not _no_name(m)]
    if " (" in text:
        out = _split_bracketed(out)
    if any(t in text for t in _OFFICE_TRIGGERS):
        out = claimed_spans(text, out, [f.span() for f in _OFFICE.finditer(text)], "ORG", MODEL, 0.8)
    if any(k in text for k in ("park ", "gebiet ", "reservat ")):
        out = _areas(text, out)
    if " für " in text:
        out = _associations(text, out)
    for m in out:
        if m.type == "ORG" and _RESERVOIR.match(m.text):
            m.type, m.model = "LOC", MODEL
        elif m.type == "ORG" and _FIELD_END.search(m.text):
            more = _AND_FIELD.match(text, m.end)
            if more and not any(o.start < more.end() and o.end > m.end for o in out):
                m.end = more.end()
                m.text, m.model = text[m.start : m.end], MODEL
    return out


def _no_name(m: Mention) -> bool:
    """Whether the mention is a bare kind noun, an owner's forest or a nationality's trade."""
    return m.text in _BARE_NOUNS or bool(_OWNED_FOREST.match(m.text) or _NATIONALITY_TRADE.match(m.text))


def _split_bracketed(mentions: list[Mention]) -> list[Mention]:
    """`mentions` with "Town (District)" typed a place cut in two places, brackets left out."""
    out = []
    for m in mentions:
        b = _BRACKETED.match(m.text) if m.type == "LOC" else None
        if b is None:
            out.append(m)
            continue
        out.append(Mention(m.start, m.start + b.end("town"), b.group("town"), "LOC", MODEL, m.confidence))
        start = m.start + b.start("district")
        out.append(Mention(start, start + len(b.group("district")), b.group("district"), "LOC", MODEL, m.confidence))
    return out


def _areas(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each protected area with its kind word one place, a park in the nominative one body."""
    places: list[tuple[int, int]] = []
    bodies: list[tuple[int, int]] = []
    for f in _AREA.finditer(text):
        acting = f["kind"] in ("Naturpark", "Nationalpark") and _SUBJECT_ARTICLE.search(
            text, max(0, f.start() - 4), f.start()
        )
        (bodies if acting and not f.group().startswith(f["kind"] + "s") else places).append(f.span())
    out = claimed_spans(text, mentions, places, "LOC", MODEL, 0.8)
    return claimed_spans(text, out, bodies, "ORG", MODEL, 0.8)


def _associations(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with "Xverband für" before a place's mention taken into one body."""
    spans = []
    for m in mentions:
        if m.type != "LOC":
            continue
        f = _FOR_REGION.search(text, max(0, m.start - 60), m.start)
        if f is not None:
            spans.append((f.start(), m.end))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions
