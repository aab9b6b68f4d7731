"""People named with a quoted nickname or a maiden name (session 29, round 25): in German and
English a quoted nickname between a given name and a surname stays in the person's span ("Hans
„Bulle“ Berger", 'Tom "Ace" Miller'); a maiden name after "née", "geb.", "урождённая",
"уроджена" or "z domu" is a person of its own, the word left out ("(née Hart)" -> "Hart"; the
Slavic ones are read where `slavic_obituaries` runs).

The models end the person at the opening quote or tag the given name and the surname as two
people, and they leave the maiden name untagged.  Whole articles only; each rule looks only
where a quote or its cue word stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import latin_given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "nickname-person"
_LANGUAGES = ("de", "en")
_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
# Given name, the nickname in any of the usual quotes (one or two capitalised words), surname.
_NICKNAMED = re.compile(
    rf"(?<![\w-])(?P<given>{_WORD}) [„\"“‚'](?P<nick>[A-ZÄÖÜ][\w'-]*(?: [A-ZÄÖÜ][\w'-]*)?)[“\"”‘'] "
    rf"(?P<surname>{_WORD})(?![\w-])"
)
# A maiden name after its word, per language, with the word that says one follows in the text
# ("(née Hart)", "geb. Berger", "урождённая Кольцова", "z domu Nowak").
_SLAVIC_WORD = "[А-ЯЁІЇЄҐA-ZĄĆĘŁŃÓŚŹŻ][а-яёіїєґa-ząćęłńóśźż'’]+(?:-[А-ЯЁІЇЄҐA-ZĄĆĘŁŃÓŚŹŻ][а-яёіїєґa-ząćęłńóśźż'’]+)?"
_LATIN_MAIDEN = (
    re.compile(rf"(?<![\w-])(?:née|geb\.|geborene) (?P<name>{_WORD})(?![\w-])"),
    ("née ", "geb. ", "geborene "),
)
_SLAVIC_MAIDEN = (
    re.compile(rf"(?<!\w)(?:урожд[её]нн\w*|уроджен\w*|z domu) (?P<name>{_SLAVIC_WORD})(?![\w-])"),
    ("урожд", "уроджен", "z domu"),
)
_MAIDEN = {"de": _LATIN_MAIDEN, "en": _LATIN_MAIDEN, "ru": _SLAVIC_MAIDEN, "uk": _SLAVIC_MAIDEN, "pl": _SLAVIC_MAIDEN}


def nickname_persons(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with nicknamed people joined into one person and maiden names added."""
    if language not in _LANGUAGES:
        return mentions
    out = mentions
    if '"' in text or "„" in text or "“" in text or "‚" in text or "'" in text:
        given = latin_given_names()
        spans = []
        for found in _NICKNAMED.finditer(text):
            # A given name we know, or one a model read as a person, starts the name.
            person_at = any(m.type == "PER" and m.start == found.start() for m in out)
            if found["given"] in given or person_at:
                spans.append(found.span())
        out = claimed_spans(text, out, spans, "PER", MODEL, 0.8)
    return maiden_names(text, out, language, MODEL)


def maiden_names(text: str, mentions: list[Mention], language: str, model: str) -> list[Mention]:
    """`mentions` with each maiden name after its word a person of its own, the word left out."""
    pattern, words = _MAIDEN.get(language, (None, ()))
    if pattern is None or not any(word in text for word in words):
        return mentions
    spans = [found.span("name") for found in pattern.finditer(text)]
    return claimed_spans(text, mentions, spans, "PER", model, 0.8) if spans else mentions
