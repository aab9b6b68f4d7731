"""German mountain news by its kind words (round 32: mountain rescue, alpine clubs and huts):

* a mountain or water rescue service named with its town or region is one body ("Bergwacht
  Garmisch", "Bergrettung Vorarlberg"), as is an alpine club's section or a rescue service's
  local post named after its kind noun ("Sektion Oberland", "Ortsstelle Lermoos");
* a dispatch centre is a body with its adjective and region ("Integrierte Leitstelle Oberland");
* a hut named by one compound word is a place ("Knorrhütte", "Prinz-Luitpold-Hütte"; the
  common nouns "Almhütte", "Berghütte" begin with a frequent word and stay out);
* a peak given with its height is a place without the brackets ("Watzmann (2713 Meter)"), and
  so is every other mention of it in the article ("Gewitter am Watzmann" is no body);
* a police unit and the inspection it belongs to are two bodies ("Alpine Einsatzgruppe der
  Polizeiinspektion Füssen" -> "Alpine Einsatzgruppe" + "Polizeiinspektion Füssen");
* a field's name of an inflected adjective and a noun after "im", "vom", "aus dem" is a place,
  not a person ("im Hohen Kar": no one's name stands after an article fused with "in");
* a trail named by a town's adjective is a place ("über den Kemptener Weg", "Mindelheimer
  Klettersteig"; a frequent adjective is a manner: "der Berliner Weg");
* a dateline's town in capitals typed a body is a place ("OBERSTDORF."), and one in capitals
  before its dash whatever it was typed ("GARMISCH-PARTENKIRCHEN – Die ...").

The tagger reads the rescue service's town as a place, the hut as nothing, the height into the
peak's name and the unit and its inspection as one.  Whole articles only; each rule looks only
where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-mountains"
_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
# a town's prefix that is part of its name ("Bad Hindelang", "St. Anton")
_TOWN = rf"(?:(?:Bad|Sankt|St\.) )?{_WORD}"
_RESCUE = re.compile(
    rf"(?<![\w-])(?:Bergwacht|Bergrettung|Wasserwacht|Höhlenrettung|Grubenwehr|Ortsstelle|Sektion) "
    rf"(?P<place>{_TOWN})(?![\w-])"
)
_RESCUE_TRIGGERS = ("Bergwacht", "Bergrettung", "Wasserwacht", "Höhlenrettung", "Grubenwehr", "Ortsstelle", "Sektion")
# A common word after the kind noun is the sentence's ("Sektion Chirurgie" stays a rare word's)
_COMMON_ZIPF = 3.0
_DISPATCH = re.compile(
    rf"(?<![\w-])(?:(?:Integrierte|Integrierten|Kooperative|Kooperativen) )?"
    rf"(?:Rettungsleitstelle|Feuerwehrleitstelle|Leitstelle) {_WORD}(?![\w-])"
)
# A hut's one-word name; the common nouns ("Almhütte", "Berghütte", "Stahlhütte") begin with a
# frequent word
_HUT = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)*(?:hütte|-Hütte)(?![\w-])")
_HUT_ZIPF = 3.5
_HEIGHT = re.compile(rf"(?<![\w-])(?P<name>{_WORD}(?: {_WORD})?) \(\d[\d.]* ?(?:Meter|m)(?: ü\. ?(?:d\. ?M\.|NN))?\)")
# a mention that runs into a peak's name after a preposition ("Gewitter am X") is no name
_BEFORE_PEAK = re.compile(r" (?:am|vom|zum|auf dem|auf den|über den|unter dem) $")
_POLICE = re.compile(
    r"^(?P<unit>.+?) (?:der|des) (?P<parent>(?:Bundes|Kriminal|Wasserschutz)?"
    r"(?:[Pp]olizeiinspektion|[Pp]olizeidirektion|[Pp]olizeipräsidiums?|[Pp]olizeireviers?) \S.*)$"
)
_FIELD_BEFORE = re.compile(r"(?:\b[Ii]m|\b[Vv]om|\b[Zz]um|\b[Aa]m|\baus dem|\bauf dem|\bin dem) $")
_FIELD = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+en [A-ZÄÖÜ][a-zäöüß]+$")
_TRAIL = re.compile(
    r"(?<![\w-])(?P<adj>[A-ZÄÖÜ][a-zäöüß]+er) (?:Weg|Steig|Höhenweg|Klettersteig|Jubiläumsweg)(?![\w-])"
)
_TRAIL_ZIPF = 2.5
_DATELINE = re.compile(r"(?m)^[A-ZÄÖÜ][A-ZÄÖÜ-]+(?: [A-ZÄÖÜ][A-ZÄÖÜ-]+)*(?=\. )")
# ... and one before a dash and the sentence it opens, a place whatever the gazetteer holds
_DASHED_DATELINE = re.compile(r"(?m)^(?P<place>[A-ZÄÖÜ]{2,}(?:[ -][A-ZÄÖÜ]{2,})*) [–—-] (?=[A-ZÄÖÜ„\"])")


def german_mountains(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the rescue services, dispatch centres, huts, peaks, police units and
    datelines above."""
    if language != "de":
        return mentions
    out = mentions
    if any(t in text for t in _RESCUE_TRIGGERS):
        places = place_names("de")
        # a town the tagger read as a place counts too ("Berchtesgaden" is a frequent word)
        tagged = {(m.start, m.end) for m in out if m.type == "LOC"}
        bodies = [
            f.span()
            for f in _RESCUE.finditer(text)
            if f["place"] in places or zipf(f["place"].lower(), "de") < _COMMON_ZIPF or f.span("place") in tagged
        ]
        out = claimed_spans(text, out, bodies, "ORG", MODEL, 0.8)
    if "eitstelle" in text:
        out = claimed_spans(text, out, [f.span() for f in _DISPATCH.finditer(text)], "ORG", MODEL, 0.8)
    if "ütte" in text:
        huts = [f.span() for f in _HUT.finditer(text) if not _common_kind(f.group())]
        out = claimed_spans(text, out, huts, "LOC", MODEL, 0.8)
    if " (" in text and "m" in text:
        out = _peaks(text, out)
    if "olizei" in text:
        out = _split_police_units(out)
    if "Weg" in text or "teig" in text:
        trails = [f.span() for f in _TRAIL.finditer(text) if zipf(f["adj"].lower(), "de") < _TRAIL_ZIPF]
        out = claimed_spans(text, out, trails, "LOC", MODEL, 0.8)
    for m in out:
        if m.type == "PER" and _FIELD.match(m.text) and _FIELD_BEFORE.search(text[max(0, m.start - 9) : m.start]):
            m.type, m.model = "LOC", MODEL
    return _datelines(text, out)


