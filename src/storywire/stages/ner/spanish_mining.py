"""Spanish energy, mining and labour news by its kinds of name (session 29, round 25).

* A site after a lower-case kind word is the name alone (the guidelines: "mina Cerro Bermejo"
  -> "Cerro Bermejo", "balsa de estériles El Cuervo" -> "El Cuervo", "la vieja mina de X" -> X),
  LOC; the same name elsewhere in the article is the same place ("mi padre a Cerro Bermejo",
  which the tagger reads as a man).
* A firm given once with its legal form ("Minera X, S.L.U.") is the same firm without it in the
  rest of the article, where the tagger reads "Minera del Odiel"-like names as places.
* A town whose name holds its article ("El Cerro de X", "Las Rozas de X") after a municipal
  cue ("término municipal de", "municipio de", "vecinos de") is LOC with its article, and so
  wherever it stands again (a dateline, "Ayuntamiento de ...").
* Two unions joined by "y" ("CCOO de Industria de X y UGT FICA Y") are two bodies.
* A nickname in quotes inside a full name stays in the person ('Antonio "el Rubio" Domínguez').
* A family by its surname after "hermanos"/"familia" is PER ("los hermanos Vázquez").
* A regional minister's title ("consejera de Industria, Energía y Minas de la Junta de X"):
  the portfolios are no name, the government is one ORG (a body in a job title is labelled).

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import claimed_spans, runs_past
from storywire.stages.ner.word_frequency import zipf

MODEL = "spanish-mining"
_CAP = r"[A-ZÁÉÍÓÚÑÜ][\w’'-]+"
_LINK = r"(?:de|del|de la|de los|de las)"
_ARTICLE = r"(?:El|La|Los|Las)"
# A site's name: an optional article, then one to three capitalised words with "de" links.
# An article after the first word opens the next sentence ("la mina Ray Las negociaciones").
_SITE_NAME = rf"(?:{_ARTICLE} +)?{_CAP}(?: +(?:{_LINK} +)?(?!{_ARTICLE} ){_CAP}){{0,2}}"
_SITE_KINDS = (
    r"minas?|yacimiento|pozo|balsa(?: +de +(?:estériles|residuos|lodos|relaves))?|"
    r"central +(?:térmica|nuclear|solar|hidroeléctrica|eléctrica|de +ciclo +combinado)|"
    r"parque +eólico|planta +(?:solar|fotovoltaica)|subestación|embalse|presa"
)
_SITE = re.compile(rf"(?<![\w-])(?:{_SITE_KINDS}) +(?P<de>(?:de|del) +)?(?P<name>{_SITE_NAME})")
_SITE_CUES = (
    "mina",
    "yacimiento",
    "pozo",
    "balsa",
    "central",
    "parque eólico",
    "planta",
    "subestación",
    "embalse",
    "presa",
)
# Spanish legal forms after a comma: the name before them is the firm.
_LEGAL = re.compile(
    rf"(?P<name>{_CAP}(?: +(?:{_LINK} +|y +)?{_CAP}){{0,3}}), +"
    r"(?:S\.L\.U\.|S\.L\.|S\.A\.U\.|S\.A\.|S\. Coop\.|S\.Coop\.)"
)
_TOWN = re.compile(
    rf"(?<![\w-])(?:término +municipal|municipio|localidad|pueblo|vecinos|vecinas|Ayuntamiento|alcalde|alcaldesa) +de +"
    rf"(?P<town>{_ARTICLE} +{_CAP}(?: +(?:{_LINK} +)?{_CAP}){{0,2}})"
)
_UNIONS = r"(?:CCOO|UGT|CGT|USO|CSIF|CIG|ELA|LAB|SATSE|CNT)"
_UNION_PAIR = re.compile(rf"^(?P<a>{_UNIONS}\b.*?) y (?P<b>{_UNIONS}\b.*)$")
_NICKNAME = re.compile(rf"{_CAP} +[\"“«](?:el|la) +{_CAP}[\"”»] +{_CAP}(?: +{_CAP})?")
_FAMILY = re.compile(rf"(?<![\w-])(?:hermanos|hermanas|familia) +(?P<name>{_CAP})(?! +{_CAP})")
_MINISTER = re.compile(
    r"(?<![\w-])(?:consejer[oa]|viceconsejer[oa]) +de +(?P<port>[^.;:()]{1,90}?) +de +la +"
    rf"(?P<gov>(?:Junta|Xunta|Comunidad|Generalitat) +de +{_CAP}(?: +{_CAP})?|Generalitat(?: +Valenciana)?)"
)


def spanish_mining(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with sites, firms, towns, unions, nicknamed people, families and a regional
    government in a minister's title repaired (see the module's docstring)."""
    if language != "es":
        return mentions
    if any(cue in text for cue in _SITE_CUES):
        mentions = _sites(text, mentions)
    if ", S." in text:
        mentions = _firms_without_forms(text, mentions)
    mentions = _towns_with_articles(text, mentions)
    if " y " in text:
        mentions = _union_pairs(text, mentions)
    if '"' in text or "“" in text or "«" in text:
        spans = [found.span() for found in _NICKNAME.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "PER", MODEL, 0.75, _runs_past_or_body)
    if "herman" in text or "familia" in text:
        # not a common word ("la familia Real", "los hermanos Mayores"): a surname is rarer
        spans = [found.span("name") for found in _FAMILY.finditer(text) if zipf(found["name"].lower(), "es") < 5.0]
        mentions = claimed_spans(text, mentions, spans, "PER", MODEL, 0.7, _runs_past_or_body)
    if "onsejer" in text:
        mentions = _ministers(text, mentions)
    return mentions


