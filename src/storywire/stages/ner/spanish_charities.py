"""Spanish news of charities, volunteers and local bodies (session 31, round 30), by kind:

- a Red Cross branch named with its tier and its town is one body ("Asamblea Local de Cruz
  Roja en Gandía", "Asamblea Comarcal de Cruz Roja de la Safor"), which the model splits into
  "Asamblea Local", "Cruz Roja" and the town;
- a school named after a person, after its lower-case kind word, is a body without the word
  ("el colegio Miguel de Unamuno" -> "Miguel de Unamuno"), which the model reads as the person;
- real regional newspapers whose names the model misses or splits ("Levante-EMV", "Faro de
  Vigo" read as a place).

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "spanish-charities"
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü’'-]+"
_TOWN = rf"(?:(?:la|el|los|las) +)?{_NAME}(?: +(?:de +|del +)?{_NAME}){{0,2}}"
_BRANCH = re.compile(
    r"(?<![\w-])(?:Asamblea|Comité)(?: +(?:Local|Comarcal|Provincial|Insular|Autonómica|Regional|Municipal))? +"
    rf"de +(?:la +)?Cruz +Roja(?: +Española)?(?: +(?:en|de) +{_TOWN})?"
)
# The kind word of a school in lower case (or its acronym), then a person's name.
_SCHOOL = re.compile(
    r"(?<![\w-])(?:colegio|instituto|escuela|CEIP|IES|CEIP-IES)(?: +(?:público|concertado|de +primaria))? +"
    rf"(?P<name>(?P<given>{_NAME})(?: +(?:de +(?:la +)?)?{_NAME}){{1,2}})"
)
# Regional newspapers by their printed names.
_PRESS_NAMES = (
    "Levante-EMV", "Las Provincias", "Faro de Vigo", "La Voz de Galicia", "Heraldo de Aragón", "La Nueva España",
    "Diario de Mallorca", "Diario de Navarra", "El Norte de Castilla", "Diario de Cádiz", "Diario de Sevilla",
    "Diario de Burgos", "Diario de León", "La Opinión de Málaga", "Diario de Ibiza", "El Diario Vasco",
    "Diario del AltoAragón", "La Voz de Asturias", "Diario de Jerez", "El Periódico Mediterráneo",
    # Andalusian and port-trade dailies, cited by port and logistics news
    "Europa Sur", "Huelva Información", "Málaga Hoy", "Granada Hoy", "Almería Hoy", "Diario de Almería",
    "Diario de Córdoba", "Diario Sur", "Diario del Puerto", "Diario de Pontevedra", "Diario de Avisos",
)  # fmt: skip
_PRESS = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in _PRESS_NAMES) + r")(?![\w-])")


def spanish_charities(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with Red Cross branches, schools named after people and regional newspapers
    one ORG each."""
    if language != "es":
        return mentions
    out = mentions
    if "Cruz Roja" in text:
        out = claimed_spans(text, out, [f.span() for f in _BRANCH.finditer(text)], "ORG", MODEL, 0.8)
    if any(kind in text for kind in ("colegio", "instituto", "escuela", "CEIP", "IES")):
        given = given_names("es")
        spans = [f.span("name") for f in _SCHOOL.finditer(text) if f["given"] in given]
        # The model's person inside is the school's name: it gives way.
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8, blocks=_longer_body)
    if any(name.split()[0] in text for name in _PRESS_NAMES):
        press = [f.span() for f in _PRESS.finditer(text)]
        out = claimed_spans(text, out, press, "ORG", MODEL, 0.8, blocks=lambda m, s, e: _longer_name(text, m, s, e))
    return out


def _longer_body(m: Mention, start: int, end: int) -> bool:
    """A body or place the models found around the school's name keeps it."""
    return (m.start < start or m.end > end) and m.type != "PER"


def _longer_name(text: str, m: Mention, start: int, end: int) -> bool:
    """A mention around the newspaper's name is a longer name, unless it only runs on into
    lower-case words ("a Las Provincias el presidente de ...": the model's runaway)."""
    if m.start < start:
        return True
    return m.end > end and not text[end : m.end].lstrip()[:1].islower()
