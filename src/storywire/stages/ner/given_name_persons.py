"""A span that opens with a given name is a person, whatever type the model gave it:
"Андрій Пишний" ORG, "Carolina España" ORG (a surname that is a country), and a person glued
to the acronym of the body before it: "NBP Adam Glapiński" -> "NBP" + "Adam Glapiński".

Models type a full name by its surname's look; the given name is the stronger cue, when the
language's given-name table (`identity.given_names`) knows it and the rest are one or two
capitalised words with no body's head among them ("Max Planck Institut" stays a body).
"""

from __future__ import annotations

from storywire.identity.given_names import given_names, latin_given_names
from storywire.identity.organisations import ORG_NAMES
from storywire.model import Mention
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.rules import org_head
from storywire.stages.ner.titles import is_title_word
from storywire.stages.ner.word_frequency import zipf


def given_name_persons(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the spans that open with a given name (or an acronym, then one) made people."""
    given = given_names(language)
    if not given:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        if m.type == "PER" and len(words) > 2 and _acronym(words[0]) and words[1] in given:
            # "MSZ Radosław Sikorski" typed PER whole: the ministry's acronym, then the person
            start = m.start + len(words[0]) + 1
            out.append(Mention(m.start, start - 1, words[0], "ORG", m.model, m.confidence))
            out.append(Mention(start, m.end, m.text[start - m.start :], "PER", m.model, m.confidence))
            continue
        if not 2 <= len(words) <= 4 or not _plain(m.text, words, language):
            out.append(m)
            continue
        k = next((i for i, w in enumerate(words[:-1]) if w in given), None)
        # a body of two words or more typed with the person after it: "Wód Polskich Magdalena Urbańska"
        # (typed PER whole too, when no word before the given name is one anywhere)
        body_first = (
            k is not None
            and k >= 2
            and k == len(words) - 2
            and (m.type == "ORG" or (m.type == "PER" and not any(w in latin_given_names() for w in words[:k])))
        )
        if m.type == "PER" and not body_first:
            out.append(m)
            continue
        joins = sum(w in _SURNAME_JOINS for w in words)  # "Vilaró i Puig": two surnames, one word between
        if k is None or len(words) - k - joins > 3:
            out.append(m)
            continue
        if k > 0 and not body_first and not _acronym_or_title(words[:k], language):
            out.append(m)
            continue
        start = m.start + len(" ".join(words[:k])) + (1 if k else 0)
        if k:
            out.append(Mention(m.start, start - 1, m.text[: start - 1 - m.start], "ORG", m.model, m.confidence))
        out.append(Mention(start, m.end, m.text[start - m.start :], "PER", m.model, m.confidence))
    return out


def _plain(text: str, words: list[str], language: str) -> bool:
    """Capitalised words only, no body's or building's head (also inside a compound:
    "Gutenberg-Universität"), and no known body or place as a whole."""
    if text in ORG_NAMES or text in place_names(language):
        return False
    inner = words[1:-1]
    if not all(
        (w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()) or (w in _SURNAME_JOINS and w in inner)
        for w in words
    ):
        return False
    parts = [part for w in words for part in w.split("-")]
    return not any(org_head(p, language) or p.lower() in _NAMED_AFTER for p in parts) and not any(
        p.lower().endswith(_NAMED_AFTER_SUFFIXES) for p in parts
    )


# Catalan and Spanish join two surnames: "Montserrat Vilaró i Puig", "José Ortega y Gasset".
_SURNAME_JOINS = frozenset({"i", "y"})
# What is named after a person ("Max Bell Centre", "Willy-Brandt-Haus"): the span is that, no person.
_NAMED_AFTER = word_set(
    "centre center arena stadium stadion hall halle haus house airport flughafen aeropuerto aeroporto lotnisko "
    "school schule college institut institute instituto istituto foundation stiftung fundación fondazione "
    "prize preis premio nagroda award trophy cup pokal copa coppa bridge brücke puente ponte street straße "
    "square platz plaza piazza park hospital klinik krankenhaus museum museo musée gymnasium"
)
_NAMED_AFTER_SUFFIXES = ("universität", "schule", "gymnasium", "straße", "platz", "preis", "stiftung", "halle")
# A club's prefix is no acronym of a body whose person follows: "FC Flora Tallinn", "AS Roma".
_CLUB_PREFIXES = frozenset(
    (
        "FC",
        "CF",
        "SC",
        "AC",
        "AS",
        "SS",
        "US",
        "CD",
        "SD",
        "RC",
        "SV",
        "VfB",
        "VfL",
        "TSV",
        "KS",
        "SK",
        "FK",
        "ФК",
        "ХК",
    )
)


def _acronym(word: str) -> bool:
    return word.isupper() and len(word) > 1 and word not in _CLUB_PREFIXES


def _acronym_or_title(words: list[str], language: str) -> bool:
    return all((w.isupper() and len(w) > 1 and w not in _CLUB_PREFIXES) or is_title_word(w, language) for w in words)


# A common word glued before a full name, a headline's verb ("Muere Tomás Ibarrola"), or a
# role the backend kept ("Меццо-сопрано Ольга Кудрявцева").
_COMMON_OPENING_ZIPF = 3.5


def without_opening_word(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a person's span that opens with a common word, then a given name and a
    surname, cut to the name (whole articles only)."""
    given = given_names(language)
    if not given:
        return mentions
    for m in mentions:
        words = m.text.split(" ")
        if m.type != "PER" or len(words) < 2 or not words[1][:1].isupper():
            continue
        role = is_title_word(words[0], language)  # a backend without the refinements: natasha
        if role or (
            len(words) >= 3
            and words[1] in given
            and words[0] not in given
            and not words[0].isupper()
            and zipf(words[0].lower(), language) >= _COMMON_OPENING_ZIPF
        ):
            _cut_first_word(m)
    return mentions


def _cut_first_word(m: Mention) -> None:
    cut = len(m.text.split(" ", 1)[0]) + 1
    m.start += cut
    m.text = m.text[cut:]
