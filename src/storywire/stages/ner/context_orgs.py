"""Organisations named by a word that is also a place or a common word, typed by the paragraph
they stand in, over whole articles: clubs in sports news (`clubs.py`: "Napoli", "Bayern"),
companies in business news (`business_names.py`: "Orange", "Mango", "Ferrari").

A name that is no place or common word ("Arsenal", "Juventus") is the organisation wherever it
stands; an ambiguous one only in a paragraph with its kind's cue words (a headline also by the
report after it), and never right after a preposition of place ("a Napoli", "à Orange": the
town).  A longer span that holds the name at an edge gives it up ("Zwycięstwo Lecha", "Legii
Warszawa Artur Jędrzejczyk").  Mentions made here carry the kind's model name, which the
article-wide vote leaves alone (`consistency.TYPED_BY_CONTEXT`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.gazetteer import org_names
from storywire.stages.ner.name_scan import NameScanner
from storywire.stages.ner.span_words import starts_sentence
from storywire.stages.ner.titles import is_title_word

_LANGUAGES = frozenset({"en", "de", "fr", "es", "it", "pl", "ru", "uk", "nl"})
_LOCATIVE = re.compile(
    r"(?:^|\s)(?:in|at|im|à|a|en|w|we|в|у|на|nach|to)(?:\s+(?:the|der|dem|la|le|el|il|l['’]))?\s+$", re.IGNORECASE
)
_HEADLINE = 120  # characters: a shorter paragraph with no full stop is a headline


@dataclass(frozen=True, eq=False)  # hashed by identity: one per kind, a cache key
class ContextNames:
    """One kind of organisation: its model name, its names by language (those always the
    organisation, those only in context; each form mapped to its dictionary form), and the cue
    words of its kind of paragraph by language (a regular expression's alternation)."""

    model: str
    forms: Callable[[str], tuple[dict[str, str], dict[str, str]]]
    cue_words: Mapping[str, str]
    extra_cue: re.Pattern[str] | None = None  # e.g. a match's score
    # whether an ambiguous name opening a sentence is added ("Ferrari, infine, ha confermato");
    # not a club's: "Villa", "Forest" open sentences as words
    opens_sentences: bool = False


@functools.cache
def _patterns(names: ContextNames, language: str) -> tuple[dict[str, str], NameScanner, re.Pattern[str]]:
    plain, contextual = names.forms(language)
    scanner = NameScanner([*plain, *contextual])
    cues = re.compile(r"(?<!\w)(?:" + names.cue_words.get(language, names.cue_words["en"]) + r")(?!\w)")
    return plain, scanner, cues


def with_context_orgs(text: str, mentions: list[Mention], language: str, names: ContextNames) -> list[Mention]:
    """`mentions` with the article's organisations of this kind typed ORG, as above."""
    if language not in _LANGUAGES:
        return mentions
    plain, scanner, cues = _patterns(names, language)
    out = list(mentions)
    for s, e, name in scanner.finditer(text):
        is_plain = name in plain
        if not is_plain and not _in_context(text, s, cues, names.extra_cue):
            continue
        overlapping = [m for m in out if m.start < e and s < m.end]
        if not overlapping:
            # a sentence's first word only before a role ("Villa coach Unai Emery")
            if is_plain or names.opens_sentences or not starts_sentence(text, s) or _role_after(text, e, language):
                out.append(Mention(s, e, name, "ORG", model=names.model, confidence=0.8))
            continue
        if len(overlapping) > 1:
            continue
        m = overlapping[0]
        if m.start == s and m.end == e:
            if m.type != "ORG" or not is_plain:
                m.type, m.model = "ORG", names.model
        elif (
            m.type != "PER"
            and (m.start == s or m.end == e)
            and not (m.type == "ORG" and m.text in org_names(language))
            and not m.text[:1].islower()
        ):
            # (a listed body holding the name stays whole: "France Inter", not the club "Inter";
            # so does a street named with its kind word: "piazza De Ferrari")
            out.remove(m)
            out.extend(_split_around(text, m, s, e, language, names.model))
    return sorted(out, key=lambda m: (m.start, m.end))


def in_context(text: str, s: int, names: ContextNames, language: str) -> bool:
    """Whether the paragraph at `s` speaks of this kind (a sports report for clubs)."""
    return _in_context(text, s, _patterns(names, language)[2], names.extra_cue)


def paragraph_of_kind(text: str, at: int, names: ContextNames, language: str) -> bool:
    """Whether the paragraph at `at` has a cue of the kind, wherever in it `at` stands."""
    return _cue_around(text, at, _patterns(names, language)[2], names.extra_cue)


def _in_context(text: str, s: int, cues: re.Pattern[str], extra: re.Pattern[str] | None) -> bool:
    return _cue_around(text, s, cues, extra) and not _LOCATIVE.search(text, max(0, s - 8), s)


def _role_after(text: str, end: int, language: str) -> bool:
    following = text[end : end + 30].split(maxsplit=1)
    return bool(following) and is_title_word(following[0], language)


def _split_around(text: str, m: Mention, s: int, e: int, language: str, model: str) -> list[Mention]:
    """The organisation and what is left of the span: a person after it ("Legii Warszawa Artur
    Jędrzejczyk"), nothing for a sentence's first word before it ("Zwycięstwo Lecha")."""
    parts = [Mention(s, e, text[s:e], "ORG", model=model, confidence=0.8)]
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


def _cue_around(text: str, at: int, cues: re.Pattern[str], extra: re.Pattern[str] | None) -> bool:
    """Whether the paragraph at `at` has a cue of the kind; a headline also by the report after it."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if end - start < _HEADLINE and ". " not in text[start:end]:
        after = text.find("\n", end + 1)
        end = len(text) if after < 0 else after
    return _has_cue(text[start:end], cues, extra)


# Every name of a paragraph asks again for the same paragraph's cues (a match report names a
# dozen clubs): the answer is kept per paragraph text.
@functools.lru_cache(maxsize=1024)
def _has_cue(window: str, cues: re.Pattern[str], extra: re.Pattern[str] | None) -> bool:
    return cues.search(window) is not None or (extra is not None and extra.search(window) is not None)
