"""Italian parks, greenways, park authorities and sports clubs by their kinds of name (round 33):

* a greenway named with its capitalised kind word is one place ("Ciclovia del Sole", "Greenway
  dell'Adda"): the rules read the kind word alone as a name and the river apart;
* a park named with its capitalised kind word and a lower-case adjective ("Parco naturale delle
  Alpi Marittime", "Parco fluviale del Ticino") is one place, where the rules stop at "Parco";
* a park authority ("Ente di gestione del Parco fluviale del Ticino", "Ente di gestione delle
  Aree protette dell'Ossola") is one body with the park it runs, where the rules stop at
  "Ente di gestione";
* an amateur sports club with its legal acronym ("ASD Ciclistica Valtrebbia", "SSD Nuoto Riva")
  is one body: the acronym belongs to the name, and the rules read the rest as a person;
* a rail line named by its end towns gives each town ("la ferrovia Asti-Chivasso");
* a contractor's name runs over every capitalised word before its legal form ("alla Impianti
  Elettrici Val Seriana S.r.l."), where the rules stop at a place word inside it ("Val");
* a sentence's opening "Da" before a town the article names ("Da Bormio si sale ...") is the
  preposition, not a surname's particle: the town alone is the place;
* a firm's seat after its legal form and "di" is the whole capitalised town ("S.r.l. di Castel
  San Pietro"), where the rules stop at the first word;
* a single word left untyped (MISC) that the article types a place elsewhere is the place ("il
  ponte di Villanova" beside "a Villanova").

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.romance_sport import line_towns
from storywire.stages.ner.span_words import starts_sentence

MODEL = "italian-parks"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]*[\w’']"
_OF = r"(?:del|della|dello|dei|degli|delle|dell['’]|di)"
# the named part after the particle: "Sole", "Alpi Marittime", "Gran Paradiso"
_NAMED = rf"(?:{_OF} *)?{_NAME}(?: +{_NAME}){{0,2}}"
_GREENWAY = re.compile(
    rf"(?<![\w-])(?:Ciclovia|Greenway|Ciclopista|Pista +ciclabile|Via +Verde) +{_OF} *{_NAME}(?: +{_NAME}){{0,2}}"
)
# the adjectives that name a park's kind ("fluviale", "naturale regionale")
_PARK_KIND = r"(?:fluviale|naturale|regionale|nazionale|provinciale|archeologico|geominerario|interregionale)"
_PARK = rf"Parc[oh]i? +{_PARK_KIND}(?: +{_PARK_KIND})? +{_OF} *{_NAME}(?: +{_NAME}){{0,2}}"
_PARK_RE = re.compile(rf"(?<![\w-]){_PARK}")
_AUTHORITY = re.compile(
    rf"(?<![\w-])Ente +(?:di +gestione|parco) +{_OF} *(?:{_PARK}|(?:Parc[oh]i?|Aree +protette|Riserv[ae]"
    rf"(?: +naturali)?|Area +protetta) +{_NAMED})"
)
_CLUB = re.compile(r"(?<![\w.-])(?:A\.S\.D\.|S\.S\.D\.|ASD|SSD|ASDC|Asd|Ssd) +" + rf"{_NAME}(?: +{_NAME}){{0,3}}")
# a capitalised word before a firm's name after a lower-case word ("alla Costruzioni Edili ...")
_FORMS = (" S.r.l.", " Srl", " S.p.A.", " SpA", " s.r.l.", " S.n.c.", " S.a.s.")
_WORDS_BEFORE = re.compile(rf"(?<=[a-zà-ù] )(?:{_NAME} +){{1,3}}$")
_LINE = re.compile(rf"(?<![\w-])(?:ferrovia|linea|tratta|treno|treni|collegamento) +(?P<a>{_NAME})-(?P<b>{_NAME})")


def italian_parks(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with greenways and parks as places, park authorities and clubs as bodies."""
    if language != "it":
        return mentions
    out = mentions
    authorities: list[tuple[int, int]] = []
    if "Ente " in text:
        authorities = [found.span() for found in _AUTHORITY.finditer(text)]
        out = claimed_spans(text, out, authorities, "ORG", MODEL, 0.8)
    places: list[tuple[int, int]] = []
    if "Parc" in text:
        places.extend(found.span() for found in _PARK_RE.finditer(text))
    if "Cicl" in text or "Greenway" in text or "Via Verde" in text:
        places.extend(found.span() for found in _GREENWAY.finditer(text))
    # a park inside its authority's name is not labelled apart
    places = [p for p in places if not any(a[0] <= p[0] and p[1] <= a[1] for a in authorities)]
    out = claimed_spans(text, out, sorted(places), "LOC", MODEL, 0.8)
    if "SD" in text or "Asd" in text or "Ssd" in text:
        out = claimed_spans(text, out, [found.span() for found in _CLUB.finditer(text)], "ORG", MODEL, 0.8)
    if "-" in text:
        out = line_towns(text, out, _LINE, MODEL)
    if any(form in text for form in _FORMS):
        out = _whole_firms(text, out)
    if "Da " in text:
        _from_towns(text, out)
    if any(form in text for form in _FORMS):
        _seat_towns(text, out)
    _untyped_places(text, out)
    return out


