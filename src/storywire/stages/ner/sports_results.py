"""Clubs named by their city in a match result, and the stadiums they play in.

Sports news names a club by its city or country: "Marseille beat Lyon 2-1", "le PSG a battu
Lyon 2-1", "la Polonia ha battuto l'Austria 3-1".  Taggers type those names as the places
they also are, and the article-wide vote would make the club a place again wherever the city
is named as a town ("Police in Lyon").  A result is unmistakable: two names on either side of
a verb of winning, drawing or losing, the score right after.  Both names are the teams: ORG,
kept from the vote (model "sports-result").

The other way round, a city typed ORG right after a place preposition is the city ("Police
in Lyon arrested", "à Lyon"): a club is not where things happen.

A stadium's name after its head word ("Stade Velodrome", "Estadio Metropolitano", "Stadio
Olimpico") that no model found is a place, as the project's guidelines mark it.
"""

from __future__ import annotations

import functools
import itertools
import re

from storywire.model import Mention
from storywire.stages.ner.gazetteer import city_names

MODEL = "sports-result"

# Verbs of a result, between the two teams; the score follows the second team.
_RESULT_VERBS: dict[str, str] = {
    "en": r"beat|beats|defeated|edged|edged past|thrashed|routed|drew with|drew|lost to|held|overcame|downed",
    "fr": r"a battu|bat|a dominé|a écrasé|s'est imposé face à|s’est imposé face à|s'est imposé contre|"
    r"s’est imposé contre|a fait match nul contre|a perdu contre|a fait chuter|a renversé",
    "de": r"schlug|besiegte|bezwang|gewann gegen|verlor gegen|unterlag|spielte unentschieden gegen",
    "es": r"venció a|derrotó a|ganó a|goleó a|empató con|empató ante|perdió ante|perdió contra|superó a",
    "it": r"ha battuto|batte|ha sconfitto|ha superato|ha pareggiato con|ha perso contro|ha perso con|"
    r"ha travolto|ha piegato",
    "pl": r"pokonał|pokonała|pokonali|pokonało|zremisował z|zremisowała z|przegrał z|przegrała z|ograł|ograła",
    "nl": r"versloeg|won van|verloor van|speelde gelijk tegen",
    "ru": r"обыграл|обыграла|победил|победила|уступил|уступила|разгромил|разгромила|сыграл вничью с",
    "uk": r"обіграв|обіграла|переміг|перемогла|поступився|поступилася|розгромив|розгромила|зіграв унічию з",
}
_DIGIT = re.compile(r"\d")
_SCORE = r"\s*\(?\d{1,2}\s*[-:–]\s*\d{1,2}\)?"
_SCORED = re.compile(r"(.*\S)\s+\d{1,2}\s*[-:–]\s*\d{1,2}")
_STADIUM = re.compile(
    r"\b(?:Stade|Stadium|Estadio|Stadio|Stadion|Arena|Estádio)(?:\s+(?:de|du|des|della|del|dei|do|da|of|la|le))?"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3}"
)


@functools.cache
def _pattern(language: str) -> re.Pattern[str] | None:
    verbs = _RESULT_VERBS.get(language)
    if verbs is None:
        return None
    # (?:l['’]|la|le|il|el|the)? before the second team: "ha battuto l'Austria", "a battu le Real"
    return re.compile(rf"\s+(?:{verbs})\s+(?:(?:l['’]|la |le |il |el |the |die |den |das )\s*)?$")


def with_sports_results(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with both teams of each result typed ORG, and stadiums after their head word."""
    out = _places_after_prepositions(text, _stadiums(text, mentions), language)
    pattern = _pattern(language)
    if pattern is None or _DIGIT.search(text) is None:
        return out
    ordered = sorted(out, key=lambda m: m.start)
    for first, second in itertools.pairwise(ordered):
        between = text[first.end : second.start]
        if len(between) > 40 or not pattern.search(between):
            continue
        scored = _SCORED.fullmatch(second.text)
        if scored is not None:  # "beat Lyon 2-1" read as one span "Lyon 2-1" (spaCy)
            second.end, second.text = second.start + len(scored.group(1)), scored.group(1)
        elif not re.match(_SCORE, text[second.end :]):
            continue
        for team in (first, second):
            team.type, team.model = "ORG", MODEL
    return out


# Prepositions of being somewhere, never of playing someone (Polish "z", "with" and "from", is not)
_IN = {"en": "in", "fr": "à", "de": "in", "es": "en", "it": "a in", "pl": "w we", "nl": "in", "ru": "в во", "uk": "в у"}


def _places_after_prepositions(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    preps = _IN.get(language, "").split()
    if not preps:
        return mentions
    cities = city_names(language)
    for m in mentions:
        if m.type == "ORG" and " " not in m.text and m.text in cities:
            before = text[max(0, m.start - 12) : m.start].split()
            if before and before[-1].lower() in preps:
                m.type = "LOC"
    return mentions


def _stadiums(text: str, mentions: list[Mention]) -> list[Mention]:
    if "Stad" not in text and "Arena" not in text and "Estádio" not in text:
        return mentions
    out = list(mentions)
    for found in _STADIUM.finditer(text):
        s, e = found.span()
        if any(m.start < e and s < m.end for m in out):
            continue  # what the model found there stays (WikiANN types stadiums ORG: "Estadio Azteca")
        out.append(Mention(s, e, text[s:e], "LOC", model="stadium", confidence=0.8))
    return sorted(out, key=lambda m: (m.start, m.end))
