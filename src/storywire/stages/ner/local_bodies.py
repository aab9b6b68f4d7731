"""Local bodies named by their town, as one organisation holding the town (the guidelines'
"procura di Milano"): German "Stadtwerke Bamberg", "Landgericht Bamberg"; Polish "Szpitala
Powiatowego w Kwidzynie", "Muzeum w Kwidzynie", "Zespołu Szkół Rolniczych w Kwidzynie".

The models find the town and drop the body, or find both apart.  Polish names a local body
"<body> w <town in the locative>" officially; German puts the town after the body's noun.
Only bodies whose kind word says they are local are joined: a ministry "w Warszawie" is a
ministry in Warsaw.  Whole articles only.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.rules import org_head

MODEL = "local-body"
# German kinds of local body, by the end of their word ("Stadtwerke", "Landgericht", "Kreissparkasse").
_GERMAN_LOCAL_ENDS = ("werke", "gericht", "amt", "sparkasse", "klinikum", "theater", "bistum", "polizei", "zoo")
_GERMAN_BODY = re.compile(r"(?<![\w-])(?P<body>[A-ZÄÖÜ][a-zäöüß]+)\s+$")
# Polish kinds of local body, by their stems in every case ("Szpitala", "Zespołu", "Sądu").
_POLISH_LOCAL_STEMS = (
    "szpital", "muze", "zespoł", "zespół", "szkoł", "szkol", "sąd", "urząd", "urzęd", "prokurat", "komend",
    "teatr", "filharmoni", "bibliotek", "spółdzielni", "starostw", "liceum", "przedszkol", "schronisk",
    "parafi", "ośrod", "centrum", "archiw", "galeri", "domu kultury", "dom kultury",
)  # fmt: skip
_POLISH_BODY_BEFORE = re.compile(r"(?P<body>(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*\s+){1,5})w(?:e)?\s+$")


def local_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each local body and its town joined into one organisation."""
    if language not in ("de", "pl"):
        return mentions
    joined: list[tuple[int, int]] = []
    for town in mentions:
        if town.type != "LOC":
            continue
        start = _body_start(text, town, language)
        if start is not None:
            joined.append((start, town.end))
    if not joined:
        return mentions
    kept = list(mentions)
    for s, e in joined:
        inside = [m for m in kept if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in inside):
            continue  # a longer name the models found stays
        kept = [m for m in kept if m not in inside]
        kept.append(Mention(s, e, text[s:e], "ORG", model=MODEL, confidence=0.75))
    return sorted(kept, key=lambda m: (m.start, m.end))


def _body_start(text: str, town: Mention, language: str) -> int | None:
    before = text[max(0, town.start - 80) : town.start]
    offset = town.start - len(before)
    if language == "de":
        found = _GERMAN_BODY.search(before)
        if found is None:
            return None
        body = found["body"]
        local = body.lower().endswith(_GERMAN_LOCAL_ENDS) or org_head(body, language)
        return offset + found.start("body") if local and " " not in town.text else None
    found = _POLISH_BODY_BEFORE.search(before)
    if found is None:
        return None
    for word in re.finditer(r"\S+", found["body"]):
        if word.group().lower().startswith(_POLISH_LOCAL_STEMS):
            return offset + found.start("body") + word.start()
    return None
