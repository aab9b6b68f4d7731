"""Italian courts-and-police news by its shapes: investigative units named by a capitalised kind
word and lower-case adjectives ("Direzione distrettuale antimafia di Palermo", "Squadra mobile",
"Nucleo investigativo": one body each, the town inside as for a prosecutor's office), the
title-case acronyms of anti-mafia and police units ("la Dda", "dal Gico", "del Ros"), the crime
syndicates by their names ("'Ndrangheta", "Cosa nostra"), a clan after a lower-case "clan" or
"cosca" (an ORG by its surname, as the guidelines settle), a law firm "X & Partners" with its
town apart, and a councillor "di Rosarno Giuseppe Rossi" read as one person or body.

The rule tagger knows none of these kind words and reads the unit's head alone as a place or
nothing, the clan as a person.  Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.missed_places import known_places

MODEL = "italian-justice"
# A clan typed by its kind word, which the article-wide votes leave alone (consistency.py): the
# family's "Domenico Varanese" does not make "clan Varanese" a person.
CLAN_MODEL = "clan"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_TOWN = rf"{_NAME}(?: {_NAME}){{0,2}}"

# Units of the prosecutors and the police: a head and the adjectives that make it a unit
# ("Direzione investigativa antimafia", "Reparto operativo", "Squadra mobile di Bari").
_UNIT_ADJECTIVES = (
    "distrettuale|nazionale|investigativ[ao]|operativ[ao]|radiomobile|mobile|antimafia|antiterrorismo|"
    "antidroga|anticrimine|centrale|speciale|scientific[ao]|informativ[ao]|tributari[ao]|provinciale|ecologic[ao]"
)
_UNIT = re.compile(
    rf"(?<![\w-])(?:Direzione|Nucleo|Reparto|Squadra|Sezione|Servizio)(?: (?:e )?(?:{_UNIT_ADJECTIVES})){{1,3}}"
    rf"(?: di polizia (?:economico-finanziaria|tributaria|giudiziaria))?(?P<town> di {_TOWN})?(?![\w’'-])"
)
_UNIT_HEAD = re.compile(r"(?:Direzione|Nucleo|Reparto|Squadra|Sezione|Servizio) [a-z]")
_POLICE_WORD = re.compile(r"investigativ|operativ|mobile|anti|scientific|informativ|tributari|polizia")
# Title-case acronyms of real units ("Direzione distrettuale antimafia" -> "Dda", "Gruppo
# investigativo criminalità organizzata" -> "Gico"), after an article or a bracket: a surname
# or a sentence's first word is never one.
_ACRONYMS = "Dda|Dia|Dna|Ros|Gico|Scico|Sco|Digos|Nas|Noe|Nocs|Dcsa|Gis"
_ACRONYM = re.compile(
    r"(?:\(|(?<![\w’'-])(?:il|lo|la|i|gli|del|dello|della|dei|degli|dal|dallo|dalla|al|alla|nel|nella|col) )"
    rf"(?P<name>{_ACRONYMS})(?![\w’'-])(?! {_NAME})"
)
_ACRONYM_ALONE = re.compile(rf"\b(?:{_ACRONYMS})\b")
# Crime syndicates by their own names (real ones only); "la mafia" in lower case is no name.
_SYNDICATE = re.compile(
    r"(?<![\w’'-])(?:['’]Ndrangheta|Cosa [Nn]ostra|Camorra|Sacra [Cc]orona [Uu]nita|Stidda)(?![\w’'-])"
)
# A clan after its lower-case kind word: the surname is the ORG ("il clan dei Casalesi").
_CLAN = re.compile(rf"(?<![\w’'-])(?:clan|cosca|cosche|['’]ndrina) (?:(?:dei|degli) )?(?P<name>{_NAME}(?:-{_NAME})?)")
# A law firm by its founder and "& Partners" ("Russo & Partners di Napoli": the town apart).
_LAW_FIRM = re.compile(rf"(?<![\w-]){_NAME} & (?:Partners|Partner|Associati|Soci)(?![\w-])(?P<town> di {_TOWN})?")
# Anti-mafia network "Libera" after a word that makes it a body, never the adjective.
_LIBERA = re.compile(
    r"(?:associazione|coordinamento(?: \w+)?|presidio|volontari|referente|rete)"
    r"(?: di| dell['’]associazione)? (?P<name>Libera)(?![\w’'-])"
)


def italian_justice(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with investigative units, their acronyms, syndicates, clans and law firms one
    ORG each, and a councillor's town and name apart."""
    if language not in ("it", "es"):
        return mentions
    places = known_places(language)
    spans: list[tuple[int, int]] = []
    if "'N" in text or "’N" in text or "Cosa" in text or "Camorra" in text or "Sacra" in text or "Stidda" in text:
        spans.extend(found.span() for found in _SYNDICATE.finditer(text))
    if language != "it":
        return _whole(text, mentions, spans)
    for found in _UNIT.finditer(text) if _UNIT_HEAD.search(text) else ():
        if not _POLICE_WORD.search(found.group()):
            continue  # "Direzione nazionale" of a party: no unit
        town = found["town"]
        if town is None or town[4:] in places:
            spans.append(found.span())
        else:
            spans.append((found.start(), found.start("town")))
    if _ACRONYM_ALONE.search(text):
        spans.extend(found.span("name") for found in _ACRONYM.finditer(text))
    if "Libera" in text:
        spans.extend(found.span("name") for found in _LIBERA.finditer(text))
    out = _whole(text, mentions, spans)
    if "&" in text:
        out = _law_firms(text, out, places)
    if "clan" in text or "cosc" in text or "ndrina" in text:
        clans = [found.span("name") for found in _CLAN.finditer(text)]
        out = _towns_apart(text, out, clans, places)
        out = claimed_spans(text, out, clans, "ORG", CLAN_MODEL, 0.8, blocks=_longer_body)
    return _councillors(text, out, places)


