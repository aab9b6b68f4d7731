"""French church bodies and religious houses, as the project's guidelines read them:

* a diocese or a parish is a body, its place inside its name ("l'accord du diocèse de Séez",
  "le curé de la paroisse Saint-Pierre-des-Champs", "la paroisse de Ploaré"): one ORG, where
  spaCy reads the town alone or the saint's name as a person;
* a Roman dicastery or congregation of the Curia is named by its whole remit ("Dicastère pour
  les instituts de vie consacrée et les sociétés de vie apostolique"): one ORG, where spaCy
  stops at the first word;
* an abbey, monastery, convent or priory is the place where something happens, but the body
  where the sentence has it act ("L'abbaye Saint-X, qui emploie trois salariés, s'est engagée",
  "le monastère Y a vendu"): ORG there, LOC elsewhere;
* "pays d'Auge", "pays de Caux": the named land after a lower-case "pays" is a place.

Whole articles only; each rule looks only where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "french-church"

_NAME = r"[A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*"
# "diocèse de Séez", "archidiocèse de Lyon", "paroisse Saint-Benoît-en-Auge", "paroisse de Ploaré"
_CHURCH_BODY = re.compile(
    rf"(?<![\w-])(?:[Dd]iocèse|[Aa]rchidiocèse|[Pp]aroisse|[Éé]vêché|[Aa]rchevêché)"
    rf" (?:(?:de la |de l['’]|du |des |de |d['’]){_NAME}|(?:Saint|Sainte|Notre-Dame)(?:-[\w'’]+)+)"
)
# a lower-case remit after the Curia's kind word, through "et" and commas of its own
_DICASTERY = re.compile(
    r"(?<![\w-])(?:(?:Dicastère|Conseil pontifical) (?:pour|de|des|du)|Congrégation pour) "
    r"(?:(?:l['’]|la |le |les |des |du |de |d['’]|et |pour |à )?[a-zà-ÿ][\w'’-]*,? ?){1,12}"
)
_LOCATIVE_BEFORE = re.compile(r"(?:\b[Dd]ans (?:le|la|l['’])|\b[Ee]n) ?$")
# A religious house that acts: its mention opens a clause whose verb employs, sells, signs ...
_HOUSE = re.compile(r"^(?:[Aa]bbaye|[Mm]onastère|[Cc]ouvent|[Pp]rieuré|[Cc]armel|[Cc]hartreuse) ")
_ACTING_AFTER = re.compile(
    r"(?:, qui (?:ne |n['’])?| (?:ne |n['’])?)"
    r"(?:a |avait |aura |va |doit |devra |vient d['’]|s['’]est |s['’]était |se |s['’])?"
    r"(?:emploi|employ|annonc|engag|vend|achet|rachet|sign|gère|gér|organis|propos|demand|refus|accept|"
    r"recrut|lanc|financ|possèd|posséd|cède|céd|publi|décid|prévoi|prév|loue|lou|embauch|invest|"
    r"réclam|conteste|contest|attaqu|porte plainte|porté plainte|cherche|recherch|compte|assur)"
)
_PAYS = re.compile(rf"(?<![\w-])pays (?:de la |de l['’]|du |de |d['’])(?P<name>{_NAME})")
_NOT_A_LAND = frozenset({"Galles"})  # "pays de Galles" is Wales: the whole name


def french_church(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with dioceses, parishes and the Curia's dicasteries one ORG, a religious house
    that acts ORG, and the land named after "pays de" a place."""
    if language != "fr":
        return mentions
    low = text.lower()
    if "diocèse" in low or "paroisse" in low or "évêché" in low:
        spans = [
            found.span()
            for found in _CHURCH_BODY.finditer(text)
            if not _LOCATIVE_BEFORE.search(text, max(0, found.start() - 12), found.start())
        ]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)
    if "Dicastère" in text or "Congrégation" in text or "Conseil pontifical" in text:
        spans = [_trimmed(text, found.start(), found.end()) for found in _DICASTERY.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)
    mentions = _acting_houses(text, mentions)
    if "pays d" in text:
        mentions = _lands(text, mentions)
    return mentions


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the trailing space, comma or a dangling joining word."""
    span, before = text[start:end], ""
    while span != before:
        before, span = span, _DANGLING.sub("", span.rstrip(" ,"))
    return start, start + len(span)


_DANGLING = re.compile(r" (?:et|à|de|du|des|la|le|les|pour|l['’]|d['’])$")


def _acting_houses(text: str, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        if m.type == "LOC" and _HOUSE.match(m.text) and _ACTING_AFTER.match(text, m.end):
            m.type, m.model = "ORG", MODEL
    return mentions


def _lands(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for found in _PAYS.finditer(text):
        s, e = found.span("name")
        if found["name"] in _NOT_A_LAND or any(m.start < e and s < m.end for m in out):
            continue
        out.append(Mention(s, e, found["name"], "LOC", MODEL, 0.7))
    return sorted(out, key=lambda m: (m.start, m.end)) if len(out) > len(mentions) else mentions
