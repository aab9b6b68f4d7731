"""Italian news of libraries, archives and their guardians (round 32), by kind of name:

* a state archive with its town ("Archivio di Stato di Firenze") is one body, as the
  ministry's local office it is; a library named by lower-case adjectives and its town or
  region ("Biblioteca nazionale centrale di Roma", "Biblioteca centrale della Regione
  siciliana") is one body: the tagger stops at the first lower-case word;
* a carabinieri unit spelt in capitals ("Nucleo Carabinieri Tutela Patrimonio Culturale di
  Bari", "Comando Carabinieri Tutela Ambientale") is one body;
* a regional department by its portfolio ("Assessorato regionale dei Beni culturali e
  dell'Identità siciliana", "Assessorato alla Sanità") is one body, lower-case adjectives
  of the portfolio included;
* a college or convent named by its religious order ("Collegio Massimo dei Gesuiti",
  "Convento dei Cappuccini") is a building, a place: the tagger reads "Collegio Massimo" as a
  person;
* a surname with its particle ("Salvatore Lo Verde", later "Lo Verde") keeps the particle
  when the article names the person in full.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "italian-archives"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
# Lower-case adjectives a library's, an archive's or a portfolio's name carries.
_ADJ = (
    r"(?:nazionale|centrale|civica|comunale|regionale|provinciale|universitaria|statale|storic[ao]|"
    r"pubblica|popolare|diocesana|capitolare|culturali|ambientali|sociali|produttive|agricole|"
    r"siciliana|sarda|friulana|valdostana|trentina|pubblic[ai]|sanitari[ae]|territoriale|locali)"
)
_TOWN = rf"{_CAP}(?: +{_CAP})?"
_STATE_ARCHIVE = re.compile(rf"(?<![\w-])Archivio +di +Stato +di +{_TOWN}")
_LIBRARY = re.compile(
    rf"(?<![\w-])(?:Biblioteca|Emeroteca|Mediateca)(?: +{_ADJ}){{1,3}}"
    rf" +(?:della +Regione +{_ADJ}|di +{_TOWN})"
)
_CARABINIERI = re.compile(
    rf"(?<![\w-])(?:Nucleo|Comando|Reparto) +Carabinieri(?: +(?:per +(?:la +|il +)?)?{_CAP}){{1,4}}"
    rf"(?: +di +{_TOWN})?"
)
_PORTFOLIO_LINK = r"(?:al|alla|alle|ai|agli|allo|all['’]|del|della|delle|dei|degli|dello|dell['’])"
_DEPARTMENT = re.compile(
    rf"(?<![\w-])Assessorato(?: +regionale)? +{_PORTFOLIO_LINK} *{_CAP}(?: +{_ADJ})?"
    rf"(?:(?:,| +e) +{_PORTFOLIO_LINK} *{_CAP}(?: +{_ADJ})?){{0,3}}"
)
_ORDERS = r"(?:Gesuiti|Scolopi|Barnabiti|Cappuccini|Domenicani|Francescani|Teatini|Filippini|Carmelitani|Benedettini)"
_ORDER_HOUSE = re.compile(
    rf"(?<![\w-])(?:Collegio|Convento|Noviziato|Casa +Professa)(?: +{_CAP})? +(?:dei|degli) +{_ORDERS}(?![\w-])"
)
_PARTICLE_NAME = re.compile(rf"(?<![\w-]){_CAP} +(?P<name>(?:Lo|La|Li|Di|De|Del|Dal|Della) +{_CAP})(?![\w-])")


def italian_archives(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with state archives, libraries, carabinieri units and regional departments
    one ORG, order houses LOC, a surname's particle kept (see the module's docstring)."""
    if language != "it":
        return mentions
    orgs: list[tuple[int, int]] = []
    if "Archivio" in text:
        orgs.extend(found.span() for found in _STATE_ARCHIVE.finditer(text))
    if "Biblioteca" in text or "teca" in text:
        orgs.extend(found.span() for found in _LIBRARY.finditer(text))
    if "Carabinieri" in text:
        orgs.extend(found.span() for found in _CARABINIERI.finditer(text))
    if "Assessorato" in text:
        orgs.extend(found.span() for found in _DEPARTMENT.finditer(text))
    out = claimed_spans(text, mentions, sorted(orgs), "ORG", MODEL, 0.8) if orgs else mentions
    if "Collegio" in text or "Convento" in text or "Noviziato" in text or "Casa Professa" in text:
        houses = [found.span() for found in _ORDER_HOUSE.finditer(text)]
        out = claimed_spans(text, out, houses, "LOC", MODEL, 0.8)
    return _particles(text, out)


def _particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """A later bare surname ("Verde") after the full name with its particle ("Lo Verde")."""
    people = [m for m in mentions if m.type == "PER" and " " in m.text]
    particled = {found["name"] for m in people if (found := _PARTICLE_NAME.fullmatch(m.text)) is not None}
    if not particled:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        for name in particled:
            particle = name[: -len(m.text)]
            start = m.start - len(particle)
            if m.type == "PER" and name.endswith(" " + m.text) and start >= 0 and text[start : m.end] == name:
                m = Mention(start, m.end, name, "PER", MODEL, m.confidence)
                break
        out.append(m)
    return out
