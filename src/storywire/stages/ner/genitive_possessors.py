"""German possessors: a name in the -s genitive before the noun it owns.

"Schoigus Besuch", "Moskaus Position", "Europas Verteidigung": WikiANN's German links are
mostly whole titles, so the tagger runs a possessor on into the capitalised noun after it,
and types the pair as it pleases ("Moskaus Position" PER).  German capitalises every noun,
so the shape cannot tell "Lars Klingbeil" from "Moskaus Position"; what can is the stem: the
possessor, without its -s, is a person the article names elsewhere ("Sergei Schoigu") or a
major place, and the word after it is a common word, not a name.  The possessor alone is then
the mention, as the news guideline labels it ("Schoigus" PER, "Moskaus" LOC).

A major place in the genitive after its noun ("die Bemühungen Moskaus um ...") is a place
the tagger often leaves untagged: `genitive_places` adds it.
"""

from __future__ import annotations

from collections import Counter

from storywire.model import EntityType, Mention
from storywire.stages.ner.gazetteer import major_place_names
from storywire.stages.ner.tokens import is_title, tokenize
from storywire.stages.ner.word_frequency import zipf

LANGUAGES = frozenset({"de"})
# "Besuch" 4.89, "Verteidigung" 4.37; surnames after a given name are rarer as words
# ("Söder" 3.71, "Schwab" 3.40; "Klingbeil" unlisted), but some are common ("Müller"): the
# stem must be a known name as well.
_COMMON_NOUN_ZIPF = 3.8


def split_possessors(mentions: list[Mention], language: str) -> list[Mention]:
    """Cut each "<name>s <Noun>" mention down to its possessor, typed by its stem; drop a
    town's adjective and a noun read as a person ("Kasseler Pfarrer")."""
    if language not in LANGUAGES:
        return mentions
    from storywire.stages.ner.missed_places import known_places  # (imports this module's users)

    persons = Counter(w for m in mentions if m.type == "PER" for w in m.text.split())
    named = Counter(m.text for m in mentions)
    places = major_place_names(language)
    known, placed = known_places(language), {m.text for m in mentions if m.type == "LOC"}
    dropped: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        if len(words) != 2 or not all(is_title(w) for w in words):
            continue
        possessor, noun = words
        adjective = m.type == "PER" and possessor.endswith("er")
        if (
            not (possessor.endswith("s") or adjective)
            or named[noun]
            or zipf(noun.lower(), language) < _COMMON_NOUN_ZIPF
        ):
            continue
        if adjective and _town(possessor[:-2], known, placed) and persons[possessor] <= 1:
            dropped.append(m)  # "Kasseler Pfarrer": an adjective and a noun
            continue
        if not possessor.endswith("s"):
            continue
        stem = possessor[:-1]
        own = 1 if m.type == "PER" else 0  # the noun's count as a word of this very span
        owner: EntityType | None = (
            "PER"
            if persons[stem]
            else "LOC"
            if stem in places or (_town(stem, known, placed) and m.type == "PER")
            else None
        )
        if owner is None or persons[noun] > own:
            continue
        m.end, m.text, m.type = m.start + len(possessor), possessor, owner
    return [m for m in mentions if m not in dropped] if dropped else mentions


def _town(name: str, known: frozenset[str], placed: set[str]) -> bool:
    return name in placed or name in known


def genitive_places(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Add each untagged major place in the -s genitive ("Moskaus", "Chinas", "Europas"), and
    each untagged genitive of the article's people's surnames ("Forstners")."""
    if language not in LANGUAGES:
        return mentions
    places = major_place_names(language)
    # ... and the -s genitive of a surname the article gives in full ("Nikolaus Forstner" ...
    # "Forstners Nachfolger")
    surnames = {m.text.rsplit(" ", 1)[1] for m in mentions if m.type == "PER" and " " in m.text}
    # ... and of a one-word place the article's model found in the nominative ("Amrum" ...
    # "im Norden Amrums"), a small one no list holds
    # (a surname the article gives a person wins: "Haberland" typed LOC once, "Haberlands" his)
    people = {w for m in mentions if m.type == "PER" for w in m.text.split()}
    own = {m.text for m in mentions if m.type == "LOC" and m.text.isalpha() and m.text[-1] not in "sßxz"}
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for t in tokenize(text):
        if not (t.text.endswith("s") and is_title(t.text)) or any(t.start < b and a < t.end for a, b in taken):
            continue
        stem = t.text[:-1]
        kind: EntityType | None = (
            "LOC"
            if stem in places
            else "PER"
            if stem in surnames
            else "LOC"
            if stem in own and stem not in people
            else None
        )
        if kind is not None:
            added.append(Mention(t.start, t.end, t.text, kind, model="genitive-place", confidence=0.8))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions
