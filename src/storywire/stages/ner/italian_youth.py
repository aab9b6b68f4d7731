"""Italian youth and parish news by its kinds of name (round 27: scouts, parishes, dioceses):

* a scout group is named by its town and number ("il gruppo scout Cremona 1", later "il
  Cremona 1"): the name with its number is one ORG wherever it stands, and the town that the
  body-noun rule typed ORG from it is a place again elsewhere;
* the scout associations, national and regional ("Agesci", "Agesci Lombardia", "Cngei") and
  the fascist youth body that absorbed them ("Opera nazionale Balilla"): real bodies, a list;
* a parish is a body with its saint ("parrocchia di Sant'Anna"), an oratory a place with its
  saint ("oratorio di San Luigi"), and a bare capitalised "Diocesi"/"Curia" is the diocese (ORG);
* an archive named by lower-case adjectives ("Archivio storico diocesano") is one ORG;
* a park after the lower-case "parco" gives its name, a place ("parco delle Rimembranze");
* a newspaper after "quotidiano" keeps its article ("il quotidiano La Nazione");
* a councillor's portfolio ("l'assessora alle Politiche giovanili") is no name.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.missed_places import known_places

MODEL = "italian-youth"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
# "gruppo scout Cremona 1", "il reparto Lodi 3": a town and a number.
_SCOUT_GROUP = re.compile(
    rf"(?<![\w-])(?:gruppo|reparto|clan) +(?:scout +|Agesci +|Cngei +)?"
    rf"(?P<name>{_CAP}(?: +{_CAP})? +\d{{1,2}})(?![\w-])"
)
# Real scout associations (and the regime's youth bodies), with an optional region after them.
_ASSOCIATIONS = re.compile(
    rf"(?<![\w-])(?:Agesci|AGESCI|Asci|ASCI|Agi|Cngei|CNGEI|Masci|MASCI|Opera +nazionale +Balilla|"
    rf"Gioventù +italiana +del +Littorio|Aquile +randagie)(?P<region> +{_CAP})?(?![\w-])"
)
_ASSOCIATION_CUES = (
    "Agesci",
    "AGESCI",
    "Asci",
    "ASCI",
    "Agi",
    "Cngei",
    "CNGEI",
    "Masci",
    "MASCI",
    "Balilla",
    "Littorio",
    "Aquile",
)
_SAINT = r"(?:San|Santa|Santo|Santi|Sant['’]|S\.) *" + _CAP + rf"(?: +{_CAP})?"
_PARISH = re.compile(rf"(?<![\w-])parrocchia +(?:di|dei|della) +{_SAINT}")
_ORATORY = re.compile(rf"(?<![\w-])oratorio +(?:di|dei|della) +{_SAINT}")
_BARE_DIOCESE = ("Diocesi", "Arcidiocesi", "Curia")
_ARCHIVE = re.compile(
    r"(?<![\w-])Archivio +(?:storico|capitolare|diocesano|comunale|civico|provinciale|parrocchiale)"
    r"(?: +(?:diocesano|comunale|civico|provinciale|parrocchiale|vescovile))?(?![\w-])"
)
_PARK = re.compile(rf"(?<![\w-])parco +(?:del|della|delle|dei|degli|dell['’]) *(?P<name>{_CAP}(?: +{_CAP})?)")
_NEWSPAPER = re.compile(
    rf"(?<![\w-])(?:quotidiano|giornale|settimanale) +(?P<name>(?:Il|La|Lo|I|Le) +{_CAP}(?: +{_CAP})?)"
)
_PORTFOLIO = re.compile(r"(?<![\w-])assessor[ea] +(?:al|alla|alle|ai|agli|allo|all['’]) *$")


def italian_youth(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with scout groups, associations, parishes, dioceses and archives ORG, oratories
    and parks LOC, newspapers with their article, portfolios dropped."""
    if language != "it":
        return mentions
    if "scout" in text or "reparto" in text:
        mentions = _scout_groups(text, mentions)
    orgs: list[tuple[int, int]] = []
    if any(cue in text for cue in _ASSOCIATION_CUES):
        places = known_places(language)
        for found in _ASSOCIATIONS.finditer(text):
            region = found["region"]
            end = found.end() if region and region.strip() in places else found.end() - len(region or "")
            orgs.append((found.start(), end))
    if "parrocchia" in text:
        orgs.extend(found.span() for found in _PARISH.finditer(text))
    if "Archivio" in text:
        orgs.extend(found.span() for found in _ARCHIVE.finditer(text))
    if "quotidiano" in text or "giornale" in text or "settimanale" in text:
        orgs.extend(found.span("name") for found in _NEWSPAPER.finditer(text))
    mentions = claimed_spans(text, mentions, sorted(orgs), "ORG", MODEL, 0.8) if orgs else mentions
    places_at: list[tuple[int, int]] = []
    if "oratorio" in text:
        places_at.extend(found.span() for found in _ORATORY.finditer(text))
    if "parco" in text:
        places_at.extend(found.span("name") for found in _PARK.finditer(text))
    if places_at:
        mentions = claimed_spans(text, mentions, sorted(places_at), "LOC", MODEL, 0.75)
    for m in mentions:
        if m.text in _BARE_DIOCESE and m.type != "ORG":
            m.type, m.model = "ORG", MODEL  # "con la Diocesi": the diocese as a body
    if "assessor" in text:
        mentions = [
            m for m in mentions if m.type == "ORG" or not _PORTFOLIO.search(text, max(0, m.start - 20), m.start)
        ]
    return mentions


def _scout_groups(text: str, mentions: list[Mention]) -> list[Mention]:
    names = {found["name"] for found in _SCOUT_GROUP.finditer(text)}
    if not names:
        return mentions
    spans = sorted(
        found.span() for name in names for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )
    out = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8, blocks=lambda m, s, e: m.start < s or m.end > e)
    # The group's town, typed ORG by the body noun "gruppo" before the group's name, is the town.
    towns = {name.rsplit(" ", 1)[0] for name in names}
    for m in out:
        if m.type == "ORG" and m.text.title() in towns and m.model == "body-noun":
            m.type, m.model = "LOC", MODEL
    return out
