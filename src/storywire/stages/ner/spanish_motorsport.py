"""Spanish motorsport and road-incident news by its kinds of name (round 27):

* a circuit is a place ("el Circuito de Navarra", "Circuito del Jarama"), however the tagger
  types it;
* a team run into the driver after it through a lower-case word ("el Equipo X Racing del vasco
  Ana Gil", "el Rally4 de Ana Gil"): the team (a car model with digits is no name) and the
  driver, a person;
* a hospital after the lower-case "hospital" and before its town ("hospital Reina Sofía de
  Tudela"): the hospital's name, a body, and the town, a place;
* the security forces joined in one span ("Agentes de la Guardia Civil y de la Policía
  Foral"): each force alone (real bodies, a list);
* a street with its town ("calle Mayor de Tafalla", "plaza de San Juan de Olite"): the street
  and the town, two places, where the town is known or named alone elsewhere in the article
  (a street named after a person keeps its "de": "calle Pedro de Valdivia");
* races and championships ("Rallye X", "Campeonato de X") are events, no names;
* car models ("Škoda Fabia RS Rally2", "Peugeot 208 Rally4") are no names, nor the makes in them;
* the vehicle inspection ("la ITV", "talleres e ITV") is a scheme, no body, in news of cars
  (round 39), and an inspection station with its town ("estación de ITV de Alagón") is the town:
  the tagger reads the station as a place with its kind word and the scheme as a firm.

Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.missed_places import known_places

MODEL = "spanish-motorsport"
_STREET_WORDS = frozenset(
    {"Mayor", "Real", "Nueva", "Nuevo", "Ancha", "Larga", "Alta", "Baja", "Vieja", "Viejo", "Constitución", "España"}
)
_CAP = r"[A-ZÁÉÍÓÚÑÜ][\w'’-]+"
_CIRCUIT = re.compile(
    rf"(?<![\w-])(?:Circuito|Autódromo|Circuit) +(?:de +|del +|de +la +|de +los +)?{_CAP}(?:[ -]+{_CAP})*"
)
# "X Motorsport del vasco Unai Gil", "Rally4 de Ana Gil": a lower-case word or a model code
# between a team and a driver.
_TEAM_AND_DRIVER = re.compile(
    rf"^(?P<team>.+?) +(?:del|de +la|de) +(?P<word>[a-záéíóúñ]+ +)?(?P<driver>{_CAP} +{_CAP}(?: +{_CAP})?)$"
)
_MODEL_CODE = re.compile(r"(?:^|\s)(?:Rally\d|R\d|WRC\d?|GT\d|N\d)(?:\s|$)|\d")
_HOSPITAL = re.compile(r"(?<![\w-])(?:hospital|clínica|policlínica) +$")
_SEAT = re.compile(rf" +de +(?P<town>{_CAP}(?: +{_CAP})?)$")
_FORCES = (
    "Guardia Civil", "Policía Nacional", "Policía Foral", "Policía Local", "Policía Municipal",
    "Ertzaintza", "Mossos d'Esquadra", "Guardia Urbana", "Policía Canaria",
)  # fmt: skip
# Races and championships (as the guidelines say, events are not labelled).
_EVENT = re.compile(r"(?:Rallysprint|Rallye?|Campeonato|Trofeo|Subida|Gran Premio) ")
_STREET_AND_TOWN = re.compile(
    rf"^(?P<street>(?:calle|plaza|avenida|paseo|travesía|ronda) +(?:de +(?:la +|los +|las +)?|del +)?"
    rf"{_CAP}(?: +{_CAP})*) +de +(?P<town>(?:(?:Los|Las|La|El) +)?{_CAP})$"
)
_SAINTS = ("San", "Santa", "Santo")
_ITV_STATION = re.compile(
    rf"(?<![\w-])(?:estaci(?:ón|ones)|centro|centros) +de +(?:la +)?ITV +(?:de|en) +"
    rf"(?P<town>(?:(?:La|El|Los|Las) +)?{_CAP}(?: +de +(?:la +)?{_CAP})?)"
)
# Outside news of cars "ITV" is the British broadcaster.
_CAR_NEWS = re.compile(r"(?<![\w-])(?:vehículos?|coches?|turismos?|inspecci(?:ón|ones)|kilometraje|matrícula)(?![\w-])")
# ... only with the model's class after its number: "Radio X 99" or "Grupo X 2024" stay.
_CAR_AFTER = re.compile(r" +\d{2,4} +(?:Rally\d|R\d|GTI|WRC|Turbo)(?![\w-])")


def spanish_motorsport(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with circuits LOC, teams cut from drivers, hospitals from towns, joined forces
    split and car models dropped."""
    if language != "es":
        return mentions
    if "Circuit" in text or "Autódromo" in text:
        spans = [found.span() for found in _CIRCUIT.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8) if spans else mentions
    if "ITV" in text and _CAR_NEWS.search(text):
        mentions = _inspections(text, mentions)
    given = given_names(language)
    places = known_places(language)
    named = {m.text for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        out.extend(_cut(text, m, given, places, named))
    # A town cut from a street or a hospital ("calle Mayor de Tafalla") is the town where the
    # tagger read the same word alone as a person ("los hoteles de Tafalla").
    towns = {m.text for m in out if m.model == MODEL and m.type == "LOC" and " " not in m.text}
    for m in out:
        if m.text in towns and m.type in ("PER", "MISC"):
            m.type, m.model = "LOC", MODEL
    return sorted(out, key=lambda m: (m.start, m.end))


def _inspections(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "ITV" dropped, and an inspection station with its town cut to the town."""
    out = [m for m in mentions if m.text != "ITV"]
    for found in _ITV_STATION.finditer(text):
        s, e = found.span("town")
        # the tagger's station or town, but no name running on past the town
        inside = [m for m in out if m.start < e and found.start() < m.end]
        if any(m.end > e or m.start < found.start() for m in inside):
            continue
        out = [m for m in out if m not in inside] + [Mention(s, e, text[s:e], "LOC", MODEL, 0.8)]
    return sorted(out, key=lambda m: (m.start, m.end))


def _part(text: str, m: Mention, start: int, end: int, etype: EntityType) -> Mention:
    return Mention(m.start + start, m.start + end, text[m.start + start : m.start + end], etype, MODEL, 0.75)


def _cut(text: str, m: Mention, given: frozenset[str], places: frozenset[str], named: set[str]) -> list[Mention]:
    """`m` cut into its parts; a town counts where `places` (the gazetteer's) or `named` (the
    article's names) holds it, looked up in each rather than in their union, which copied the
    ~180,000 places for every mention."""
    if _EVENT.match(m.text):
        return []  # "Rallysprint Tierra X", "Campeonato de X de Rallyes": events are no names
    if m.type == "PER":
        return [m]
    if (
        m.type == "LOC"
        and (street := _STREET_AND_TOWN.match(m.text)) is not None
        and (street["town"] in places or street["town"] in named)
    ):
        words = street["street"].split()
        # a surname before the "de" with a town named nowhere else in the article is a person's
        # name ("calle García de Paredes"); a street's own word is not ("calle Mayor de Tafalla")
        surname = words[-1] not in _STREET_WORDS and text.count(street["town"]) < 2
        if (words[-1] not in given and not surname) or (len(words) > 2 and words[-2] in _SAINTS):
            return [
                _part(text, m, 0, street.end("street"), "LOC"),
                _part(text, m, street.start("town"), len(m.text), "LOC"),
            ]
    if _CAR_AFTER.match(text, m.end) and m.type in ("ORG", "MISC"):
        return []  # "Peugeot 208 Rally4": a model's make
    if m.type in ("ORG", "MISC") and re.search(r"(?:^|\s)(?:Rally\d|R5|WRC)$", m.text):
        return []  # "Škoda Fabia RS Rally2": a car model
    found = _TEAM_AND_DRIVER.match(m.text)
    # only through a lower-case word or from a model code: "Instituto de Salud Carlos III" stays
    if (
        found is not None
        and found["driver"].split(" ", 1)[0] in given
        and (found["word"] or _MODEL_CODE.search(found["team"]))
    ):
        driver = _part(text, m, found.start("driver"), found.end("driver"), "PER")
        team = found["team"]
        if _MODEL_CODE.search(team) or len(team.split()) < 2:
            return [driver]  # "Rally4 de Ana Gil": the car is no name
        return [_part(text, m, 0, found.end("team"), "ORG"), driver]
    if (m.type == "ORG" and " y " in m.text) or m.text.split(" ", 1)[0] in ("Agentes", "Efectivos", "Patrullas"):
        forces = [(m.text.find(f), f) for f in _FORCES if f in m.text and f != m.text]
        if forces:
            return [_part(text, m, i, i + len(f), "ORG") for i, f in sorted(forces)]
    if m.type in ("ORG", "LOC", "MISC") and _HOSPITAL.search(text, max(0, m.start - 15), m.start):
        seat = _SEAT.search(m.text)
        # "hospital X de Y": the hospital's own name never ends in "de" + a capitalised word
        if seat is not None and (seat["town"] in places or seat["town"] in named or seat.start() > 0):
            return [_part(text, m, 0, seat.start(), "ORG"), _part(text, m, seat.start("town"), len(m.text), "LOC")]
    return [m]
