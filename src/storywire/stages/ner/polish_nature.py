"""Polish environment news: national parks, protected areas, foundations' quoted names and
bodies' addresses (whole articles only).

- A national park after a preposition or "granicy"/"terenie" is a place ("przy Magurskim
  Parku Narodowym", "w Parku Narodowym Gór Stołowych"), as the guidelines type a national park
  visited or bordered; the tagger types every "Park Narodowy" a body.  A park that speaks
  (nominative, no preposition) keeps the tagger's type.
- A Natura 2000 site gives its quoted name, a place ("obszaru Natura 2000 „Puszcza
  Notecka”" -> "Puszcza Notecka"); the tagger reads "Natura 2000 „..." as one body.
- A foundation or an association before a quoted name is one ORG with the quotes ("Fundacja
  „Dzika Polska”"), as the guidelines keep the quotes after a form; the span cleaner drops the
  closing one, and the tagger may split the form from the name.
- A body's address after "przy ul." is no part of it ("RDLP przy ul. Lipowej w Pile" ->
  "RDLP" + "ul. Lipowej" + "Pile"): the street keeps its abbreviation, the town is a place.
- A town after a lower-case "gmina" gives the town alone ("wójt gminy Lipusz" -> "Lipusz").
- An association or a society named by its kind word, adjectives and a name of its own is one
  ORG ("Stowarzyszeniem Przyrodniczym Bocian"), the tagger leaves it out; a town after "z" stays
  out (its seat, a place of its own).
- A regional or general directorate (of forests, of environmental protection) is one ORG with
  its seat after "w" ("Regionalna Dyrekcja Ochrony Środowiska w Olsztynie"); the tagger may
  miss it whole.
- A hunting club ("Koło Łowieckie „Darz Bór”", "Koło Łowieckie nr 7 „Sokół”") is one ORG with
  its quotes, as a foundation; the tagger reads "Łowieckie" as a place and the name as a body.
- A centre or shelter with a quoted name and its seat after "w" is one ORG ("Ośrodka Rehabilitacji
  Zwierząt „Bocianie Gniazdo” w Dobrzyniu"), as an office named with its town.
- A forest district after a lower-case "leśnictwo" gives its name, a place ("w leśnictwie Borek"
  -> "Borek"); a forester's name after it stays a person ("leśniczy leśnictwa Jan Nowak").
- The State Forests ("Lasy Państwowe", "Lasów Państwowych") are a body, never a place.
- A national park's name in a headline ends before the verb the tagger runs on to ("Bieszczadzki
  Park Narodowy zamyka szlaki" -> "Bieszczadzki Park Narodowy").
- A foundation's quoted name's last word, declined and alone, is the body's short name ("Fundacja
  „Dzika Polska”" ... "Polski"), not a person the tagger read.
- A waste plant named by its kind word and "Odpadów" is one name with its seat after "w"
  ("Zakład Utylizacji Odpadów w Nowinach", "Regionalnej Instalacji Przetwarzania Odpadów
  Komunalnych w X"), as a body named with its town; it is a place after a preposition (waste is
  taken "do" it, sorted "w" it) and a body elsewhere, as the guidelines type a plant where
  something happens and where it acts.  The tagger cuts the seat off as a place of its own.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "polish-nature"
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_PARK = re.compile(r"(?<!\w)Park(?:u|iem)? Narodow")
# What stands before a park that is a place: a preposition, or a border/area noun.
_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:w|we|przy|do|z|ze|od|obok|koło|na|nad|pod|wokół|za|dla|po|granicy|granicach|granic|"
    r"terenie|terenu|obszarze|obrębie|obszaru|otulinie|otuliny|sąsiedztwie)"
    rf"(?: [{_UPPER}][\w-]*(?:m|go|j))? $"
)
_NATURA = re.compile(r"Natura 2000 [„\"](?P<name>[^„”\"\n]{2,60})[”\"]")
_FORM = r"(?:Fundacj|Stowarzyszeni|Towarzystw|Spółdzielni|Federacj)\w*"
_HUNTING = r"|Koł(?:o|a|u|em) Łowieck\w+(?: nr \d+)?"
_FORM_AND_NAME = re.compile(rf"(?<![\w-])(?:{_FORM}{_HUNTING}) „[^„”\n]{{2,60}}”")
_FORM_QUOTED = re.compile(rf"^(?:(?:Fundacj|Stowarzyszeni|Towarzystw|Spółdzielni|Federacj)\w*{_HUNTING}) „[^”]+$")
# a centre or shelter with its quoted name, then its seat
_CENTRE_SEAT = re.compile(r"^(?:Ośrod|Schronisk|Azyl)\w*(?: [^„”\n]+)? „[^„”\n]+”$")
_SEAT = re.compile(rf" we? [{_UPPER}][a-ząćęłńóśźż]+(?: [{_UPPER}][a-ząćęłńóśźż]+)?(?![\w-])")
_FOREST_DISTRICT = re.compile(rf"(?<![\w-])leśnictw(?:o|a|ie|em|u) (?P<name>[{_UPPER}][a-ząćęłńóśźż-]+)(?![\w-])")
_STATE_FORESTS = re.compile(r"^(?P<name>Las(?:y|ów|om|ami|ach) Państwow\w+)(?: [a-ząćęłńóśźż]+)*$")
_PARK_VERB = re.compile(r"^(?P<name>.*Park(?:u|iem)? Narodow\w+)(?: [a-ząćęłńóśźż]+)+$")
_ADDRESS = re.compile(
    rf" przy (?P<street>(?:ul\.|ulicy|al\.|alei|pl\.|placu) [{_UPPER}][\w-]*(?: [{_UPPER}0-9][\w-]*)*)"
    rf"(?: we? (?P<town>[{_UPPER}][\w-]+(?: [{_UPPER}][\w-]+)?))?$"
)
_ASSOCIATION = re.compile(
    rf"(?<![\w-])(?:Stowarzyszeni|Towarzystw)\w* (?:[{_UPPER}]\w*(?:ym|ego|e|a|ą|ej|ie|iego|im|ich|ych|y|i) ){{1,2}}"
    rf"[{_UPPER}][a-ząćęłńóśźż-]+(?![\w-])"
)
_QUOTED_LAST = re.compile(r"„(?:[^„”\n]* )?(?P<last>[^„”\s]{5,})”$")
# A regional directorate of forests or of environmental protection, with its seat: one ORG.
_DIRECTORATE = re.compile(
    rf"(?<![\w-])(?:Regionaln|Generaln|Okręgow|Wojewódzk)\w* (?:Dyrekcj|Inspektorat|Zarząd)\w*"
    rf"(?: [{_UPPER}][a-ząćęłńóśźż]+){{1,3}}(?: i [{_UPPER}][a-ząćęłńóśźż]+)?"
    rf"(?: we? [{_UPPER}][a-ząćęłńóśźż]+)?(?![\w-])"
)
_WASTE_PLANT = re.compile(
    rf"(?<![\w-])(?:Regionaln\w+ )?(?:Zakład|Instalacj|Składowisk|Sortowni|Kompostowni|Spalarni)\w* "
    rf"(?:[{_UPPER}][a-ząćęłńóśźż]+ ){{0,3}}Odpad(?:ów|ami|y)(?: [{_UPPER}][a-ząćęłńóśźż]+){{0,2}}"
    rf"(?: we? [{_UPPER}][a-ząćęłńóśźż]+(?:[ -][{_UPPER}][a-ząćęłńóśźż]+)?)?(?![\w-])"
)
_GMINA = re.compile(rf"^gmin(?:a|y|ie|ę|ą) (?=[{_UPPER}])")


def polish_nature(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above retyped, trimmed, split or added."""
    if language != "pl":
        return mentions
    if "Narodow" in text:
        for m in mentions:
            if m.type != "LOC" and _PARK.search(m.text) and _PLACE_BEFORE.search(text, max(0, m.start - 40), m.start):
                m.type, m.model = "LOC", MODEL
    if "Natura 2000" in text:
        sites = [found.span("name") for found in _NATURA.finditer(text)]
        mentions = claimed_spans(text, mentions, sites, "LOC", MODEL, 0.8, blocks=lambda m, _, e: m.end > e + 1)
        # the network is no name of its own, as programmes are not
        mentions = [m for m in mentions if m.text != "Natura 2000"]
    if "„" in text:
        forms = [found.span() for found in _FORM_AND_NAME.finditer(text)]
        mentions = claimed_spans(text, mentions, forms, "ORG", MODEL, 0.8)
    if "leśnictw" in text:
        districts = [
            d.span("name") for d in _FOREST_DISTRICT.finditer(text) if not _person_at(mentions, d.start("name"))
        ]
        mentions = claimed_spans(text, mentions, districts, "LOC", MODEL, 0.75)
    if "Stowarzysz" in text or "Towarzyst" in text:
        societies = [found.span() for found in _ASSOCIATION.finditer(text)]
        mentions = claimed_spans(text, mentions, societies, "ORG", MODEL, 0.75)
    if "Dyrekcj" in text or "Inspektorat" in text or "Zarząd" in text:
        directorates = [found.span() for found in _DIRECTORATE.finditer(text)]
        mentions = claimed_spans(text, mentions, directorates, "ORG", MODEL, 0.75)
    if "Odpad" in text:
        mentions = _waste_plants(text, mentions)
    out: list[Mention] = []
    for m in mentions:
        if m.type == "ORG" and "„" in m.text and _FORM_QUOTED.match(m.text) and text[m.end : m.end + 1] == "”":
            m = Mention(m.start, m.end + 1, text[m.start : m.end + 1], m.type, m.model, m.confidence)
        # the span cleaner may have left the closing quote out
        closed = m.end + 1 if text[m.end : m.end + 1] == "”" and "„" in m.text else m.end
        if m.type == "ORG" and _CENTRE_SEAT.match(text[m.start : closed]):
            seat = _SEAT.match(text, closed)
            if seat is not None:
                m = Mention(m.start, seat.end(), text[m.start : seat.end()], "ORG", MODEL, m.confidence)
        if forests := _STATE_FORESTS.match(m.text):  # a word the tagger ran on to is left out
            m = Mention(m.start, m.start + forests.end("name"), forests.group("name"), "ORG", MODEL, m.confidence)
        if m.type == "ORG" and (park := _PARK_VERB.match(m.text)):
            m = Mention(m.start, m.start + park.end("name"), park.group("name"), m.type, MODEL, m.confidence)
        if m.type == "ORG" and " przy " in m.text and (address := _ADDRESS.search(m.text)):
            out.extend(_split_address(text, m, address))
            continue
        if m.type == "LOC" and (gmina := _GMINA.match(m.text)):
            m = Mention(m.start + gmina.end(), m.end, m.text[gmina.end() :], m.type, MODEL, m.confidence)
        out.append(m)
    out = _drop_inside(out)
    return _short_names(out) if "„" in text else out


