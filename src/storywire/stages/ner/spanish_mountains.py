"""Spanish news of mountains, ski resorts and their towns (round 32), by kind of name:

* after a lower-case mountain kind word the name alone is a place ("estación de esquí de
  Cerler", "refugio de Góriz", "puerto del Somport", "glaciar del Aneto", "la zona de las
  Blancas"), and the resort's bare name is that place elsewhere in the article: the tagger
  reads a resort's or a hut's name as a body;
* a dateline on its own line in capitals ("JACA (HUESCA)") is the town and its province;
* a town whose council the article names ("Ayuntamiento de Benasque") is the town where the
  tagger types its bare name a body;
* a court named by its jurisdiction and town without a number ("Juzgado de lo Mercantil de
  Teruel") is one body: the tagger splits it;
* a county council acting beside a town council ("el Ayuntamiento de X y la Comarca de Y") is
  a body, not the county;
* a percentage is no name ("62 % menos de nieve"), and no name ends with a comma.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "spanish-mountains"
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü’'-]+"
_PLACE_NAME = rf"{_NAME}(?: +(?:de +|del +)?{_NAME}){{0,2}}"
_KIND = re.compile(
    r"(?<![\w-])(?:estaci[oó]n +(?:de +esquí|invernal|de +montaña)|refugio|puerto|glaciar|collado|ibón|"
    r"telesillas?|telecabina|pico|macizo|zona) +(?:de +(?:la +|las +|los +)?|del +)"
    rf"(?P<name>{_PLACE_NAME})"
)
_KIND_CUES = (
    "estaci",
    "refugio",
    "puerto",
    "glaciar",
    "collado",
    "ibón",
    "teles",
    "telecabina",
    "pico",
    "macizo",
    "zona",
)
_UPPER = r"[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'-]+"
_DATELINE = re.compile(
    rf"^(?P<town>{_UPPER}(?: +(?:DE +|DEL +|DE +LA +|DE +LOS +)?{_UPPER}){{0,3}})"
    rf" *\((?P<province>{_UPPER}(?: +{_UPPER})?)\) *$",
    re.MULTILINE,
)
_COUNCIL_TOWN = re.compile(rf"(?<![\w-])Ayuntamiento +de +(?P<town>{_PLACE_NAME})")
_COURT = re.compile(
    r"(?<![\w-])Juzgado +de +(?:lo +(?:Mercantil|Social|Penal|Contencioso-[Aa]dministrativo)|"
    r"Primera +Instancia(?: +e +Instrucción)?|Instrucción|Menores|Violencia +sobre +la +Mujer)"
    rf" +de +{_NAME}(?: +de +{_NAME})?"
)
_COUNTY = re.compile(
    rf"(?:Ayuntamiento +de +{_PLACE_NAME} +y +la +(?P<after>Comarca +(?:de +(?:la +)?|del +){_PLACE_NAME}))|"
    rf"(?:(?P<before>Comarca +(?:de +(?:la +)?|del +){_PLACE_NAME}) +y +el +Ayuntamiento)"
)
_PERCENT = re.compile(r"\d[\d.,]* *%")


def spanish_mountains(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the mountain names, datelines, council towns, courts and county
    councils typed as the module's docstring says."""
    if language != "es":
        return mentions
    out = [_without_comma(m) for m in mentions if not _PERCENT.match(m.text)]
    places: list[tuple[int, int]] = []
    if any(cue in text for cue in _KIND_CUES):
        places.extend(found.span("name") for found in _KIND.finditer(text))
    if "(" in text:
        for found in _DATELINE.finditer(text):
            places.extend((found.span("town"), found.span("province")))
    named = {text[s:e] for s, e in places}
    if "Ayuntamiento" in text:
        named.update(found["town"] for found in _COUNCIL_TOWN.finditer(text))
    if places:
        out = claimed_spans(text, out, sorted(places), "LOC", MODEL, 0.8)
    for m in out:
        # The resort's or the council's town, bare elsewhere and typed a body by the tagger.
        if m.type == "ORG" and m.text in named and m.model.startswith("neural"):
            m.type, m.model = "LOC", MODEL
    if "Juzgado" in text:
        out = claimed_spans(text, out, [found.span() for found in _COURT.finditer(text)], "ORG", MODEL, 0.8)
    if "Comarca" in text:
        counties = [found.span("after") if found["after"] else found.span("before") for found in _COUNTY.finditer(text)]
        out = claimed_spans(text, out, counties, "ORG", MODEL, 0.75)
    return out


def _without_comma(m: Mention) -> Mention:
    """The mention without a trailing comma the tagger's tokens left on it."""
    if not m.text.endswith(","):
        return m
    trimmed = m.text.rstrip(", ")
    return Mention(m.start, m.start + len(trimmed), trimmed, m.type, m.model, m.confidence)
