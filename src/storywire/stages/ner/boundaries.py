"""Span and type repairs that hold for every backend (spaCy, the neural tagger, natasha,
the rules), run on each paragraph's mentions before the types are harmonised.

- A name particle ("von", "der", "van", "de", "фон") is never a name's edge: a person
  span that ends in one, or stops right before "von der Leyen", runs on to the capitalised
  word after the particles ("Ursula von" + "der" + "Leyen" -> "Ursula von der Leyen"); a
  span of particles alone is dropped.  Where the particle is also a preposition of the
  text's language ("von der Regierung", "Sánchez de España") the model's cut stands,
  unless the span is a lone word the text never uses as a surname and the word after
  the particles looks like a name (no place, organisation or common-noun ending).
- An organisation or place never ends in a preposition or article of the text's language
  ("Conseil de sécurité de la" -> "Conseil de sécurité"), nor in a month after one
  ("Conseil européen de mars").
- A word followed by a hyphen and a space is the first half of an elided compound
  ("Staats- und Parteichef"): no name.
- An article is never a name's first word when written in lower case: "the United States",
  "la Chine", "l’OTAN" are "United States", "Chine", "OTAN" (and link to the same identity
  as the bare name); "The Hague", "Le Monde" and "Los Angeles" keep theirs.  Where names
  are capitalised and other words are not, a span that opens with a lower-case word is cut
  to its first capitalised word ("voyage de Shoigu" -> "Shoigu"), or dropped when it opens
  with a role, which makes it an office rather than a name ("ministre de la Défense").
- In Ukrainian and Russian, a name that ends in an adjective runs on to the lower-case noun
  the adjective agrees with ("Комуністичної" + "партії" -> "Комуністичної партії", an
  organisation when that noun heads organisations); in German, a lone capitalised word
  right after a determiner or possessive is a noun, not a person ("seinen zweiten Besuch").
  A catalogue name, a surname opening a line before a comma and the given names a model
  found ("Нагибин, Владимир Владимирович"), is one person.  A national team named by its
  country is a team, not the country ("сборная Франции", "збірна України": ORG).
- A lone office is no name ("Präsident" typed ORG), and a German compound ending in a
  body's head is an organisation ("Kanzleramt" typed LOC).  A German state body written as
  one compound ("Bundesregierung", "Außenministerium", "Bundesverfassungsgericht") is an
  organisation wherever a model left it untagged: WikiANN tags every one of them.
- A person never has digits ("COP29") and in English a demonym is no person
  ("Azerbaijani": a country's name plus -i, -an, -ese, ...): both become MISC, as does a
  language's name ("auf Englisch").

The particle repairs are in `name_particles.py`, the German state bodies in
`german_state_bodies.py`.
"""

from __future__ import annotations

import functools
import re

from storywire.model import Mention
from storywire.stages.ner import cues, morph, titles
from storywire.stages.ner.brackets import split_bracketed_acronyms
from storywire.stages.ner.city_clubs import clubs_named_by_city
from storywire.stages.ner.gazetteer import major_place_names, org_names, place_names
from storywire.stages.ner.german_compounds import without_name_compounds
from storywire.stages.ner.german_state_bodies import german_state_bodies
from storywire.stages.ner.institution_phrases import lowercase_institutions
from storywire.stages.ner.name_particles import (
    LOCAL_PREPOSITIONS,
    bridge_particles,
    name_before_particles,
    person_before_place,
)
from storywire.stages.ner.no_names import a_date, body_word, generic_word, month_names, numbered
from storywire.stages.ner.place_articles import place_articles
from storywire.stages.ner.rules import org_head
from storywire.stages.ner.slavic import acronym
from storywire.stages.ner.slavic_bodies import capitalised_bodies
from storywire.stages.ner.span_words import starts_sentence
from storywire.stages.ner.tokens import is_title, split_elision, tokenize
from storywire.stages.ner.word_frequency import zipf

# Demonym endings, and the final letters of a place's name they replace ("" keeps it whole).
_DEMONYM_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ians", ("", "a", "e", "y")),
    ("ian", ("", "a", "e", "y")),
    ("ans", ("", "a")),
    ("an", ("", "a")),
    ("ese", ("", "a")),
    ("is", ("",)),
    ("i", ("",)),
    ("ns", ("",)),
    ("n", ("",)),
)
_ARTICLES: dict[str, frozenset[str]] = {
    "en": cues.word_set("the a an"),
    "fr": cues.word_set("le la les un une"),
    "es": cues.word_set("el la los las un una"),
    "it": cues.word_set("il lo la i gli le un una"),
    "nl": cues.word_set("de het een"),
    "de": cues.word_set("der die das den dem des ein eine einen einem eines einer"),
}
# Languages where a name's words are capitalised and the words around it are not (German
# capitalises every noun and writes adjectives inside names in lower case: not there).
_CAPITALISED_NAMES = frozenset({"en", "fr", "es", "it", "nl"})
# Heads of German bodies beyond cues.DE_ORG_SUFFIXES: teams, leagues, armed forces.
_DE_BODY_ENDS = ("mannschaft", "liga", "luftwaffe", "armee", "marine", "streitkräfte", "polizei", "truppe")


