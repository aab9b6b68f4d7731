"""Rulers as history and travel pages name them: "Ferdynand III", "Франц Йосиф I", "Stefan III
Великий", "August der Starke" are one person each, without the title before them ("Cesarz
Ferdynand III" -> "Ferdynand III"), as the project's guidelines mark every person.

The models stop at the name: a regnal number after it is left out or tagged alone ("III" ORG),
and an epithet ("der Starke", "the Great") is a common word to them.  WikiANN keeps a monarch's
title ("King Farouk I"), so the taggers and the news refinements keep it too; this runs over whole
articles only, after them.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans, runs_past
from storywire.stages.ner.cues import word_set

MODEL = "regnal"
_NUMERAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
# A numeral of two letters or more alone is no name ("XV" ORG in "у XV столітті").
_LONE_NUMERAL = re.compile(r"[IVX]{2,5}")
_AFTER_NUMERAL = re.compile(r" (?P<n>[IVX]{1,5})(?![\w’'-])")
_EPITHETS = (
    "der Große|der Grosse|der Starke|der Gerechte|der Fromme|der Weise|der Kühne|der Ältere|der Jüngere|"
    "the Great|the Elder|the Younger|the Conqueror|the Confessor|the Lionheart|le Grand|le Bel|le Hardi|le Sage|"
    "el Grande|el Católico|el Sabio|el Magnánimo|il Grande|il Magnifico|il Moro|Wielki|Chrobry|Śmiały|"
    "Sprawiedliwy|Великий|Великого|Великому|Великим|Великом|Мудрий|Мудрого|Мудрым|Мудрий|Мудрый|Грозный|"
    "Грозного|Грозним|Грозний|Святий|Святой|Храбрий|Храбрый"
)
_AFTER_EPITHET = re.compile(rf" (?P<e>{_EPITHETS})(?![\w’'-])")
# German writes the epithet after given names no model knows as people ("August der Starke").
_GERMAN_EPITHET_NAME = re.compile(
    r"(?<![\w’'-])(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?: [IVX]{1,4})?) (?:der|des|dem|den) "
    r"(?:Große|Großen|Starke|Starken|Gerechte|Gerechten|Fromme|Frommen|Weise|Weisen|Kühne|Kühnen)(?![\w-]| [A-ZÄÖÜ])"
)
_REALM = re.compile(r"(?P<title>\w+) (?:von|of|de|di|du|del|z|ze) (?P<realm>[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ][\w-]+)")
# Monarchs' and popes' titles, which the guidelines keep out of a person's span.
_RULER_TITLES = word_set(
    "king queen pope emperor empress tsar czar sultan caliph könig königin kaiser kaiserin papst zar sultan "
    "roi reine pape empereur impératrice rey reina papa emperador emperatriz re regina imperatore imperatrice "
    "król królowa króla królem papież cesarz cesarza cesarzowa car cara sułtan король короля королём папа "
    "император императора императрица царь царя цар царя імператор імператора султан"
)


def regnal_names(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with rulers' numbers and epithets joined to their names, their titles cut off,
    lone numerals dropped, and German "X der Große" found."""
    if language in ("zh", "ar"):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if _LONE_NUMERAL.fullmatch(m.text) and _NUMERAL.fullmatch(m.text):
            continue
        if m.type == "PER":
            realm = _REALM.fullmatch(m.text)
            if realm is not None and realm["title"].lower() in _RULER_TITLES:
                # "König von Polen" typed PER: a title, and the realm is the place
                start = m.start + realm.start("realm")
                out.append(Mention(start, m.end, realm["realm"], "LOC", MODEL, m.confidence))
                continue
            _without_title(m, text)
            _extend(m, text, language)
        out.append(m)
    # a name that took in its number or epithet takes the mentions of those ("Великий" PER)
    if _any_nested(out):
        out = [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end for o in out)]
    if language == "de" and (" der " in text or " des " in text):
        out = _german_epithets(text, out)
    return out


def _any_nested(mentions: list[Mention]) -> bool:
    """Whether one mention lies within another (or two are one span): most articles have none,
    and the pairwise test was quadratic in the article's mentions."""
    reach = -1
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.end <= reach:
            return True
        reach = m.end
    return False


def _without_title(m: Mention, text: str) -> None:
    first, _, rest = m.text.partition(" ")
    if rest[:1].isupper() and first.lower() in _RULER_TITLES:
        m.start += len(first) + 1
        m.text = text[m.start : m.end]


def _extend(m: Mention, text: str, language: str) -> None:
    end = m.end
    numeral = _AFTER_NUMERAL.match(text, end)
    if (
        numeral is not None
        and _NUMERAL.fullmatch(numeral["n"])
        and not (language == "en" and numeral["n"] == "I")  # "told Smith I would"
        and m.text.split(" ")[-1] not in ("I", "II", "III", "IV", "V")  # numbered already
    ):
        end = numeral.end()
    epithet = _AFTER_EPITHET.match(text, end)
    if epithet is not None:
        end = epithet.end()
    if end != m.end:
        m.end = end
        m.text = text[m.start : end]


def _german_epithets(text: str, mentions: list[Mention]) -> list[Mention]:
    given = given_names("de")
    spans = (
        found.span()
        for found in _GERMAN_EPITHET_NAME.finditer(text)
        if found["name"].split(" ")[0] in given  # not "Chef der Großen Koalition"
    )
    return claimed_spans(text, mentions, spans, "PER", MODEL, 0.8, _not_this_person)


def _not_this_person(m: Mention, start: int, end: int) -> bool:
    return runs_past(m, start, end) or m.type != "PER"
