"""Italian customs, tax and police offices, employers' federations and rivers by their kinds
of name (round 35):

* a customs or tax office named with its town ("Ufficio delle Dogane di Genova", "Direzione
  provinciale di Pisa", "Direzione regionale della Liguria") is one body, where the rules split
  off the kind word or keep only the town;
* a tax police department ("Nucleo di polizia economico-finanziaria", "Nucleo di polizia
  tributaria") is a body, where the rules read its first word as a miscellany;
* "la Finanza", the usual capitalised short name of the Guardia di Finanza after an article,
  is the body, not a common noun;
* an employers' or farmers' federation named with its territory ("Confindustria Toscana Nord",
  "Confcommercio Alto Adige") is one body, where the rules read the territory as a person;
* a river after a bank's or a mouth's word ("sulla riva destra del Po", "foce dell'Arno") is
  a place, where the rules leave it untyped, and so is a town off which a boat lies ("al
  largo di Lampedusa");
* a few real towns whose name holds "dei"/"di" ("Forte dei Marmi") are one place.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans, runs_past
from storywire.stages.ner.span_words import starts_sentence

MODEL = "italian-customs"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]*[\w’']"
_OF = r"(?:di|del|della|dello|dei|degli|delle|dell['’] ?)"
_OFFICE = re.compile(
    r"(?<![\w-])(?:Ufficio +(?:delle|dell['’] ?) *[Dd]ogane(?: +e +dei +[Mm]onopoli)?"
    r"|Direzione +(?:provinciale|regionale|interregionale|territoriale|distrettuale))"
    rf" +{_OF} *{_NAME}(?: +{_NAME})?(?![\w-])"
)
_TAX_POLICE = re.compile(
    r"(?<![\w-])Nucleo +(?:di +)?[Pp]olizia +(?:economico-finanziaria|tributaria|valutaria)"
    rf"(?: +di +{_NAME}(?: +{_NAME})?)?(?![\w-])"  # with its town: one body
)
_FINANZA = re.compile(r"(?<![\w-])(?:la|alla|dalla|della|nella|sulla|colla) +(?P<name>Finanza)(?![\w-]| +di)")
_FEDERATION = re.compile(
    r"(?<![\w-])(?:Confindustria|Confcommercio|Confartigianato|Confesercenti|Confagricoltura|Coldiretti|"
    rf"Confcooperative|Legacoop|Cna)(?P<tail>(?: +{_NAME}){{1,3}})(?![\w-])"
)
# the territory's words that say a federation's branch, not its president's name, follows
_TERRITORY = frozenset(
    {"Nord", "Sud", "Centro", "Est", "Ovest", "Area", "Alto", "Alta", "Basso", "Bassa", "Adriatico", "Tirreno"}
)
_RIVER = re.compile(
    r"(?<![\w-])(?:riva|rive|sponda|sponde|argine|argini|foce|alveo|sorgenti)(?: +(?:destra|sinistra))?"
    rf" +(?:del|dello|della|dell['’] ?) *(?P<name>{_NAME})(?![\w’'-])"
)
# ... and the second river the same word refers back to ("la foce del Brenta e quella dell'Adige")
_SECOND_RIVER = re.compile(rf" +e +quell[ae] +(?:del|dello|della|dell['’] ?) *(?P<name>{_NAME})(?![\w’'-])")
# a coast's town or cape after "al largo di" (off it): the rules leave a small one untyped
_OFFSHORE = re.compile(rf"(?<![\w-])al +largo +(?:di|del|dello|della|dell['’] ?) *(?P<name>{_NAME})(?![\w’'-]| +[A-Z])")
_TOWNS = re.compile(r"(?<![\w-])(?:Forte +dei +Marmi|Bagni +di +Lucca|Castelnuovo +di +Garfagnana)(?![\w-])")


def italian_customs(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with customs and tax offices, tax police departments, "la Finanza" and
    territorial federations as ORG, rivers after a bank's word and a few towns as LOC."""
    if language != "it":
        return mentions
    out = mentions
    if "Ufficio " in text or "Direzione " in text:
        out = claimed_spans(text, out, [f.span() for f in _OFFICE.finditer(text)], "ORG", MODEL, 0.8)
    if "Nucleo " in text:
        out = claimed_spans(text, out, [f.span() for f in _TAX_POLICE.finditer(text)], "ORG", MODEL, 0.8)
    if "Finanza" in text:
        spans = [f.span("name") for f in _FINANZA.finditer(text) if not _after_capital(text, f.start())]
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.75)
    if "Conf" in text or "Coldiretti" in text or "Legacoop" in text or "Cna " in text:
        spans = [f.span() for f in _FEDERATION.finditer(text) if _territorial(f.group("tail"), f, out)]
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8)
    if "riv" in text or "spond" in text or "argin" in text or "foce" in text or "alveo" in text or "sorgenti" in text:
        spans = []
        for f in _RIVER.finditer(text):
            spans.append(f.span("name"))
            if (second := _SECOND_RIVER.match(text, f.end())) is not None:
                spans.append(second.span("name"))
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.75, _in_longer_or_typed)
    if "al largo " in text:
        spans = [f.span("name") for f in _OFFSHORE.finditer(text)]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.75, _in_longer_or_typed)
    if "Forte" in text or "Bagni" in text or "Castelnuovo" in text:
        out = claimed_spans(text, out, [f.span() for f in _TOWNS.finditer(text)], "LOC", MODEL, 0.8)
    return out


def _after_capital(text: str, at: int) -> bool:
    """A capitalised word just before the article ("Scuola della Finanza") makes it a name's part."""
    head = text[max(0, at - 30) : at].rstrip()
    before = head.rsplit(" ", 1)[-1]
    word_start = max(0, at - 30) + len(head) - len(before)
    return before[:1].isupper() and not starts_sentence(text, word_start)


def _territorial(tail: str, found: re.Match[str], mentions: list[Mention]) -> bool:
    """The words after the federation are its territory (a direction word, or a place the
    models found), not its president's name ("Confindustria Carlo Bonomi")."""
    if any(word in _TERRITORY for word in tail.split()):
        return True
    start = found.start("tail") + len(tail) - len(tail.lstrip())
    return any(m.type == "LOC" and m.start == start for m in mentions)


def _in_longer_or_typed(m: Mention, start: int, end: int) -> bool:
    """The river gives way to a longer name and to a place already found."""
    return runs_past(m, start, end) or m.type == "LOC"