def repair(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` (sorted, non-overlapping, offsets into `text`) with the repairs above."""
    kept = [m for m in (_cut_elided_compound(text, m) for m in split_bracketed_acronyms(mentions, language)) if m]
    kept = [m for m in (_cut_lowercase_head(text, m, language) for m in kept) if m is not None]
    kept = place_articles(text, kept, language)  # "La France" -> "France", "Salvador" -> "El Salvador"
    if language in ("uk", "ru"):
        kept = lowercase_institutions(text, kept, language)
        kept = _complete_adjective_names(text, kept, language)
        kept = capitalised_bodies(text, kept, language)  # "Харківську область", "Служба безпеки"
        kept = _catalogue_names(text, kept, language)
        kept = [_national_team(text, m) for m in kept]
    kept = clubs_named_by_city(text, kept, language)  # "empató con el Sevilla"
    if language == "de":
        kept = [m for m in kept if not (m.type == "PER" and _german_noun_after_determiner(text, m))]
        kept = german_state_bodies(text, kept)
        kept = without_name_compounds(kept, language)  # "Ukraine-Konflikts", "EU-Gipfel"
    kept = bridge_particles(text, kept, language)
    kept = name_before_particles(text, kept, language)
    kept = person_before_place(text, kept, language)
    if language in _OPENING_LANGUAGES:
        kept = [_without_common_opening(text, m, language) for m in kept]
    kept = [_without_trailing_prepositions(m, language) for m in kept]
    kept = [_without_sentence_stop(text, m) for m in kept]
    # A lone office is no name ("Präsident", "Kanzler" typed ORG or LOC by a tagger), nor a
    # month ("im Mai"), a generic word for a territory ("die Provinz", "la región") or a body
    # ("die Polizei", "el Gobierno"); a person only when the word is a body's ("di Stato" PER).
    kept = [m for m in kept if " " in m.text or not _generic(m, language)]
    kept = [m for m in kept if not a_date(m.text, language)]  # "24. Februar", "Juli 1944"
    for m in kept:
        if m.type == "PER" and (numbered(m.text) or (language == "en" and _demonym(m.text))):
            m.type = "MISC"
        elif m.type != "ORG" and _union_of_states(m.text, language):
            m.type = "ORG"  # "ЕС", "Евросоюза" typed LOC by natasha: the EU is a body
        elif language == "de" and m.type == "LOC" and " " not in m.text and org_head(m.text, language):
            m.type = "ORG"  # "Sicherheitsrat", "Kanzleramt": a body, whatever the tagger said
        elif m.type != "MISC" and m.text in _language_names(language) and not _channel_named(text, m, language):
            m.type = "MISC"  # "auf Englisch": a language, no organisation or place
    return kept


def _generic(m: Mention, language: str) -> bool:
    return generic_word(m.text, language) and (m.type != "PER" or body_word(m.text))


def _channel_named(text: str, m: Mention, language: str) -> bool:
    """ "قناة العربية": the channel al-Arabiya, named by the word for the language."""
    return language == "ar" and m.type == "ORG" and text[max(0, m.start - 6) : m.start].rstrip().endswith("قناة")


@functools.cache
def _language_names(language: str) -> frozenset[str]:
    """One-word names of the major languages (those with a two-letter ISO code) as CLDR writes
    them in `language`, except those that also name a place ("Afrikaans" is none, "Alabama"
    is no major language)."""
    import babel

    try:
        names = babel.Locale.parse(language).languages
    except (ValueError, babel.UnknownLocaleError):
        return frozenset()
    places = place_names(language)
    return frozenset(name for code, name in names.items() if len(code) == 2 and " " not in name and name not in places)


def _cut_elided_compound(text: str, m: Mention) -> Mention | None:
    """Without its last word when that is half a compound ("Chinas Staats-" -> "Chinas")."""
    if not (m.end + 1 < len(text) and text[m.end] in "-‐" and text[m.end + 1].isspace()):
        return m
    toks = tokenize(m.text)
    if len(toks) < 2:
        return None
    end = m.start + toks[-2].end
    m.end, m.text = end, text[m.start : end]
    return m


def _cut_lowercase_head(text: str, m: Mention, language: str) -> Mention | None:
    """Without a leading lower-case article or elided article; cut to the name, or dropped."""
    if m.model == "organisations" or org_names(language).get(m.text) == "ORG":
        return m  # a known name as it is written ("dpa", "polizia di Stato"), by the overlay or the rules
    toks = tokenize(m.text)
    articles = _ARTICLES.get(language, frozenset())
    first = 0
    while first < len(toks) - 1 and toks[first].text in articles:
        first += 1
    start = toks[first].start if toks else 0
    elided = split_elision(toks[first : first + 1]) if language in ("fr", "it") else []
    if language == "de" and m.type == "LOC" and toks[first:] and _lowercase_word(toks[first].text, language):
        if org_head(toks[-1].text, language):
            m.type = "ORG"  # "russischen Sicherheitsrates" typed LOC: a body, cut below
        elif len(toks) - first == 2 and place_names(language).get(toks[-1].text) == "LOC":
            start = toks[-1].start  # "östlichen Ukraine": the place, without its adjective
            m.start, m.text = m.start + start, m.text[start:]
            return m
    if len(elided) == 2 and elided[0].text.islower():
        start = elided[1].start  # "l’OTAN": the tokenizer's own elision rule
    elif (
        language == "de" and m.type in ("ORG", "MISC") and toks[first:] and _lowercase_word(toks[first].text, language)
    ):
        # Before a state body an adjective names its country, outside the name as WikiANN and
        # our guidelines mark it ("russischen" + "Sicherheitsrats"; the linker still reads it,
        # `link._body_in_context`); a team's or a league's stays in it ("niederländische
        # Nationalmannschaft"); before any other noun the span is a description
        # ("europäischen Wirtschaft", "russischen Großangriffs"), no name.
        head = toks[-1].text
        if not (org_head(head, language) or head.lower().endswith(_DE_BODY_ENDS) or acronym(head)):
            return None
        capital = next((t for t in toks[first:] if t.text[:1].isupper()), None)
        if capital is None:
            return None
        if org_head(head, language) and not head.lower().endswith(_DE_BODY_ENDS):
            start = capital.start
        elif acronym(head) and len(toks) - first > 2:
            start = toks[-1].start  # "russische Nachrichtenagentur TASS": the agency is "TASS"
    elif language in _CAPITALISED_NAMES and toks[first:] and _lowercase_word(toks[first].text, language):
        if titles.is_title_word(toks[first].text, language):
            return None  # an office ("ministre de la Défense"), not a name
        capital = next((t for t in toks[first:] if t.text[:1].isupper()), None)
        if capital is None:
            return None
        start = capital.start
    if start == 0:
        return m
    m.start, m.text = m.start + start, m.text[start:]
    return m


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_PREVIOUS_WORDS = re.compile(r"(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+)[ \t]+$")


def _complete_adjective_names(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        nxt = _NEXT_WORD.match(text, m.end)
        following = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        if m.type != "PER" and nxt is not None and nxt.group(1).islower() and nxt.end() <= following:
            head = morph.agreeing_noun(m.text.split()[-1], nxt.group(1), language)
            if head is not None:
                m.end, m.text = nxt.end(), text[m.start : nxt.end()]
                if head in cues.ORG_HEADS:
                    m.type = "ORG"
        out.append(m)
    return out


_LINE_START_SURNAME = re.compile(r"(?:^|\n)[ \t]*([^\W\d_]+(?:-[^\W\d_]+)?)[ \t]*,[ \t]*$")


def _catalogue_names(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        given_only = (
            m.type == "PER"
            and len(m.text.split()) <= 3
            and not any(morph.surname_only(word, language) for word in m.text.split())
        )
        prev = out[-1] if out else None
        # "Нерсесьян" + ", " + "Павел Тигранович"
        lone_surname = prev is not None and prev.type == "PER" and " " not in prev.text
        if given_only and prev is not None and lone_surname and text[prev.end : m.start].strip() == ",":
            prev.end, prev.text = m.end, text[prev.start : m.end]
            continue
        found = _LINE_START_SURNAME.search(text, max(0, m.start - 80), m.start) if given_only else None
        taken = prev.end if prev is not None else 0  # a surname inside a mention: a list of people
        if found is not None and found.start(1) >= taken and found.group(1)[:1].isupper():
            m.start, m.text = found.start(1), text[found.start(1) : m.end]
        out.append(m)
    return out


_TEAM = re.compile(r"(?i:\b(?:сборн|збірн)[^\W\d_]*)[ \t]+$")


def _national_team(text: str, m: Mention) -> Mention:
    found = _TEAM.search(text, max(0, m.start - 20), m.start) if m.type != "PER" else None
    if found is not None:
        m.start, m.text, m.type = found.start(), text[found.start() : m.end], "ORG"
    return m


# The European Union, by its names and abbreviations: an organisation, never a place.
_EU = cues.word_set("eu ue ес єс евросоюз євросоюз unia")


def _union_of_states(surface: str, language: str) -> bool:
    low = surface.lower()
    if low in _EU or low in ("european union", "union européenne", "europäische union", "unión europea"):
        return True
    return language in ("uk", "ru") and " " not in low and morph.lemma(surface, language).lower() in _EU


def _without_trailing_prepositions(m: Mention, language: str) -> Mention:
    """An organisation or place never ends in a preposition or article of the text's
    language: "Conseil de sécurité de la" (before "Fédération de Russie") is "Conseil de
    sécurité".  Persons are left to `bridge_particles` ("Ursula von" runs on)."""
    local = LOCAL_PREPOSITIONS.get(language)
    if m.type == "PER" or not local:
        return m
    words = m.text.split(" ")
    k = len(words)
    if k > 2 and words[-2] in local and words[-1].lower() in month_names(language):
        k -= 1  # "Conseil européen de mars": the meeting's month, not the body's name
    while k > 1 and words[k - 1] in local:
        k -= 1
    if k < len(words):
        kept = " ".join(words[:k])
        m.end, m.text = m.start + len(kept), kept
    return m


def _without_sentence_stop(text: str, m: Mention) -> Mention:
    """A Chinese name ending in a one-letter given name keeps no sentence's full stop
    ("Ван И." at the end of a sentence is "Ван И")."""
    if m.type != "PER" or not m.text.endswith(".") or (m.end < len(text) and not text[m.end].isspace()):
        return m
    from storywire.identity.transliterate import cyrillic_chinese_to_pinyin

    if cyrillic_chinese_to_pinyin(m.text[:-1]) is not None:
        m.end, m.text = m.end - 1, m.text[:-1]
    return m


def _german_noun_after_determiner(text: str, m: Mention) -> bool:
    if " " in m.text.strip():
        return False
    before = _PREVIOUS_WORDS.search(text, max(0, m.start - 100), m.start)  # two words back, not the paragraph
    if before is None:
        return False
    words = [w for w in before.groups() if w]
    if words[-1].lower() in cues.GERMAN_DETERMINERS:
        return True  # "Dieser Besuch"
    # "seinen zweiten Besuch": a determiner, then an inflected adjective (lower case: a
    # capitalised word there is a noun, as in "der Kanzler Scholz")
    adjective = words[-1]
    return (
        len(words) == 2
        and words[0].lower() in cues.GERMAN_DETERMINERS
        and adjective.islower()
        and adjective.endswith(("en", "em", "er", "es", "e"))
    )


def _lowercase_word(word: str, language: str) -> bool:
    return word.isalpha() and word.islower() and not titles.particle(word, language)


# Languages whose sentence-opening function words and adverbs a tagger glues to the name after
# them ("Para Gadafi", "Quando Gheddafi", "Selon Kadhafi").  Not en: its given names are
# common words ("Will Smith", "Mark Rutte"); not de, whose nouns all take capitals.
_OPENING_LANGUAGES = frozenset({"es", "it", "fr", "pl", "nl"})
_NAME_OPENERS = cues.word_set("los las lo il gli les l der die das the san santa santo saint st gran grand")
_OPENING_ZIPF = 5.55  # "mientras" 5.67, "dice" 5.61, "selon" 5.56; "Jean" 5.48, "Juan" 5.33


def _without_common_opening(text: str, m: Mention, language: str) -> Mention:
    """A person span that opens a sentence with a very common word, then a name, is the name."""
    words = m.text.split(" ")
    if m.type != "PER" or len(words) < 2 or not words[0].isalpha() or not is_title(words[1]):
        return m
    first = words[0].lower()
    if first in cues.NAME_PARTICLES or first in _NAME_OPENERS:
        return m  # "Al Pacino", "La Mona Jiménez", "San Martín": articles and saints open names
    if zipf(first, language) < _OPENING_ZIPF or not starts_sentence(text, m.start):
        return m
    cut = len(words[0]) + 1
    return Mention(m.start + cut, m.end, m.text[cut:], m.type, model=m.model, confidence=m.confidence)


def _demonym(surface: str) -> bool:
    """ "Azerbaijani", "Brazilians", "Chinese": a major place's name with a demonym ending
    (a final -a/-e/-y of the name gives way to the ending: China -> Chin-ese, Italy -> Ital-ian)."""
    if " " in surface or not surface[:1].isupper():
        return False
    major = major_place_names("en")
    for ending, restore in _DEMONYM_ENDINGS:
        if surface.endswith(ending) and len(surface) - len(ending) >= 4:
            stem = surface[: -len(ending)]
            if any(stem + end in major for end in restore):
                return True
    return False
