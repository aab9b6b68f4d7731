"""Italian waste, water and environment news by its kinds of name (round 28: landfills, rivers,
regional agencies, committees):

* a landfill or plant after its kind word gives its site's name, a place ("la discarica di
  Malagrotta" -> "Malagrotta"), and so does a river or valley after its lower-case kind word
  ("fiume Tevere", "valle del Liri"): the rule tagger reads such names as surnames, so every
  bare repetition in the article is the place too;
* a body opened by its kind word ("Comitato Salviamo il Lago") is no person;
* the regional environment agencies (real bodies: "Arpa Lazio", "Arpa", "Arpav") and the
  regional administrative court ("al Tar") are ORG;
* a bare capitalised "Provincia"/"Regione" after an article, in an article that names the
  body in full, is that body; a bare capitalised "Comune" after an article is the town's council
  (news capitalise it only for the body: "il Comune ha chiuso la strada"), unless it names a
  square or palace ("piazza del Comune");
* a local paper named "X Oggi" ("Latina Oggi") is ORG;
* a regional directorate with its capitalised portfolio ("Direzione regionale Ambiente e
  territorio") is one ORG;
* a prefecture or town hall before which a protest is held ("davanti alla Prefettura di X") is
  the building, a place;
* an assessor named after her portfolio ("l'assessora all'Ambiente Lucia Neri"), whom the tagger
  drops with the portfolio, and a compound given name the tagger splits ("Anna" read as a place
  before "Maria Neri"), are one person each.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "italian-utilities"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_SITE = rf"{_NAME}(?: (?:di |del |della |dei )?{_NAME}){{0,2}}"
# The kind word of a site and the name after it ("discarica di Borgo Montello").
_SITE_AFTER_KIND = re.compile(
    r"(?<![\w’'-])(?:[Dd]iscarica|[Tt]ermovalorizzatore|[Ii]nceneritore|[Dd]epuratore|[Ff]iume|[Tt]orrente|"
    rf"valle)(?: (?:di|del|della|dell['’]))? ?(?P<name>{_SITE})(?![\w’'-])"
)
_SITE_CUE = re.compile(r"[Dd]iscarica|[Tt]ermovalorizzatore|[Ii]nceneritore|[Dd]epuratore|[Ff]iume|[Tt]orrente|valle")
# A body's kind word opening a span the tagger read as a person.
_BODY_WORDS = frozenset(("Comitato", "Associazione", "Consorzio", "Cooperativa", "Coordinamento", "Fondazione"))
# The regional environment agencies (Agenzia regionale per la protezione ambientale), by region.
_AGENCY = re.compile(
    r"(?<![\w-])(?:Arpa(?: (?:Lazio|Lombardia|Piemonte|Campania|Puglia|Sicilia|Calabria|Liguria|Umbria|Marche|"
    r"Molise|Basilicata|Sardegna|Abruzzo|Toscana|Veneto|Valle d['’]Aosta|Friuli Venezia Giulia))?|"
    r"Arpav|Arpat|Arpae|Arpac|Arpacal|Arpal|Arpam|Arpab|Arpas|Arta Abruzzo)(?![\w’'-])"
)
_TAR = re.compile(r"\b(?:il|al|dal|del|nel|col) (?P<name>Tar)(?![\w’'-])")
_BARE_BODY = re.compile(
    r"\b(?:la|La|alla|della|dalla|nella|tra|fra|e|ed) (?P<name>Provincia|Regione)(?![\w’'-])"
    rf"(?! (?:di|del|dei|{_NAME}))"
)
_BARE_COMUNE = re.compile(
    r"(?<![\w’'-])(?:il|Il|al|Al|dal|Dal|del|nel|col|sul|e|ed) (?P<name>Comune)(?![\w’'-])"
    rf"(?! (?:di|del|dei|della|delle|{_NAME}))"
)
_COMUNE_AS_BUILDING = re.compile(r"(?:[Pp]iazza|[Pp]alazzo|[Ll]oggia|[Tt]orre|[Cc]asa|[Ss]ede) del $")
_PAPER = re.compile(rf"(?<![\w’'-])(?<![.!?] )(?<!^){_NAME} Oggi(?![\w’'-])", re.MULTILINE)
_DIRECTORATE = re.compile(
    r"(?<![\w’'-])Direzione (?:regionale|generale|provinciale) "
    r"[A-ZÀ-Ö][\w’'-]+(?: (?:e|dei|degli|delle|della|del|di|per il|per la) [a-zà-ÿ][\w’'-]+){0,3}"
)
_BEFORE_BUILDING = re.compile(r"davanti (?:alla|al|all['’]) *$")
_ASSESSOR = re.compile(
    r"(?:assessor[ea]|delegat[oa])(?: (?:regional[ei]|comunal[ei]|provincial[ei]))? "
    rf"(?:al|alla|allo|ai|alle|agli|all['’]) ?{_NAME}(?: (?:e|ed) {_NAME})? (?P<name>{_NAME} {_NAME})(?![\w’'-])"
)
# Buildings where a protest stands; a court before which a suit is brought is the body.
_BUILDINGS = ("Prefettura", "Questura", "Municipio")
# The first halves of compound given names ("Anna Maria", "Gian Luca"), which no town shares.
_COMPOUND_FIRST = frozenset(("Anna", "Maria", "Gian", "Pier"))
_PAPER_BEFORE = re.compile(r"(?:quotidiano|giornale|settimanale) $")


def italian_utilities(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with sites, agencies, committees, bare councils, local papers and
    directorates typed and cut as above."""
    if language != "it":
        return mentions
    if _SITE_CUE.search(text):
        mentions = _sites(text, mentions)
    for m in mentions:
        if m.type == "PER" and m.text.split(" ", 1)[0] in _BODY_WORDS and " " in m.text:
            _retype(m, "ORG")
    spans: list[tuple[int, int]] = []
    if "Arp" in text or "Arta" in text:
        spans.extend(found.span() for found in _AGENCY.finditer(text))
    if "Tar" in text:
        spans.extend(found.span("name") for found in _TAR.finditer(text))
    if ("Provincia di" in text or "Regione " in text) and ("Provincia" in text or "Regione" in text):
        for found in _BARE_BODY.finditer(text):
            if _PAPER_BEFORE.search(text, max(0, found.start() - 12), found.start()) is None:
                spans.append(found.span("name"))  # "il quotidiano La Provincia" is a paper
    if "Comune" in text:
        for found in _BARE_COMUNE.finditer(text):
            if _COMUNE_AS_BUILDING.search(text, max(0, found.start() - 12), found.start("name")) is None:
                spans.append(found.span("name"))
    if " Oggi" in text:
        spans.extend(found.span() for found in _PAPER.finditer(text))
    if "Direzione " in text:
        spans.extend(found.span() for found in _DIRECTORATE.finditer(text))
    mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)
    if "davanti" in text:
        for m in mentions:
            before = _BEFORE_BUILDING.search(text, max(0, m.start - 20), m.start)
            if m.type == "ORG" and before is not None and m.text.startswith(_BUILDINGS):
                _retype(m, "LOC")
    given = given_names(language)
    if "assessor" in text or "delegat" in text:
        mentions = _assessors(text, mentions, given)
    return _compound_given_names(text, mentions, given)


