"""Morphological hints for Ukrainian and Russian (pymorphy3): name, surname, patronymic,
place and organisation tags, and lemma lookup in the place gazetteer, so inflected forms
("Росії", "Пекіні") are recognised from their dictionary form ("Росія", "Пекін")."""

from __future__ import annotations

import functools
from typing import Any

from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.rules import HintValue

_PER_TAGS = frozenset({"Name", "Surn", "Patr"})


@functools.cache
def _analyzer(language: str) -> Any | None:
    try:
        import pymorphy3
    except ImportError:
        return None
    try:
        return pymorphy3.MorphAnalyzer(lang=language)
    except (ValueError, OSError):  # dictionary package missing
        return None


@functools.lru_cache(maxsize=200_000)
def morph_hint(word: str, language: str) -> HintValue:
    """The entity type `word` suggests by its morphology, "COMMON" for a dictionary word
    that is no name, or None when unknown."""
    morph = _analyzer(language)
    if morph is None or not word[:1].isupper():
        return None
    places = place_names(language)
    if word in places:
        return "LOC"
    for parse in morph.parse(word)[:3]:
        grammemes = parse.tag.grammemes
        if grammemes & _PER_TAGS:
            return "PER"
        if "Geox" in grammemes or parse.normal_form.capitalize() in places:
            return "LOC"
        if "Orgn" in grammemes:
            return "ORG"
    if morph.word_is_known(word.lower()) and len(word) > 1:
        return "COMMON"
    return None


def hint_for(language: str) -> functools.partial[HintValue] | None:
    """A one-argument hint function for the rules, or None when pymorphy lacks the language."""
    if language not in ("uk", "ru") or _analyzer(language) is None:
        return None
    return functools.partial(_hint, language=language)


def _hint(word: str, language: str) -> HintValue:
    return morph_hint(word, language)
