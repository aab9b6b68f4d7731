"""Italian town-hall news by its kinds of name (round 42's taxi licences):

* a town's or region's executive and council named by their capitalised head and a lower-case
  adjective ("la Giunta comunale", "il Consiglio regionale"): one body each, the town
  implicit, where the rules keep the capitalised head alone (typed a place or a body);
* a person quoted with the union branch he speaks for ("Mario Rossi della Fiom-Cgil"): the
  person and the union are two names, where the rules run them into one person;
* an authority whose name runs on in lower case ("l'Autorità di regolazione dei trasporti,"):
  the body keeps its last "dei/del/delle ..." noun, where the rules stop before it;
* the town hall as a place of protest ("i tassisti protestano sotto il Comune", "presidio
  davanti al Comune"): a place, as a venue where something happens at it is, while the bare
  acting "Comune" stays the body; its model is one of `TYPED_BY_CONTEXT`, so the body's votes
  do not retype it;
* a capitalised numeral opening a sentence before a lower-case noun ("Cento nuove licenze",
  "Mille euro di multa"): no name, where the gazetteer knows a town "Cento".

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "italian-councils"
PLACE_MODEL = "romance-place"  # typed by its context: the body's votes must not retype it
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_COUNCIL = re.compile(
    r"(?<![\w-])(?:Giunta|Consiglio) +(?:comunale|regionale|provinciale|municipale|metropolitano|metropolitana)"
    rf"(?: +(?:di|del|della|dell['’]) *{_NAME}(?: +{_NAME}){{0,2}})?(?![\w-])"
)
# Italy's union federations and their branches ("Filt-Cgil", "Fit-Cisl", "Uiltrasporti", "Ugl").
_UNION = r"(?:[A-Z][a-z]+-)?(?:Cgil|Cisl|Uil|Ugl)|Uil[a-z]+|Cobas|Usb"
_PERSON_OF_UNION = re.compile(
    rf"^(?P<person>.+?) +(?:della|del|dello|dell['’]) *(?P<union>(?:{_UNION})(?: +{_NAME})?)$"
)
_AUTHORITY_TAIL = re.compile(
    r" +(?:dei|degli|delle|del|della|dello|dell['’]) *[a-zà-ù]{4,}(?=[,.;:)]| +\(| +che\b| +ha\b| +è\b)"
)
_TOWN_HALL = re.compile(r"(?<![\w-])(?:sotto +il|davanti +al|dentro +il|fuori +dal) +(?P<hall>Comune)(?![\w-]| +di\b)")
_NUMERALS = (
    "Cento|Duecento|Trecento|Quattrocento|Cinquecento|Seicento|Settecento|Ottocento|Novecento|Mille|Duemila|"
    "Tremila|Diecimila"
)
# a numeral at a sentence's start before a lower-case word that is not a verb ("Cento ha deciso")
_NUMERAL = re.compile(
    rf"(?m:^|(?<=«)|(?<=[.!?:–-] ))(?P<num>{_NUMERALS}) +(?!(?:ha|è|e|ed|non|si|sono|resta|vince|perde|chiede|dice)\b)"
    r"[a-zà-ù]"
)


def italian_councils(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with councils, people of a union, authorities' lower-case tails, the town
    hall as a place and sentence-opening numerals as the module's docstring says."""
    if language != "it":
        return mentions
    if "Giunta" in text or "Consiglio" in text:
        spans = [c.span() for c in _COUNCIL.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.85)
    mentions = _people_of_unions(mentions)
    if "Autorità" in text:
        mentions = _authority_tails(text, mentions)
    if "Comune" in text:
        halls = {h.span("hall") for h in _TOWN_HALL.finditer(text)}
        for m in mentions:
            if (m.start, m.end) in halls:
                m.type, m.model = "LOC", PLACE_MODEL
    numerals = {n.span("num") for n in _NUMERAL.finditer(text)}
    if numerals:
        mentions = [m for m in mentions if (m.start, m.end) not in numerals or m.type != "LOC"]
    return mentions


def _people_of_unions(mentions: list[Mention]) -> list[Mention]:
    """A person run into the union he speaks for ("X Y della Filt-Cgil"):: the person and the union, two names."""
    out: list[Mention] = []
    for m in mentions:
        hit = _PERSON_OF_UNION.match(m.text) if m.type == "PER" else None
        if hit is None or " " not in hit["person"]:
            out.append(m)
            continue
        ps, pe = hit.span("person")
        us, ue = hit.span("union")
        out.append(Mention(m.start + ps, m.start + pe, hit["person"], "PER", model=MODEL, confidence=0.8))
        out.append(Mention(m.start + us, m.start + ue, hit["union"], "ORG", model=MODEL, confidence=0.8))
    return out


def _authority_tails(text: str, mentions: list[Mention]) -> list[Mention]:
    """An authority cut before its lower-case tail ("Autorità di regolazione" + "dei trasporti")."""
    for m in mentions:
        if m.type == "ORG" and m.text.startswith("Autorità ") and m.text[-1:].islower():
            tail = _AUTHORITY_TAIL.match(text, m.end)
            if tail is not None:
                m.end = tail.end()
                m.text = text[m.start : m.end]
    return mentions
