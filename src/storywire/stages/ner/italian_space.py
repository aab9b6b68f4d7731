"""Italian space, research and industry news by its kinds of name (session 29, round 25).

* An observatory or a space centre named with its place ("Osservatorio astronomico di X",
  "Centro di geodesia spaziale di Y", "Centro spaziale del Fucino") is one LOC, as the guidelines
  settle; the rules read only its head word as a body.
* A university's department with its university ("Dipartimento di ingegneria aerospaziale
  dell'Università di X") is one ORG, as a faculty with its university is.
* A street after a lower-case "via", "corso", "piazza" is a place, where the body in its name
  ("via del Politecnico") made it ORG.
* A newspaper whose name is a common word with its article ("la Stampa", "il Messaggero") after
  a reporting cue ("secondo quanto riportato dalla Stampa") is ORG.
* "Made in Italy" in a minister's title is no name; "Guyana francese" and its like are one place.
* A sentence-opening predicate run into a body ("Soddisfatta la Regione X"): cut at the article.
* A town after a plant's or a site's lower-case kind word ("nello stabilimento di X") is LOC.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans, runs_past
from storywire.stages.ner.italian_local import towns_after

MODEL = "italian-space"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_OF = r"(?:di|del|della|dei|delle|degli|dell['’]) *"
_PLACE = rf"{_CAP}(?: +{_CAP}){{0,2}}"
_SITES = re.compile(
    r"(?<![\w-])(?:Osservatorio +(?:astronomico|astrofisico|geofisico|vesuviano|sismologico|meteorologico)"
    r"|Centro +spaziale|Centro +(?:di|per +la) +(?:geodesia +spaziale|telerilevamento|controllo +satellitare))"
    rf" +{_OF}(?P<place>{_PLACE})"
)
_DEPARTMENT = re.compile(
    rf"(?<![\w-])Dipartimento +di +[a-zà-ù]+(?: +(?:e +)?[a-zà-ù]+){{0,3}} +(?:dell['’] *|della +)"
    rf"Università(?: +degli +[Ss]tudi)? +{_OF}{_CAP}(?: +(?:{_CAP}|[IVX]+)){{0,3}}"
)
_STREET = re.compile(r"^(?:via|viale|corso|piazza|piazzale|largo|vicolo) ")
_PAPERS = (
    "Stampa|Repubblica|Nazione|Verità|Messaggero|Mattino|Giornale|Foglio|Tempo|Manifesto|Gazzettino|"
    "Tirreno|Piccolo|Arena|Avvenire|Eco di Bergamo|Corriere della Sera|Secolo XIX|Resto del Carlino|Sole 24 Ore|"
    "Fatto Quotidiano|Unione Sarda|Nuova Sardegna|Gazzetta dello Sport"
)
_PAPER = re.compile(
    r"(?<![\w-])(?:riportat[oaie]|scrive|scritto|secondo|intervistat[oa]|intervista|riferisce|rivela|anticipa|"
    r"pubblicat[oaie]|dichiarato|detto)(?: +[a-z]+){0,2} +(?:dalla|dal|alla|al|sulla|sul|la|il|a|da) +"
    rf"(?P<paper>{_PAPERS})(?![\w-])"
)
_WITH_ADJECTIVE = re.compile(
    r"(?:Guyana|Polinesia|Guinea|Somalia|Nuova +Guinea) +(?:francese|olandese|britannica|equatoriale|italiana)"
)
# Real European space and weather agencies the rules read as places ("gestita da Eumetsat a X").
_AGENCIES = frozenset(
    {"Eumetsat", "Ecmwf", "Esa", "Esoc", "Estec", "Nasa", "Jaxa", "Cnes", "Arianespace", "Inaf", "Ingv", "Enav"}
)
_RUN_IN = re.compile(r"^[A-ZÀ-Ö][a-zà-ù]+ +(?:la|il|lo|le|gli|i|l['’]) *(?=[A-ZÀ-Ö])")
# A scientist's or an engineer's profession before a full name ("l'astrofisica Maria Rossi De
# Luca"): a person, where a given name the lists lack leaves the name untagged.
_PROFESSION = re.compile(
    r"(?<![\w-])(?:[Ll]['’] *|[Ll][ao] +|[Ii]l +)(?:astrofisic[oa]|astronom[oa]|astronaut[ao]|fisic[oa]|geolog[oa]|"
    r"ingegner[ea]|scienziat[oa]|ricercat(?:ore|rice)|chimic[oa]|biolog[oa]|matematic[oa]) +"
    rf"(?P<name>{_CAP} +{_CAP}(?: +(?:(?:De|Di|Del|Della|Lo|La|Da) +)?{_CAP}){{0,2}})"
)
_PLANT = re.compile(
    r"(?<![\w-])(?:stabilimento|stabilimenti|impianto|centrale|miniera|cantiere|cantieri|sito +produttivo|"
    r"spazioporto(?: +[a-z]+)?) +(?:di|a) +"
)


def italian_space(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with observatories, departments, streets, newspapers, places with an
    adjective, run-in predicates and plants' towns repaired (see the module's docstring)."""
    if language != "it":
        return mentions
    if "Osservatorio" in text or "Centro" in text:
        sites = list(_SITES.finditer(text))
        mentions = claimed_spans(text, mentions, [found.span() for found in sites], "LOC", MODEL, 0.75)
        # the site's place standing alone ("il gruppo di Capodimonte") is the same place
        places = {found["place"] for found in sites}
        for m in mentions:
            if m.type == "MISC" and m.text in places:
                m.type = "LOC"
    if "Dipartimento" in text:
        spans = [found.span() for found in _DEPARTMENT.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75)
    for m in mentions:
        if m.type in ("ORG", "PER") and _STREET.match(m.text):
            m.type = "LOC"
    if any(paper.split(" ", 1)[0] in text for paper in _PAPERS.split("|")):
        spans = [found.span("paper") for found in _PAPER.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.7)
    if "Made in Italy" in text:
        made = [found.span() for found in re.finditer(r"Made +in +Italy", text)]
        mentions = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in made)]
    if "francese" in text or "olandese" in text or "equatoriale" in text or "britannica" in text:
        spans = [found.span() for found in _WITH_ADJECTIVE.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.75)
    for m in mentions:
        if m.type in ("LOC", "MISC") and m.text in _AGENCIES:
            m.type = "ORG"
    if "ic" in text or "ingegner" in text or "ricercat" in text or "astr" in text:
        spans = [found.span("name") for found in _PROFESSION.finditer(text)]
        # only a name the rules left untagged or read in part ("Maria Rossi" of three words)
        mentions = claimed_spans(text, mentions, spans, "PER", MODEL, 0.7, _runs_past_or_typed)
    mentions = [_without_run_in(text, m) for m in mentions]
    return _plant_towns(text, mentions)


def _runs_past_or_typed(m: Mention, start: int, end: int) -> bool:
    return runs_past(m, start, end) or (m.type != "PER" and (m.start, m.end) == (start, end))


def _without_run_in(text: str, m: Mention) -> Mention:
    """A body opening a sentence after a predicate ("Soddisfatta la Regione X"): the body alone."""
    if m.type != "ORG":
        return m
    found = _RUN_IN.match(m.text)
    before = text[max(0, m.start - 2) : m.start]
    if found is None or not (m.start == 0 or before.endswith("\n") or before.endswith(". ")):
        return m
    start = m.start + found.end()
    return Mention(start, m.end, text[start : m.end], m.type, MODEL, m.confidence)


def _plant_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    return towns_after(text, mentions, _PLANT, _PLACE, MODEL)