def _common_kind(hut: str) -> bool:
    head = hut[: -len("hütte")].rstrip("-").lower()
    return zipf(head, "de") >= _HUT_ZIPF


def _peaks(text: str, mentions: list[Mention]) -> list[Mention]:
    out = mentions
    for found in _HEIGHT.finditer(text):
        name = found["name"]
        # the brackets are no part of any name
        out = [m for m in out if not (m.start < found.end() and found.end("name") < m.end)]
        spans = [f.span() for f in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
        for s, e in spans:
            out = [m for m in out if not (m.start < s and m.end == e and _BEFORE_PEAK.search(text[m.start : s]))]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.8)
    return out


def _split_police_units(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        parts = _POLICE.match(m.text) if m.type == "ORG" else None
        if parts is None:
            out.append(m)
            continue
        out.append(Mention(m.start, m.start + parts.end("unit"), parts["unit"], "ORG", MODEL, m.confidence))
        start = m.start + parts.start("parent")
        out.append(Mention(start, m.end, parts["parent"], "ORG", MODEL, m.confidence))
    return out


def _datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    # only the article's opening paragraphs carry a dateline
    heads = {f.span() for f in _DATELINE.finditer(text[:600])}
    for m in mentions:
        if m.type == "ORG" and (m.start, m.end) in heads:
            m.type, m.model = "LOC", MODEL
    dashed = [f.span("place") for f in _DASHED_DATELINE.finditer(text[:600])]
    return claimed_spans(text, mentions, dashed, "LOC", MODEL, 0.8) if dashed else mentions
