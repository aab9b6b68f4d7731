"""Spanish orchestras, concert venues, composers and regional departments by their kinds of name
(round 34):

* an orchestra or choir named with its capitalised kind word ("Orquesta Sinfónica de Galicia",
  "Joven Orquesta Nacional de España", "Coro de la Comunidad de Madrid", round 40 "Coral
  Polifónica de X" where the tagger reads a woman named Coral) is one body: the tagger
  takes a sentence's "La" with it or runs on into the clause after it;
* a hall with its own name and its town after "de" ("Teatro Arriaga de Bilbao", "Palau de la
  Música de Valencia") is two places, the hall and the town, where the tagger reads one body;
  a hall named by its kind and a place ("Auditorio de Tenerife") is one place.  A hall is a place
  where music is played; one that opens a sentence (it acts) keeps the tagger's type, but one
  with a name of its own and its town is the body and the town apart (round 44: "El Teatro X de
  Linares bate su récord"), a dateline's dash opening the sentence too;
* a school with its own name and a great town after "de" ("Escuela Superior de Canto Reina
  Isabel de Madrid") gives the school and the town apart; a field after "de" is no own name
  ("Instituto de Cocina Andina de Lima" is one body);
* the surname after a musical work and "de" ("el Concierto para violín de Brahms", "la Sinfonía
  n.º 5, de Mahler") is the composer, a person, unless it is a place ("Concierto de Aranjuez");
* a regional department with its fields and its government ("Consejería de Sanidad y Familia de
  la Junta de Andalucía") is two bodies;
* a route "de X a Y" between two known places read as one name gives the two places.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import Blocks, claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.span_words import starts_sentence
from storywire.stages.ner.word_frequency import zipf

MODEL = "spanish-music"
# a hall acting in its sentence, typed there alone (consistency.TYPED_BY_CONTEXT): the same hall
# after "en" in the article is a place
ACTING_MODEL = "hall-acting"
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\w’'-]*[\w’']"
_OF = r"(?:de +la|de +los|de +las|del|de)"
_ENSEMBLE = re.compile(
    rf"(?<![\w-])(?:(?:Joven|Real|Gran) +)?(?:Orquesta|Coro|Orfeón|Filarmónica|Filharmonía|Banda +Sinfónica|"
    rf"Capilla|Escolanía|"
    # a choir called "Coral" only with a choir's adjective after it: "Coral" alone is a given name
    rf"Coral(?= +(?:Polifónica|Universitaria|Infantil|Juvenil|Municipal|Catedralicia|de +Cámara)\b))"
    rf"(?: +(?:Sinfónica|Filarmónica|Polifónica|Universitaria|Infantil|Catedralicia|Nacional|Municipal|"
    rf"Clásica|Barroca|Juvenil|"
    rf"de +Cámara|Ciudad))* +(?:{_OF} +)?{_NAME}(?: +(?:y +)?{_NAME}){{0,3}}"
)
# a hall's kind word, its own name, then "de" and a town: "Teatro Arriaga de Bilbao"
_HALL_KIND = r"(?:Teatro|Auditorio|Gran +Teatro|(?:Casa|Palau|Palacio|Sala)(?= +(?:da|de +la) +Música))"
_HALL = re.compile(
    rf"(?<![\w-]){_HALL_KIND}(?P<music> +(?:da|de +la) +Música)?(?P<own>(?: +{_NAME}){{1,3}})?"
    rf"(?: +(?P<of>{_OF}) +(?P<town>{_NAME}(?: +{_OF} +{_NAME}| +{_NAME})?))?"
)
_SCHOOL = re.compile(
    r"(?<![\w-])(?:Escuela|Conservatorio|Colegio|Instituto)(?: +\w+){0,5} +(?<!\bde )(?<!\bdel )(?<!\bla )"
    rf"(?P<own>{_NAME} +{_NAME})"
    rf" +de +(?P<town>{_NAME})"
)
# words that name a school's or hall's field, not its own name ("Música", "Danza")
_CITY_HALL = frozenset({"Ciudad", "Villa"})
_FIELD = frozenset({"Música", "Danza", "Canto", "Arte", "Artes", "Arte Dramático", "Congresos", "Cultura"})
_WORK = re.compile(
    r"(?<![\w-])(?:Sinfonía|Concierto|Sonata|Réquiem|Misa|Cuarteto|Quinteto|Trío|Suite|Obertura|Rapsodia|"
    r"Preludio|Oratorio|Cantata|Variaciones|Serenata|Nocturno|Ópera)\b[^;:\n]{0,50}? de "
    rf"(?P<name>{_NAME})(?![\w’'-]| +(?:de|del) | +[A-ZÁÉÍÓÚÑ])"
)
_COMMON = 3.9  # wordfreq Zipf of a word, not a composer's name ("Gallo", "Navidad")
_FIELDS = r"[A-ZÁÉÍÓÚ][\w]+(?: +(?:y|e) +[A-ZÁÉÍÓÚ][\w]+)?"
_DEPT = re.compile(
    rf"(?<![\w-])(?P<dept>(?:Consejería|Conselleria|Consellería|Departamento|Dirección +General) +de +{_FIELDS}"
    rf"(?:, +{_FIELDS})*) +de +la +(?P<gov>(?:Junta|Xunta|Generalitat|Comunidad|Región)(?: +de| +del)?"
    rf"(?: +{_NAME}(?: +(?:y|de|del) +{_NAME})?)?)"
)
_ROUTE = re.compile(rf"(?<=\bde )(?P<a>{_NAME}) +a +(?P<b>{_NAME})(?![\w-])")


def spanish_music(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with orchestras, halls, schools, composers and departments read by kind."""
    if language != "es":
        return mentions
    places = place_names("es")
    out = mentions
    if any(kind in text for kind in ("Orquesta", "Coro", "Coral ", "Orfeón", "Filarm", "Filharm")):
        spans = [found.span() for found in _ENSEMBLE.finditer(text)]
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8, blocks=_blocks_ensemble)
    if (
        "Teatro" in text
        or "Auditorio" in text
        or "Palacio" in text
        or "Palau" in text
        or "Sala " in text
        or "Casa" in text
    ):
        out = _halls(text, out, places)
    if "Escuela" in text or "Conservatorio" in text or "Colegio" in text or "Instituto" in text:
        out = _schools(text, out, places)
    if " de " in text:
        out = _composers(text, out, places)
        out = _routes(text, out, places)
    if "Conse" in text or "Departamento" in text or "Dirección General" in text:
        for found in _DEPT.finditer(text):
            spans = [found.span("dept"), found.span("gov")]
            out = claimed_spans(
                text, out, spans, "ORG", MODEL, 0.8, blocks=_blocks_inside_only(found.start(), found.end())
            )
    return out


