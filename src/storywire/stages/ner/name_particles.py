"""Name particles ("von", "der", "van", "de", "фон") at a name's edges, for `boundaries.repair`.

A particle is never a name's edge: a person span that ends in one, or stops right before
"von der Leyen", runs on to the capitalised word after the particles ("Ursula von" +
"der" + "Leyen" -> "Ursula von der Leyen"); a span of particles alone is dropped.  Where
the particle is also a preposition of the text's language (`LOCAL_PREPOSITIONS`: "von der
Regierung", "Sánchez de España") the model's cut stands, unless the span is a lone word the
text never uses as a surname and the word after the particles looks like a name (no place,
organisation or common-noun ending).  A person, a particle and a known place ("Erdogan de
Gaza") are the person and the place when the person is named in full elsewhere.
"""

from __future__ import annotations

from storywire.model import Mention
from storywire.stages.ner import cues
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.titles import is_title_word
from storywire.stages.ner.tokens import Token, is_title, tokenize
from storywire.stages.ner.word_frequency import zipf

# Particles that are also ordinary prepositions or articles in the text's language.
LOCAL_PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": cues.word_set("von der den"),
    "nl": cues.word_set("van de den der"),
    "fr": cues.word_set("de du la le des"),
    "es": cues.word_set("de del el la los las"),
    "it": cues.word_set("di da del della de la le"),
    "pl": cues.word_set("de"),
    "uk": cues.word_set("де"),
}
_MAX_PARTICLES = 3


def _particle(tok: Token) -> bool:
    return tok.text.islower() and tok.text in cues.NAME_PARTICLES


def bridge_particles(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    toks = tokenize(text)
    first_at = {t.start: i for i, t in enumerate(toks)}
    last_at = {t.end: i for i, t in enumerate(toks)}
    surnames = {m.text.split()[-1] for m in mentions if m.type == "PER" and len(m.text.split()) > 1}
    out: list[Mention] = []
    skip_until = -1
    for m in mentions:
        if m.start < skip_until:
            continue  # swallowed by the name before it
        a, b = first_at.get(m.start), last_at.get(m.end)
        if a is None or b is None:
            out.append(m)
            continue
        inner = toks[a : b + 1]
        if all(_particle(t) for t in inner):
            # "von der" + "Leyen said": the particles open a surname, else they are nothing
            nxt = toks[b + 1] if b + 1 < len(toks) and _adjacent(text, toks[b], toks[b + 1]) else None
            if nxt is not None and _name_word(nxt) and _foreign(inner, language):
                out.append(
                    Mention(m.start, nxt.end, text[m.start : nxt.end], "PER", model=m.model, confidence=m.confidence)
                )
                skip_until = nxt.end
            continue
        if m.type != "PER":
            out.append(m)
            continue
        while (
            a > 0
            and _particle(toks[a - 1])
            and _adjacent(text, toks[a - 1], toks[a])
            and _foreign(toks[a - 1 : a], language)
        ):
            a -= 1  # "said von der Leyen": the model left the particles out
        if toks[a].start < m.start and (not out or out[-1].end <= toks[a].start):
            m.start, m.text = toks[a].start, text[toks[a].start : m.end]
        trailing = 0
        while trailing < len(inner) - 1 and _particle(inner[-1 - trailing]):
            trailing += 1
        k = b + 1
        while (
            k < len(toks)
            and trailing + (k - b - 1) < _MAX_PARTICLES
            and _particle(toks[k])
            and _adjacent(text, toks[k - 1], toks[k])
        ):
            k += 1
        following = k - b - 1
        word = toks[k] if k < len(toks) and (trailing or following) and _adjacent(text, toks[k - 1], toks[k]) else None
        if (
            word is not None
            and _name_word(word)
            and (
                trailing
                or _foreign(toks[b + 1 : k], language)
                or _given_name_before(m, word, mentions, surnames, language)
            )
        ):
            m.end, m.text = word.end, text[m.start : word.end]
            skip_until = word.end
            out.append(m)
            continue
        if trailing:
            end = inner[-1 - trailing].end  # "Ursula von" with no name after it
            m.end, m.text = end, text[m.start : end]
        out.append(m)
    return out


# Determiners before a capitalised word make it a noun ("die Rückkehr von der Krim"); a given
# name has none ("traf Ursula von der Leyen").
_DETERMINERS = {
    "de": cues.GERMAN_DETERMINERS,
    "nl": cues.word_set("de het een deze dit die dat zijn haar hun ons onze"),
}


_FUNCTION_ZIPF = 5.5  # "John" 5.4, "Peter" 5.1; "heute" 5.9, "dann" 6.4
_MAX_GIVEN = 10  # letters: "Schleusentreppe von Fonserannes" is a noun's "of"
# The particle that opens such a surname ("der" alone is an article: "In der Bundeswehr").
_OPENING_PARTICLES = {"de": cues.word_set("von van zu de"), "nl": cues.word_set("van von")}


def name_before_particles(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """ "Ursula von der Leyen" that the model missed or read as the place "Leyen": a
    capitalised word with no determiner before it, name particles, then a capitalised word that
    is no known place, body or (German) common noun, is one person; the mentions inside it give
    way.  Only where the particles are also prepositions (German, Dutch): elsewhere
    `bridge_particles` already joins them."""
    determiners = _DETERMINERS.get(language)
    if determiners is None:
        return mentions
    toks = tokenize(text)
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(toks) - 2:
        k = i + 1
        while k - i <= _MAX_PARTICLES and k < len(toks) and _particle(toks[k]):
            if not _adjacent(text, toks[k - 1], toks[k]):
                break
            k += 1
        if k == i + 1 or k >= len(toks) or not _adjacent(text, toks[k - 1], toks[k]):
            i += 1
            continue
        given, surname = toks[i], toks[k]
        before = toks[i - 1].text if i else ""
        after = toks[k + 1] if k + 1 < len(toks) and _adjacent(text, surname, toks[k + 1]) else None
        if (
            toks[i + 1].text in _OPENING_PARTICLES.get(language, ())
            and _name_word(given)
            and _name_word(surname)
            # "Atelier von Pierre Soulages", "Jahrhunderts von Heinrich von Treitschke"
            and not (after is not None and (is_title(after.text) or _particle(after)))
            and max(len(part) for part in given.text.split("-")) <= _MAX_GIVEN
            and not _function_word(given.text, language)  # "Dann von der Leyen ..."
            # one "von" is mostly "of": only after a pause or a title ("Bundespräsident Richard
            # von Weizsäcker"); "von der" names need no determiner before them
            and (
                not before[:1].isalpha() or is_title_word(before, language)
                if k == i + 2
                else before.lower() not in determiners
            )
            and not _noun_or_place(given.text, language)
            and not _noun_or_place(surname.text, language)
            and not any(m.start < given.end and given.start < m.end for m in mentions)
        ):
            found.append((given.start, surname.end))
            i = k + 1
            continue
        i += 1
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in found)]
    model = mentions[0].model if mentions else f"rules:{language}"
    kept += [Mention(s, e, text[s:e], "PER", model=model, confidence=0.6) for s, e in found]
    return sorted(kept, key=lambda m: (m.start, m.end))


