"""Spanish coast and fisheries news by its kinds of name (round 29: guilds, ports, lighthouses):

* a lighthouse keeps its kind word, lower-case or not, as a fort or a church does ("faro de
  Cabo Mayor", "Faro de Chipiona"): the tagger reads the name alone as a body;
* a named stretch of coast ("Costa Brava", "Costa del Sol") is a place, never a body;
* a ministry with its list of portfolios ("Ministerio de Agricultura, Pesca y Alimentación") is
  one body, and a directorate "del Ministerio ..." is cut before it ("Secretaría General de X" +
  the ministry): the tagger stops the ministry at the first comma;
* a well-known body followed by "para el/la ..." ends before it ("Comisión Europea para el
  Mediterráneo" -> "Comisión Europea" + "Mediterráneo" where a known place): the tagger runs on
  into the subject;
* a bare capitalised "Ministerio" after its article acts, a body ("una respuesta del Ministerio"),
  as the settled calls have it.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names

MODEL = "spanish-coast"
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\w'’-]+"
_LIGHTHOUSE = re.compile(rf"(?<![\w-])[Ff]aro (?:de |del |de la )?{_NAME}(?: {_NAME})?(?![\w'’-])")
# Spain's named coasts (real places): a list, since "Costa" opens surnames and firms too.
_COASTS = frozenset(
    {
        "Costa Brava",
        "Costa Blanca",
        "Costa Dorada",
        "Costa Daurada",
        "Costa Cálida",
        "Costa Tropical",
        "Costa del Sol",
        "Costa de la Luz",
        "Costa del Azahar",
        "Costa Verde",
        "Costa da Morte",
        "Costa de Almería",
        "Costa del Maresme",
        "Costa Vasca",
    }
)
_COAST = re.compile("|".join(re.escape(c) for c in sorted(_COASTS, key=len, reverse=True)))
_ITEM = rf"{_NAME}(?: {_NAME})?"
_MINISTRY = re.compile(rf"(?<![\w-])Ministerio de {_ITEM}(?:, {_ITEM})+ (?:y|e) {_ITEM}(?![\w'’-])")
# Bodies well known by their short name, after which "para" opens the subject, not the name.
_BODIES_BEFORE_PARA = ("Comisión Europea", "Parlamento Europeo", "Consejo Europeo", "Gobierno")
_SUBJECT = re.compile(rf" para (?:el|la|los|las) (?P<name>{_NAME})")
# "del Ministerio." alone: no portfolio, no name after it
_BARE_MINISTRY = re.compile(r"\b(?:el|del|al) (?P<name>Ministerio)(?![\w-]| (?:de|del|para|[A-ZÁÉÍÓÚÑ]))")


def spanish_coast(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with lighthouses and coasts typed places, ministries with their lists whole."""
    if language != "es":
        return mentions
    if "aro " in text:
        # "Faro de Vigo" is the Galician newspaper
        found = [f.span() for f in _LIGHTHOUSE.finditer(text) if f.group() != "Faro de Vigo"]
        mentions = claimed_spans(text, mentions, found, "LOC", MODEL, 0.8)
    if "Costa " in text:
        mentions = claimed_spans(text, mentions, [f.span() for f in _COAST.finditer(text)], "LOC", MODEL, 0.8)
    if " para " in text:
        mentions = _before_para(text, mentions)
    if "Ministerio de " in text:
        mentions = _ministries(text, mentions)
    if "Ministerio" in text:
        spans = [f.span("name") for f in _BARE_MINISTRY.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.7)
    return mentions


def _before_para(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Comisión Europea para el Mediterráneo" -> "Comisión Europea" (+ "Mediterráneo")."""
    out: list[Mention] = []
    for m in mentions:
        head = m.text.split(" para ", 1)[0]
        if m.type != "ORG" or head == m.text or head not in _BODIES_BEFORE_PARA:
            out.append(m)
            continue
        end = m.start + len(head)
        out.append(Mention(m.start, end, head, "ORG", MODEL, m.confidence))
        subject = _SUBJECT.match(text, end)
        if subject is not None and subject.end() <= m.end and subject["name"] in place_names("es"):
            out.append(Mention(subject.start("name"), subject.end(), subject["name"], "LOC", MODEL, 0.7))
    return out


def _ministries(text: str, mentions: list[Mention]) -> list[Mention]:
    places = place_names("es")
    # portfolios, not places listed after a ministry ("el Ministerio de Sanidad, Cataluña y Aragón")
    spans = [f.span() for f in _MINISTRY.finditer(text) if not any(w in places for w in _items(f.group()))]
    if not spans:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        # a directorate run into its ministry ("Secretaría General de Pesca del Ministerio de
        # Agricultura"): the directorate ends before " del "
        cut = next((s for s, e in spans if m.start < s - 5 and s < m.end <= e), None)
        if cut is not None and m.type == "ORG" and text[cut - 5 : cut] == " del ":
            out.append(Mention(m.start, cut - 5, text[m.start : cut - 5], "ORG", MODEL, m.confidence))
        else:
            out.append(m)
    return claimed_spans(text, out, spans, "ORG", MODEL, 0.8)


def _items(ministry: str) -> list[str]:
    """The portfolios after the first of "Ministerio de A, B y C": ["B", "C"]."""
    rest = ministry.split(", ", 1)[1]
    return [item for part in rest.split(", ") for item in re.split(r" (?:y|e) ", part)]
