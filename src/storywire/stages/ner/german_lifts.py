"""German ski-lift and alpine village news by its kind words and cues (round 44):

* a pass named by one rare compound on "-pass" after "am", "zum", "über den" is a place ("am
  Brennerpass"; valleys are german_places');
* two rare capitalised words framed by "von ... bis ..." are a range of places ("von Kleinwalsertal
  bis Unterjoch"; "von Montag bis Freitag" has frequent words);
* a rare name after "oberhalb der", "entlang der" is a river or a place ("oberhalb der Iller"), and
  one after "am" beside a place after "in" a peak ("in Oberstdorf und am Nebelhorn");
* a name ending on a mountain's kind word ("X Horn", "X Kopf", "X Spitze") is a place, not a body;
* a lift's kind noun, alone or after a frequent adjective ("Neue Sesselbahn", "Doppelsesselbahn"),
  names nothing;
* a title of office the tagger ran into a person's name and typed a body is cut off ("Bürgermeisterin
  Anna Huber" -> "Anna Huber" PER).

The tagger reads the capitals as nothing, types a mountain and a lift's kind noun a body and misses
the pass and the villages.  Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-lifts"
# the pass, village range, river and coordinated peak are typed by their own sentence's cue
CONTEXT_MODEL = "alpine-cue"
_RARE_ZIPF = 2.5
_COMMON_ZIPF = 3.0
_PASS = re.compile(
    r"(?:(?<![\w-])(?:[Aa]m|[Zz]um|[Vv]om|über den|auf den|auf dem) )"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]{3,}pass)(?![\w-])"
)
_RANGE = re.compile(
    r"(?<![\w-])von (?P<a>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*) bis "
    r"(?P<b>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)(?![\w-])"
)
# a rare name after "oberhalb der", "unterhalb des", "entlang der" is a river or a place
_ABOVE = re.compile(
    r"(?<![\w-])(?:oberhalb|unterhalb|entlang|jenseits|diesseits) (?:der|des) "
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+)(?![\w-])(?! [A-ZÄÖÜ])"
)
# a rare name after "am" coordinated with a place after "in" ("in Oberstdorf und am Nebelhorn")
_AND_AT = re.compile(
    r"(?<![\w-])in (?P<town>[A-ZÄÖÜ][\wäöüß-]+) und am (?P<name>[A-ZÄÖÜ][a-zäöüß]+)(?![\w-])(?! [A-ZÄÖÜ])"
)
_PEAK = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:er)? (?:Horn|Kopf|Spitze|Kogel|Joch|Grat)$")
_LIFT = re.compile(
    r"^(?:(?P<adj>[A-ZÄÖÜ][a-zäöüß]+) )?(?P<head>(?:[A-ZÄÖÜ][a-zäöüß]*?)?)"
    r"(?:[Ss]esselbahn|[Ss]essellift|[Ss]chlepplift|[Gg]ondelbahn|[Kk]abinenbahn|[Ss]eilbahn)$"
)
_TITLE = re.compile(
    r"^(?:Ober)?(?:Bürgermeister|Landrat|Landrätin|Gemeinderat|Gemeinderätin|Stadtrat|Stadträtin|"
    r"Geschäftsführer|Vorsitzende|Kreisvorsitzende)(?:in)? (?=[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]+$)"
)


def german_lifts(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the datelines, passes, village ranges, peaks and people above,
    and without lifts' kind nouns."""
    if language != "de":
        return mentions
    out = [m for m in mentions if not (m.type in ("ORG", "LOC") and _lift_noun(m.text))]
    for m in out:
        if m.type == "ORG" and _PEAK.match(m.text):
            m.type, m.model = "LOC", MODEL
        title = _TITLE.match(m.text) if m.type == "ORG" else None
        if title is not None:
            m.start += title.end()
            m.text, m.type, m.model = text[m.start : m.end], "PER", MODEL
    if "pass" in text:
        passes = [f.span("name") for f in _PASS.finditer(text) if _rare(f["name"])]
        out = claimed_spans(text, out, passes, "LOC", CONTEXT_MODEL, 0.8)
    if "von " in text and " bis " in text:
        villages: list[tuple[int, int]] = []
        for f in _RANGE.finditer(text):
            if _rare(f["a"]) and _rare(f["b"]):
                villages += [f.span("a"), f.span("b")]
        out = claimed_spans(text, out, villages, "LOC", CONTEXT_MODEL, 0.8)
    if "halb de" in text or "seits de" in text or "entlang de" in text:
        rivers = [f.span("name") for f in _ABOVE.finditer(text) if _rare(f["name"])]
        out = claimed_spans(text, out, rivers, "LOC", CONTEXT_MODEL, 0.8)
    if " und am " in text:
        places = {(m.start, m.end) for m in out if m.type == "LOC"}
        peaks = [f.span("name") for f in _AND_AT.finditer(text) if _rare(f["name"]) and f.span("town") in places]
        out = claimed_spans(text, out, peaks, "LOC", CONTEXT_MODEL, 0.8)
    return out


def _rare(word: str) -> bool:
    return zipf(word.lower(), "de") < _RARE_ZIPF


def _lift_noun(span: str) -> bool:
    """Whether `span` is a lift's kind noun, bare or after frequent words: a named lift carries
    a rare word of its own ("Fellhorn-Sesselbahn" is not matched: its head is rare)."""
    found = _LIFT.match(span)
    if found is None:
        return False
    head, adj = found["head"], found["adj"]
    if head and zipf(head.lower(), "de") < _COMMON_ZIPF and head.lower() not in ("sechser", "vierer", "achter"):
        return False
    return adj is None or zipf(adj.lower(), "de") >= _COMMON_ZIPF
