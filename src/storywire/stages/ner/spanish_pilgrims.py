"""Spanish news of pilgrims, religious houses and their bodies by their kinds of name (round 33):

* a named pilgrim route or greenway is a place, as a named road is ("Camino Primitivo", "Camino
  del Norte", "Vía Verde del Aceite"), never the body the tagger takes it for;
* two bodies joined by "y de la"/"y del" are two names ("del Arzobispado de Toledo y de la
  Fundación Santa María"), where the tagger reads one;
* a religious's first name after "sor"/"fray" is a person ("dijo sor Lucía"), which the tagger
  reads as a place;
* a jubilee year ("Año Santo", "Año Jubilar") is an event, not a body: the tagger's span goes;
* a byline's dateline after "|" ("ANA GIL | PONFERRADA") is the place, as written (a credit
  after "Por|" is the paper).

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention

MODEL = "spanish-pilgrims"
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\w'’-]+"
_ROUTE = re.compile(rf"(?:Camino|Vía Verde) (?:(?:de|del|de la|de los|de las) )?{_NAME}(?: {_NAME})?")
# the bodies a second name after "y de la"/"y del" opens with
_BODY_WORDS = (
    "Federación|Asociación|Fundación|Confederación|Diputación|Ayuntamiento|Junta|Consejería|Ministerio|"
    "Obispado|Arzobispado|Diócesis|Universidad|Cámara|Cofradía|Hermandad|Orden|Congregación|Sociedad|"
    "Comunidad|Plataforma|Agrupación|Unión|Mancomunidad|Delegación|Subdelegación|Conferencia|Abadía|Comisión"
)
_SECOND_BODY = re.compile(rf" y (?:de la|del|de los) (?={_BODY_WORDS}\b)")
_RELIGIOUS = re.compile(r"(?<![\w-])(?:sor|fray) +$")
_JUBILEE = ("Año Santo", "Año Jubilar")
# a byline's line: the writer's name in capitals, then "|" ("Por| EL UNIVERSAL" is a credit)
_DATELINE = re.compile(r"[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ .'’-]* \| +")


def spanish_pilgrims(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with routes as places, joined bodies split, religious persons and datelines."""
    if language != "es":
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.text.startswith(_JUBILEE) and m.type != "PER":
            continue
        if m.type == "ORG" and ("Camino " in m.text or "Vía Verde " in m.text) and _ROUTE.fullmatch(m.text):
            m.type, m.model = "LOC", MODEL
        elif m.type == "ORG" and " y de" in m.text:
            out.extend(_two_bodies(text, m))
            continue
        elif m.type != "PER" and " " not in m.text and _RELIGIOUS.search(text, max(0, m.start - 6), m.start):
            m.type, m.model = "PER", MODEL
        elif m.type in ("ORG", "MISC") and m.text.isupper() and _dateline(text, m):
            m.type, m.model = "LOC", MODEL
        out.append(m)
    return out


def _dateline(text: str, m: Mention) -> bool:
    """The capitalised place that ends a byline's line after its "|"."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return _DATELINE.fullmatch(text, line_start, m.start) is not None and text[m.end : m.end + 1] in ("\n", "")


def _two_bodies(text: str, m: Mention) -> list[Mention]:
    """ "Obispado de X y de la Federación de Y" read as one body: the two bodies."""
    found = _SECOND_BODY.search(m.text)
    if found is None:
        return [m]
    first_end, second_start = m.start + found.start(), m.start + found.end()
    return [
        Mention(m.start, first_end, text[m.start : first_end], "ORG", MODEL, m.confidence),
        Mention(second_start, m.end, text[second_start : m.end], "ORG", MODEL, m.confidence),
    ]
