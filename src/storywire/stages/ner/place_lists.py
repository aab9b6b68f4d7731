"""A capitalised name listed with places is a place: "in Cork, Limerick and Galway", "counties
such as Kildare and Meath", "Dover, Folkestone, Thurrock and Ilford" (the tagger found some of
the list and left the others, or read a town as a person).

A list joins names of one kind.  Where at least one of its names is a place and none is
another kind of mention, an untagged name in it is a place too, unless it is a given name (a
person in a list of places is rare, "Kent, Jackson and Essex" rarer still) or a common word; a
name typed a person is a place only where the gazetteer knows it as one and no person of the
article bears it.  Whole articles only.
"""

from __future__ import annotations

import functools
import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.gazetteer import org_names
from storywire.stages.ner.missed_places import known_places
from storywire.stages.ner.span_words import starts_sentence
from storywire.stages.ner.tokens import Token, tokenize
from storywire.stages.ner.word_frequency import zipf

MODEL = "place-list"
_CONJUNCTIONS = {
    "en": "and|or", "de": "und|oder", "fr": "et|ou", "es": "y|e|o", "it": "e|ed|o", "pl": "i|oraz|lub",
    "nl": "en|of",
}  # fmt: skip
_CAP = r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w’'-]+"
_MEMBER = rf"{_CAP}(?: {_CAP}){{0,2}}"
_COMMON_ZIPF = 4.5
_KNOWN_PLACE_ZIPF = 5.0


@functools.cache
def _pattern(language: str) -> re.Pattern[str] | None:
    conjunctions = _CONJUNCTIONS.get(language)
    if conjunctions is None:
        return None
    return re.compile(rf"(?<![\w’'-]){_MEMBER}(?:, {_MEMBER})*,? (?:{conjunctions}) {_MEMBER}(?![\w’'-])")