_SEAT = re.compile(rf"(?:S\.r\.l\.|Srl|S\.p\.A\.|SpA|s\.r\.l\.) +di +({_NAME}(?: +{_NAME}){{1,2}})")


def _seat_towns(text: str, mentions: list[Mention]) -> None:
    """A place covering the first words of the town after a firm's form grows to the whole town."""
    for found in _SEAT.finditer(text):
        start, end = found.span(1)
        inside = [m for m in mentions if start <= m.start < end]
        if len(inside) == 1 and inside[0].start == start and inside[0].type == "LOC" and inside[0].end < end:
            m = inside[0]
            m.end, m.text, m.model = end, text[start:end], MODEL


def _untyped_places(text: str, mentions: list[Mention]) -> None:
    """A one-word MISC mention after "di" is the place the article types LOC under the same name
    ("ponte di X"); not a brand the article once reads as a place ("Amazon")."""
    places = {m.text for m in mentions if m.type == "LOC" and " " not in m.text}
    for m in mentions:
        if m.type == "MISC" and m.text in places and _PLACE_KIND_DI.search(text, max(0, m.start - 24), m.start):
            m.type, m.model = "LOC", MODEL


# a place's kind before "di": "ponte di X", "stazione di X"; not "i regali di Amazon"
_PLACE_KIND_DI = re.compile(
    r"\b(?:ponte|porto|stazione|lago|fiume|torrente|valle|monte|castello|borgo|frazione|comune|provincia|"
    r"territorio|zona|area|centro|località|paese|città|diga|galleria|passo) di $"
)


def _from_towns(text: str, mentions: list[Mention]) -> None:
    """ "Da X" typed a person at a sentence's start, X the first word of a place named elsewhere."""
    towns = {m.text.split()[0] for m in mentions if m.type == "LOC"}
    for m in mentions:
        words = m.text.split()
        if (
            m.type == "PER"
            and len(words) == 2
            and words[0] == "Da"
            and words[1] in towns
            and starts_sentence(text, m.start)
        ):
            m.start += 3
            m.text, m.type, m.model = text[m.start : m.end], "LOC", MODEL


def _whole_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """A firm with its legal form, grown over the untagged capitalised words before it."""
    for i, m in enumerate(mentions):
        if m.type != "ORG" or not m.text.endswith(_FORMS):
            continue
        found = _WORDS_BEFORE.search(text, max(0, m.start - 60), m.start)
        if found is None or starts_sentence(text, found.start()):
            continue
        if any(o.start < m.start and o.end > found.start() for o in mentions[:i]):
            continue  # a word before is another name
        m.start = found.start()
        m.text = text[m.start : m.end]
    return mentions
