"""A place's article: inside its name or outside it, as the gazetteer spells the place.

"El Salvador", "La Paz", "Le Caire", "L'Aquila" and "The Hague" hold their article; "La
France a envoyé", "L'Europe doit" and "La Russia ha risposto" only open a sentence with it.
A model sees a capitalised article either way: here the gazetteer decides.  A mention that
opens a sentence with a capitalised article is cut to the name after it when only that name is
a known place; a known place right after a capitalised article is extended over it when the two
together are the place's name (and typed a place).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storywire.model import EntityType, Mention
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.span_words import starts_sentence

_ARTICLE = r"(?:El|La|Las|Los|Le|Les|Il|Lo|Gli|The|De|Den|L['’])"
_LEADING = re.compile(_ARTICLE + r"(?:[ \t]+|(?<=['’]))")
_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"“]))" + _ARTICLE + r"[ \t]*$")


# The articles a sentence of each language opens with: "La Molina" opening a German line is
# the name's own article.
_OWN_ARTICLES = {
    "fr": frozenset({"La", "Le", "Les", "L'", "L’"}),
    "es": frozenset({"El", "La", "Los", "Las"}),
    "it": frozenset({"Il", "La", "Lo", "Gli", "L'", "L’"}),
    "en": frozenset({"The"}),
    "nl": frozenset({"De"}),
}


def place_articles(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Each mention with its article as the known place's name has it (`mentions` sorted)."""
    if not mentions:
        return mentions
    places = place_names(language)
    own = _OWN_ARTICLES.get(language, frozenset())
    last_end = 0
    for m in mentions:
        _with_article(text, m, last_end, places, own)
        last_end = m.end
    return mentions


def _with_article(text: str, m: Mention, floor: int, places: Mapping[str, EntityType], own: frozenset[str]) -> None:
    lead = _LEADING.match(m.text)
    if lead is not None:
        if m.text[: lead.end()].strip() not in own:
            return
        bare = m.text[lead.end() :]
        # only a sentence's first word: mid-sentence a capitalised article is the name's ("auf
        # La Réunion", which the gazetteer knows as "Réunion" only)
        if bare and m.text not in places and places.get(bare) == "LOC" and starts_sentence(text, m.start):
            m.start, m.text, m.type = m.start + lead.end(), bare, "LOC"  # "La France" -> "France"
        return
    before = _BEFORE.search(text, max(floor, m.start - 5), m.start)
    if before is not None and places.get(text[before.start() : m.end]) == "LOC":
        m.start, m.text, m.type = before.start(), text[before.start() : m.end], "LOC"  # "El Salvador"
