"""Italian and Spanish sport, rail and press names by their shape (the guidelines' session 28,
round 23 conventions):

* a club named by its sport and town or by its sponsor and town is one ORG ("Pallavolo
  Treviso", "Basket Rieti"; "Acqua Lauretana Biella" where the town ends a name read as a
  person in an article about a team), a league as a body one ORG ("Lega Basket Serie A"), a
  federation's territorial branch with its town one ORG ("Comitato regionale Fipav di Verona");
  an arena named "Pala..." is a place ("PalaDozza"), hills by their kind word too ("Colli
  Berici"); a division ("serie B1") and a cup ("Coppa Italia") are not labelled;
* a local paper is ORG ("Mattino di Padova", "Málaga Hoy"), and "Rossi al Mattino" two names;
* a rail line named by its end towns gives each town ("el tren Madrid-Jaén"), "la estación
  de X o la de Y" gives the station and the town, and "UGT y el sindicato de X Y" two bodies.

The rules read a sport word before a town as a person's given name, "Pala..." as a firm and a
local paper as its town.  Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names, latin_given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import org_names

MODEL = "romance-sport"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_SPORT = (
    "Pallavolo|Volley|Basket|Pallacanestro|Pallamano|Pallanuoto|Rugby|Hockey|Calcio|Scherma|Atletica|Nuoto|"
    "Baseball|Softball|Ciclismo"
)
# a sport word and a town (or two words of a town: "Pallavolo Castel San Pietro" is rare; one or
# two capitalised words after the sport)
_CLUB = re.compile(rf"(?<![\w-])(?:{_SPORT}) +{_NAME}(?: +{_NAME})?")
_SPORT_WORD = re.compile(rf"(?:{_SPORT})")
# a league as a body: "Lega Pallavolo Serie A Femminile", "Lega Basket Serie A", "Lega Serie A"
_LEAGUE = re.compile(r"(?<![\w-])Lega(?: +[A-Z]\w+)? +Serie +[A-D]\d?(?: +(?:Femminile|Maschile))?(?![\w-])")
# a federation's territorial branch: "Comitato territoriale Fipav di Padova", "Comitato
# regionale Fipav Veneto", "Comitato provinciale Coni di Rieti"
_BRANCH = re.compile(
    r"(?<![\w-])Comitato +(?:territoriale|regionale|provinciale|zonale|Territoriale|Regionale|Provinciale)"
    rf" +[A-Z][\w-]+(?: +(?:di|del|della|dell['’] *)? *{_NAME})?"
)
_ARENA = re.compile(r"(?<![\w-])Pala[A-Z][\w'’-]+")
_HILLS = re.compile(rf"(?<![\w-])(?:Colli|Colline) +{_NAME}")
# divisions and cups are not labelled: the name after them alone is no place
_DIVISION = re.compile(r"(?<![\w-])(?:[Ss]erie|[Cc]oppa|Supercoppa) +(?P<name>[\w-]+)")
# a local paper: a paper's head noun and its town after a preposition ("al Mattino di Padova")
# (a capitalised elided article before a vowel head is the title's own: "L'Eco di Bergamo")
_PAPER = re.compile(
    r"(?:(?<![\w'’])L['’](?=Eco))?(?:Mattino|Gazzettino|Corriere|Giornale|Messaggero|Tirreno|Piccolo|Tribuna|Gazzetta|Eco|Cittadino)"
    rf" +(?:di|del|della|dell['’] *) *{_NAME}"
)
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Ll]a|[Ii]l|della|alla|dalla|nella|sulla|contro) +$")
_VERB_AFTER = re.compile(r" +[a-zà-ù]+(?:at|ut|it)[oaie](?![\w-])")
_PAPER_ES = re.compile(rf"(?<![\w-]){_NAME} +(?:Información|Hoy)(?![\w-])")
# "Dal Ferro al Mattino": a person runs into the paper he spoke to
_PERSON_TO = re.compile(r" +(?:al|alla|allo|a) +[A-Z]")
# "el tren Huelva-Zafra", "la línea Madrid-Sevilla": each end town
_LINE = re.compile(rf"(?<![\w-])(?:tren|trenes|línea|ferrocarril|corredor|conexión) +(?P<a>{_NAME})-(?P<b>{_NAME})")
# "la estación de X o la de Y"
_ELLIPSIS = re.compile(r" +(?:o|y|e) +(?:la|el) +de +")
# "CCOO y el sindicato de maquinistas Semaf": a body, then another after its lower-case kind word
_TWO_BODIES = re.compile(
    r" +y +(?:el|la|los|las) +(?:sindicato|asociación|federación|partido|plataforma|empresa|compañía|operador"
    r"|operadora|consorcio|colectivo|club)(?: +[a-zá-ú][^A-Z]*?)? +(?P<name>[A-Z][\w-]+(?: +[A-Z][\w-]+)*)$"
)


def _sport_article(text: str) -> bool:
    """Whether the article is about sport at all (a club, a league, a coach, a match)."""
    low = text.lower()
    return any(w in low for w in ("squadra", "allenator", "campionato", "società sportiva", "stagione", "in panchina"))


def _italian(text: str, mentions: list[Mention]) -> list[Mention]:
    out = mentions
    if any(w in text for w in ("Pallavolo", "Volley", "Basket", "Palla", "Rugby", "Hockey", "Calcio")):
        out = claimed_spans(text, out, [m.span() for m in _CLUB.finditer(text)], "ORG", MODEL, 0.8)
    if "Lega" in text:
        out = claimed_spans(text, out, [m.span() for m in _LEAGUE.finditer(text)], "ORG", MODEL, 0.85)
    if "Comitato" in text:
        out = claimed_spans(text, out, [m.span() for m in _BRANCH.finditer(text)], "ORG", MODEL, 0.85)
    if "Pala" in text:
        out = claimed_spans(text, out, [m.span() for m in _ARENA.finditer(text)], "LOC", MODEL, 0.8)
    if "Colli" in text:
        out = claimed_spans(text, out, [m.span() for m in _HILLS.finditer(text)], "LOC", MODEL, 0.8)
    if " al" in text or " a " in text:
        out = _split_person_to(text, out)
    out = claimed_spans(text, out, [m.span() for m in _PAPER.finditer(text)], "ORG", MODEL, 0.8, _runs_past_left)
    if "erie" in text or "oppa" in text:
        names = {m.span("name") for m in _DIVISION.finditer(text)}
        out = [m for m in out if (m.start, m.end) not in names or m.type == "ORG"]
    # "«Ho trovato ...»": the verb, not the Ghanaian town
    if "Ho " in text:
        out = [m for m in out if not (m.text == "Ho" and _VERB_AFTER.match(text, m.end))]
    # a sport word alone ("Pallavolo, la ..." opening a headline) is no place nor person
    out = [m for m in out if not (m.type in ("LOC", "PER") and _SPORT_WORD.fullmatch(m.text))]
    if _sport_article(text):
        out = _sponsor_clubs(text, out)
    return out


def _runs_past_left(m: Mention, start: int, end: int) -> bool:
    """A paper gives way to a longer name, not to a person running into it ("Dal Ferro al
    Mattino" is split before)."""
    return (m.start < start or m.end > end) and m.type != "PER"


def _split_person_to(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        found = _PERSON_TO.search(m.text) if m.type == "PER" else None
        if found is None or found.start() == 0:
            out.append(m)
            continue
        out.append(Mention(m.start, m.start + found.start(), m.text[: found.start()], "PER", m.model, m.confidence))
    return out


def _sponsor_clubs(text: str, mentions: list[Mention]) -> list[Mention]:
    """A "person" after an article ("la", "della"), whose last word is a town the article names
    as a place and whose other words are no given names, is a club under its sponsor's name
    ("la Acqua Lauretana Biella") in a sport article; every mention of that name."""
    given = given_names("it") | latin_given_names()
    towns = {m.text.title() for m in mentions if m.type == "LOC" and " " not in m.text}
    clubs = set()
    for m in mentions:
        words = m.text.split()
        last_is_town = len(words) >= 2 and words[-1] in towns and words[-1] != words[0]
        if (
            m.type == "PER"
            and last_is_town
            and _ARTICLE_BEFORE.search(text, max(0, m.start - 12), m.start)
            and not any(w in given for w in words[:-1])
        ):
            clubs.add(m.text)
    if not clubs:
        return mentions
    return [
        Mention(m.start, m.end, m.text, "ORG", MODEL, m.confidence) if m.type == "PER" and m.text in clubs else m
        for m in mentions
    ]


def _spanish(text: str, mentions: list[Mention]) -> list[Mention]:
    out = mentions
    if "Información" in text or "Hoy" in text:
        spans = [m.span() for m in _PAPER_ES.finditer(text)]
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8)
    if "-" in text:
        out = line_towns(text, out, _LINE, MODEL)
    if " de " in text:
        out = _stations_again(text, out)
    if " y " in text:
        out = _two_bodies(text, out)
    return _known_bodies_again(text, out, "es")


def line_towns(text: str, mentions: list[Mention], line: re.Pattern[str], model: str) -> list[Mention]:
    """Each end town of a line (`line`'s groups "a" and "b"), unless a longer name holds the pair
    ("Plataforma en Defensa del Tren Huelva-Zafra")."""
    out = mentions
    for found in line.finditer(text):
        start, end = found.start("a"), found.end("b")
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue
        towns = [Mention(*found.span(k), found.group(k), "LOC", model, 0.8) for k in ("a", "b")]
        out = sorted([m for m in out if m not in inside] + towns, key=lambda m: (m.start, m.end))
    return out


def _stations_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "estación de X o la de Y": the station with its kind word, then the town alone."""
    out: list[Mention] = []
    for m in mentions:
        found = _ELLIPSIS.search(m.text)
        if found is None or found.start() == 0 or found.end() >= len(m.text):
            out.append(m)
            continue
        start = m.start
        head = text.rfind("estación de ", max(0, start - 12), start)
        if head != -1 and head + len("estación de ") == start:
            start = head
        first_end = m.start + found.start()
        out.append(Mention(start, first_end, text[start:first_end], "LOC", MODEL, m.confidence))
        out.append(Mention(m.start + found.end(), m.end, m.text[found.end() :], "LOC", MODEL, m.confidence))
    return sorted(out, key=lambda m: (m.start, m.end))


def _known_bodies_again(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """A listed body found once is the body where no mention covers it again ("14 trabajadores
    de Renfe" read as one body, then dropped as a phrase)."""
    known = org_names(language)
    names = {m.text for m in mentions if m.type == "ORG" and m.text in known and " " not in m.text}
    added: list[Mention] = []
    for name in names:
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            s, e = found.span()
            if not any(m.start < e and s < m.end for m in mentions):
                added.append(Mention(s, e, name, "ORG", MODEL, 0.8))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def _two_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        found = _TWO_BODIES.search(m.text) if m.type == "ORG" else None
        if found is None or found.start() == 0:
            out.append(m)
            continue
        out.append(Mention(m.start, m.start + found.start(), m.text[: found.start()], "ORG", MODEL, m.confidence))
        s, e = m.start + found.start("name"), m.start + found.end("name")
        out.append(Mention(s, e, text[s:e], "ORG", MODEL, m.confidence))
    return out


def romance_sport(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with Italian clubs, leagues, federations' branches, arenas, hills and local
    papers, Spanish local papers, rail lines' end towns, stations and bodies named in pairs."""
    if language == "it":
        return _italian(text, mentions)
    if language == "es":
        return _spanish(text, mentions)
    return mentions
