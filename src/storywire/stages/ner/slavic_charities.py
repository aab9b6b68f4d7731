"""Russian and Ukrainian charities, clubs' venues and branches as the guidelines mark them
(session 31; whole articles only):

- a house or palace of culture named in quotes is a place, with its kind word or abbreviation
  and its quotes ("ДК «Металлург»", "Будинок культури «Світанок»"): the legal-form pass reads
  "ДК" as a firm's form;
- a charity fund after lower-case kind words gives its quoted name alone ("Тверской
  благотворительный фонд «Тёплый дом»" -> "Тёплый дом"), as "фонд «X»" elsewhere;
- a cup or trophy is a tournament, no name ("Кубок Волги", "Кубка Карпат");
- Caritas with the town or country it serves is one body ("Каритас Самара", "Карітасу Львів"):
  the tagger types the town apart;
- a school counted by its number keeps its town in the genitive after it ("ДЮСШ № 2
  Череповца"); the tagger reads that town and the next person as one person;
- a Ukrainian district's or town's branch of a named body is one ORG before that body
  ("Стрийська районна організація" + "Товариства Червоного Хреста"); the tagger reads its
  adjective as a person; before an acronym it is one body with it ("обласної організації НСЖУ");
- a local unit named by its town's adjective and its parent in the genitive are two bodies
  ("Коломийська станиця" + "Пласту"), and the parent's other case forms are that body;
- a national Red Cross society and its country are two, as a national body with its country
  ("Товариства Червоного Хреста" + "України"); the tagger reads them as one MISC.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import country_names

MODEL = "slavic-charity"
_LANGUAGES = frozenset({"ru", "uk"})
_HOUSE_OF_CULTURE = re.compile(
    r"^(?:ДК|ДКиТ|Д[Вв]ор(?:ец|ца|це|цом)|Палац(?:у|і|ом)?|Дом(?:а|е|ом)?|Будин(?:ок|ку|ком))"
    r"(?: (?:культуры|культури|молодёжи|молоді|творчества|творчості))? «[^«»\n]+»$"
)
# lower-case kind words of a charity before its quoted name; a capitalised town's adjective may lead
_CHARITY_FUND = re.compile(
    r"^(?:[А-ЯЁІЇЄҐ][\w-]* )?(?:благотворительн|благодійн|некоммерческ|громадськ)\w* "
    r"(?:фонд|организаци|організаці)\w* «(?P<name>[^«»\n]+)»$"
)
_CUP = re.compile(r"^Куб(?:ок|ка|ку|ке|ком|ки|ків|ков)(?: |$)")
_CARITAS = re.compile(r"^Кар[иі]тас(?:у|ом|і|е|а)?$")
_NUMBERED = re.compile(r"№ ?\d+$")
_UK_BRANCH = re.compile(
    r"(?<![\w’'-])[А-ЯІЇЄҐ][\w’'-]*(?:ськ|цьк|зьк)(?:а|ої|ій|у|ою|ий|ого|ому|им|ім|е) "
    r"(?:районн|міськ|обласн|первинн|регіональн)\w* (?:організаці|осеред|відділенн)\w*(?= [А-ЯІЇЄҐ][а-яіїєґ’'])"
)
# A scouting or other association's local unit named by its town's adjective, with its parent
# in the genitive after it ("Коломийська станиця" + "Пласту"): two bodies, the branch and its
# parent (settled in round 30 for "отделение" + its society); the rules read the unit as MISC
# and the parent as a place.
_UK_LOCAL_UNIT = re.compile(
    r"(?<![\w’'-])(?P<unit>[А-ЯІЇЄҐ][\w’'-]*(?:ськ|цьк|зьк)(?:а|ої|ій|у|ою|ий|ого|ому|им|ім|е) "
    r"(?:станиц|осеред|курін|курен)\w*) (?P<parent>[А-ЯІЇЄҐ][а-яіїєґ’']{3,}(?:у|а|и|і|ї))(?![\w’'-])"
)
_RED_CROSS = re.compile(
    r"^(?P<body>(?:Товариств|Обществ)\w* (?:Червоного Хреста|Красного Креста)) (?P<country>[А-ЯЁІЇЄҐ][\w’'-]+)$"
)
_NEXT_WORD = re.compile(r" (?P<word>[А-ЯЁІЇЄҐ][а-яёіїєґ’'-]+(?:а|я|и|ы|і))(?![\w’'-])")


def slavic_charities(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above retyped, cut, joined or dropped."""
    if language not in _LANGUAGES or not mentions:
        return mentions
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    if "«" in text:
        out = [_quoted(m) for m in out]
    if "Куб" in text:
        out = [m for m in out if m.type == "PER" or _CUP.match(m.text) is None]
    if "тас" in text:
        out = _caritas_branches(text, out)
    if "№" in text:
        out = _numbered_with_towns(text, out, language)
    if language == "uk" and any(w in text for w in ("організаці", "осеред", "відділенн")):
        out = claimed_spans(text, out, [f.span() for f in _UK_BRANCH.finditer(text)], "ORG", MODEL, 0.8)
    if language == "uk" and any(w in text for w in ("станиц", "осеред", "курін", "курен")):
        out = _local_units(text, out)
    if "Хрест" in text or "Крест" in text:
        out = [part for m in out for part in _red_cross(m, language)]
    return out


