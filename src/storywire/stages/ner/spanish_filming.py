"""Spanish film and television production news by its kinds of name (round 36):

* the tagger's span that runs on past a name into "en" and a lower-case phrase ("Filmin en
  primavera de 2025", "Parador de Almagro y en hoteles de Ciudad Real") ends at the name, and
  a known town in the tail cut off is a place of its own;
* a span that opens with a count and its noun before a body ("Ocho estudiantes de la
  Universidad de Sevilla") starts at the body;
* a cinema after its lower-case kind word ("el cine Avenida") is the place, where the tagger
  reads a firm;
* a broadcaster named "Canal" and a region or a name ("Canal Sur") is a body, where the tagger
  reads a person;
* a state hotel ("Parador de Almagro") is a place, as every hotel;
* a festival is no name (the guidelines: prizes, festivals and works are not labelled);
* a neighbouring town ("la vecina Villanueva") is a place, where the tagger reads a body;
* a given name, "de" and a surname ("Isabel de Quirós") typed a body is a person (a character
  or a noble), unless a lower-case kind word names a place or a school after it ("colegio
  Miguel de Cervantes").

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.missed_places import known_places

MODEL = "spanish-filming"
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü'-]*"
_RUN_ON = re.compile(r" (?:y )?en (?=[a-záéíóúñ\d])")
_COUNT_LEAD = re.compile(
    r"^(?:Dos|Tres|Cuatro|Cinco|Seis|Siete|Ocho|Nueve|Diez|Once|Doce|Quince|Veinte|Treinta|Cien|Varios|Varias|"
    r"Unos|Unas|Muchos|Muchas|Algunos|Algunas|Decenas|Cientos)(?: +[a-záéíóúñ]+){1,2}"
    r" +(?:de +la|de +los|de +las|del|de) +"
    r"(?=[A-ZÁÉÍÓÚÑ])"
)
_CINEMA = re.compile(rf"(?<![\w-])(?:cine|cines|multicines) +(?P<name>{_NAME}(?: +{_NAME})?)(?![\w-])")
_CHANNEL = re.compile(rf"(?<![\w-])Canal +(?!de\b|del\b){_NAME}(?![\w-])")
_NEIGHBOUR = re.compile(rf"(?<![\w-])(?:la|el) +(?:vecina|vecino) +(?P<name>{_NAME}(?: +{_NAME})?)(?![\w-])")
_PARADOR = re.compile(rf"(?<![\w-])Parador(?: +Nacional)? +de +{_NAME}(?: +{_NAME})?(?![\w-])")
# a school, a street or a prize named after a person is no person ("colegio Miguel de Cervantes")
_NAMED_AFTER = re.compile(
    r"(?:colegio|instituto|escuela|liceo|premio|fundación|centro|hospital|calle|plaza|avenida|paseo|teatro|"
    r"auditorio|estadio|pabellón|parque|barrio|museo|aeropuerto|residencia|biblioteca|cátedra|buque|barco) +$"
)
_DE_SURNAME = re.compile(rf"^(?P<given>{_NAME}) +de +{_NAME}")
# given names that are also a place's kind word: "Mar de Tasmania", "Sierra de Gredos" are no people
_PLACE_KINDS = frozenset({"Mar", "Sierra", "Monte", "Río", "Costa", "Puerto", "Valle", "Isla", "Cabo", "Lago", "Playa"})


def spanish_filming(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with run-on and counted spans cut, cinemas, channels, neighbouring towns and
    given names with "de" typed, and festivals dropped, as the module's docstring says."""
    if language != "es":
        return mentions
    out: list[Mention] = []
    places = known_places("es")
    for m in mentions:
        if m.text.startswith("Festival "):
            continue
        cut = _cut(m)
        out.append(cut)
        # a known town in the cut tail is a place of its own ("... y en hoteles de Cáceres")
        for f in re.finditer(rf"(?<![\w-]){_NAME}", text[cut.end : m.end]):
            if f.group() in places:
                s, e = cut.end + f.start(), cut.end + f.end()
                out.append(Mention(s, e, text[s:e], "LOC", MODEL, 0.75))
    if "Parador" in text:
        # a state hotel is a place always, as every hotel (the guidelines, session 27)
        out = claimed_spans(text, out, [f.span() for f in _PARADOR.finditer(text)], "LOC", MODEL, 0.8)
    if "cine" in text:
        out = claimed_spans(text, out, [f.span("name") for f in _CINEMA.finditer(text)], "LOC", MODEL, 0.8)
    if "Canal " in text:
        out = claimed_spans(text, out, [f.span() for f in _CHANNEL.finditer(text)], "ORG", MODEL, 0.8)
    if "vecin" in text:
        spans = [f.span("name") for f in _NEIGHBOUR.finditer(text)]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.75)
    given = given_names("es")
    for m in out:
        found = _DE_SURNAME.match(m.text)
        if (
            m.type == "ORG"
            and found
            and found.end() == len(m.text)
            and found["given"] in given
            and found["given"] not in _PLACE_KINDS
            and not _NAMED_AFTER.search(text, max(0, m.start - 20), m.start)
        ):
            m.type, m.model = "PER", MODEL
    return out


def _cut(m: Mention) -> Mention:
    """The tagger's span without its run-on tail or its leading count."""
    if not (m.model.startswith("neural") or m.model == "body-noun") or m.type == "PER":
        return m
    run_on = _RUN_ON.search(m.text)
    if run_on and run_on.start() > 0:
        # the name ends before the comma that led into the phrase ("Ministerio X, en nombre de ...")
        kept = m.text[: run_on.start()].rstrip(" ,;:")
        m = Mention(m.start, m.start + len(kept), kept, m.type, m.model, m.confidence)
    lead = _COUNT_LEAD.match(m.text)
    if lead:
        m = Mention(m.start + lead.end(), m.end, m.text[lead.end() :], m.type, m.model, m.confidence)
    return m
