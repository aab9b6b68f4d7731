"""Football clubs by name (`identity/clubs.py`), over whole articles.

Taggers type a club by what its name also is: "Arsenal" nothing, "Aston Villa" a place,
"Bayern" the region, "Lecha" a town.  Here a club whose name is no place or common word is an
organisation wherever it stands; a club named like a place ("Napoli", "Bayern") is one only in
a paragraph that speaks of sport (a score, or the words of a match), and never right after a
preposition of place ("a Napoli", "in Dortmund": the city).  A longer span that holds a club
at an edge gives it up ("Zwycięstwo Lecha", "Legii Warszawa Artur Jędrzejczyk").

The machinery is `context_orgs`'; mentions made here carry the model "club", which the
article-wide vote leaves as it is, as it leaves match results ("Napoli" the club in the report,
the city in its headline).
"""

from __future__ import annotations

import re

from storywire.identity.clubs import club_forms
from storywire.model import Mention
from storywire.stages.ner.context_orgs import ContextNames, in_context, with_context_orgs
from storywire.stages.ner.gazetteer import place_names

MODEL = "club"
SCORE = re.compile(r"(?<![\d.,:])\d{1,2}\s?[-:–]\s?\d{1,2}(?![\d,:]|\.\d)")
# Words of a match, per language (a word list shared by all would let English "but", French
# for a goal, call every English paragraph a sports report).
SPORT_WORDS = {
    "en": r"stadium|match|matches|goal|goals|scored|league|coach|striker|penalty|fixture|kick-off|Premier League",
    "de": r"Stadion|Spiel|Spiels|Tor|Tore|Toren|Trainer|Bundesliga|Elfmeter|Treffer|Derby",
    "fr": r"stade|match|but|buts|entraîneur|Ligue 1|penalty|rencontre|attaquant",
    "es": r"estadio|empató|partido|gol|goles|entrenador|LaLiga|penalti|delantero|minuto|balón|portero|centrocampista",
    "it": r"stadio|pareggiato|partita|gol|allenatore|Serie A|rigore|campionato|attaccante",
    "nl": r"wedstrijd|doelpunt|trainer|Eredivisie|strafschop",
    "pl": r"stadion|stadionie|mecz|meczu|gol|gola|bramkę|bramki|trener|Ekstraklasa|Ekstraklasy|napastnik",
    "ru": r"стадион|стадионе|матч|матче|гол|голы|тренер|счётом|счетом|чемпионата|РПЛ|нападающий",
    "uk": r"стадіон|стадіоні|матч|матчі|гол|голи|тренер|рахунком|чемпіонату|УПЛ|нападник",
}
_CLUBS = ContextNames(MODEL, club_forms, SPORT_WORDS, SCORE)


# Clubs no list holds, by the shape of their names, in a sports paragraph: "Harrogate Town",
# "Bradford City", "Le Mans FC", "Cuneo Granda Volley", "SD Ponferradina" ("Kansas City", a
# place the gazetteer knows, is none).
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_CLUB_ENDS = "FC|AFC|CF|SC|Town|City|United|Rovers|County|Athletic|Wanderers|Albion|Volley|Basket|Calcio"
_CLUB_FIRSTS = "FC|SD|CD|UD|SS|SSC|AS|US|AC|RC|SV|VfB|VfL|TSV|FK|NK|KS|MKS|GKS|RCD"
_CLUB_SHAPES = re.compile(
    rf"(?<![\w-])(?:(?:{_CAPITALISED} ){{1,3}}(?:{_CLUB_ENDS})|(?:{_CLUB_FIRSTS})(?: {_CAPITALISED}){{1,2}})(?![\w-])"
)


def with_clubs(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the article's clubs typed ORG (model "club"), as above."""
    return _clubs_by_shape(text, with_context_orgs(text, mentions, language, _CLUBS), language)


# The words a club's shape holds, looked for first: most articles have none.  Behind a
# lookahead on their first letters: without it `re` tries all thirty-five words at every
# character (0.14 ms an article, 0.04 with it).
_CLUB_INITIALS = "".join(sorted({word[0] for word in f"{_CLUB_ENDS}|{_CLUB_FIRSTS}".split("|")}))
_CLUB_WORDS = re.compile(rf"(?=[{_CLUB_INITIALS}])\b(?:{_CLUB_ENDS}|{_CLUB_FIRSTS})\b")


def _clubs_by_shape(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    if _CLUB_WORDS.search(text) is None:
        return mentions
    places = place_names(language)
    out = mentions
    for found in _CLUB_SHAPES.finditer(text):
        s, e = found.start(), found.end()
        if found.group() in places or not in_context(text, s, _CLUBS, language):
            continue
        inside = [m for m in out if m.start < e and s < m.end]
        if any((m.start < s or m.end > e) and m.type != "MISC" for m in inside):
            continue  # a longer name stays; a MISC run past the club ("Laval FC 2") goes
        if any((m.start, m.end, m.type) == (s, e, "ORG") for m in inside):
            continue
        out = [m for m in out if m not in inside] + [Mention(s, e, found.group(), "ORG", model=MODEL, confidence=0.8)]
    return sorted(out, key=lambda m: (m.start, m.end)) if out is not mentions else mentions
