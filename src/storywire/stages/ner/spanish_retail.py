"""Spanish retail and local news by its shapes: a shop named by its capitalised trade and its
owner ("Zapatería Calvo", "Ferretería Soler": a firm, the tagger reads a person); a body's name
that swallowed the verb after it ("la Unión de Consumidores de X ve ...": a short lower-case
word ends no Spanish body's name); a councillor's portfolio ("la concejala de Comercio": not a
body, nor a place where the tagger reads "Cultura" as one, round 40; nor a body where it reads a
two-word field as one, "el concejal de Medio Ambiente", round 41), a campaign's name ("la
campaña X Vivo": not labelled, as the guidelines settle) and a holiday ("la campaña de
Navidad": not a place; "la Navidad de 1965", a date, round 40); a name a body noun typed ORG is
the same firm where the tagger reads it again as a place ("la cadena de supermercados X" ...
"la llegada de X").
A firm named by its capitalised industry in the plural and one name ("Gráficas X", "Talleres X",
"Conservas X") is a firm wherever it stands, after a workshop's lower-case noun too ("la imprenta
Gráficas X"), and its name alone is the firm until the article names a person of that surname
in full (a founder introduced later: "fundada por Pedro X"); the tagger reads a person.  A
redundancy procedure ("un ERE", "el ERTE para 40 trabajadores") is no body, as schemes are not.

Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.body_nouns import MODEL as BODY_NOUN
from storywire.stages.ner.body_nouns import OWNER_SHOP_MODEL
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "spanish-retail"
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü'-]+"
_TRADES = (
    "Zapatería|Panadería|Pastelería|Confitería|Carnicería|Charcutería|Pescadería|Frutería|Ferretería|"
    "Librería|Joyería|Relojería|Mercería|Droguería|Papelería|Perfumería|Floristería|Mueblería|Tejidos|"
    "Peluquería|Óptica|Churrería|Ultramarinos"
)
# "Zapatería Calvo", "Ferretería Hermanos Soler"; never the trade alone ("la Zapatería")
_SHOP = re.compile(rf"(?<![\w-])(?:{_TRADES}) +{_NAME}(?: +(?:y +)?{_NAME})*")
# Industries in the plural that name firms ("Gráficas Arlés", "Talleres Ochoa", "Conservas Ribas"),
# never before "de"/"del" ("Industrias Químicas del X" is a longer name, left to the tagger).
_INDUSTRIES = (
    "(?:Artes +)?Gráficas|Talleres|Industrias|Construcciones|Transportes|Conservas|Embutidos|Hormigones|"
    "Excavaciones|Autocares|Maderas|Cerámicas"
)
_INDUSTRY_FIRM = re.compile(
    rf"(?<![\w-])(?:{_INDUSTRIES}) +(?P<name>{_NAME})(?![\w'-])(?! +(?:de|del|y|e)\b)(?! +[A-ZÁÉÍÓÚÑ])"
)
# a redundancy procedure, the tagger's run after it included ("ERE para 38 trabajadores")
_PROCEDURE = re.compile(r"^(?:ERE|ERTE)(?: |$)")
_SHORT_TAIL = re.compile(r" +([a-záéíóúñ]{1,3})$")
_CONNECTORS = frozenset({"de", "del", "y", "e", "la", "las", "los", "el", "en", "a"})
_PORTFOLIO = re.compile(r"(?:concejala?|concejales|edil|consejer[oa]|delegad[oa]) +de +$")
_CAMPAIGN = re.compile(r"(?<![\w-])campaña +[«\"“]?$")
_HOLIDAYS = frozenset({"Navidad", "Navidades", "Nochebuena", "Nochevieja", "Semana Santa", "Año Nuevo"})
# a holiday dated by its year ("en la Navidad de 1965"): a date, no body
_DATED = re.compile(r" +de +\d{4}$")
# a portfolio the tagger reads as a place ("la concejala de Cultura"): fields of a council's work
_FIELDS = frozenset(
    {
        "Cultura",
        "Educación",
        "Deportes",
        "Turismo",
        "Hacienda",
        "Urbanismo",
        "Festejos",
        "Sanidad",
        "Comercio",
        "Juventud",
        "Igualdad",
        "Empleo",
        "Fiestas",
        "Patrimonio",
        "Movilidad",
        "Vivienda",
        "Obras",
    }
)

# ... and the fields named by two words, which the tagger reads as a body ("el concejal de Medio
# Ambiente"): a portfolio, no body of its own (the council's department is "Concejalía de X").
_TWO_WORD_FIELDS = frozenset(
    {
        "Medio Ambiente",
        "Servicios Sociales",
        "Bienestar Social",
        "Asuntos Sociales",
        "Participación Ciudadana",
        "Seguridad Ciudadana",
        "Obras Públicas",
        "Recursos Humanos",
        "Desarrollo Local",
        "Promoción Económica",
        "Nuevas Tecnologías",
    }
)


def spanish_retail(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with shops by their trade ORG, short verbs cut from bodies' names, portfolios,
    campaigns and holidays dropped, and a firm's name typed again as a place ORG."""
    if language != "es":
        return mentions
    out = mentions
    if any(trade in text for trade in ("ería ", "Tejidos ", "Óptica ", "Ultramarinos ")):
        spans = [found.span() for found in _SHOP.finditer(text)]
        # typed as a body noun's name, so that the owner's surname elsewhere lends it no person
        # type (refine_post_pass.lend_person_type)
        out = claimed_spans(text, out, spans, "ORG", BODY_NOUN, 0.8)
    if any(word in text for word in ("ficas ", "Talleres ", "Industrias ", "Construcciones ", "Transportes ")) or (
        any(word in text for word in ("Conservas ", "Embutidos ", "Hormigones ", "Excavaciones ", "Autocares "))
        or any(word in text for word in ("Maderas ", "Cerámicas "))
    ):
        out = _industry_firms(text, out)
    kept: list[Mention] = []
    for m in out:
        before = text[max(0, m.start - 20) : m.start]
        if _PROCEDURE.match(m.text):
            continue  # "presenta un ERE para 38 de sus 112 trabajadores"
        if m.text in _HOLIDAYS or m.text.removeprefix("Feliz ") in _HOLIDAYS:
            continue  # "durante la campaña de Navidad", "¡Feliz Año Nuevo!"
        if _DATED.search(m.text) is not None and _DATED.sub("", m.text) in _HOLIDAYS:
            continue  # "en la Navidad de 1965"
        if " " not in m.text and m.type == "ORG" and _PORTFOLIO.search(before):
            continue  # "la concejala de Comercio"
        if m.type == "LOC" and m.text in _FIELDS and _PORTFOLIO.search(before):
            continue  # "la concejala de Cultura" read as a place; a town stays ("concejal de Soria")
        if m.text in _TWO_WORD_FIELDS and _PORTFOLIO.search(before):
            continue  # "el concejal de Medio Ambiente", typed a body or a place
        if "campaña" in before and _CAMPAIGN.search(before):
            continue  # "la campaña Zamora Comercio Vivo"
        tail = _SHORT_TAIL.search(m.text) if m.type == "ORG" else None
        if tail is not None and tail.group(1) not in _CONNECTORS:
            # "la Unión de Consumidores de X ve"; then the connectors left bare ("X en el mes")
            words = m.text.split()[:-1]
            while len(words) > 1 and words[-1] in _CONNECTORS:
                words.pop()
            cut = m.start + len(" ".join(words)) if m.text.startswith(" ".join(words)) else m.end
            m.end, m.text, m.model = cut, text[m.start : cut], MODEL
        kept.append(m)
    firms = {m.text for m in kept if m.type == "ORG" and m.model == BODY_NOUN}
    for m in kept:
        if m.type == "LOC" and m.text in firms:
            m.type, m.model = "ORG", MODEL  # "la llegada de Almena" after "la cadena ... Almena"
    return kept