def _local_units(text: str, out: list[Mention]) -> list[Mention]:
    """The unit and its parent as two ORGs, and the parent's other case forms in the article
    ("У Пласті розповіли") a body too: one word sharing all but its ending with the parent."""
    units = list(_UK_LOCAL_UNIT.finditer(text))
    if not units:
        return out
    spans = [f.span("unit") for f in units] + [f.span("parent") for f in units]
    out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8)
    stems = {f["parent"][:-1] for f in units}
    return [
        Mention(m.start, m.end, m.text, "ORG", MODEL, m.confidence)
        if m.type in ("LOC", "MISC") and " " not in m.text and m.text[:-1] in stems
        else m
        for m in out
    ]


def _red_cross(m: Mention, language: str) -> list[Mention]:
    found = _RED_CROSS.match(m.text)
    if found is None or not found["country"].startswith(_country_stems(language)):
        return [m]
    body_end = m.start + found.end("body")
    country = found["country"]
    return [
        Mention(m.start, body_end, found["body"], "ORG", MODEL, m.confidence),
        Mention(m.end - len(country), m.end, country, "LOC", MODEL, m.confidence),
    ]


def _country_stems(language: str) -> tuple[str, ...]:
    """Countries' names cut to their first five letters, so an inflected one is seen ("України")."""
    return tuple(sorted({name[:5] for name in country_names(language) if len(name) >= 5}))


def _quoted(m: Mention) -> Mention:
    if _HOUSE_OF_CULTURE.match(m.text):
        return Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)
    found = _CHARITY_FUND.match(m.text) if m.type == "ORG" else None
    if found is None:
        return m
    start = m.start + found.start("name")
    return Mention(start, start + len(found["name"]), found["name"], "ORG", MODEL, m.confidence)


def _caritas_branches(text: str, out: list[Mention]) -> list[Mention]:
    """Caritas typed ORG, then its town typed LOC right after: one ORG."""
    i = 0
    while i + 1 < len(out):
        body, town = out[i], out[i + 1]
        adjacent = town.start == body.end + 1 and text[body.end] == " " and " " not in town.text
        if body.type == "ORG" and _CARITAS.match(body.text) and town.type == "LOC" and adjacent:
            out[i : i + 2] = [Mention(body.start, town.end, text[body.start : town.end], "ORG", MODEL, 0.8)]
        i += 1
    return out


def _numbered_with_towns(text: str, out: list[Mention], language: str) -> list[Mention]:
    """A numbered school's ORG goes on to the genitive town after it; a person the tagger began
    with the town is cut to the words after it."""
    names = given_names(language)
    for i, body in enumerate(out):
        if body.type != "ORG" or _NUMBERED.search(body.text) is None:
            continue
        found = _NEXT_WORD.match(text, body.end)
        if found is None or found["word"] in names:
            continue
        end = found.end()
        out[i] = Mention(body.start, end, text[body.start : end], "ORG", MODEL, body.confidence)
        rest: list[Mention] = []
        for m in out[i + 1 :]:
            if m.start < end and m.end > end and text[end] == " ":
                m = Mention(end + 1, m.end, text[end + 1 : m.end], m.type, m.model, m.confidence)
            elif m.start < end:
                continue
            rest.append(m)
        out[i + 1 :] = rest
    return out
