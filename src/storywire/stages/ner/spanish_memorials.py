"""Spanish cemeteries, memorials, parishes, craft firms and bylines by their kinds of name
(round 35):

* a byline in capitals with its dateline after a bar ("LUCÍA MARTÍN | ALCALÁ") is the
  reporter and the town, where the model reads the name as a body;
* after a lower-case cemetery's or crematorium's word ("cementerio de Olite") only the town is
  the place, when the article names the town on its own too; a cemetery's own name
  ("cementerio de Vista Alegre") keeps its kind word;
* a memorial site with a name of its own and its town ("Parque de la Memoria de Paterna") is
  two places, where the model reads one body;
* a parish that acts ("la parroquia de San Pedro ha cedido ...") is a body, where the street
  rules read a church;
* a craft business named "Hermanos X" after its lower-case trade ("marmolería Hermanos Soto")
  is a firm, and a town after it and a comma (", de Estella,") a place; the model reads persons;
* "ADN" and "ARN" (DNA, RNA) are no names;
* a model's span that runs on past a name into lower-case words ("Gobierno de Aragón
  financia", "Ruiz a pie de obra") ends at the name.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import Blocks, claimed_spans, runs_past

MODEL = "spanish-memorials"
PARISH_MODEL = "parish-acting"
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü'-]*"
_CAPS = r"[A-ZÁÉÍÓÚÑÜ]{2,}"
# ... and a dateline's province in brackets after the town ("| ZAFRA (BADAJOZ)"), a place of its own
_BYLINE = re.compile(
    rf"^(?P<per>{_CAPS}(?: +{_CAPS}){{1,3}}) *\| *(?P<loc>{_CAPS}(?: +{_CAPS}){{0,2}})"
    rf"(?: *\((?P<province>{_CAPS}(?: +{_CAPS}){{0,2}})\))? *$",
    re.M,
)
_CEMETERY = re.compile(
    r"(?<![\w-])(?:cementerio|tanatorio|crematorio|camposanto|velatorio)(?: +municipal)? +de +"
    rf"(?P<name>{_NAME}(?: +{_NAME})?)(?![\w-])"
)
_MEMORIAL = re.compile(
    r"(?<![\w-])(?P<site>(?:Parque|Monumento|Memorial|Jardín|Mausoleo|Panteón|Muro|Espacio|Lugar) +de +"
    r"(?:la|los|las|el) +(?:Memoria|Víctimas|Caídos|Fusilados|Desaparecidos|Paz|Reconciliación|Dignidad)"
    rf"(?: +{_NAME})?) +de +(?P<town>{_NAME}(?: +{_NAME})?)(?![\w-])"
)
_PARISH = re.compile(
    r"(?<![\w-])(?P<name>[Pp]arroquia +de +(?:San|Santa|Santo|Santiago|Nuestra +Señora +de|la|el)"
    rf"(?: +{_NAME}){{1,3}})(?:,[^,.]{{1,60}},)? +(?:ha|han|había|habían|abrió|abre|organiza|organizó|acoge|"
    r"acogió|celebra|celebró|convoca|convocó|ofrece|ofreció|cede|cedió|pide|pidió|anuncia|anunció|recauda|recaudó)\b"
)
_TRADE = re.compile(
    r"(?<![\w-])(?:marmolería|panadería|carpintería|funeraria|ferretería|serrería|aserradero|imprenta|"
    r"pastelería|confitería|floristería|constructora|taller|talleres|bodega|bodegas|transportes)"
    rf" +(?P<name>Hermanos +{_NAME}(?: +{_NAME})?)(?:, +de +(?P<town>{_NAME}(?: +{_NAME})?),)?"
)
_NO_NAMES = frozenset({"ADN", "ARN"})
# a lone lower-case word with an adjective's ending after the name (nationality, "nacional")
_ADJECTIVE_ENDINGS = (
    "ano",
    "ana",
    "ino",
    "ina",
    "al",
    "ales",
    "ense",
    "és",
    "esa",
    "ico",
    "ica",
    "ario",
    "aria",
    "ivo",
    "iva",
)
_NAME_LINKS = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "para", "contra", "sin", "en"})


def spanish_memorials(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with bylines, cemeteries' towns, memorial sites, acting parishes and craft
    firms typed, DNA dropped and run-on spans cut at their name."""
    if language != "es":
        return mentions
    out = [_cut_run_on(m) for m in mentions if not (m.text in _NO_NAMES and m.type != "PER")]
    if "|" in text:
        for f in _BYLINE.finditer(text):
            out = claimed_spans(text, out, [f.span("per")], "PER", MODEL, 0.8)
            out = claimed_spans(text, out, [f.span("loc")], "LOC", MODEL, 0.8)
            if f.group("province"):
                out = claimed_spans(text, out, [f.span("province")], "LOC", MODEL, 0.8)
    if "cementerio" in text or "tanatorio" in text or "crematorio" in text or "camposanto" in text:
        spans = [f.span("name") for f in _CEMETERY.finditer(text) if _named_alone(text, f)]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.75, _past_phrase)
    if "Parque" in text or "Monumento" in text or "Memorial" in text or "Jardín" in text or "Mausoleo" in text:
        for f in _MEMORIAL.finditer(text):
            out = claimed_spans(text, out, [f.span("site"), f.span("town")], "LOC", MODEL, 0.8, _past_both(f))
    if "arroquia" in text:
        spans = [f.span("name") for f in _PARISH.finditer(text)]
        out = claimed_spans(text, out, spans, "ORG", PARISH_MODEL, 0.8, _past_name)
    if "Hermanos" in text:
        for f in _TRADE.finditer(text):
            if any(m.type == "ORG" and m.start == f.start("name") and m.end == f.end("name") for m in out):
                continue  # a firm already (the body-noun pass's model keeps its vote out of harmonise)
            out = claimed_spans(text, out, [f.span("name")], "ORG", MODEL, 0.8)
            if f.group("town"):
                out = claimed_spans(text, out, [f.span("town")], "LOC", MODEL, 0.75)
    return out