def _whole(text: str, mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    return claimed_spans(text, mentions, sorted(spans), "ORG", MODEL, 0.8, blocks=_body_past) if spans else mentions


def _body_past(m: Mention, start: int, end: int) -> bool:
    """Only a longer body found by a model keeps its span ("Dda di Napoli"); a person or a place
    read across the unit's head ("Indaga la Squadra") gives way."""
    return m.type == "ORG" and (m.start < start or m.end > end)


def _towns_apart(
    text: str, mentions: list[Mention], names: list[tuple[int, int]], places: frozenset[str]
) -> list[Mention]:
    """A clan read with its town ("clan Rossi di Caserta"): the town a place of its own."""
    out = list(mentions)
    for s, e in names:
        for m in out:
            town = m.text[e - m.start + 4 :]
            if m.start == s and m.text[e - s : e - s + 4] == " di " and town in places:
                out.remove(m)
                out.append(Mention(m.end - len(town), m.end, town, "LOC", MODEL, 0.75))
                break
    return sorted(out, key=lambda m: (m.start, m.end))


def _longer_body(m: Mention, start: int, end: int) -> bool:
    """A clan's surname gives way only to a body that holds it ("Fondazione Rossi")."""
    return m.type == "ORG" and (m.start < start or m.end > end)


def _law_firms(text: str, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    out = mentions
    for found in _LAW_FIRM.finditer(text):
        firm_end = found.start("town") if found["town"] else found.end()
        out = claimed_spans(text, out, [(found.start(), firm_end)], "ORG", MODEL, 0.8, blocks=lambda m, s, e: False)
        # the town a model joined to "Partners" went with it: it is a place of its own
        town = found["town"]
        if town is not None and town[4:] in places:
            s = found.start("town") + 4
            out = [m for m in out if not (m.start < found.end() and s < m.end and m.start >= firm_end)]
            out = sorted([*out, Mention(s, found.end(), town[4:], "LOC", MODEL, 0.75)], key=lambda m: (m.start, m.end))
    return out


# "l'ex consigliere comunale di Rosarno Giuseppe Rossi": a town and a given name read as one name.
_DI_BEFORE = re.compile(r"(?:^|\s)di $")


def _councillors(text: str, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    names = given_names("it")
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        cut = next(
            (k for k in (1, 2) if len(words) > k + 1 and " ".join(words[:k]) in places and words[k] in names),
            0,
        )
        if m.type not in ("PER", "ORG") or not cut or not _DI_BEFORE.search(text, max(0, m.start - 4), m.start):
            out.append(m)
            continue
        place = " ".join(words[:cut])
        person_at = m.start + len(place) + 1
        out.append(Mention(m.start, m.start + len(place), place, "LOC", MODEL, 0.75))
        out.append(Mention(person_at, m.end, text[person_at : m.end], "PER", MODEL, 0.75))
    return out
