"""German reports of fires and industrial accidents (round 36): the bodies that answer them.

A state's criminal police office is named with its Land ("Landeskriminalamts Thüringen"), and
the tagger cuts the Land off as a place; a county that sends its hazmat or fire unit ("der
Gefahrstoffzug des Landkreises X"), or whose inspection office acts ("die Lebensmittelüberwachung
des Landkreises X", round 40), is a body, not a place; the trade inspectorate is
named bare ("die Gewerbeaufsicht"), like "Stadtplanungsamt"; a village or district hall named
with its place ("Kulturhaus X", "Bürgerhaus X") is where a meeting is held, a place; a town's
hospital keeps "Städtische" as part of its fixed name ("ins Städtische Klinikum X").  A
headline's bodies joined by a spaced dash after a firm's legal form are read as one span ("X
GmbH – Landesamt für Y misst Z, Staatsanwaltschaft W"): such a dash stands inside no name, so the
span is split there and at its commas, and each part ends before its first lower-case word that is
no function word.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "german-incidents"
_LAENDER = (
    r"Baden-Württemberg|Bayern|Berlin|Brandenburg|Bremen|Hamburg|Hessen|Mecklenburg-Vorpommern|Niedersachsen|"
    r"Nordrhein-Westfalen|Rheinland-Pfalz|Saarland|Sachsen-Anhalt|Sachsen|Schleswig-Holstein|Thüringen"
)
_LKA = re.compile(rf"(?<![\w-])Landeskriminalamt(?:e?s)? (?:{_LAENDER})(?![\w-])")
# A unit of the fire or civil-protection service, then its county: the county owns and sends it.
_COUNTY_UNIT = re.compile(
    # ... or its inspection or supervising office, a generic noun (round 40: "die
    # Lebensmittelüberwachung des Landkreises X"); an "-amt" is named whole (`german_councils`)
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]*(?:zug|zuges|zugs|staffel|einheit|bereitschaft|kompanie|überwachung|aufsicht|"
    r"behörde) des "
    r"(?P<county>Landkreises [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)(?![\w-])"
)
_INSPECTORATE = re.compile(r"(?<![\w-])Gewerbeaufsicht(?:samt|samts|samtes)?(?![\w-])")
_HALL = re.compile(
    r"(?<![\w-])(?:Kulturhaus|Bürgerhaus|Gemeindehaus|Dorfgemeinschaftshaus|Bürgerzentrum|Dorfhaus) "
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?![\w-])"
)

_MUNICIPAL = re.compile(r"(?<![\w-])Städtische[nms]? (?=(?:Klinikum|Krankenhaus|Klinik|Kliniken) [A-ZÄÖÜ])")

_NAME_LINKS = frozenset({"für", "und", "der", "des", "die", "dem", "den", "von", "vom", "zu", "zur", "zum", "am", "im"})

_FORM_DASH = re.compile(r" (?:GmbH|AG|SE|KG|KGaA|mbH|e\. ?V\.) – [A-ZÄÖÜ]")


def german_incidents(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the offices, counties, inspectorates and halls above claimed."""
    if language != "de":
        return mentions
    out = mentions
    if " – " in text:
        out = sorted((p for m in out for p in _dash_parts(m)), key=lambda m: (m.start, m.end))
    if "Landeskriminalamt" in text:
        out = claimed_spans(text, out, [f.span() for f in _LKA.finditer(text)], "ORG", MODEL, 0.8)
    if "des Landkreises " in text:
        spans = [f.span("county") for f in _COUNTY_UNIT.finditer(text)]
        for m in out:
            if (m.start, m.end) in spans and m.type == "LOC":
                m.type, m.model = "ORG", MODEL
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8)
    if "Gewerbeaufsicht" in text:
        out = claimed_spans(text, out, [f.span() for f in _INSPECTORATE.finditer(text)], "ORG", MODEL, 0.75)
    if "haus " in text or "zentrum " in text:
        spans = [f.span() for f in _HALL.finditer(text)]
        for m in out:
            if (m.start, m.end) in spans and m.type == "ORG":
                m.type, m.model = "LOC", MODEL
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.8)
    if "Städtische" in text:
        for found in _MUNICIPAL.finditer(text):
            for m in out:
                if m.start == found.end() and m.type == "ORG":
                    m.start, m.text, m.model = found.start(), text[found.start() : m.end], MODEL
    return out


def _dash_parts(m: Mention) -> list[Mention]:
    # only after a firm's legal form: a dash after other words may close a kicker or a photo
    # credit ("Newsblog X – Mehr zum Thema"), whose parts are no names
    if m.type != "ORG" or not _FORM_DASH.search(m.text):
        return [m]
    parts = []
    for piece in re.finditer(r"[^,–]+", m.text):
        words = list(re.finditer(r"\S+", piece.group()))
        kept = []
        for w in words:
            if w.group()[0].islower() and w.group() not in _NAME_LINKS:
                break
            kept.append(w)
        while kept and kept[-1].group() in _NAME_LINKS:
            kept.pop()
        if kept and kept[0].group()[0].isupper():
            s = m.start + piece.start() + kept[0].start()
            e = m.start + piece.start() + kept[-1].end()
            parts.append(Mention(s, e, m.text[s - m.start : e - m.start], "ORG", MODEL, m.confidence))
    return parts