def _named_alone(text: str, found: re.Match[str]) -> bool:
    """The cemetery's "de X" is its town where the article names X outside such a phrase too."""
    name = found.group("name")
    for other in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if not any(c.start("name") == other.start() for c in _CEMETERY.finditer(text)):
            return True
    return False


def _past_phrase(m: Mention, start: int, end: int) -> bool:
    """The town takes the street rules' "cementerio de X" but gives way to a longer name."""
    return m.end > end or (m.start < start and not m.text[:1].islower())


def _past_both(found: re.Match[str]) -> Blocks:
    """The memorial and its town take the model's span over both, but no longer one."""
    whole_start, whole_end = found.span()

    def blocks(m: Mention, start: int, end: int) -> bool:
        return m.start < whole_start or m.end > whole_end

    return blocks


def _past_name(m: Mention, start: int, end: int) -> bool:
    return runs_past(m, start, end) and not m.text[:1].islower()


def _cut_run_on(m: Mention) -> Mention:
    """A model's span that runs on into lower-case words after a capitalised name ends at
    the name ("Gobierno de Aragón financia" -> "Gobierno de Aragón"); a lower-case word after
    a link ("Asociación de vecinos") belongs to the name."""
    if not m.model.startswith("neural") or m.type == "MISC":
        return m
    words = m.text.split(" ")
    last_cap = max((i for i, w in enumerate(words) if w[:1].isupper()), default=-1)
    tail = words[last_cap + 1 :]
    if last_cap < 0 or not tail or tail[0] in _NAME_LINKS or not all(w.isalpha() and w.islower() for w in tail):
        return m
    if len(tail) == 1 and tail[0].endswith(_ADJECTIVE_ENDINGS):
        return m  # "Gobierno italiano": the adjective is the guidelines' call, not a run-on
    head = " ".join(words[: last_cap + 1])
    if not head[-1:].isalpha():
        return m
    return Mention(m.start, m.start + len(head), head, m.type, m.model, m.confidence)
