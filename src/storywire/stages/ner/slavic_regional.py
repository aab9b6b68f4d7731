"""A region's institutions in Russian and Ukrainian: "Житомирського обласного госпіталю ветеранів
війни", "Тверской областной клинической больнице" (ORG).

Such a name is the town's adjective, "обласний"/"областной", the institution's kind word and
a lower-case remit in the genitive; taggers take the town's adjective alone (often MISC) and
leave the rest.  The remit is taken while pymorphy can read its words in the genitive, so a
sentence's verb after it stays out.

A single word typed ORG right after a country's adjective ("белорусского Могилёва") is a town
where pymorphy reads it as a place name and never as a body's.
"""

from __future__ import annotations

import functools
import re

from storywire.model import Mention
from storywire.stages.ner import morph
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic_regional"

_HEADS = {
    "uk": r"(?:госпітал|шпитал|лікарн|центр|диспансер|клінік|будин|палац|ліце|гімназі|коледж|інститут|музе)",
    "ru": r"(?:госпитал|больниц|центр|диспансер|клиник|дом|двор|лице|гимнази|колледж|институт|музе)",
}
_REGIONAL = {"uk": "обласн", "ru": "областн"}
_LETTERS = {"uk": "а-яіїєґ'’", "ru": "а-яё"}
# a Ukrainian remit after "з": a field's abstract noun ("гідрометеорології", "охорони"), "питань"
_FIELD = re.compile(r" (?:питань|охорони|[а-яіїєґ'’]+(?:ії|ції|ості|ання|ення|ики))(?![\w-])")
_UPPER = {"uk": "А-ЯІЇЄҐ", "ru": "А-ЯЁ"}
_WORD = {lang: re.compile(rf" ([{low}]+)(?![\w-])") for lang, low in _LETTERS.items()}


@functools.cache
def _pattern(language: str) -> re.Pattern[str]:
    low, up = _LETTERS[language], _UPPER[language]
    return re.compile(
        rf"(?<![\w-])[{up}][{low}]+(?:ого|ому|ий|ій|ім|ої|ою|ой|ом|ый|ая|ую|а|у|е|і) "
        rf"{_REGIONAL[language]}[{low}]+ (?:[{low}]+(?:ої|ого|ому|ій|ій|ой|ом|ую|ая|ый|ий|ої) )?"
        rf"{_HEADS[language]}[{low}]*(?![\w-])"
    )


def _remit_end(text: str, end: int, language: str) -> int:
    """The end of the lower-case remit after the kind word: words pymorphy can read in the
    genitive ("ветеранів війни", "медичної допомоги та медицини катастроф"), joined by "та"/"и";
    a verb or adverb after them ("прошёл", "вчора") ends it."""
    best = end
    at = end
    for _ in range(8):
        found = _WORD[language].match(text, at)
        if not found:
            break
        word = found.group(1)
        if at == end and word == "з" and _FIELD.match(text, found.end()):
            # "центру з гідрометеорології", "центру з питань X": a field, not "з понеділка"
            at = found.end()
            continue
        if word in ("та", "і", "й", "и"):
            at = found.end()
            continue
        if not _genitive(word, language):
            break
        at = best = found.end()
    return best


@functools.lru_cache(maxsize=20_000)
def _genitive(word: str, language: str) -> bool:
    analyzer = morph.analyzer(language)
    return analyzer is not None and any(p.is_known and "gent" in p.tag for p in analyzer.parse(word))


_COUNTRY_ADJECTIVE = re.compile(
    r"(?:белорусск|украинск|польск|литовск|латвийск|эстонск|казахстанск|грузинск|армянск|молдавск|"
    r"немецк|французск|итальянск|китайск|турецк|финск|сербск|чешск|словацк|венгерск|болгарск|румынск|"
    r"білоруськ|українськ|польськ|литовськ|латвійськ|естонськ|грузинськ|молдовськ|німецьк|французьк)"
    r"(?:ого|ой|ом|ому|ий|ая|ую|ої|ій|ому|им|ім) $"
)


def _towns_after_countries(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    out = []
    for m in mentions:
        if (
            m.type == "ORG"
            and " " not in m.text
            and _COUNTRY_ADJECTIVE.search(text, max(0, m.start - 20), m.start)
            and _place_word(m.text, language)
        ):
            m = Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)
        out.append(m)
    return out


@functools.lru_cache(maxsize=5_000)
def _place_word(word: str, language: str) -> bool:
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return False
    parses = [p for p in analyzer.parse(word.lower()) if p.is_known]
    # (the grammemes as a set: `"Orgn" in p.tag` raises where a language's tag set lacks the grammeme)
    return any("Geox" in p.tag.grammemes for p in parses) and not any("Orgn" in p.tag.grammemes for p in parses)


def slavic_regional(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each regional institution above one ORG."""
    if language not in _REGIONAL:
        return mentions
    mentions = _towns_after_countries(text, mentions, language)
    if _REGIONAL[language] not in text:
        return mentions
    spans = [(f.start(), _remit_end(text, f.end(), language)) for f in _pattern(language).finditer(text)]
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions
