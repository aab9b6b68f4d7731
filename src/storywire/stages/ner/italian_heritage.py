"""Italian heritage and art-market news by its shapes: a heritage superintendency with its
fields and its provinces ("Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di
X, Y e Z": one ORG without the places inside, as the guidelines settle; the tagger splits it into
people and places); a firm of partners joined by "&" with its legal form ("Restauri Rossi &
Bianchi S.r.l.": one ORG, its town after "di" a place of its own); a museum's kind word with its
lower-case adjective ("Museo diocesano", "Museo civico": the tagger keeps only "Museo"); the
cathedral called "Duomo" (a place, read as a miscellany); national heritage and consumer
associations the tagger reads as people ("Italia Nostra", "Legambiente").

Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "italian-heritage"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_NAMES = rf"{_NAME}(?: +{_NAME})*"
_LIST = rf"{_NAMES}(?:(?:, *| +e +){_NAMES})*"
# "Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di A, B e C",
# "Soprintendenza speciale di Roma", "Soprintendenza per i beni culturali di Trento"
_SUPERINTENDENCY = re.compile(
    rf"(?<![\w-])Soprintendenza(?: +speciale)?(?: +{_LIST})?"
    rf"(?: +(?:per +(?:le +province|la +provincia|la +città +metropolitana|il +comune|l['’]area|i +beni +\w+)"
    rf"(?: +di| +d['’])?|di|del|della|dell['’]) *{_LIST})?"
)
_FORM = r"(?:S\.r\.l\.|S\.p\.A\.|S\.n\.c\.|S\.a\.s\.|s\.r\.l\.|s\.p\.a\.|s\.n\.c\.|s\.a\.s\.|Srl|Spa|Snc|Sas)"
# partners' names joined by "&" before the legal form: "Restauri Conti & Ferri S.r.l."
_PARTNERS = re.compile(rf"(?<![\w&-]){_NAMES}(?: +& +{_NAMES})+ +{_FORM}")
# the firm's seat after its legal form, swallowed by the tagger: "X S.r.l. di Fermo"
_SEAT = re.compile(rf"^(?P<firm>.*{_FORM}) +(?:di|da|a) +(?P<town>{_NAMES})$")
_MUSEUM_ADJ = re.compile(
    r" +(?:diocesano|civico|archeologico|nazionale|comunale|provinciale|regionale|storico|capitolare|"
    r"statale|municipale|etnografico|egizio|navale|marittimo)(?![\w-])"
)
_MUSEUM_KINDS = frozenset({"Museo", "Musei", "Pinacoteca", "Gipsoteca"})
# real national associations (heritage, environment, consumers) named without a kind word
_ASSOCIATIONS = frozenset(
    {
        "Italia Nostra",
        "Legambiente",
        "Codacons",
        "Altroconsumo",
        "Federconsumatori",
        "Adiconsum",
        "Cittadinanzattiva",
        "Touring Club Italiano",
        "Fondo Ambiente Italiano",
    }
)


def italian_heritage(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with superintendencies and partners' firms one ORG, museums with their
    adjective, "Duomo" a place and national associations ORG."""
    if language != "it":
        return mentions
    out = mentions
    if "Soprintendenza" in text:
        spans = [found.span() for found in _SUPERINTENDENCY.finditer(text)]
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8)
    if "&" in text:
        out = [piece for m in out for piece in _split_seat(text, m)]
        spans = [found.span() for found in _PARTNERS.finditer(text)]
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8)
    for m in out:
        if m.text in _MUSEUM_KINDS:
            found = _MUSEUM_ADJ.match(text, m.end)
            if found is not None:  # "nel Museo diocesano": the adjective belongs to its name
                m.end, m.text, m.model = found.end(), text[m.start : found.end()], MODEL
                m.type = "LOC" if m.type == "MISC" else m.type
        elif m.text == "Duomo" and m.type != "LOC":
            m.type, m.model = "LOC", MODEL  # "la facciata del Duomo"
        elif m.text in _ASSOCIATIONS and m.type != "ORG":
            m.type, m.model = "ORG", MODEL  # "la sezione locale di Italia Nostra"
    return out


def _split_seat(text: str, m: Mention) -> list[Mention]:
    """ "Ferri S.r.l. di Fermo" -> "Ferri S.r.l." (ORG) + "Fermo" (LOC)."""
    # the tagger may read the last partner's surname as a person: the legal form says a firm
    if m.type not in ("ORG", "PER") or (" di " not in m.text and " da " not in m.text and " a " not in m.text):
        return [m]
    found = _SEAT.match(m.text)
    if found is None:
        return [m]
    s1, e1 = found.span("firm")
    s2, e2 = found.span("town")
    return [
        Mention(m.start + s1, m.start + e1, text[m.start + s1 : m.start + e1], "ORG", MODEL, m.confidence),
        Mention(m.start + s2, m.start + e2, text[m.start + s2 : m.start + e2], "LOC", MODEL, m.confidence),
    ]
