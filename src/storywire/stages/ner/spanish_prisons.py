"""Spanish news of prisons, probation and the courts (session 32, round 31), by kind:

- a prison or social-reintegration centre named with its capitalised kind words ("Centro
  Penitenciario Sevilla II", "Centro de Inserción Social Manuel Pérez Díaz") is one place
  where inmates are held: the model types it a body and drops the roman numeral;
- a numbered court with its town ("Juzgado de Primera Instancia n.º 3 de Cádiz") is one body:
  the model splits it and reads "3 de Cádiz" as a date-like place;
- a paper after its lower-case kind word ("el diario Ideal") is a body, which the model reads
  as a place when its name is a common word;
- a regional government: a capitalised article opening the sentence is not part of its name
  ("La Junta de Extremadura ..." -> "Junta de Extremadura"), and the bare "la Junta" acting in
  an article that names a "Junta de X" is that body;
- a programme's name in guillemets after its noun is no name ("el programa «Nuevo Rumbo»");
- a court after its lower-case kind word and a known town ("un juzgado de Teruel") is the town,
  a place, as the guidelines settle for a lower-case kind word; the model reads it a body;
- a courts complex with its capitalised kind words ("Ciudad de la Justicia de Valencia") is a
  place where hearings are held, and its town a place of its own (round 39).

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.missed_places import known_places
from storywire.stages.ner.span_words import without_sentence_opener

MODEL = "spanish-prisons"
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü’'-]+"
_ROMAN = r"(?:I{1,3}|IV|V|VI{1,3})(?![\w-])"
_LINK = r"(?:de +(?:la +|los +|las +)?|del +)"
_PRISON = re.compile(
    r"(?<![\w-])(?:Centro +Penitenciario|Centro +de +Inserción +Social|Centro +de +Internamiento +de +Extranjeros|"
    r"Centro +de +Internamiento +de +Menores|Establecimiento +Penitenciario|Prisión +Provincial)"
    rf"(?: +{_LINK}?{_NAME}(?: +{_LINK}?{_NAME}){{0,3}}(?: +{_ROMAN})?)"
)
_NUMBER = r"(?:n\.º|n\.°|nº|núm\.|número) *\d+"
_COURT = re.compile(
    rf"(?<![\w-])Juzgado +de +(?:lo +)?{_NAME}(?: +(?:e +|de +(?:lo +|la +)?|sobre +la +)?{_NAME}){{0,3}}"
    rf" +{_NUMBER} +de +{_NAME}(?: +de +(?:la +)?{_NAME})?"
)
_PAPER = re.compile(rf"(?<![\w-])(?:diario|periódico|rotativo|semanario) +(?P<name>(?:El +|La +)?{_NAME})")
_ARTICLE = re.compile(r"(?:La|El|Los|Las) +(?=(?:Junta|Xunta|Consejería|Diputación|Fiscalía|Generalitat)\b)")
_BARE_JUNTA = re.compile(
    r"(?<=[Ll]a )Junta(?! +(?:de|del|Directiva|General|Local|Electoral|Vecinal|Rectora)\b)(?= +[a-z])"
)
_JURISDICTION = r"(?:juzgados?|tribunal|tribunales|audiencia)"
_LOWER_COURT = re.compile(
    rf"^{_JURISDICTION} +de +(?P<town>(?:(?:La|El|Los|Las) +)?{_NAME}(?: +de +(?:la +)?{_NAME})?)$"
)
_COMPLEX = re.compile(
    rf"(?<![\w-])(?P<complex>Ciudad +de +la +Justicia|Ciudad +Judicial)"
    rf"(?: +de +(?P<town>(?:(?:La|El|Los|Las) +)?{_NAME}(?: +de +(?:la +)?{_NAME})?))?"
)
_PROGRAMME = re.compile(r"(?:programa|proyecto|plan|iniciativa|campaña)[^.«»]{0,30}«(?P<name>[^»]{2,40})»")


def spanish_prisons(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with prisons, numbered courts, papers, regional governments and programmes
    typed as the module's docstring says."""
    if language != "es":
        return mentions
    out = mentions
    if "Centro" in text or "Establecimiento" in text or "Prisión" in text:
        prisons = [f.span() for f in _PRISON.finditer(text)]
        out = claimed_spans(text, out, prisons, "LOC", MODEL, 0.8, blocks=lambda m, s, e: _longer(text, m, s, e))
    if "Juzgado" in text:
        out = claimed_spans(text, out, [f.span() for f in _COURT.finditer(text)], "ORG", MODEL, 0.8)
    if any(kind in text for kind in ("diario", "periódico", "rotativo", "semanario")):
        out = claimed_spans(text, out, [f.span("name") for f in _PAPER.finditer(text)], "ORG", MODEL, 0.8)
    if "Junta" in text or "Consejería" in text:
        out = [without_sentence_opener(text, m, _ARTICLE) if m.type == "ORG" else m for m in out]
        if re.search(rf"Junta +de +{_NAME}", text):
            out = claimed_spans(text, out, [f.span() for f in _BARE_JUNTA.finditer(text)], "ORG", MODEL, 0.75)
    if "juzgado" in text or "tribunal" in text or "audiencia" in text:
        out = [_lower_court(text, m) for m in out]
    if "Ciudad" in text:
        out = _complexes(text, out)
    if "«" in text:
        spans = [f.span("name") for f in _PROGRAMME.finditer(text)]
        out = [m for m in out if not any(s <= m.start and m.end <= e for s, e in spans)]
    return out


def _lower_court(text: str, m: Mention) -> Mention:
    found = _LOWER_COURT.match(m.text)
    if found is None or found["town"] not in known_places("es"):
        return m  # "juzgado de Guardia": a jurisdiction, no town
    s, e = found.span("town")
    return Mention(m.start + s, m.start + e, found["town"], "LOC", MODEL, 0.75)


def _complexes(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for found in _COMPLEX.finditer(text):
        inside = [m for m in out if m.start < found.end() and found.start() < m.end]
        if any(m.start < found.start() or m.end > found.end() for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(*found.span("complex"), found["complex"], "LOC", MODEL, 0.8))
        if found["town"] is not None:
            out.append(Mention(*found.span("town"), found["town"], "LOC", MODEL, 0.8))
    return sorted(out, key=lambda m: (m.start, m.end))


def _longer(text: str, m: Mention, start: int, end: int) -> bool:
    """A mention around the prison is a longer name, unless it runs on over "y" or a comma into
    the next one ("Centro Penitenciario de X y de la Prisión Provincial de Y": the model's run)."""
    if m.start < start:
        return True
    return m.end > end and not re.match(r" *(?:,|y\b)", text[end : m.end])