def _runs_past_or_body(m: Mention, start: int, end: int) -> bool:
    return runs_past(m, start, end) or (m.type == "ORG" and m.end - m.start == end - start)


def _sites(text: str, mentions: list[Mention]) -> list[Mention]:
    spans: list[tuple[int, int]] = []
    for found in _SITE.finditer(text):
        start, end = found.span("name")
        # "el parque eólico de Iberdrola": after "de" a plant's owner, which the tagger knows;
        # a mine, a pit or a dam "de X" is named after its place ("la mina de Sotiel")
        owned = found.group(0).startswith(("central", "parque", "planta", "subestación"))
        if owned and found["de"] and any(m.type == "ORG" and m.start == start for m in mentions):
            continue
        spans.append((start, end))
    if not spans:
        return mentions
    out = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.75)
    names = {text[s:e] for s, e in spans}
    return _everywhere(text, out, names, "LOC")


def _everywhere(text: str, mentions: list[Mention], names: set[str], etype: EntityType) -> list[Mention]:
    """`mentions` with every whole-word occurrence of `names` typed `etype` where the tagger
    gave it another type or nothing (one inside a longer mention is left to that mention)."""
    spans: list[tuple[int, int]] = []
    for name in names:
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            spans.append(found.span())
    return claimed_spans(text, mentions, sorted(spans), etype, MODEL, 0.7)


def _firms_without_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    names = {found["name"] for found in _LEGAL.finditer(text)}
    # a bare one-word name is left to the general pass ("Ebro Foods, S.A." ... "Ebro")
    names = {n for n in names if " " in n}
    if not names:
        return mentions
    spans: list[tuple[int, int]] = []
    for name in names:
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?!, +S\.)", text):
            spans.append(found.span())
    return claimed_spans(text, mentions, sorted(spans), "ORG", MODEL, 0.75)


def _towns_with_articles(text: str, mentions: list[Mention]) -> list[Mention]:
    names = {found["town"] for found in _TOWN.finditer(text)}
    if not names:
        return mentions
    return _everywhere(text, mentions, names, "LOC")


def _union_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        found = _UNION_PAIR.match(m.text) if m.type == "ORG" else None
        if found is None:
            out.append(m)
            continue
        for part in ("a", "b"):
            start = m.start + found.start(part)
            out.append(Mention(start, m.start + found.end(part), found[part], "ORG", MODEL, 0.75))
    return out


def _ministers(text: str, mentions: list[Mention]) -> list[Mention]:
    out = mentions
    for found in _MINISTER.finditer(text):
        port_start, port_end = found.span("port")
        # the portfolios ("Industria", "Energía y Minas de la Junta de X") are no name
        out = [m for m in out if not (port_start <= m.start < port_end)]
        out = claimed_spans(text, out, [found.span("gov")], "ORG", MODEL, 0.75)
    return out
