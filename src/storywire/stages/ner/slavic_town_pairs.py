"""Two-word towns typed as a person in Polish, Ukrainian and Russian: "Szklarskiej Poręby",
"Кривого Рогу" (LOC).

A town named by an adjective and a noun, inflected, reads to the taggers as a given name and a
surname.  Where the two words' dictionary forms together are a town the gazetteer knows
("Szklarska Poręba", "Кривий Ріг") and the first word is no given name (a person's name opens
with it: "Anny Szklarskiej"), the mention is the town.

A quay named by its river or town in the genitive gives that name alone, as the guidelines mark
it ("набережній Дніпра" -> "Дніпра", "набережной Невы" -> "Невы"): the street pass takes the
lower-case kind word with it.  A quay with a name of its own keeps it ("набережной Тараса
Шевченко", "Онежской набережной").
"""

from __future__ import annotations

import functools
import itertools
import re

from storywire.identity.given_names import given_names
from storywire.identity.polish import place_nominatives
from storywire.model import Mention
from storywire.stages.ner import morph
from storywire.stages.ner.gazetteer import place_names, small_place_names, small_town_names

MODEL = "town-pair"
LANGUAGES = frozenset({"pl", "uk", "ru"})
_QUAY = re.compile(r"^(?:набережн(?:ая|ой|ую|а|ій|у)) (?P<name>[А-ЯЁІЇЄҐ][а-яёіїєґ’']+)$")


@functools.lru_cache(maxsize=5_000)
def _lemmas(word: str, language: str) -> tuple[str, ...]:
    """A Cyrillic word's dictionary forms, capitalised as a town's name is."""
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return ()
    forms = dict.fromkeys(p.normal_form for p in analyzer.parse(word.lower()))
    return tuple(f[:1].upper() + f[1:] for f in forms)


def _nominatives(name: str, language: str) -> list[str]:
    if language == "pl":
        return place_nominatives(name)
    first, second = name.split(" ")
    pairs = itertools.product(_lemmas(first, language), _lemmas(second, language))
    return [f"{a} {b}" for a, b in itertools.islice(pairs, 64)]


@functools.lru_cache(maxsize=5_000)
def _town(name: str, language: str) -> bool:
    known = place_names(language)
    small = small_place_names(language) if language == "pl" else small_town_names(language)
    return any(known.get(n) == "LOC" or n in small for n in _nominatives(name, language))


def town_pairs(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each two-word person that is an inflected town's name typed LOC."""
    if language not in LANGUAGES:
        return mentions
    names = given_names(language)
    out = []
    for m in mentions:
        quay = _QUAY.match(m.text) if m.type == "LOC" and language != "pl" else None
        if quay is not None and _river_or_town(quay.group("name"), language):
            start = m.start + quay.start("name")
            m = Mention(start, m.end, quay.group("name"), "LOC", MODEL, m.confidence)
        words = m.text.split(" ")
        if (
            m.type == "PER"
            and len(words) == 2
            and all(w[:1].isupper() for w in words)
            and words[0] not in names
            and _town(m.text, language)
        ):
            m = Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)
        out.append(m)
    return out


@functools.lru_cache(maxsize=5_000)
def _river_or_town(word: str, language: str) -> bool:
    """Whether a capitalised word is a place's name in the genitive: a town or river the
    gazetteer knows by its dictionary form ("Дніпра" -> "Дніпро"), or one pymorphy marks as a
    place ("Невы")."""
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return False
    known = place_names(language)
    parses = analyzer.parse(word.lower())
    if any({"Surn", "Name", "Patr"} & p.tag.grammemes for p in parses):
        return False  # a quay named by a person ("набережной Шевченко") keeps its kind word
    for p in parses:
        if not p.is_known or "gent" not in p.tag.grammemes:
            continue
        lemma = p.normal_form[:1].upper() + p.normal_form[1:]
        if known.get(lemma) == "LOC" or "Geox" in p.tag.grammemes:
            return True
    return False
