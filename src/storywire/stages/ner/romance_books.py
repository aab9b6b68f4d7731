"""Italian and Spanish news of publishers, libraries, book fairs and observatories by their
shapes (round 38): the models read a name opened by its kind word as a person ("Edizioni del
X", "Libreria X", a Polish "Wydawnictwo X") and need the kind word to see the firm; and such
news names places in ways the models read as bodies:

* a publisher, bookshop or library opened by its capitalised kind word: ORG; a library with a
  name of its own and its town ("Biblioteca X di Y") the library and the town, as halls are
  (a generic adjective, "Biblioteca Civica di Y", keeps them one);
* an exhibition centre named "X Fiere" after a locative ("negli spazi di X Fiere"): the venue
  where the fair happens, a place; its head alone elsewhere ("il X") the same place;
* a body "Associazione degli editori indipendenti": the agreeing adjective ends the name, and
  a foundation named by a list of aims ("Fondazione per il libro, la musica e la cultura");
* a town the article names as a council's territory or a mayor's ("Ayuntamiento de X",
  "alcaldesa de X", "vecinos de X"): a place wherever it stands, as is a site "a seis
  kilómetros del X" (a distance is measured to a place);
* a fair named by its kind word and its goods ("Salone del Libro"): an event, no name;
* celestial bodies ("Vía Láctea", "la Tierra" in astronomy news) and an auxiliary verb opening a
  sentence or a quote ("Hay", "Habrá", «Ho») are no names;
* a one-word mention read as a miscellany after a firm's lower-case kind word ("la casa editrice
  di X") that the article also types a place: the firm's seat, the place.

Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.consistency import TYPED_BY_CONTEXT
from storywire.stages.ner.span_words import starts_sentence

MODEL = "romance-books"
# a venue or a site a distance is measured to: a place, against the article's majority
PLACE_MODEL = "romance-place"
_LANGUAGES = frozenset({"it", "es"})
_NAME = r"[A-ZÀ-ÖØ-ÞŁŚŻŹ][\w’'-]+"
_KIND_FIRST = frozenset(
    {"Edizioni", "Editrice", "Libreria", "Librería", "Ediciones", "Editorial", "Éditions", "Wydawnictwo"}
    | {"Biblioteca", "Mediateca", "Bibliothek", "Verlag", "Verlagsgruppe", "Editora"}
)
_LIBRARY = re.compile(
    rf"^(?P<lib>(?:Biblioteca|Mediateca) +{_NAME}(?: +{_NAME})?) +(?:di|de) +(?P<town>{_NAME}(?: +{_NAME})?)$"
)
_GENERIC = re.compile(
    r"(?:Civica|Comunale|Nazionale|Centrale|Regionale|Provinciale|Universitaria|Pubblica|Statale|Municipal|"
    r"Pública|Nacional|Regional|Provincial|Central|Universitaria|Popolare|Diocesana|Capitolare|General)\b"
)
_FAIR_VENUE = re.compile(rf"^{_NAME}(?: +{_NAME})? +Fiere$")
_LOCATIVE = re.compile(
    r"(?:spazi|padiglion[ei]|presso|sede|in|a|al|allo|nel|negli|nei|dentro|davanti a|tra)(?: +(?:di|del|dell['’]))? *$"
)
_AIMS = re.compile(
    r"(?<![\w-])(?:Fondazione|Associazione|Comitato|Fundación|Asociación) per +(?:il|la|lo|l['’]|i|gli|le) *[a-zà-ù]+"
    r"(?:, +(?:il|la|lo|l['’]|i|gli|le) *[a-zà-ù]+)* +e +(?:il|la|lo|l['’]|i|gli|le) *[a-zà-ù]+(?=[,.;:])"
)
_TOWN = rf"{_NAME}(?:(?: +(?:de|del|de la|de las|de los|el|la|las|los))? +{_NAME})*"
_TERRITORY = re.compile(
    rf"(?<![\w-])(?P<cue>Ayuntamiento|Concello|Diputación Provincial|Diputación|alcalde|alcaldesa|vecinos|vecinas|"
    rf"habitantes|chavales|municipio|localidad|pedanía|término municipal) +de +(?P<town>{_TOWN})"
)
# cues after which a name the models missed is added; after the others only a typed one moves
_ADDING = frozenset({"alcalde", "alcaldesa", "vecinos", "vecinas", "habitantes", "municipio", "localidad", "pedanía"})
_DISTANCE = re.compile(
    r"\ba +(?:\d+(?:[.,]\d+)?|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|due|tre|quattro|sei|sette|"
    r"otto|nove|dieci|pochi|pocos|unos|unas|qualche) +(?:kilómetros|kilómetro|km|metros|millas|chilometri|"
    r"chilometro|metri) +(?:del|de la|de|dal|dalla|dallo|da|dall['’]) *$"
)
_SKY_WORDS = re.compile(r"asteroid|planet|telescop|estrell|stell[ae]|galaxi|galass|cometa|órbita|orbita|astronom")
_SKY = frozenset({"Vía Láctea", "Via Lattea", "Via Láctea"})
_EARTH = re.compile(r"(?:\b(?:la|a la|de la|sulla|della|alla|dalla|la nostra|nuestra)) +$")
# a fair named by its kind word and its goods ("Salone del Libro", "Feria del Mueble") is an
# event, no name, where the article speaks of a fair
_FAIR = re.compile(
    r"^(?:Salone|Salón|Fiera|Feria|Mostra|Muestra) +(?:del|della|dell['’]|dei|degli|delle|de la|de los|de las)"
    r" *[\w ]+$"
)
_FAIR_WORDS = re.compile(r"\b(?:fiera|feria|espositori|expositores|visitatori|visitantes|stand|padiglion|pabellón)")
# a firm's or a body's seat after its lower-case kind word ("la casa editrice di X"); not any
# "di X" ("i regali di Amazon", "la vigilia di Capodanno")
_SEAT = re.compile(
    r"(?:casa editrice|editore|editrice|libreria|biblioteca|azienda|ditta|società|impresa|cooperativa|comune|"
    r"provincia|città|museo|teatro|ospedale|editorial|librería|empresa|ayuntamiento) +(?:di|de) +$"
)
_AUXILIARIES = frozenset({"Hay", "Habrá", "Había", "Hubo", "Ha", "Ho", "Hanno", "Abbiamo", "Hemos", "Habían", "Avrà"})


def romance_books(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with publishers, bookshops and libraries ORG (a library split from its town),
    fair venues and towns named as a council's territory places, and celestial bodies and
    auxiliary verbs dropped."""
    if language not in _LANGUAGES:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.text in _AUXILIARIES and starts_sentence(text, m.start):
            continue
        earth = m.text in ("Tierra", "Terra") and _EARTH.search(text, max(0, m.start - 14), m.start)
        if (m.text in _SKY or earth) and _SKY_WORDS.search(text):
            continue
        if _FAIR.match(m.text) and _FAIR_WORDS.search(text):
            continue
        out.extend(_kind_first(text, m))
    out = _venues(text, out)
    out = _long_bodies(text, out)
    out = _territories(text, out, language)
    places = {m.text for m in out if m.type == "LOC"}
    for m in out:
        seat = _SEAT.search(text, max(0, m.start - 24), m.start)
        if m.type == "MISC" and " " not in m.text and m.text in places and seat:
            m.type, m.model = "LOC", MODEL  # "casa editrice di Mantova" beside "a Mantova"
    return out


def _kind_first(text: str, m: Mention) -> list[Mention]:
    """A name opened by a publisher's, bookshop's or library's kind word: the firm or library,
    and a library's town after its own name a place of its own."""
    first = m.text.split(" ", 1)[0]
    if first not in _KIND_FIRST or " " not in m.text:
        return [m]
    split = _LIBRARY.match(m.text)
    if split and not _GENERIC.match(split.group("lib").split(" ", 1)[1]):
        lib_end = m.start + split.end("lib")
        town_start = m.start + split.start("town")
        return [
            Mention(m.start, lib_end, text[m.start : lib_end], "ORG", MODEL, m.confidence),
            Mention(town_start, m.end, text[town_start : m.end], "LOC", MODEL, m.confidence),
        ]
    if m.type != "ORG":
        m.type, m.model = "ORG", MODEL
    return [m]


def _venues(text: str, mentions: list[Mention]) -> list[Mention]:
    """An exhibition centre "X Fiere" after a locative, and its head alone elsewhere: LOC."""
    heads: set[str] = set()
    for m in mentions:
        if _FAIR_VENUE.match(m.text) and _LOCATIVE.search(text, max(0, m.start - 24), m.start):
            m.type, m.model = "LOC", PLACE_MODEL
            heads.add(m.text.rsplit(" ", 1)[0])
    for m in mentions:
        if m.text in heads:
            m.type, m.model = "LOC", PLACE_MODEL  # the headline's "ha conquistato il X"
    return mentions


def _long_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """Associations ended early ("Associazione degli editori" + "indipendenti") and
    foundations named by their aims, run to their whole name."""
    for m in mentions:
        if m.type == "ORG" and m.text.startswith(("Associazione d", "Asociación d")):
            found = re.match(r" +([a-zà-ù]+)(?=[,.;:)])", text[m.end :])
            noun = m.text.rsplit(" ", 1)[-1]
            if found and noun.islower() and _agrees(noun, found.group(1)):
                m.end += found.end()
                m.text, m.model = text[m.start : m.end], MODEL
    for found in _AIMS.finditer(text):
        s, e = found.span()
        inside = [m for m in mentions if m.start < e and s < m.end]
        if inside and all(s <= m.start and m.end <= e for m in inside):
            mentions = [m for m in mentions if m not in inside]
            mentions.append(Mention(s, e, text[s:e], "ORG", MODEL, 0.8))
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _agrees(noun: str, adjective: str) -> bool:
    """A plural adjective agreeing with its plural noun ("editori indipendenti", "casas
    rurales"); a verb or an adverb after the noun does not end as the noun does."""
    if len(adjective) < 5:
        return False
    if noun.endswith("i") and adjective.endswith("i"):
        return True
    if noun.endswith("e") and adjective.endswith("e"):
        return True
    return noun.endswith("s") and adjective.endswith("s")


def _territories(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Spanish towns named as a council's or a mayor's territory, or as home of its people:
    places everywhere in the article; one missed after such a cue is added."""
    towns: set[str] = set()
    for found in _TERRITORY.finditer(text) if language == "es" else ():
        s, e = found.span("town")
        towns.add(found.group("town"))
        if found.group("cue") in _ADDING and all(m.end <= s or m.start >= e for m in mentions):
            mentions = sorted([*mentions, Mention(s, e, text[s:e], "LOC", MODEL, 0.7)], key=lambda m: (m.start, m.end))
    for m in mentions:
        if m.type == "ORG" and m.text in towns and m.model not in TYPED_BY_CONTEXT:
            # the dateline's or the headline's town typed a body; a town's club stays the club
            m.type, m.model = "LOC", MODEL
        elif m.type == "ORG" and _DISTANCE.search(text, max(0, m.start - 40), m.start):
            m.type, m.model = "LOC", PLACE_MODEL  # "a seis kilómetros del Observatorio X"
    return mentions