def places_in_lists(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the untagged names of a list of places added as places."""
    pattern = _pattern(language)
    if pattern is None:
        return mentions
    conjunction = re.compile(rf",? (?:{_CONJUNCTIONS[language]}) |, ")
    places, given = known_places(language), given_names(language)
    surnames = {w for m in mentions if m.type == "PER" for w in m.text.split(" ")[1:]}
    added: list[Mention] = []
    for found in pattern.finditer(text):
        if _inside_longer_name(text, found.start(), found.end(), language):
            continue  # "Generalna Dyrekcja Dróg Krajowych i Autostrad": one body's name
        members: list[tuple[int, int]] = []
        at = found.start()
        for piece in conjunction.split(found.group()):
            start = text.index(piece, at)
            members.append((start, start + len(piece)))
            at = start + len(piece)
        tagged = [[m for m in mentions if m.start < e and s < m.end] for s, e in members]
        if not any(
            len(t) == 1 and t[0].type == "LOC" and (t[0].start, t[0].end) == span
            for t, span in zip(tagged, members, strict=True)
        ):
            continue
        if any(
            m.type != "LOC" and not _person_place(m, span, places, surnames, language)
            for t, span in zip(tagged, members, strict=True)
            for m in t
        ):
            continue
        for (s, e), inside in zip(members, tagged, strict=True):
            name = text[s:e]
            if inside:
                for m in inside:
                    if m.type in ("PER", "ORG"):
                        m.type, m.model = "LOC", MODEL
                continue
            common = _KNOWN_PLACE_ZIPF if name in places else _COMMON_ZIPF  # "Sachsen" 4.8, "Essen" 5.3
            if name.split(" ", 1)[0] in given or zipf(name.lower(), language) >= common or starts_sentence(text, s):
                continue
            if language == "de" and name not in places and not _unknown_short_name(name):
                continue  # German capitalises every noun: "Luftverteidigung und Munition"
            added.append(Mention(s, e, name, "LOC", MODEL, 0.7))
    if language == "fr":
        added += _french_pairs(text, mentions, given)
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


# French names two places with their articles ("de la Croix-Rousse ou des Brotteaux", "du
# Vernay et de la Duchère"), which the list above, bare names only, does not reach; a quarter's
# name is one the tagger often misses.
_FR_ARTICLE = r"(?:du |de la |de l['’]|des |aux |à la |au )"
_FR_NAME = rf"{_CAP}(?: (?:du |de la |de l['’]|des |de )?{_CAP})?"
_FR_PAIR = re.compile(
    rf"(?<![\w’'-]){_FR_ARTICLE}(?P<a>{_FR_NAME}) (?:et|ou) {_FR_ARTICLE}(?P<b>{_FR_NAME})(?![\w’'-])"
)


def _french_pairs(text: str, mentions: list[Mention], given: frozenset[str]) -> list[Mention]:
    added = []
    for found in _FR_PAIR.finditer(text):
        spans = [found.span("a"), found.span("b")]
        tagged = [[m for m in mentions if m.start < e and s < m.end] for s, e in spans]
        for (s, e), inside, (os, oe), other in zip(spans, tagged, reversed(spans), reversed(tagged), strict=True):
            if inside or len(other) != 1 or other[0].type != "LOC" or (other[0].start, other[0].end) != (os, oe):
                continue
            name = text[s:e]
            if name.split(" ", 1)[0] in given or zipf(name.lower(), "fr") >= _COMMON_ZIPF:
                continue
            added.append(Mention(s, e, name, "LOC", MODEL, 0.7))
    return added


# German noun endings: a compound the frequency list never saw is still a noun ("Netzausbauung").
# German noun endings (plurals too: "Flughunde", "Gorillas"), never a village's.
_GERMAN_NOUN_ENDS = (
    "ung", "heit", "keit", "schaft", "tion", "ismus", "ität", "en", "er", "ern", "e", "s", "tum", "nis",
)  # fmt: skip


def _unknown_short_name(name: str) -> bool:
    """A short single word no frequency list knows, not shaped as a noun: a village listed with a
    town ("Bosenheim und Planig")."""
    return (
        " " not in name
        and len(name) <= 10
        and zipf(name.lower(), "de") == 0
        and not name.lower().endswith(_GERMAN_NOUN_ENDS)
    )


def _person_place(m: Mention, span: tuple[int, int], places: frozenset[str], surnames: set[str], language: str) -> bool:
    """A list member typed PER or ORG that is a known place and no surname of the article's
    people ("Thurrock and Ilford", "Ilford" typed ORG)."""
    return (
        m.type in ("PER", "ORG")
        and (m.start, m.end) == span
        and m.text in places
        and m.text not in surnames
        and not (m.type == "ORG" and m.text in org_names(language))  # a listed body named as its town
    )


_CAPITALISING = frozenset({"en", "de", "fr", "es", "it", "pl", "nl", "ru", "uk"})


def places_named_again(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each other whole-word occurrence of a place the article names added: a
    village the tagger found in one sentence and missed in the next ("z Kobułt", twice)."""
    if language not in _CAPITALISING:
        return mentions
    names = {m.text for m in mentions if m.type == "LOC" and m.text[:1].isupper()}
    names = {n for n in names if zipf(n.lower(), language) < _COMMON_ZIPF}
    if not names:
        return mentions
    added: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    firsts = {name.split(" ", 1)[0] for name in names}
    toks = tokenize(text)  # (whole tokens: not "Hay-on-Wye" for "Wye")
    for i, tok in enumerate(toks):
        if tok.text not in firsts:
            continue
        for name in sorted((n for n in names if n.startswith(tok.text)), key=len, reverse=True):
            s, e = tok.start, tok.start + len(name)
            if text.startswith(name, s) and (e == tok.end or _ends_token(toks, i, e)):
                break
        else:
            continue
        if any(a < e and s < b for a, b in taken) or _inside_longer_name(text, s, e, language):
            continue
        taken.append((s, e))
        added.append(Mention(s, e, text[s:e], "LOC", "repeated-place", 0.7))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _ends_token(toks: list[Token], i: int, end: int) -> bool:
    return any(t.end == end for t in toks[i : i + 6])


_CAPITALISED_AFTER = re.compile(r" [A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ]")
_CAPITALISED_BEFORE = re.compile(r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ][\w’'.-]* $")


def _inside_longer_name(text: str, s: int, e: int, language: str) -> bool:
    """The word at [s, e) runs on with a capitalised word: "Edinburgh BioQuarter", "Upper Wye"
    (a sentence's first word before it, capitalised only there, does not count: "W Kobułtach")."""
    if _CAPITALISED_AFTER.match(text, e):
        return True
    before = text[max(0, s - 30) : s]
    previous = _CAPITALISED_BEFORE.search(before)
    if previous is None:
        return False
    word = previous.group().strip()
    # (a sentence's first word is a name's only when it is no common word: "Generalna Dyrekcja")
    return not starts_sentence(text, s - len(before) + previous.start()) or zipf(word.lower(), language) < _COMMON_ZIPF