def _assessors(text: str, mentions: list[Mention], given: frozenset[str]) -> list[Mention]:
    """The person after an assessor's portfolio, where no mention holds her name."""
    spans = []
    for found in _ASSESSOR.finditer(text):
        start, end = found.span("name")
        if found["name"].split(" ")[0] in given and not any(m.start < end and start < m.end for m in mentions):
            spans.append((start, end))
    return claimed_spans(text, mentions, spans, "PER", MODEL, 0.8)


def _compound_given_names(text: str, mentions: list[Mention], given: frozenset[str]) -> list[Mention]:
    """ "Anna" (a place or nothing) + "Maria Neri" (a person) one person."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and m.type == "PER"
            and last.type in ("LOC", "MISC")
            and last.end + 1 == m.start
            and text[last.end] == " "
            and " " not in last.text
            and last.text in _COMPOUND_FIRST
            and m.text.split(" ")[0] in given
        ):
            out[-1] = Mention(last.start, m.end, text[last.start : m.end], "PER", MODEL, m.confidence)
            continue
        out.append(m)
    return out


def _sites(text: str, mentions: list[Mention]) -> list[Mention]:
    """The site after its kind word a place, and its bare repetitions with it."""
    names: set[str] = set()
    spans: list[tuple[int, int]] = []
    kinds: dict[int, int] = {}  # a name's start -> its kind word's start
    for found in _SITE_AFTER_KIND.finditer(text):
        names.add(found["name"])
        spans.append(found.span("name"))
        kinds[found.start("name")] = found.start()

    def blocks(m: Mention, start: int, end: int) -> bool:
        # a span that ran past the name, or began before its kind word, is a longer name
        # ("Comitato Valle del Sacco"); "Discarica di X" read as one name gives way
        return m.end > end or m.start < kinds[start]

    out = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8, blocks)
    for m in out:
        if m.text in names and m.type != "LOC":
            _retype(m, "LOC")
    return out


def _retype(m: Mention, etype: EntityType) -> None:
    m.type = etype
    m.model = MODEL
