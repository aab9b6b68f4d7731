"""Spanish nature and animal-welfare news by its kinds of name (round 28: shelters, parks,
hunters):

* a shelter or welfare society after its lower-case kind word gives its name, a body ("el
  refugio de animales Patas Felices", "la protectora Amigos del Perro"): the tagger reads the
  name as a place, so every bare repetition in the article is the body too;
* a landform named by its kind word ("Peña Falcón", "Salto del Gitano", "Cerro Gordo") is a
  place, never the body the tagger takes it for (a fan club "Peña Madridista" stays a body);
* a town whose name holds a lower-case article ("Torrejón el Rubio", "Puebla de la Calzada" is
  whole already) is one place where the whole name is a known town.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.missed_places import known_places

MODEL = "spanish-nature"
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\w'’-]+"
_BODY_NAME = rf"{_NAME}(?: (?:de |del |de la |de los |de las |y )?{_NAME}){{0,3}}"
_SHELTER = re.compile(
    r"(?<![\w-])(?:refugio(?: de animales)?|protectora(?: de animales)?|albergue de animales|"
    rf"santuario(?: de animales)?|asociación protectora) (?P<name>{_BODY_NAME})(?![\w'’-])"
)
_SHELTER_CUE = re.compile(r"refugio|protectora|albergue|santuario")
_LANDFORMS = ("Peña ", "Salto ", "Cerro ", "Pico ", "Risco ", "Sierra ", "Collado ", "Cañón ", "Garganta ", "Cueva ")
_CLUB = re.compile(r"ista\b|istas\b")  # "Peña Madridista", "Peña Bética Sevillista": a fan club
_ARTICLE_IN_TOWN = re.compile(r" (?:el|la|los|las) $")


def spanish_nature(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with shelters, landforms and towns with an article typed and joined."""
    if language != "es":
        return mentions
    if _SHELTER_CUE.search(text):
        found = list(_SHELTER.finditer(text))
        names = {f["name"] for f in found}
        mentions = claimed_spans(text, mentions, [f.span("name") for f in found], "ORG", MODEL, 0.8)
        for m in mentions:
            if m.text in names and m.type != "ORG":
                m.type, m.model = "ORG", MODEL
    for m in mentions:
        if m.type == "ORG" and m.text.startswith(_LANDFORMS) and _CLUB.search(m.text) is None:
            m.type, m.model = "LOC", MODEL
    if " el " in text or " la " in text or " los " in text or " las " in text:
        mentions = _towns_with_article(text, mentions)
    return mentions


def _towns_with_article(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Torrejón" + "el" + "Rubio" one LOC where the whole is a known town."""
    places = known_places("es")
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.type in ("LOC", "ORG", "MISC")
            and _ARTICLE_IN_TOWN.fullmatch(text[m.end : nxt.start]) is not None
            and " " not in nxt.text
            and text[m.start : nxt.end] in places
        ):
            out.append(Mention(m.start, nxt.end, text[m.start : nxt.end], "LOC", MODEL, m.confidence))
            skip.add(i + 1)
            continue
        out.append(m)
    return out
