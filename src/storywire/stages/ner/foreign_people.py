"""People no model found, by a given name the Latin-script locales know: "le Tchèque Tomáš
Kovář", "Aleksander Øvrebø", "Teun Koopmans" in a French, Italian or Spanish report.

A paper prints a foreign athlete's or researcher's name in its own spelling, which a tagger
trained on its language's news often passes over.  A common given name of any Latin-script
country, then one or two capitalised words (a particle allowed: "Pieter Van Hoorebeke"), is a
person where no mention stands: unless the given name is a common word or a place in the
article's language ("Will", "Santa", "Paris"), the words after it are common ones, or the pair
is part of a longer capitalised name ("Stade Pierre Mauroy") or names a building after a person
("Victor Hugo Straße").
"""

from __future__ import annotations

import functools
import re

from storywire.identity.given_names import given_names, latin_given_names
from storywire.model import Mention
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.rules import org_head
from storywire.stages.ner.titles import is_title_word
from storywire.stages.ner.word_frequency import zipf

MODEL = "given-name"
_LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "pl", "nl"})
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"  # Latin capitals (and Latin Extended-A, whose case the class below sorts out)
_WORD = rf"[{_UPPER}][\w'’-]+"
# A lookahead, so that every capitalised word is tried as a given name ("Tchèque Tomáš Kovář").
_NAME = re.compile(
    rf"(?<![\w-])(?=({_WORD}) ((?:(?:van|von|de|der|den|da|di|del|van der|von der|Van|Von|De|Da|Di|Del) )?{_WORD}"
    rf"(?: {_WORD})?)(?![\w-]))"
)
_PARTICLES = frozenset({"Van", "Von", "De", "Da", "Di", "Del"})
_COMMON_GIVEN = 3.0  # zipf of the lower-cased given name: "Will", "Grant", "Rose" are words first
_COMMON_SURNAME = 4.0  # zipf of a lower-cased word after it: "Martin Said", "Pierre Le"


@functools.cache
def _given(language: str) -> frozenset[str]:
    places = place_names(language)
    foreign = {
        name for name in latin_given_names() if name not in places and zipf(name.lower(), language) < _COMMON_GIVEN
    }
    return frozenset(foreign | given_names(language))


def people_by_given_names(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the untagged "Given Surname" pairs added as people (model "given-name")."""
    if language not in _LANGUAGES:
        return mentions
    given = _given(language)
    places = place_names(language)
    added: list[Mention] = []
    for found in _NAME.finditer(text):
        first, rest = found.group(1), found.group(2)
        if first not in given or is_title_word(first, language):
            continue
        s = found.start()
        e = s + len(first) + 1 + len(rest)
        words = rest.split()
        overlapping = [m for m in mentions if m.start < e and s < m.end]
        if any(m.type != "MISC" or m.start < s or m.end > e for m in overlapping):
            continue  # spaCy's MISC inside the pair gives way: "Tomáš" untagged, "Kovář" MISC
        if rest in places or any(
            w[:1].isupper() and (zipf(w.lower(), language) >= _COMMON_SURNAME or is_title_word(w, language))
            for w in words
            if w not in _PARTICLES
        ):
            continue
        if _inside_longer_name(text, s, language) or _quoted(text, s, e):
            continue
        if any(m.start < e and s < m.end for m in added):
            continue
        added.append(Mention(s, e, text[s:e], "PER", model=MODEL, confidence=0.6))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(a.start <= m.start and m.end <= a.end for a in added)]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _quoted(text: str, s: int, e: int) -> bool:
    """The pair alone in quotes: a ship's, a work's or a firm's name ("the ferry "Stella di
    Capraia""), which the passes before left unlabelled on purpose."""
    return s > 0 and text[s - 1] in '«„“"‘' and text[e : e + 1] in ("»", "“", "”", '"', "’")


def _inside_longer_name(text: str, s: int, language: str) -> bool:
    """A capitalised word right before, not opening a sentence ("Stade Pierre Mauroy")."""
    before = text[max(0, s - 30) : s]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words or not words[-1][:1].isupper():
        return False
    if language == "de" and is_title_word(words[-1], language):
        return False  # a role before the name, not a longer name: "Ministeriumssprecher Jan Hansen"
    if len(words) < 2 or words[-2].endswith((".", "!", "?", ":", "»", "”", '"')):
        return False
    if _ACRONYM.fullmatch(words[-1]) and is_title_word(words[-2], language):
        return False  # a role and its body's acronym before the name: "Rzeczniczka UDT Anna Nowak"
    # after an article, a nationality's noun: "le Tchèque Tomáš Kovář", "der Belgier Jan Peeters"
    return words[-2].lower() not in _ARTICLES or org_head(words[-1], language)


_ACRONYM = re.compile(rf"[{_UPPER}]{{2,6}}")
_ARTICLES = frozenset({"le", "la", "l'", "el", "il", "lo", "der", "die", "the", "de", "het"})