def _blocks_ensemble(m: Mention, start: int, end: int) -> bool:
    """A longer name the models found holds the orchestra, unless it is only the sentence's
    article before it ("La Orquesta ...") or a run-on past a bracket or a verb."""
    return m.start < start and m.text[: start - m.start].strip() not in {"La", "El", "la", "el", "de la", "del"}


def _blocks_inside_only(lo: int, hi: int) -> Blocks:
    """A department's pair gives way only to a mention that runs past the whole phrase."""

    def blocks(m: Mention, start: int, end: int) -> bool:
        return m.start < lo - 6 or m.end > hi

    return blocks


def _halls(text: str, mentions: list[Mention], places: Mapping[str, EntityType]) -> list[Mention]:
    out = mentions
    for found in _HALL.finditer(text):
        own, town = found.group("own"), found.group("town")
        # "Casa da Música", "Palau de la Música": the kind with its art is the hall's own name
        named = found.group("music") is not None or (own is not None and own.strip() not in _FIELD)
        if town is not None and town not in places:
            continue
        if _opens_sentence(text, found.start()):
            # a hall that opens a sentence acts ("El Teatro Real presentó ..."): the tagger's type,
            # but a hall with a name of its own and its town is the body and the town apart
            if named and town is not None and own is not None and own.strip() not in _CITY_HALL:
                out = claimed_spans(
                    text, out, [(found.start(), found.start("of") - 1)], "ORG", ACTING_MODEL, 0.75, blocks=_never
                )
                out = claimed_spans(text, out, [found.span("town")], "LOC", MODEL, 0.75, blocks=_never)
            continue
        if own is not None and own.strip() in _CITY_HALL:
            spans = [found.span()]  # "Auditorio Ciudad de León": the town is in the hall's name
        elif named and town is not None:
            spans = [(found.start(), found.start("of") - 1), found.span("town")]
        elif named or town is not None:
            spans = [found.span()]  # "Auditorio de Galicia": a kind with its place is one name
        else:
            continue
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.75, blocks=_blocks_hall(found.start(), found.end()))
    return out


