"""Names whose own shape says what they are, whatever a tagger typed them.

- Places: an English street ("Ilford Lane": read as a person), "the Channel", an English
  county ("Leicestershire", "North West Leicestershire"), a place opening with
  a landscape or fortification word ("Castle Donington", "Fort William": taggers read a person),
  a German station ("Würzburg Hauptbahnhof", "Rangierbahnhof Maschen": read as a body), a Polish
  town with its "Dolna"/"Górna" half ("Mszanę Dolną": read as a person; not "Wielki" nor
  "Mały", which are also surnames and epithets: "Kazimierza Wielkiego"); a national or nature
  park ("Parque Nacional de Doñana": read as its managing body).
- Bodies: an English police force or fire service by its area ("Kent Police"); a region's
  government named "Regione"/"Région"/"Region" + the region ("Regione
  Toscana", "Région Hauts-de-France"), which taggers type a place or cut to the region.
- No name: "République" of "procureur de la République", "Repubblica" of "presidente della
  Repubblica": part of an office's title.
- People: a suspect written with a surname's initial keeps its full stop ("Stanisław W."), as
  the press writes it.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention

MODEL = "name-shape"

_COMPASS = r"(?:(?:North|South|East|West|Mid)(?:\s+(?:East|West))?\s+)?"
_COUNTY = re.compile(rf"\b{_COMPASS}[A-Z][a-z]{{2,}}shire\b")
_PLACE_FIRST = frozenset({"Castle", "Fort", "Port", "Mount", "Lake", "Glen", "Cape", "Loch", "Point"})
_STATION = re.compile(r"(?i)bahnhof\b")
# A national or nature park is a place, whatever body manages it ("Parque Nacional de Doñana")
_PARK = re.compile(
    r"^(?:Parque (?:Nacional|Natural)|Parc (?:national|naturel|National)|Parco (?:nazionale|naturale|Nazionale)|"
    r"Park(?:u|iem)? (?:Narodow|Krajobrazow)\w*|National(?:park|parks|parku)|Naturpark)\b|\bNational Park$"
)
# ... and a body where it gives a view: "le Parc national de la Vanoise a émis un avis", "according
# to the Peak District National Park".
_ACTS_AFTER = re.compile(
    r"\s*(?:,[^,]{1,60},\s*)?(?:a|avait|ont|annonce|estime|rappelle|demande|has|had|said|says|warned|"
    r"hat|hatte|teilte|warnt|ha|había|anunció|advierte|aveva|annuncia|chiede|zapowiada|ogłosił)\b"
)
_ACTS_BEFORE = re.compile(r"(?i)(?:selon|según|secondo|according to|laut|zdaniem)\s+(?:le|el|il|the|l['’])?\s*$")
_POLISH_HALVES = re.compile(
    r"\s(?:Doln|Górn|Średni)(?:a|ą|ej|y|ym|e|ego|iej|ie)$|\s(?:Zdrój|Zdroju|Zdrojem|Wielkopolski|Mazowiecki|Śląski)$"
)
_REGION_BODY = re.compile(r"\b(?:Regione|Région|Region)\s+(?P<name>[A-Z][\w'-]+(?:[\s-][A-Z][\w'-]+)*)")
_OFFICE_OF_REPUBLIC = re.compile(
    r"(?i:procureure?|président|présidente|presidente|procuratore|procura|capo)\s+(?:de\s+la|della)\s+"
)
_ENGLISH_PLACE_END = re.compile(
    r"\s(?:Lane|Road|Street|Avenue|Drive|Terrace|Crescent"
    # a suburb's hall or centre, a place where people shelter or meet ("Petone Community Hall")
    r"|Community Hall|Village Hall|Memorial Hall|Community Centre|Civic Centre|Leisure Centre|Sports Centre)$"
)
_ENGLISH_FORCE = re.compile(
    r"(?:[A-Z][\w'-]+\s(?:and\s)?){1,3}(?:Police|Constabulary|Police\sService|Fire\sand\sRescue\sService)"
)
# (Not a Cyrillic vowel: "Ван И." is Wang Yi at a sentence's end.)
_INITIAL_END = re.compile(r"\s[A-ZБВГҐДЖЗЙКЛМНПРСТФХЦЧШЩŁŚŻŹĆ]$")


def _retype(m: Mention, etype: EntityType) -> Mention:
    return Mention(m.start, m.end, m.text, etype, model=MODEL, confidence=0.8)


def places_by_shape(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the places above typed LOC, and English counties added where untagged."""
    out: list[Mention] = []
    for m in mentions:
        first = m.text.split(" ", 1)[0]
        if m.type != "LOC" and (
            (m.type == "PER" and first in _PLACE_FIRST and " " in m.text and language == "en")
            or (language == "de" and _STATION.search(m.text) is not None)
            or (m.type == "PER" and language == "pl" and _POLISH_HALVES.search(m.text) is not None)
            or (_COUNTY.fullmatch(m.text) is not None)
        ):
            out.append(_retype(m, "LOC"))
        elif _PARK.search(m.text) is not None:
            kind: EntityType = "ORG" if _park_acts(text, m) else "LOC"
            out.append(m if m.type == kind else _retype(m, kind))
        elif language == "en" and m.type != "LOC" and _ENGLISH_PLACE_END.search(m.text) is not None:
            out.append(_retype(m, "LOC"))  # "Ilford Lane" read as a person
        elif language == "en" and m.type != "LOC" and m.text == "Channel" and text[m.start - 4 : m.start] == "the ":
            out.append(_retype(m, "LOC"))  # "across the Channel": the sea
        elif language == "en" and m.type != "ORG" and _ENGLISH_FORCE.fullmatch(m.text) is not None:
            out.append(_retype(m, "ORG"))  # "Kent Police" read as a person
        else:
            out.append(m)
    if language == "de":
        out = _german_compass_regions(text, out)
    if "shire" in text:
        for found in _COUNTY.finditer(text):
            s, e = found.span()
            inside = [m for m in out if m.start < e and s < m.end]
            if not inside:
                out.append(Mention(s, e, found.group(), "LOC", model=MODEL, confidence=0.8))
            elif all(s <= m.start and m.end <= e for m in inside) and any(m.end - m.start < e - s for m in inside):
                out = [m for m in out if m not in inside]  # "Leicestershire" of "North West Leicestershire"
                out.append(Mention(s, e, found.group(), "LOC", model=MODEL, confidence=0.8))
    return sorted(out, key=lambda m: (m.start, m.end))


def _park_acts(text: str, m: Mention) -> bool:
    return (
        _ACTS_AFTER.match(text, m.end) is not None
        or _ACTS_BEFORE.search(text, max(0, m.start - 24), m.start) is not None
    )


# A German region or town with a compass or height prefix written as one word: "Nordhessen",
# "Ostwestfalen", "Oberbayern", "Mittelfranken" (rarely in a gazetteer, rarely tagged).
_GERMAN_COMPASS = re.compile(
    r"(?<![\w-])(?P<prefix>Nord|Süd|Ost|West|Mittel|Ober|Unter|Nieder)(?P<rest>[a-zäöü]\w{3,})\b"
)


def _german_compass_regions(text: str, mentions: list[Mention]) -> list[Mention]:
    from storywire.stages.ner.missed_places import known_places  # (that module imports the gazetteer's users)

    places = known_places("de")
    out = mentions
    for found in _GERMAN_COMPASS.finditer(text):
        rest = found["rest"]
        if rest[:1].upper() + rest[1:] not in places:
            continue
        s, e = found.span()
        inside = [m for m in out if m.start < e and s < m.end]
        if inside and any((m.start, m.end) != (s, e) for m in inside):
            continue  # part of a longer name ("Nordhessen Holding AG")
        for m in inside:
            m.type, m.model = "LOC", MODEL
        if not inside:
            out = [*out, Mention(s, e, found.group(), "LOC", model=MODEL, confidence=0.8)]
    return out


def regions_as_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each capitalised "Regione X" one ORG, the region's tagged name inside it
    giving way; a person right after it ("Regione Toscana Lorenzo Baldacci") is left alone."""
    if "Regi" not in text and "Régi" not in text:
        return mentions
    out = list(mentions)
    for found in _REGION_BODY.finditer(text):
        s = found.start()
        name_start = found.start("name")
        inside = [m for m in out if m.start < found.end() and s < m.end]
        region = [m for m in inside if m.type in ("LOC", "ORG", "MISC") and m.start >= s]
        if not region or any(m.type == "PER" or m.start < s for m in inside):
            continue
        e = max(m.end for m in region if m.start <= name_start + 1 or m.start == s)
        if e <= name_start:
            continue
        out = [m for m in out if m not in region or m.start >= e]
        out.append(Mention(s, e, text[s:e], "ORG", model=MODEL, confidence=0.8))
    return sorted(out, key=lambda m: (m.start, m.end))


def initials_with_stops(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a person ending in a surname's initial taking its full stop."""
    out: list[Mention] = []
    for m in mentions:
        if m.type == "PER" and _INITIAL_END.search(m.text) and text[m.end : m.end + 1] == ".":
            m = Mention(m.start, m.end + 1, text[m.start : m.end + 1], "PER", model=m.model, confidence=m.confidence)
        out.append(m)
    return out


def without_offices_republic(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without a lone "République"/"Repubblica" that ends an office's title."""
    if "publi" not in text:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.text in ("République", "Repubblica")
            and (found := _OFFICE_OF_REPUBLIC.search(text, max(0, m.start - 40), m.start)) is not None
            and found.end() == m.start
        )
    ]
