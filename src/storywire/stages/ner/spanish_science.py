"""Spanish science and courts news by its shapes: a body's capitalised kind word the tagger cut
from its town ("Universidad" + "Granada": one ORG "Universidad de Granada", as a court or a
university named with its town is), a technology park (a place, as the guidelines settle), a
campus after its lower-case kind word (the name alone, "campus de Aynadamar" -> "Aynadamar"), a
count of things read as a body ("52 satélites de una"), and a satellite or a probe named with its
number ("Alcazaba-1": not labelled, as rockets and satellites are not).

Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention

MODEL = "spanish-science"
# Kind words that make a body with "de" + its town or region.
_BODY_HEADS = frozenset(
    {
        "Universidad",
        "Universitat",
        "Tribunal",
        "Juzgado",
        "Audiencia",
        "Fiscalía",
        "Comisaría",
        "Ayuntamiento",
        "Diputación",
        "Subdelegación",
        "Delegación",
        "Observatorio",
        "Instituto",
        "Hospital",
        "Colegio",
    }
)
_OF = re.compile(r" (?:de|del|de la|de les|d['’]) ?$")
_PARK = re.compile(
    r"^Parque (?:Tecnológico|Científico|Científico-Tecnológico|Científico y Tecnológico|Empresarial|Aeroespacial)\b"
)
_COUNT = re.compile(r"^\d[\d.,]* [a-zá-úñ]")
_NUMBERED = re.compile(r"^[A-ZÁ-Ú][\w]+-\d+$")
_CRAFT_CUE = re.compile(
    r"(?:satélite|cohete|sonda|nave|lanzador|misión|bautizad[oa]|denominad[oa])\w*\W+(?:\w+\W+){0,3}$"
)


def spanish_science(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a body's kind word and its place one ORG, technology parks places, a
    campus its name, and neither counts of things nor numbered spacecraft."""
    if language != "es":
        return mentions
    out = _heads_with_places(text, mentions)
    crafts = {m.text for m in out if _NUMBERED.match(m.text) and _CRAFT_CUE.search(text, max(0, m.start - 60), m.start)}
    kept = []
    for m in out:
        if m.type in ("ORG", "MISC") and _COUNT.match(m.text):
            continue  # "520 kilómetros de altura"
        if m.text in crafts:
            continue
        if m.type == "ORG" and _PARK.match(m.text):
            m.type, m.model = "LOC", MODEL
        kept.append(m)
    return [_campus_name(text, m) for m in kept] if "campus" in text else kept


def _heads_with_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Universidad" ORG + "de" + "Granada" LOC: one ORG."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.type == "LOC"
            and prev.type == "ORG"
            and prev.text in _BODY_HEADS
            and _OF.search(text, prev.end, m.start)
            and m.start - prev.end <= 7
        ):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], "ORG", MODEL, 0.8)
            continue
        out.append(m)
    return out


_CAMPUS_SPAN = re.compile(r"^campus (?:de |del )")


def _campus_name(text: str, m: Mention) -> Mention:
    """ "campus de Aynadamar" read whole: the name alone is the place."""
    cut = _CAMPUS_SPAN.match(m.text) if m.type == "LOC" else None
    if cut is None:
        return m
    return Mention(m.start + cut.end(), m.end, m.text[cut.end() :], "LOC", MODEL, m.confidence)