def _function_word(word: str, language: str) -> bool:
    """Far more frequent than any given name ("Dann", "Heute", an English "Then")."""
    low = word.lower()
    return max(zipf(low, language), zipf(low, "en")) >= _FUNCTION_ZIPF


def _noun_or_place(word: str, language: str) -> bool:
    low = word.lower()
    if word in place_names(language) or low in cues.ORG_HEADS or low in cues.LOC_HEADS:
        return True
    return language == "de" and low.endswith(cues.DE_NOUN_SUFFIXES + cues.DE_ORG_SUFFIXES)


def person_before_place(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """ "Erdogan de Gaza", "Erdogan di Gaza" (a person, then a particle, then a place) are the
    person and the place when the person is named in full elsewhere in the text ("Recep
    Tayyip Erdogan"): the particle is the local preposition, not part of a name.  Without that
    evidence the span stays whole ("Marcelo Rebelo de Sousa": Sousa is also a town)."""
    surnames = {m.text.split()[-1] for m in mentions if m.type == "PER" and len(m.text.split()) > 1}
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        cut = next((i for i, w in enumerate(words) if 0 < i < len(words) - 1 and w in cues.NAME_PARTICLES), None)
        if m.type != "PER" or cut is None:
            out.append(m)
            continue
        person, place = " ".join(words[:cut]), " ".join(words[cut + 1 :])
        if words[cut - 1] not in surnames or " " in person or place not in place_names(language):
            out.append(m)
            continue
        at = m.start + len(" ".join(words[: cut + 1])) + 1
        out.append(Mention(m.start, m.start + len(person), person, "PER", model=m.model, confidence=m.confidence))
        out.append(Mention(at, m.end, place, "LOC", model=m.model, confidence=m.confidence))
    return out


def _adjacent(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start].strip() == ""


def _name_word(tok: Token) -> bool:
    """A capitalised word that can end a name ("Leyen"), not an acronym ("SPD")."""
    return is_title(tok.text) and tok.text.isalpha() and not (len(tok.text) > 1 and tok.text.isupper())


def _foreign(particles: list[Token], language: str) -> bool:
    """None of the particles is a preposition of `language` ("von der" in English or Russian)."""
    local = LOCAL_PREPOSITIONS.get(language, frozenset())
    return not any(t.text in local for t in particles)


def _given_name_before(m: Mention, word: Token, mentions: list[Mention], surnames: set[str], language: str) -> bool:
    """A lone first name before "von der <Name>" (the model stopped at the particle):
    the word is no surname of the text, and what follows the particles names no place,
    organisation, or (in German) common noun."""
    if " " in m.text or m.text in surnames:
        return False
    if any(o.start < word.end and word.start < o.end and o.type != "PER" for o in mentions):
        return False
    return not _noun_or_place(word.text, language)
