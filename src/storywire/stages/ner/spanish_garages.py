"""Spanish motor trade and vocational news: the carmaker a dealer sells, the school after a
lower-case kind word, and the employers' association after "la patronal".

The tagger reads a lone brand after "concesionario oficial de" as a place ("de Seat" looks
like "de Soria"), a school named after a landmark as the landmark ("instituto Ribera del X"),
and misses a trade body's coined name ("la patronal nacional Faconauto") or reads it as a
person.  A reader types each by the words before it.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "spanish-garages"
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü’'-]+"
_JOIN = r"(?:del|de(?: +(?:la|las|los|el))?|y)"
_NAMES = rf"{_NAME}(?: +(?:{_JOIN} +)?{_NAME}){{0,3}}"
# "concesionario oficial de Seat", "taller oficial de Renault": what an official dealer or
# garage is "of" is the carmaker ("un taller de Valladolid" without "oficial" is the town's).
_BRAND = re.compile(
    r"(?<![\w-])(?:concesionari[oa]s?|taller(?:es)?|servicio +técnico) +oficial(?:es)? +de +"
    rf"(?P<name>{_NAME}(?: +{_NAME})?)(?![\w-]| +{_JOIN} +[A-ZÁÉÍÓÚÑÜ])"
)
# "el instituto Ribera del Carrión", "el colegio Santa Ana": a school is a body (ORG), with
# its lower-case kind word out; the name right after the kind word, with no "de".
_SCHOOL = re.compile(rf"(?<![\w-])(?:el|al|del) +(?:instituto|colegio) +(?P<name>{_NAMES})")
# "la patronal nacional Faconauto", "la patronal de concesionarios Faconauto", "la patronal CEOE"
_EMPLOYERS = re.compile(
    r"(?<![\w-])patronal +(?:(?:nacional|provincial|regional|autonómica|estatal|europea|del +sector|"
    r"de +[a-záéíóúñ]+) +){0,2}"
    rf"(?P<name>{_NAME}(?: +{_NAME})?)(?![\w-]| +{_JOIN} +[A-ZÁÉÍÓÚÑÜ])"
)


def spanish_garages(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with dealers' carmakers, schools after their kind word and employers'
    associations ORG."""
    if language != "es":
        return mentions
    out = mentions
    if "concesionari" in text or "taller" in text or "servicio técnico" in text:
        out = _retyped(out, [f.span("name") for f in _BRAND.finditer(text)])
    if "instituto " in text or "colegio " in text:
        out = _retyped(out, [f.span("name") for f in _SCHOOL.finditer(text)])
    if "patronal " in text:
        spans = [f.span("name") for f in _EMPLOYERS.finditer(text)]
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8)
    return out


def _retyped(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The models' place with exactly one of `spans` an organisation; nothing new is added,
    since the kind words also stand before plain places ("taller de Valladolid")."""
    wanted = set(spans)
    out: list[Mention] = []
    for m in mentions:
        if (m.start, m.end) in wanted and m.type == "LOC":
            m = Mention(m.start, m.end, m.text, "ORG", MODEL, m.confidence)
        out.append(m)
    return out
