"""Numbered roads as places: "auf der A7", "the A453", "la AP-6", "la N-VI", "la RD 937",
"sulla SS 398", "na drodze S7", "трасса М-4".

A road's number is a place in the project's guidelines, but the taggers miss it (no word of it
is a name) or type it ORG (an acronym's shape). A bare code is ambiguous (an Audi A7, a Samsung
S7, an Airbus A350, paper in A4), so a code counts only where the language writes roads: after a
road's kind word ("Autobahn", "motorway", "autovía", "strada statale", "drodze", "трасса"), or
after the definite article or a preposition that takes a road ("auf der A7", "the M62", "sur
l'A1", "la N-VI"), in the shapes that country's roads take.
"""

from __future__ import annotations

import functools
import re

from storywire.model import Mention
from storywire.stages.ner.gazetteer import place_names

MODEL = "road"

# Codes by language, the country's own road classes first; "E" roads are European everywhere.
_CODES: dict[str, str] = {
    "de": r"(?:A|B|E) ?\d{1,3}",
    "en": r"(?:A\d{1,4}(?:\(M\))?|M\d{1,3}|B\d{4}|I-\d{1,3}|E\d{1,3})",
    "es": r"(?:AP|A|N|M|E|C|CL|CM|CV|EX|LU|MU|R|SE|GR|MA|CA|B)-\d{1,3}|N-(?:I|II|III|IV|V|VI)\b",
    "fr": r"(?:A|N|RN|D|RD|E) ?\d{1,4}",
    "it": r"(?:A|E|SS|SP|SR|Ss|Sp|Sr|SGC) ?\d{1,3}(?:bis|dir)?",
    "pl": r"(?:A|S|E|DK|DW) ?\d{1,3}",
    "ru": r"[МРАЕ]-\d{1,3}",
    "uk": r"[МРНЕ]-\d{1,3}",
}
# Kind words right before a code make it a road whatever its shape; the articles and
# prepositions that the language puts before a road's number only with the road classes that
# nothing else shares ("на М-4" but not "на А-50", an aircraft).
_KIND_WORDS: dict[str, str] = {
    "de": r"Autobahn|Bundesstraße|Bundesautobahn|Schnellstraße|Europastraße",
    "en": r"motorway|road|highway|interstate|route|junction",
    "es": r"autovía|autopista|carretera|nacional",
    "fr": r"autoroute|route|départementale|nationale|voie",
    "it": r"autostrada|statale|provinciale|regionale|strada|superstrada|tangenziale|raccordo",
    "pl": r"autostrada|autostradzie|autostrady|autostradą|drodze|drogi|drogą|droga|trasie|trasy|trasą|"
    r"ekspresowej|ekspresowa|ekspresową|krajowej|krajowa|krajową|wojewódzkiej|obwodnicy",
    "ru": r"трасса|трассе|трассы|трассу|трассой|автодорога|автодороге|автодороги|автодорогу|шоссе|дороге|"
    r"дороги|магистрали",
    "uk": r"траса|трасі|траси|трасу|трасою|автодорога|автодорозі|автодороги|автошлях|автошляху|шосе|"
    r"дорозі|дороги",
}
_ARTICLES: dict[str, tuple[str, str]] = {
    "de": (r"der|die|auf|über|zur", r"(?:A|B) ?\d{1,3}"),
    "en": (r"the|on|onto|along|via", r"(?:A\d{1,4}(?:\(M\))?|M\d{1,3}|B\d{4})"),
    "es": (r"la|por|en", r"(?:AP|A|N|M|C|CL|CM|CV|EX)-\d{1,3}|N-(?:I|II|III|IV|V|VI)\b"),
    "fr": (r"la|l'|l’|sur|par", r"(?:A|N|RN|D|RD) ?\d{1,4}"),
    "it": (
        r"la|sulla|della|dalla|alla|lungo|sull'|sull’|dell'|dell’|dall'|dall’|all'|all’|l'|l’",
        # the provincial and regional roads in local news's own case too ("lungo la Sp 35")
        r"(?:A|SS|SP|SR|Ss|Sp|Sr) ?\d{1,3}(?:bis|dir)?",
    ),
    # a road's number along which something lies ("plac przy DK6", "wzdłuż S7")
    "pl": (r"na|przy|wzdłuż", r"(?:A|S|DK|DW) ?\d{1,3}"),
    "ru": (r"на", r"[МР]-\d{1,3}"),
    "uk": (r"на", r"[МРН]-\d{1,3}"),
}
# Aircraft, vehicles and chips that share a road's shape: "the A350", "an M1 Abrams", "A17 Pro".
_NOT_ROADS = re.compile(
    r"A(?:3\d\d|220|400M?)\b|[AM]\d{1,2}\s+(?:Abrams|Bradley|Garand|tank|rifle|carbine|chip|Bionic|Pro|Max|Ultra|"
    r"Sportback|Avant|quattro)\b"
)
# A road named by its class and number, the class a part of the name: "State Highway 2",
# "Interstate 95", "Route 66", "la route départementale 710", "la nationale 7" (one place, typed
# ORG or cut by the taggers, or no name to them); each with the words that must be in the text.
_NAMED_CLASSES: dict[str, tuple[tuple[str, ...], re.Pattern[str]]] = {
    "en": (
        ("Highway", "Route", "Interstate"),
        re.compile(
            r"(?<![\w-])(?:State Highway|State Route|National Highway|US Route|U\.S\. Route|Interstate|Highway|Route)"
            r" \d{1,4}(?![\w-])"
        ),
    ),
    "fr": (
        ("ationale", "épartementale", "ommunale"),
        re.compile(
            r"(?<![\w-])(?:[Rr]oute (?:départementale|nationale|communale)|[Dd]épartementale|[Nn]ationale)"
            r" (?:n° ?)?\d{1,4}(?![\w-])"
        ),
    ),
}
# A road's quoted name after its number ("М-4 «Дон»", "Р-255 «Сибирь»"): one place with the
# number, quotes in, as the guidelines keep a road's number with its name.
_QUOTED_NAME = re.compile(r" «[А-ЯЁІЇЄҐ][^«»\n]{1,30}»")
# An Italian state, regional or provincial road's own name after its number is part of the
# place ("SS 1 Aurelia", "SR 11 Padana"): one capitalised word, neither a town (the road's
# end: "la SS 16 Bari") nor the start of a longer name
_IT_ROAD_NAME = re.compile(
    r"(?:SS|SR|SP|Ss|Sr|Sp) ?\d{1,3}(?:bis|dir)? (?P<name>[A-Z][a-zàèéìòù]{3,})(?![\w'’-]| [A-Z])"
)
# A code the taggers found and typed a body: "M62", "SS", "Р-4".
_TAGGED_CODE = re.compile(r"(?:[ABEMN]|SS|BR|[РМНЕ])-?\d{1,4}")


