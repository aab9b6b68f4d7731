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
from storywire.stages.ner.context_orgs import ContextNames, with_context_orgs

MODEL = "club"
_SCORE = re.compile(r"(?<![\d.,:])\d{1,2}\s?[-:–]\s?\d{1,2}(?![\d,:]|\.\d)")
# Words of a match, per language (a word list shared by all would let English "but", French
# for a goal, call every English paragraph a sports report).
_SPORT_WORDS = {
    "en": r"stadium|match|matches|goal|goals|scored|league|coach|striker|penalty|fixture|kick-off|Premier League",
    "de": r"Stadion|Spiel|Spiels|Tor|Tore|Toren|Trainer|Bundesliga|Elfmeter|Treffer|Derby",
    "fr": r"stade|match|but|buts|entraîneur|Ligue 1|penalty|rencontre|attaquant",
    "es": r"estadio|empató|partido|gol|goles|entrenador|LaLiga|penalti|delantero",
    "it": r"stadio|pareggiato|partita|gol|allenatore|Serie A|rigore|campionato|attaccante",
    "nl": r"wedstrijd|doelpunt|trainer|Eredivisie|strafschop",
    "pl": r"stadion|stadionie|mecz|meczu|gol|gola|bramkę|bramki|trener|Ekstraklasa|Ekstraklasy|napastnik",
    "ru": r"стадион|стадионе|матч|матче|гол|голы|тренер|счётом|счетом|чемпионата|РПЛ|нападающий",
    "uk": r"стадіон|стадіоні|матч|матчі|гол|голи|тренер|рахунком|чемпіонату|УПЛ|нападник",
}
_CLUBS = ContextNames(MODEL, club_forms, _SPORT_WORDS, _SCORE)


def with_clubs(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the article's clubs typed ORG (model "club"), as above."""
    return with_context_orgs(text, mentions, language, _CLUBS)
