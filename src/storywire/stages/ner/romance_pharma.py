"""Spanish and Italian health and industry news by its shapes: a medicine named with its kind
noun ("Hepaclar, una heparina", "il farmaco Xilovax": no name, as the guidelines settle for
drugs and vaccines, in every paragraph it stands in); an industrial estate after its lower-case
kind word, with or without its "de" ("polígono de Villadangos", "polígono Malpica": the town or
district, a place), and a plant after its lower-case kind word where the name is a known town
("la planta de Almussafes": the place, which the tagger types a firm); a newspaper's title read as a place
("El Noticiero de León": ORG); a tagged run that swallowed a sentence before a body ("Parte de
la inversión procede del ... Ministerio de Industria": the body alone) or a verb after an
acronym ("EMA da": "EMA").

Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.missed_places import known_places

MODEL = "romance-pharma"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_DRUG_NOUN = (
    r"(?:heparina|eparina|anticoagulante|fármaco|farmaco|medicamento|medicinale|antibiótico|antibiotico|"
    r"vacuna|vaccino|analgésico|analgesico|antiviral|antivirale|anticuerpo|anticorpo|insulina|"
    r"antidepresivo|antidepressivo|antitumoral|antitumorale|biosimilar|biosimilare|genérico|generico|"
    r"inhibidor|inibitore|colirio|collirio|jarabe|sciroppo)"
)
# "Hepaclar, una heparina ...", "Trombelix, un anticoagulante"
_DRUG_AFTER = re.compile(rf"^,? +(?:un|una|uno|un['’])? *(?:nuev[oa] +|nuov[oa] +)?{_DRUG_NOUN}\b")
# "el fármaco Trombelix", "il vaccino Xilovax"
_DRUG_BEFORE = re.compile(rf"\b(?:el|la|il|lo|l['’]|del|della|dello|al|allo) *{_DRUG_NOUN} +$", re.IGNORECASE)
_ESTATE = re.compile(
    # an estate named after a saint or shrine keeps its joining words ("polígono de Nuestra
    # Señora de los Ángeles")
    rf"(?<![\w-])polígono(?: industrial)? +(?:(?:de|del) +)?(?!Industrial\b)"
    rf"(?P<name>{_NAME}(?: +{_NAME})?(?: +de +(?:la|las|los) +{_NAME})?)"
)
_PLANT = re.compile(rf"(?<![\w-])(?:planta|fábrica|factoría) +de +(?P<name>{_NAME}(?: +{_NAME})?)")
# "la planta de Mercedes en Vitoria": a firm's plant names its town after "en"
_FIRM_PLANT = re.compile(r" +en +[A-ZÀ-ÖØ-Þ]")
_PAPER = re.compile(
    r"^(?:El|La) (?:Noticiero|Diario|Periódico|Heraldo|Correo|Faro|Gaceta|Crónica|Tribuna|Norte|Comercio|"
    r"Progreso|Voz|Opinión|Informador|Mercantil)\b"
    # a paper named by its kind and its town without an article ("Diario Jaén"): the tagger
    # reads the two capitalised words as a person
    r"|^(?:Diario|Heraldo|Periódico|Gaceta) [A-ZÁÉÍÓÚ][\w-]+$"
)
_BODY_HEAD = re.compile(
    r"\b(?:Ministerio|Ministero|Consejería|Conselleria|Agencia|Agenzia|Instituto|Istituto|Junta|"
    r"Ayuntamiento|Comune|Universidad|Università|Fundación|Fondazione|Comisión|Commissione|Consejo|Consiglio)\b"
)
_CONNECTOR = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "para", "di", "della", "dei", "delle", "per"})
_ACRONYM_TAIL = re.compile(r"^(?P<acronym>[A-Z]{2,6}) [a-zà-ú]+$")


def romance_pharma(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` without medicines, with estates' towns places, newspapers ORG and runs cut
    to the body or acronym they end with."""
    if language not in ("es", "it"):
        return mentions
    drugs = {m.text for m in mentions if " " not in m.text and _is_drug(text, m)}
    out: list[Mention] = []
    for m in mentions:
        if m.text in drugs:
            continue  # the medicine's every mention, "distribuir Hepaclar en Alemania" too
        out.append(_cut_run(text, m))
    for m in out:
        if m.type != "ORG" and _PAPER.match(m.text):
            m.type, m.model = "ORG", MODEL  # "Según publicó El Noticiero de León"
    if language == "es" and "polígono" in text:
        out = _estates(text, out)
    if language == "es" and any(kind in text for kind in ("planta de", "fábrica de", "factoría de")):
        out = _plants(text, out)
    return out


def _is_drug(text: str, m: Mention) -> bool:
    return bool(_DRUG_AFTER.match(text[m.end : m.end + 40]) or _DRUG_BEFORE.search(text, max(0, m.start - 30), m.start))


def _plants(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "la planta de Figueruelas" typed ORG or missed: a known town, the place."""
    places = known_places("es")
    out = list(mentions)
    for found in _PLANT.finditer(text):
        s, e = found.span("name")
        if found["name"] not in places or _FIRM_PLANT.match(text, e):
            continue
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.start < s or m.end > e or m.type == "PER" for m in inside):
            continue
        out = [m for m in out if m not in inside] + [Mention(s, e, text[s:e], "LOC", MODEL, 0.75)]
    return sorted(out, key=lambda m: (m.start, m.end))


def _cut_run(text: str, m: Mention) -> Mention:
    """A run with a lower-case word other than a connector, ending with a body: the body; an
    acronym with a verb after it: the acronym."""
    tail = _ACRONYM_TAIL.match(m.text)
    if tail is not None:
        return Mention(m.start, m.start + tail.end("acronym"), tail.group("acronym"), m.type, MODEL, m.confidence)
    if m.type != "ORG" or m.text.count(" ") < 4:
        return m
    loose = [w.end() for w in re.finditer(r"\S+", m.text) if w.group()[0].islower() and w.group() not in _CONNECTOR]
    if not loose:
        return m
    heads = list(_BODY_HEAD.finditer(m.text, loose[-1]))
    if not heads:
        return m
    s = heads[-1].start()
    return Mention(m.start + s, m.end, m.text[s:], "ORG", MODEL, m.confidence)


def _estates(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "polígono de Villadangos" typed ORG or missed: the town, a place."""
    out = list(mentions)
    for found in _ESTATE.finditer(text):
        s, e = found.span("name")
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in inside):
            continue  # a longer name the tagger found
        out = [m for m in out if m not in inside] + [Mention(s, e, text[s:e], "LOC", MODEL, 0.75)]
    return sorted(out, key=lambda m: (m.start, m.end))