def _waste_plants(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each waste plant one name with its seat: a place after a preposition, else a body."""
    for found in _WASTE_PLANT.finditer(text):
        place = _PLACE_BEFORE.search(text, max(0, found.start() - 40), found.start()) is not None
        mentions = claimed_spans(text, mentions, [found.span()], "LOC" if place else "ORG", MODEL, 0.75)
    return mentions


def _person_at(mentions: list[Mention], start: int) -> bool:
    return any(m.type == "PER" and m.start == start for m in mentions)


def _drop_inside(mentions: list[Mention]) -> list[Mention]:
    """Mentions a seat just joined to its body covers ("Dobrzyniu" inside "... w Dobrzyniu")."""
    joined = [m for m in mentions if m.model == MODEL and m.type == "ORG"]
    return [m for m in mentions if not any(j is not m and j.start <= m.start and m.end <= j.end for j in joined)]


def _short_names(mentions: list[Mention]) -> list[Mention]:
    """A person's one word that declines a quoted body's last word is the body's short name."""
    stems = {q["last"][:-1] for m in mentions if m.type == "ORG" and (q := _QUOTED_LAST.search(m.text))}
    for m in mentions:
        declines = any(m.text.startswith(stem) and len(m.text) - len(stem) <= 3 for stem in stems)
        if m.type == "PER" and " " not in m.text and declines:
            m.type, m.model = "ORG", MODEL
    return mentions


def _split_address(text: str, m: Mention, address: re.Match[str]) -> list[Mention]:
    """ "RDLP przy ul. Lipowej w Pile" -> the body, its street and its town."""
    parts = [Mention(m.start, m.start + address.start(), text[m.start : m.start + address.start()], "ORG", m.model)]
    for group in ("street", "town"):
        if address.group(group):
            start, end = m.start + address.start(group), m.start + address.end(group)
            parts.append(Mention(start, end, text[start:end], "LOC", MODEL, 0.75))
    return parts
