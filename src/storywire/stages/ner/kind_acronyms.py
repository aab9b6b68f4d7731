"""Local bodies named by a kind's acronym and their own name, town or number: one organisation
("CPAS de Seraing", "CHU de Lille", "SDIS 29", "Ehpad Les Tilleuls", "AMPA La Dehesa", "CEIP
Santa Inés", "Asl Roma 1").

The acronym says only what kind of body it is (a welfare centre, a teaching hospital, a fire
service, a parents' association); the name after it says which.  Taggers read the acronym as
a body or a place and the town as a place of its own.  The acronym alone ("le CPAS a refusé")
is a kind word and names nothing.  Whole articles only.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "kind-acronym"
_KINDS: dict[str, tuple[str, ...]] = {
    # welfare centres, hospitals, fire services, care homes, student services, family and health
    # insurance funds, health agencies, youth centres; farmers' unions' departmental and regional
    # branches, chambers of commerce and of trades, the state's departmental and regional offices
    "fr": ("CPAS", "CCAS", "CHU", "CHR", "CHRU", "SDIS", "EHPAD", "Ehpad", "IUT", "CROUS", "Crous", "CAF", "CPAM",
           "URSSAF", "Urssaf", "ARS", "MJC", "SAMU", "SMUR", "Samu", "Smur", "FDSEA", "FRSEA", "CCI", "CMA", "DDT",
           "DDTM", "DREAL", "UDAF", "SICA", "Sica"),
    # parents' associations, primary and secondary schools, rural schools
    "es": ("AMPA", "AMPAS", "ANPA", "AFA", "CEIP", "IES", "CRA", "CEIPSO"),
    # local health authorities (Veneto's and Tuscany's by their own acronyms: "Ulss 6 Euganea")
    "it": ("ASL", "Asl", "AUSL", "Ausl", "ASST", "Asst", "ATS", "Ats", "ASP", "Asp", "ULSS", "Ulss", "USL", "Usl"),
}  # fmt: skip
# National federations whose acronym also names them alone ("l'UNC a demandé"): a branch only
# with its territory after "de" ("UNC de Meurthe-et-Moselle", "FNACA du Finistère"), never with a
# bare name after it ("président de l'UNC Jean Martin").
_BRANCHES: dict[str, frozenset[str]] = {
    # veterans' unions, departmental sports and firefighters' bodies, hunters' federations
    # (and the consumers' union's local associations)
    "fr": frozenset(
        {
            *("UNC", "FNACA", "ANACR", "ARAC", "UDSP", "CDOS", "CROS", "FDC", "FNC", "MSA"),
            *("UFC-Que Choisir", "UFC Que Choisir"),
        }
    ),
}
_CAP = r"[A-ZÀ-ÞŁŚŻ][\w'’\-]*"
# its own name: capitalised words, with the joining words of a name ("Santa María de la Vega")
_NAME = rf"{_CAP}(?:(?: (?:de|del|de la|di|della|y|e|et|la|le|les))? {_CAP}){{0,4}}"
_TAIL = re.compile(
    rf"(?: (?:de la |de l['’]|de |d['’]|du |des |di |del |della |dell['’])?(?P<name>{_NAME})(?: \d{{1,3}}\b)?"
    rf"| (?P<number>\d{{1,3}})\b(?: {_CAP}(?![\w'’-]))?)"
)

_PREPOSITIONS = (" de ", " du ", " des ", " de la ", " de l'", " de l’", " d'", " d’")


def _pattern(language: str) -> re.Pattern[str] | None:
    kinds = _KINDS.get(language)
    if kinds is None:
        return None
    kinds = (*kinds, *_BRANCHES.get(language, ()))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(kinds)})(?![\w-])")


_PATTERNS = {language: _pattern(language) for language in _KINDS}


def kind_acronym_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each "<kind acronym> <name, town or number>" one organisation."""
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return mentions
    spans = []
    branches = _BRANCHES.get(language, frozenset())
    for hit in pattern.finditer(text):
        tail = _TAIL.match(text, hit.end())
        if tail is not None and hit.group() in branches and not text.startswith(_PREPOSITIONS, hit.end()):
            continue
        if tail is not None:
            spans.append((hit.start(), tail.end()))
    # (a longer name holding one stays as it is)
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.85)
