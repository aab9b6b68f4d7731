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
from storywire.stages.ner.tokens import Token, is_title, tokenize

# Particles that are also ordinary prepositions or articles in the text's language.
LOCAL_PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": cues.word_set("von der den"),
    "nl": cues.word_set("van de den der"),
    "fr": cues.word_set("de du la le des"),
    "es": cues.word_set("de del la los las"),
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
    w = word.text
    if w in place_names(language) or w.lower() in cues.ORG_HEADS or w.lower() in cues.LOC_HEADS:
        return False
    return not (
        language == "de" and (w.lower().endswith(cues.DE_NOUN_SUFFIXES) or w.lower().endswith(cues.DE_ORG_SUFFIXES))
    )