def _blocks_hall(lo: int, hi: int) -> Blocks:
    """A hall gives way to a longer name that starts before it, unless that name is a run-on
    of the tagger ("Teatro X de A y el Auditorio de B" is read whole)."""

    def blocks(m: Mention, start: int, end: int) -> bool:
        return m.start < lo and not m.text.startswith(("de ", "del "))

    return blocks


def _schools(text: str, mentions: list[Mention], places: Mapping[str, EntityType]) -> list[Mention]:
    out = mentions
    for found in _SCHOOL.finditer(text):
        town = found.group("town")
        if town not in places or found.group("own") in _FIELD:
            continue
        if not any(m.start <= found.start() and m.end >= found.end() for m in out):
            continue  # only a school the models read whole with its town is split
        out = claimed_spans(text, out, [(found.start(), found.end("own"))], "ORG", MODEL, 0.8, blocks=_never)
        out = claimed_spans(text, out, [found.span("town")], "LOC", MODEL, 0.8)
    return out


def _composers(text: str, mentions: list[Mention], places: Mapping[str, EntityType]) -> list[Mention]:
    out = mentions
    for found in _WORK.finditer(text):
        name = found.group("name")
        if name in places or zipf(name.lower(), "es") >= _COMMON:
            continue  # "Concierto de Aranjuez", "Misa de Gallo": a place or a word names the work
        start, end = found.span("name")
        # the work's own span typed a body gives way to the composer
        out = [m for m in out if not (m.type != "PER" and m.start < end and start < m.end and m.start < start)]
        out = claimed_spans(text, out, [(start, end)], "PER", MODEL, 0.75)
    return out


def _routes(text: str, mentions: list[Mention], places: Mapping[str, EntityType]) -> list[Mention]:
    out = mentions
    for found in _ROUTE.finditer(text):
        if found.group("a") not in places or found.group("b") not in places:
            continue
        hit = [m for m in out if m.start == found.start() and m.end == found.end()]
        if not hit:
            continue
        out = claimed_spans(text, out, [found.span("a"), found.span("b")], "LOC", MODEL, 0.8, blocks=_never)
    return out


def _never(m: Mention, start: int, end: int) -> bool:
    return False


def _opens_sentence(text: str, start: int) -> bool:
    """`start` opens a sentence, or only the article "El"/"La" stands before it there."""
    if start == 0 or starts_sentence(text, start) or _after_dateline(text, start):
        return True
    for article in ("El ", "La "):
        at = start - len(article)
        if at < 0 or not text.startswith(article, at):
            continue
        if at == 0 or starts_sentence(text, at) or _after_dateline(text, at):
            return True
    return False


def _after_dateline(text: str, start: int) -> bool:
    """`start` follows a dateline's dash ("Linares (Jaén) – El Teatro ..."), which opens the story."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    return head.endswith(("– ", "— ")) and len(head) < 60