def _industry_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with firms named by their industry ("Gráficas X") ORG, and their name alone
    ("X recibió una ayuda") the firm where no person of that surname is named in full before it."""
    firsts = given_names("es")
    # "Talleres Manuel": a firm named by a given name is left to the tagger
    found = [f for f in _INDUSTRY_FIRM.finditer(text) if f.group("name") not in firsts]
    # typed as a body noun's name, so that a founder's surname elsewhere lends it no person type
    out = claimed_spans(text, mentions, [f.span() for f in found], "ORG", BODY_NOUN, 0.8)
    for name in {f.group("name") for f in found}:
        people = [m.start for m in out if m.type == "PER" and m.text.endswith(" " + name) and " " in m.text]
        introduced = min(people, default=len(text))
        for alone in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[:introduced]):
            s, e = alone.span()
            if re.search(r"[A-ZÁÉÍÓÚÑ]\w* +$", text[max(0, s - 30) : s]) or re.match(r" +[A-ZÁÉÍÓÚÑ]", text[e:]):
                continue  # inside a longer name ("Gráficas X", "Pedro X", "X Impresores")
            inside = [m for m in out if m.start < e and s < m.end]
            if all((m.start, m.end) == (s, e) for m in inside):
                out = [m for m in out if m not in inside]
                # the firm by its kind: the article-wide vote for the founder's surname leaves it
                out.append(Mention(s, e, name, "ORG", OWNER_SHOP_MODEL, 0.7))
    return sorted(out, key=lambda m: (m.start, m.end))
