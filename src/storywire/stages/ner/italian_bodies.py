"""Italian bodies by their shape: a professional order with its province ("Ordine dei Medici
della Provincia di Torino", "Ordine degli Architetti di Roma": one body), an association's
regional branch ("Coldiretti Piemonte", "Legambiente Sicilia": one body, as a union's branch),
and a department named only inside a job title ("l'assessore regionale alla Sanità": no body
mentioned, as the guidelines say).

The rules cut an order at its lower-case "degli" and read a branch as a person.  Whole
articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.missed_places import known_places

MODEL = "italian-body"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_ORDER = re.compile(
    rf"(?<![\w-])Ordine +(?:dei|degli|delle) +{_NAME}(?: +(?:e|ed) +(?:(?:dei|degli|delle) +)?{_NAME})?"
    rf"(?: +(?:della +Provincia +di|della +Regione|di|della|del|dell['’]) *{_NAME})?"
)
# National associations whose regional and provincial branches the news names by the region
# ("Coldiretti Liguria", "Confcommercio Milano").
_ASSOCIATIONS = (
    "Legambiente|Coldiretti|Confcommercio|Confindustria|Confartigianato|Confesercenti|Confagricoltura|"
    "Federalberghi|Codacons|Anci|Ance|Cna|Cia|Lipu|Arci|Adiconsum|Federconsumatori|Italia Nostra|Wwf|WWF|"
    # the cyclists' federation's local sections ("Fiab Torino")
    "Fiab|FIAB"
)
_BRANCH = re.compile(rf"(?<![\w-])(?:{_ASSOCIATIONS}) +(?P<place>{_NAME}(?:[ -]{_NAME})?)(?![\w’'-])")
_ASSOCIATION_FIRST = re.compile(rf"(?:{_ASSOCIATIONS}) ")
# A diocesan or parish charity with its diocese ("Caritas diocesana di Agrigento"): one body.
_CHARITY = re.compile(
    r"(?<![\w-])Caritas +(?:diocesana|parrocchiale|cittadina|regionale|zonale)"
    rf"(?: +(?:di|della|del|dell['’]) *{_NAME})?"
)
# A town's or a region's council with its place ("Consiglio comunale di Alba", "Giunta regionale
# del Piemonte"): one body, as a council named with its town is; the rules read "Consiglio" alone.
_COUNCIL = re.compile(
    r"(?<![\w-])(?:Consiglio|Giunta) +(?:comunale|municipale|provinciale|regionale|metropolitano)"
    rf" +(?:di|del|della|dell['’]) *{_NAME}(?: +{_NAME})?"
)
# A local bank by its kind and town ("Cassa Rurale di Neive", "Banca di Credito Cooperativo di
# Alba", "Cassa di Risparmio di Asti"), which the rules read as a person; a bank's foundation
# keeps the bank's whole name with its town ("Fondazione Cassa di Risparmio di Cuneo").
_BANK = re.compile(
    r"(?<![\w-])(?:Fondazione +)?(?:Cassa +Rurale(?: +ed +Artigiana)?|Cassa +di +Risparmio|Banca +Popolare|"
    r"Banca +di +Credito +Cooperativo|Credito +Cooperativo)"
    rf"(?: +(?:di|del|della|dell['’]|delle) *{_NAME}(?: +{_NAME})?)?"
)
# "l'assessore regionale alla Protezione civile": a portfolio, no body
_PORTFOLIO = re.compile(
    r"(?:assessor[ea]|assessori|consigliere delegat[oa]|delegat[oa])(?: +(?:regional[ei]|comunal[ei]|provincial[ei]))?"
    r" +(?:al|alla|allo|ai|alle|agli|all['’]) *$"
)


def italian_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each professional order and association branch one ORG, and without
    a portfolio named after an assessor's title."""
    if language != "it":
        return mentions
    spans = [found.span() for found in _ORDER.finditer(text)] if "Ordine" in text else []
    if "Caritas" in text:
        spans.extend(found.span() for found in _CHARITY.finditer(text))
    if "Consiglio" in text or "Giunta" in text:
        spans.extend(found.span() for found in _COUNCIL.finditer(text))
    if "Cassa" in text or "Banca" in text or "Credito" in text:
        spans.extend(found.span() for found in _BANK.finditer(text))
    places = known_places(language)
    for found in _BRANCH.finditer(text):
        place = found["place"]
        if place in places or place.split("-")[0] in places:
            spans.append(found.span())
    out = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)
    for m in out:
        if m.type == "PER" and " " in m.text and _ASSOCIATION_FIRST.match(m.text):
            # an association's sector or service named after it ("Coldiretti Impresa Pesca",
            # "Confcommercio Imprese per l'Italia"): no association names a person
            m.type, m.model = "ORG", MODEL
    if "assessor" in text or "delegat" in text:
        # a portfolio is neither a body nor a place ("alle Infrastrutture" read as a place)
        out = [
            m for m in out if m.type not in ("ORG", "LOC") or not _PORTFOLIO.search(text, max(0, m.start - 40), m.start)
        ]
        for m in out:
            _without_portfolio(text, m)
    return out


# "l'assessora regionale al Turismo Marta Rossi" read as one person: the portfolio goes.
_TITLE_BEFORE = re.compile(
    r"(?:assessor[ea]|assessori|consigliere delegat[oa]|delegat[oa])"
    r"(?: +(?:regional[ei]|comunal[ei]|provincial[ei]))? +$"
)
_PORTFOLIO_AND_NAME = re.compile(rf"^(?:al|alla|allo|ai|alle|agli|all['’]) *{_NAME} +(?={_NAME})")


def _without_portfolio(text: str, m: Mention) -> None:
    cut = _PORTFOLIO_AND_NAME.match(m.text) if m.type == "PER" else None
    if cut is not None and _TITLE_BEFORE.search(text, max(0, m.start - 40), m.start):
        m.start += cut.end()
        m.text = text[m.start : m.end]