@functools.cache
def _pattern(language: str) -> re.Pattern[str] | None:
    if language not in _CODES:
        return None
    articles, weak_codes = _ARTICLES[language]
    before = r"(?:(?<=\s)|(?<=^)|(?<=[(\"«„“]))"
    return re.compile(
        rf"{before}(?:(?i:{_KIND_WORDS[language]})\s(?P<code>{_CODES[language]})"
        rf"|(?i:{articles})\s?(?P<weak>{weak_codes}))(?![\w-])"
    )


@functools.cache
def _any_code(language: str) -> re.Pattern[str]:
    """A code of either kind anywhere: where none is, `_pattern` finds nothing (its code groups
    are these patterns), and the scan of every word as a possible kind word or article is spared."""
    return re.compile(rf"{_CODES[language]}|{_ARTICLES[language][1]}")


def numbered_roads(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each road's number typed LOC: a tagged code retyped, an untagged one added,
    a span that swallowed the code with its class letters cut to the code ("SS" ... "398")."""
    for m in mentions:
        if m.type in ("ORG", "MISC") and _TAGGED_CODE.fullmatch(m.text):
            m.type, m.model = "LOC", MODEL
    pattern = _pattern(language)
    if pattern is None or not any(ch.isdigit() for ch in text):
        return mentions
    added: list[Mention] = []
    dropped: set[int] = set()
    triggers, named = _NAMED_CLASSES.get(language, ((), None))
    if not any(word in text for word in triggers):
        named = None
    for found in named.finditer(text) if named is not None else ():
        s, e = found.span()
        inside = [m for m in mentions if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in inside):
            continue  # inside a longer name ("Route 66 Association")
        dropped.update(id(m) for m in inside)
        added.append(Mention(s, e, found.group(), "LOC", model=MODEL, confidence=0.8))
    for found in pattern.finditer(text) if _any_code(language).search(text) else ():
        group = "code" if found["code"] else "weak"
        s, e = found.span(group)
        code = found[group]
        quoted = _QUOTED_NAME.match(text, e) if language in ("ru", "uk") else None
        if quoted is not None:
            e, code = quoted.end(), text[s : quoted.end()]
        if _NOT_ROADS.fullmatch(code) or _NOT_ROADS.match(text, s):
            continue
        inside = [m for m in mentions if m.start < e and s < m.end]
        if any(a.start < e and s < a.end for a in added):
            continue  # its class named it already ("Highway 2")
        if any(m.start < s and m.type == "LOC" for m in inside):
            continue  # already inside a longer place ("Р-255 «Сибирь»")
        if any(m.start < s or m.end > e for m in inside if m.type == "PER"):
            continue
        named_road = _IT_ROAD_NAME.match(text, s) if language == "it" else None
        if named_road is not None and named_road["name"] not in place_names(language):
            s, e, code = s, named_road.end(), named_road.group()
            inside = [m for m in mentions if m.start < e and s < m.end]
            if any(m.start < s or m.end > e for m in inside):
                continue
        dropped.update(id(m) for m in inside)
        added.append(Mention(s, e, code, "LOC", model=MODEL, confidence=0.8))
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in dropped]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))
