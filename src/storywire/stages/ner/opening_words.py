"""A common word that opens a headline or a sentence is no name, when the article writes the same
word in lower case elsewhere: "Maisons fissurées : ..." with "les maisons" below, "Collision à
..." with "la collision" below; in English its plural too ("Teams from ..." with "the last
team").

Models read a capitalised first word as a name, above all in a headline, which has no context
before it.  The article itself says what the word is: a name is written capitalised wherever it
stands, a common noun in lower case inside sentences.  A word the article also capitalises inside
a sentence, a known place or organisation, and an acronym stay.  Whole articles only; languages
that capitalise only names (German capitalises every noun).
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.gazetteer import org_names, place_names
from storywire.stages.ner.span_words import starts_sentence

_LANGUAGES = frozenset({"fr", "es", "it", "en"})
_WORD = re.compile(r"(?<![\w’'-])[^\W\d_]+(?:-[^\W\d_]+)*(?![\w’'-])")


def without_opening_common_words(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` less one-word names that open a line or a sentence and that the article writes in
    lower case elsewhere and never capitalised inside a sentence."""
    if language not in _LANGUAGES:
        return mentions
    openers = [m for m in mentions if _one_title_word(m.text) and starts_sentence(text, m.start)]
    if not openers:
        return mentions
    lower: set[str] = set()
    inside: set[str] = set()
    for found in _WORD.finditer(text):
        word = found.group()
        if word.islower():
            lower.add(word)
        elif not starts_sentence(text, found.start()):
            inside.add(word)
    places, orgs = place_names(language), org_names(language)
    dropped = {
        id(m)
        for m in openers
        if (m.text.lower() in lower or _english_plural(m.text, lower, language))
        and m.text not in inside
        and m.text not in places
        and m.text not in orgs
    }
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


def _english_plural(word: str, lower: set[str], language: str) -> bool:
    """ "Teams from Leeds ..." where the article writes "the last team": the plural of a
    common noun (English only: other languages' plurals are not a bare "-s")."""
    return language == "en" and word.endswith("s") and not word.endswith("ss") and word[:-1].lower() in lower


def _one_title_word(surface: str) -> bool:
    return " " not in surface and surface[:1].isupper() and surface[1:].replace("-", "").islower() and len(surface) > 2
