"""Clubs named by their city, in Spanish and Italian: "empató con el Sevilla", "il Napoli ha vinto".

A city's name takes no article in either language ("en Sevilla", "a Napoli"), but a club
named after it takes the masculine one ("el Sevilla", "del Valencia", "il Torino"), so a city
after a lower-case masculine article is the club.  Countries and regions do take articles ("el
Perú", "il Lazio", "la Toscana"), as do rivers ("del Ebro", "il Po") and a few cities ("il
Cairo", "il Pireo"): those stay places.  Feminine articles are left alone: "la Roma" is the
club, but "la Spezia" the city.
"""

from __future__ import annotations

import functools
import re

from storywire.identity.places import river_names
from storywire.model import Mention
from storywire.stages.ner.gazetteer import REGIONS, city_names, country_names

_MASCULINE = {
    "es": re.compile(r"(?:^|[\s(«\"“])(?:el|del|al)[ \t]+$"),
    "it": re.compile(r"(?:^|[\s(«\"“])(?:il|del|al|dal|nel|col|sul)[ \t]+$"),
}
# Cities whose name takes the masculine article in these languages, and towns named like
# rivers that the river lists lack ("il Po", "il Reno": the Rhine; "el Tajo", "el Don").
_CITIES_WITH_ARTICLE = frozenset({"Cairo", "Pireo", "Ferrol", "Havre"})
_RIVERS = frozenset(
    {"Po", "Reno", "Arno", "Tevere", "Adige", "Piave", "Ebro", "Tajo", "Duero", "Guadiana", "Sena", "Don", "Dnipro"}
)


def clubs_named_by_city(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Retype as ORG each city (not a country) a lower-case masculine article stands before."""
    article = _MASCULINE.get(language)
    if article is None:
        return mentions
    cities = _cities(language)
    for m in mentions:
        if m.type != "LOC" or m.text not in cities:
            continue
        if article.search(text, max(0, m.start - 8), m.start):
            m.type, m.model = "ORG", "city-club"  # kept from the article-wide vote
    return mentions


@functools.cache
def _cities(language: str) -> frozenset[str]:
    """City names that are no country's, region's or river's, and take no article."""
    others = {*country_names(language), *REGIONS.get(language, ()), *river_names(language)}
    return frozenset(city_names(language) - others - _CITIES_WITH_ARTICLE - _RIVERS)
