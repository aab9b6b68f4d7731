"""Spanish and Italian spans that a tagger ran over an apposition, cut back to their names:

- a name, a comma and "de la agencia X" (or a quoted title, its comma and "de X"): two names, or
  a work's title and a body ("Ana Ruiz, de la agencia madrileña Norte Talentos" -> "Ana Ruiz" +
  "Norte Talentos"; '"Cocina Viva", de Canal Sur' -> "Canal Sur", the programme not labelled);
- a common word opening a sentence or a quotation before "de" and a known place, read as a
  person's or a place's name ('"Vienen de Soria, ...'): the place alone.

The Spanish tagger learned long ORG spans from WikiANN's titles and runs over the comma of an
apposition; the guidelines mark each name alone.  Whole articles only, and only where a
span holds ", de" / ", di" or " de " (the cue).
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.cues import ORG_HEADS, word_set
from storywire.stages.ner.missed_places import known_places
from storywire.stages.ner.span_words import starts_sentence
from storywire.stages.ner.word_frequency import zipf

MODEL = "apposition-run"
_LANGUAGES = frozenset({"es", "it"})
# "<name>, de la agencia barcelonesa <name>", '<"title">, de <name>'
_APPOSITION = re.compile(
    r"^(?P<left>.+?)(?P<quote>[\"”»]?), (?:de|del|di|della|dello|dell['’]) *(?:(?:la|el|los|las) +)?"
    r"(?P<lower>(?:[a-záéíóúñàèìòùü]+(?: +|$)){0,3})(?P<right>[A-ZÀ-ÖØ-Þ].*)?$"
)
# "Vienen de Soria": one common word, a preposition, a known place
_WORD_AND_PLACE = re.compile(r"^(?P<word>[A-ZÀ-ÖØ-Þ][a-záéíóúñàèìòù]+) +(?:de|desde|en|a|da|di) +(?P<place>.+)$")
_COMMON_ZIPF = 4.0
_NAME_HEADS = ORG_HEADS | word_set(
    "ciudad comunidad sierra valle puerto isla islas costa villa campo casa real santa san junta universidad "
    "museo región provincia reino república estado golfo cabo monte río lago città comune isola valle porto "
    "provincia regione repubblica stato banca banco museo teatro"
)


def apposition_runs(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the runs above cut into their names."""
    if language not in _LANGUAGES:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if ", d" in m.text:
            out.extend(_apposition(text, m, language))
        elif " d" in m.text or " a " in m.text or " en " in m.text:
            out.append(_place_after_word(text, m, language))
        else:
            out.append(m)
    return out


def _apposition(text: str, m: Mention, language: str) -> list[Mention]:
    found = _APPOSITION.match(m.text)
    if found is None or (not found["quote"] and not found["lower"]):
        return [m]  # "Universidad de Sevilla, de Granada ...": no noun or title says it is an apposition
    right: list[Mention] = []
    if found["right"]:
        right_start = m.start + found.start("right")
        right.append(Mention(right_start, m.end, text[right_start : m.end], "ORG", MODEL, m.confidence))
    if found["quote"]:
        return right  # the title of a programme or a work is not labelled
    left = found["left"]
    if left.split(" ", 1)[0] in given_names(language) and " " in left:
        # "Ana Ruiz, de la agencia" cut before the agency's name: the person alone
        return [Mention(m.start, m.start + len(left), left, "PER", MODEL, m.confidence), *right]
    return [m]


def _place_after_word(text: str, m: Mention, language: str) -> Mention:
    found = _WORD_AND_PLACE.match(m.text)
    if found is None or found["place"] not in known_places(language):
        return m
    word = found["word"]
    # only a word whose capital says nothing: one that opens a sentence or a quotation, and no
    # kind word of a name that holds its place ("Ciudad de México", "Banco de España")
    if word.lower() in _NAME_HEADS or (
        not starts_sentence(text, m.start)
        or word in given_names(language)
        or zipf(word.lower(), language) < _COMMON_ZIPF
    ):
        return m
    start = m.start + found.start("place")
    return Mention(start, m.end, text[start : m.end], "LOC", MODEL, m.confidence)
