"""Italian places by their kind word: a capitalised landform with its name ("Monte di Portofino",
"Golfo Paradiso", "Lago d'Orta": one place, the kind word inside), a name after a lower-case
landform or locality word ("sulle alture di Ruta", "frazione di Pontinvrea": the name alone),
and a firm's seat after its legal form ("Costruzioni Rossi S.r.l. di Chiavari").

The rules read "Monte" as a club and the name after it as a miscellany, a rare village after
"alture di" as nothing or a person.  Whole articles only; each rule looks only where its
kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.missed_places import known_places

MODEL = "italian-place"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
# "Capo" (the head of state), "Costa" and "Colle" (surnames, the Quirinal) are left out; "Alpe"
# is a high pasture named as a place ("Alpe di Siusi", "Alpe Devero").
_LANDFORM = re.compile(
    r"(?<![\w-])(?:Alpe|Monte|Monti|Golfo|Lago|Laghi|Isola|Isole|Val|Valle|Passo|Punta|Promontorio|Piana)"
    rf"(?: +(?:di|del|dello|della|dei|degli|delle) +| *(?:d|dell)['’]| +)(?P<name>{_NAME}(?: +{_NAME})?)"
)
# a bank's name, not a mountain: "Monte dei Paschi"
_NOT_LANDFORM = re.compile(r"Monte dei Paschi|Monte Titoli")
_LOCALITY = re.compile(
    r"(?<![\w-])(?:alture|colline|collina|pendici|frazione|frazioni|località|borgo|borgata|quartiere|rione|"
    r"entroterra|vallata|versante|zona|accoglienza)"
    rf"(?: +(?:di|del|della|dei|delle|dello) +| *(?:d|dell)['’])(?P<name>{_NAME}(?: +{_NAME})?)"
)
# ... and without a "di": a district, a quay or a hotel named after its kind word ("contrada
# Imbriacola", "molo Favarolo", "ex hotel Villa Sikania": the name alone, as the guidelines mark
# a camp's or a hotel's name after a lower-case kind word)
_SITE = re.compile(rf"(?<![\w-])(?:contrada|molo|banchina|hotel|albergo|resort) +(?P<name>{_NAME}(?: +{_NAME})?)")
# a town named with "e" by its mayor or its council ("sindaco di Lampedusa e Linosa"): one place
_TWIN_TOWN = re.compile(rf"(?<![\w-])(?:sindac[oa]|[Cc]omune) +di +(?P<name>{_NAME} +e +{_NAME})(?![\w’'-])")
_SEAT = re.compile(
    rf"(?:S\.r\.l\.|S\.p\.A\.|Srl|SpA|s\.r\.l\.|S\.n\.c\.|s\.n\.c\.|d\.o\.o\.|EOOD|GmbH) +(?:di|da) +(?P<name>{_NAME})"
)
_TRIGGERS = (
    "Alpe",
    "Monte",
    "Monti",
    "Golfo",
    "Lago",
    "Laghi",
    "Isol",
    "Val",
    "Passo",
    "Punta",
    "Promontorio",
    "Piana",
)


def landforms(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each capitalised landform and its name one place, and each name after
    a lower-case landform or locality word, or after a firm's legal form, a place."""
    if language != "it":
        return mentions
    whole: list[tuple[int, int]] = []
    if any(word in text for word in _TRIGGERS):
        for found in _LANDFORM.finditer(text):
            if not _NOT_LANDFORM.match(text, found.start()):
                whole.append(found.span())
    names = [found.span("name") for found in _LOCALITY.finditer(text)]
    names.extend(found.span("name") for found in _SITE.finditer(text))
    if " e " in text:
        whole.extend(found.span("name") for found in _TWIN_TOWN.finditer(text))
    if "S" in text:
        names.extend(found.span("name") for found in _SEAT.finditer(text))
    out = claimed_spans(text, mentions, whole, "LOC", MODEL, 0.8)
    for s, e in names:
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in inside) or any(m.type == "LOC" for m in inside):
            continue  # in a longer name, or a place already ("frazione di Sant'Anna" found whole)
        out = [m for m in out if m not in inside]
        out.append(Mention(s, e, text[s:e], "LOC", MODEL, 0.75))
    return sorted(out, key=lambda m: (m.start, m.end))


# A town whose name ends in "d'" and its river or district ("Fiorenzuola d'Arda", "Cassano
# d'Adda", "Monticelli d'Ongina"): the rules stop at the apostrophe and keep the first word.
# Only a whole name the gazetteer knows is taken, so "Milano d'estate" stays as it is.
_ELIDED_TAIL = re.compile(r" d['’][A-ZÀ-ÖØ-Þ][\w-]+")


def towns_with_elided_tail(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a place followed by "d'X" grown to the whole town the gazetteer knows."""
    if language != "it" or (" d'" not in text and " d’" not in text):
        return mentions
    places = known_places(language)
    spans = []
    for m in mentions:
        if m.type != "LOC":
            continue
        tail = _ELIDED_TAIL.match(text, m.end)
        if tail is not None and text[m.start : tail.end()].replace("’", "'") in places:
            spans.append((m.start, tail.end()))
    return claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8) if spans else mentions
