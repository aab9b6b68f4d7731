"""Italian insurers, ombudsmen, bodies' services and national bodies by their kinds of name
(round 34):

* a mutual insurer named with its capitalised kind word ("Mutua Ligure", "Mutua Tirrenica di
  Assicurazioni") and a pension fund ("Fondo Pensione Cometa") are bodies, where the rules read
  two capitalised words as a person;
* the financial ombudsmen ("Arbitro Bancario Finanziario", "Arbitro Assicurativo", "Arbitro per
  le Controversie Finanziarie") are bodies, and so is the bare capitalised "Arbitro" in an
  article that names one of them;
* a body's service or office named with its capitalised kind word ("Servizio Tutela del
  Consumatore", "Ufficio Reclami") is a body of its own, where the rules read a person, and so is
  a health authority's department in lower-case words before its parent ("Servizio igiene
  pubblica dell'Asl");
* a few national bodies the rules read as persons or leave untyped ("Aeronautica Militare",
  "Ania", the insurers' association);
* a street named after a king with his number before a full stop ("via Carlo Alberto II.") is
  the street, where the rules read the number as an initial of a person running on.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.span_words import starts_sentence

MODEL = "italian-insurance"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]*[\w’']"
_OF = r"(?:del|della|dello|dei|degli|delle|dell['’] ?|di|per +le|per +il|per +la)"
_MUTUAL = re.compile(
    rf"(?<![\w-])(?:Mutua|Fondo +[Pp]ensione|Cassa +[Mm]utua)(?: +{_NAME}){{1,3}}(?: +di +Assicurazioni)?(?![\w-])"
)
_OMBUDSMAN = re.compile(
    r"(?<![\w-])Arbitro +(?:Assicurativo|Bancario +Finanziario|per +le +Controversie +Finanziarie)(?![\w-])"
)
_BARE_OMBUDSMAN = re.compile(r"(?<![\w-])Arbitro(?![\w-])")
_SERVICE = re.compile(rf"(?<![\w-])(?:Servizio|Ufficio)(?: +{_NAME}| +{_OF} +{_NAME}){{1,4}}(?![\w-])")
# ... and a health authority's department named in lower-case words before its parent ("Servizio
# igiene alimenti e nutrizione dell'Ausl di X", "Servizio di prevenzione dell'Asl"): the rules
# find the parent only.  The parent's acronym or kind word must follow, so a generic "servizio"
# in running text is never taken.
_LOWER_SERVICE = re.compile(
    r"(?<![\w-])Servizio(?: +(?:(?:e|di|per) +)?[a-zà-ù]{3,}){1,5}"
    r"(?= +(?:dell['’] ?|della +|del +)(?:Ausl|Asl|Usl|Ats|Asp|Asst|Azienda +[Ss]anitaria|Azienda +[Oo]spedaliera)\b)"
)
_BODIES = re.compile(r"(?<![\w-])(?:Aeronautica +Militare|Marina +Militare|Ania)(?![\w-])")
_KING_STREET = re.compile(
    rf"(?<![\w-])(?:via|viale|corso|piazza|piazzale|largo) +{_NAME}(?: +{_NAME})? +[IVX]{{1,4}}(?=\. +[A-Z])"
)
# a model's span reaching back to a preposition glued to the body ("al Servizio ...")
_LEADS = ("al ", "allo ", "alla ", "del ", "dello ", "della ", "dal ", "nel ", "il ", "lo ", "la ")


def _leads_only(m: Mention, start: int, end: int) -> bool:
    """Block a span only where a mention starts before it with more than a preposition."""
    if m.start < start:
        return text_before(m, start) not in _LEADS
    return m.end > end and m.type != "PER"


def text_before(m: Mention, start: int) -> str:
    return m.text[: start - m.start]


def italian_insurance(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with mutuals, ombudsmen, services and national bodies as ORG, streets named
    after kings as LOC."""
    if language != "it":
        return mentions
    out = mentions
    if "Mutua" in text or "Fondo " in text or "Cassa " in text:
        out = claimed_spans(text, out, [f.span() for f in _MUTUAL.finditer(text)], "ORG", MODEL, 0.8, _leads_only)
    if "Arbitro" in text:
        named = [f.span() for f in _OMBUDSMAN.finditer(text)]
        out = claimed_spans(text, out, named, "ORG", MODEL, 0.8, _leads_only)
        if named:
            bare = [
                f.span()
                for f in _BARE_OMBUDSMAN.finditer(text)
                if not starts_sentence(text, f.start()) and not any(a <= f.start() < b for a, b in named)
            ]
            out = claimed_spans(text, out, bare, "ORG", MODEL, 0.75)
    if "Servizio " in text or "Ufficio " in text:
        spans = [_own_part(f, out) for f in _SERVICE.finditer(text) if not starts_sentence(text, f.start())]
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.75, _leads_only)
        lower = [f.span() for f in _LOWER_SERVICE.finditer(text)]
        out = claimed_spans(text, out, lower, "ORG", MODEL, 0.75, _leads_only) if lower else out
    if "Militare" in text or "Ania" in text:
        out = claimed_spans(text, out, [f.span() for f in _BODIES.finditer(text)], "ORG", MODEL, 0.8)
    if ". " in text:
        spans = [f.span() for f in _KING_STREET.finditer(text)]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.8, _person_runs_on)
    return out


def _person_runs_on(m: Mention, start: int, end: int) -> bool:
    """The king's street takes the person the rules ran on past its number ("Umberto I. Nessuno")."""
    return not (m.type == "PER" and m.start >= start)


def _own_part(found: re.Match[str], mentions: list[Mention]) -> tuple[int, int]:
    """The service without the body it belongs to ("Servizio Reclami" + "di Acme Vita"): the
    span ends before the preposition of a body the models found inside it."""
    start, end = found.span()
    parent = _PARENT.search(found.string, start + 9, end)
    if parent is not None:
        return start, parent.start()
    for m in mentions:
        if m.type == "ORG" and start + 9 < m.start < end:
            cut = _OF_BEFORE.search(found.string, start, m.start)
            if cut is not None:
                return start, cut.start()
    return start, end


# a parent body's kind word after the service's name ("Ufficio Reclami della Banca X")
_PARENT = re.compile(
    rf" +{_OF} *(?:Banca|Comune|Regione|Provincia|Agenzia|Autorità|Ministero|Università|Azienda|Società|Asl)\b"
)
_OF_BEFORE = re.compile(rf" +{_OF} *$")
