"""Italian fashion, design and crafts news by its kinds of name (round 29):

* a fashion house after its lower-case kind word gives its name, a body ("la maison Fendi", "la
  casa di moda Gattinoni"): the tagger reads the founder's surname as a person, so every bare
  repetition of the name in the article is the body too;
* a quarter after its lower-case kind word is a place ("nel quartiere Brera");
* a street after its lower-case kind word is a place, never the body a saint's name in it
  suggests ("via Santo Spirito", "piazza San Babila");
* a school or academy named after a person with its kind words ("Istituto tecnico Carlo
  Cattaneo di Milano", "Accademia di Belle Arti Mario Sironi") is one body;
* a district known by its name ("la Brianza", "del Canavese") is a place after its article;
* a one-word name a cue typed a place once is a place where the tagger leaves it untyped (MISC).

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "italian-fashion"
# a fashion house typed by its kind word: no founder's surname retypes it (consistency.py)
HOUSE_MODEL = "fashion-house"
_TAGGER = "rules:it"
_NAME = r"[A-ZÀ-Ö][\w'’-]+"
_HOUSE = re.compile(rf"(?<![\w-])(?:maison|casa di moda|griffe) (?P<name>{_NAME}(?: {_NAME})?)(?![\w'’-])")
_QUARTER = re.compile(rf"(?<![\w-])(?:quartiere|rione) (?P<name>{_NAME}(?: {_NAME})?)(?![\w'’-])")
_STREETS = ("via ", "viale ", "corso ", "piazza ", "vicolo ", "largo ")
_LINK = r"(?: (?:di|del|della|delle|dei|degli|e))?"
_SCHOOL = re.compile(
    r"(?<![\w-])(?:Istituto (?:tecnico|professionale|d'arte|alberghiero|statale|superiore|comprensivo)"
    r"(?: (?:industriale|commerciale|statale|agrario|economico|tecnologico))?|"
    rf"Accademia(?: (?:di|del|della|delle|dei) {_NAME}(?: {_NAME})?))"
    rf"(?: {_NAME}){{1,3}}(?: di {_NAME})?(?![\w'’-])"
)
# Italian districts known by name, not in the gazetteer of towns (real places).
_DISTRICTS = frozenset(
    {
        "Brianza",
        "Comasco",
        "Lecchese",
        "Canavese",
        "Cadore",
        "Cilento",
        "Salento",
        "Monferrato",
        "Valtellina",
        "Franciacorta",
        "Lomellina",
        "Polesine",
        "Mugello",
        "Casentino",
        "Garfagnana",
        "Ciociaria",
        "Irpinia",
        "Valdarno",
        "Biellese",
    }
)
# the article says a territory ("del Comasco"), not a surname ("Bergamasco")
_DISTRICT_ARTICLE = re.compile(r"(?:\b(?:la|il|del|della|nel|nella|dal|dalla|al|alla|sul|sulla)) $")


def italian_fashion(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with fashion houses, quarters, streets, named schools and districts typed."""
    if language != "it":
        return mentions
    if "maison " in text or "casa di moda " in text or "griffe " in text:
        mentions = _houses(text, mentions)
    if "quartiere " in text or "rione " in text:
        spans = [f.span("name") for f in _QUARTER.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8)
    for m in mentions:
        if m.type == "ORG" and m.text.startswith(_STREETS) and m.text.split(" ", 2)[1][:1].isupper():
            m.type, m.model = "LOC", MODEL  # "via Santo Spirito" typed a body by its saint
    if "Istituto " in text or "Accademia " in text:
        mentions = claimed_spans(text, mentions, [f.span() for f in _SCHOOL.finditer(text)], "ORG", MODEL, 0.8)
    # a place found by a cue ("S.r.l. di Cernobbio"), not the tagger's guess ("Amazon" LOC)
    places = {m.text for m in mentions if m.type == "LOC" and " " not in m.text and m.model != _TAGGER}
    for m in mentions:
        if m.type != "MISC":
            continue
        if m.text in places:
            m.type, m.model = "LOC", MODEL  # "di Cernobbio" typed a place once, left untyped later
        elif m.text in _DISTRICTS and _DISTRICT_ARTICLE.search(text, max(0, m.start - 7), m.start):
            m.type, m.model = "LOC", MODEL
    return mentions


def _houses(text: str, mentions: list[Mention]) -> list[Mention]:
    found = list(_HOUSE.finditer(text))
    names = {f["name"] for f in found}
    out = claimed_spans(text, mentions, [f.span("name") for f in found], "ORG", HOUSE_MODEL, 0.8)
    for m in out:
        if m.text in names:
            m.type, m.model = "ORG", HOUSE_MODEL  # the headline's bare "Ferragamo" after "maison Ferragamo"
    return out
