"""Football clubs by name (`identity/clubs.py`), over whole articles.

Taggers type a club by what its name also is: "Arsenal" nothing, "Aston Villa" a place,
"Bayern" the region, "Lecha" a town.  Here a club whose name is no place or common word is an
organisation wherever it stands; a club named like a place ("Napoli", "Bayern") is one only in
a paragraph that speaks of sport (a score, or the words of a match), and never right after a
preposition of place ("a Napoli", "in Dortmund": the city).  A longer span that holds a club
at an edge gives it up ("Zwycięstwo Lecha", "Legii Warszawa Artur Jędrzejczyk").

Mentions made here carry the model "club": the article-wide vote leaves them as they are, as
it leaves match results ("Napoli" the club in the report, the city in its headline).
"""

from __future__ import annotations

import functools
import re

from storywire.identity.clubs import club_forms
from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.span_words import starts_sentence
from storywire.stages.ner.titles import is_title_word

MODEL = "club"
_LANGUAGES = frozenset({"en", "de", "fr", "es", "it", "pl", "ru", "uk", "nl"})

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
_LOCATIVE = re.compile(
    r"(?:^|\s)(?:in|at|im|à|a|en|w|we|в|у|на|nach|to)(?:\s+(?:the|der|dem|la|le|el|il|l['’]))?\s+$", re.IGNORECASE
)


@functools.cache
def _patterns(language: str) -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    plain, contextual = club_forms(language)
    names = sorted({*plain, *contextual}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return plain, contextual, pattern


def with_clubs(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the article's clubs typed ORG (model "club"), as above."""
    if language not in _LANGUAGES:
        return mentions
    plain, _, pattern = _patterns(language)
    out = list(mentions)
    for found in pattern.finditer(text):
        s, e, name = found.start(), found.end(), found.group()
        is_plain = name in plain
        if not is_plain and not _sport_around(text, s, language):
            continue
        if not is_plain and _LOCATIVE.search(text, max(0, s - 8), s):
            continue
        overlapping = [m for m in out if m.start < e and s < m.end]
        if not overlapping:
            # a sentence's first word only before a role ("Villa coach Unai Emery")
            if is_plain or not starts_sentence(text, s) or _role_after(text, e, language):
                out.append(Mention(s, e, name, "ORG", model=MODEL, confidence=0.8))
            continue
        if len(overlapping) > 1:
            continue
        m = overlapping[0]
        if m.start == s and m.end == e:
            if m.type != "ORG" or not is_plain:
                m.type, m.model = "ORG", MODEL
            continue
        if m.type != "PER" and (m.start == s or m.end == e):
            out.remove(m)
            out.extend(_split_around(text, m, s, e, language))
    return sorted(out, key=lambda m: (m.start, m.end))


def _role_after(text: str, end: int, language: str) -> bool:
    following = text[end : end + 30].split(maxsplit=1)
    return bool(following) and is_title_word(following[0], language)


def _split_around(text: str, m: Mention, s: int, e: int, language: str) -> list[Mention]:
    """The club and what is left of the span: a person after it ("Legii Warszawa Artur
    Jędrzejczyk"), nothing for a sentence's first word before it ("Zwycięstwo Lecha")."""
    parts = [Mention(s, e, text[s:e], "ORG", model=MODEL, confidence=0.8)]
    rest_start, rest_end = (e, m.end) if m.start == s else (m.start, s)
    rest = text[rest_start:rest_end].strip(" ,")
    if not rest:
        return parts
    rest_start = text.index(rest, rest_start)
    words = rest.split()
    if len(words) == 1 and rest_start == m.start and starts_sentence(text, m.start):
        return parts
    kind = "PER" if words[0] in given_names(language) else m.type
    parts.append(Mention(rest_start, rest_start + len(rest), rest, kind, model=m.model, confidence=m.confidence))
    return parts


@functools.cache
def _sport_words(language: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _SPORT_WORDS.get(language, "match") + r")(?!\w)")


def _sport_around(text: str, at: int, language: str) -> bool:
    """Whether the paragraph at `at` speaks of sport; a headline (a short paragraph with no full
    stop) also by the report after it."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if end - start < _HEADLINE and ". " not in text[start:end]:
        after = text.find("\n", end + 1)
        end = len(text) if after < 0 else after
    window = text[start:end]
    return _SCORE.search(window) is not None or _sport_words(language).search(window) is not None


_HEADLINE = 120
