"""Spanish waste and municipal-service news by its kinds of name (round 41: refuse strikes,
landfills, service concessions, regional governments):

* a landfill, tip or treatment plant after its lower-case kind word gives its site's name, a
  place ("el vertedero central de X" -> "X"), as Italian "la discarica di X" does
  (`italian_utilities`) and as a reservoir's lower-case kind word stays out: the tagger reads
  the site's village as the consortium that runs it;
* a firm's or a body's short name in brackets right after its full name ("Servicios Urbanos de
  X, S.A. (Suxsa)") is that body, ORG, where the tagger reads the made-up word as a place: the
  short name opens with the full name's first letter and is no place the gazetteer knows
  ("Ayuntamiento de Gijón (Asturias)" is a town with its region);
* Asturias' regional government, "el Principado" written bare (no "de Asturias" after it), acts
  and holds departments ("la Consejería de X del Principado", "el Principado ha pedido"): a body,
  as a bare "Generalitat" or "Xunta" is; the region written in full stays a place.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.missed_places import known_places

MODEL = "spanish-waste"
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü'’-]+"
# The kind word of a waste site, its optional adjective, and the site's name after "de".
_SITE_AFTER_KIND = re.compile(
    r"(?<![\w-])(?:vertedero|escombrera|depuradora|incineradora|planta de (?:tratamiento|transferencia|"
    r"clasificación|reciclaje|compostaje|biometanización)|centro de tratamiento de residuos)"
    r"(?: (?:central|municipal|comarcal|provincial|regional|controlado|intermunicipal|mancomunado))?"
    rf" (?:de|del|de la) (?P<name>{_NAME}(?: (?:de |del |de la )?{_NAME})?)(?![\w-])"
)
_SITE_CUE = re.compile(r"vertedero|escombrera|depuradora|incineradora|planta de|centro de tratamiento")
# A short name in brackets, one capitalised word ("(Surcasa)"), right after a body's name.
_BRACKETED = re.compile(rf"\((?P<name>{_NAME})\)")
# The bare Principado after an article, with no "de Asturias" after it.
_PRINCIPADO = re.compile(r"(?<![\w-])(?:el|El|del|al) (?P<name>Principado)(?![\w-])(?! de )")


def spanish_waste(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with waste sites' names as places, bracketed short names and the bare
    Principado as bodies."""
    if language != "es":
        return mentions
    out = mentions
    if _SITE_CUE.search(text):
        spans = [found.span("name") for found in _SITE_AFTER_KIND.finditer(text)]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.8)
    if "(" in text:
        out = _bracketed_short_names(text, out, language)
    if "Principado" in text:
        spans = [found.span("name") for found in _PRINCIPADO.finditer(text)]
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8)
    return out


def _bracketed_short_names(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    places = known_places(language)
    bodies = {m.end: m for m in mentions if m.type == "ORG"}
    spans: list[tuple[int, int]] = []
    for found in _BRACKETED.finditer(text):
        body = bodies.get(found.start() - 1) if text[found.start() - 1 : found.start()] == " " else None
        name = found["name"]
        if body is None or name in places or name[0] != body.text[0] or name.isupper():
            continue  # an acronym in capitals is `body_acronyms`' to read
        spans.append(found.span("name"))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)
