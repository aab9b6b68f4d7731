"""Places the sentence marks as places, whatever the models typed them: both names "between X
and Y" ("zwischen Lichtenfels und Coburg", "entre Toral de los Vados y O Barco de Valdeorras"),
two places joined after a preposition of place ("across Lancashire and Cumbria", one span typed
ORG), and the town of a mayor or bishop ("sindaco di Vernante", typed PER).

Local news names villages that no model has seen; the sentence says what they are.  A name
counts as a place when a list knows it (the gazetteer, villages from 1,000 people) or a
model typed it LOC; "between" makes its partner one too.  Whole articles only.
"""

from __future__ import annotations

import functools
import itertools
import re

from storywire.model import Mention
from storywire.stages.ner.gazetteer import org_names
from storywire.stages.ner.missed_places import known_places
from storywire.stages.ner.subdivisions import subdivision_names

MODEL = "place-context"
_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ"
_WORD = rf"[{_UPPER}][\w’'-]*"
# A place's name with the particles village names hold ("Monforte de Lemos", "Toral de los
# Vados", "Monforte d'Alba", "Grub am Forst", "Stratford-upon-Avon").
_PARTICLE = r"(?:de|del|de los|de las|de la|di|della|dei|am|an der|im|sur|sous|upon|on|en)"
_PLACE = rf"{_WORD}(?: +(?:{_PARTICLE} +)?{_WORD}| *d['’]{_WORD}){{0,3}}"
_AND = {"de": "und", "en": "and", "fr": "et", "es": "y|e", "it": "e|ed", "nl": "en"}
_BETWEEN = {"de": "zwischen", "en": "between", "fr": "entre", "es": "entre", "it": "tra|fra", "nl": "tussen"}
_PLACE_PREPOSITIONS = {
    "de": "in|aus|nach|bei",
    "en": "in|across|from|near|at|to",
    "fr": "à|en|dans|près de",
    "es": "en|desde|hacia",
    "it": "in|a|da|nel|nella|nelle|nei",
    "nl": "in|uit|naar|bij",
}
_OFFICES = {
    "de": r"(?:Ober)?[Bb]ürgermeister(?:in)? +(?:von|aus)|Bischof +von",
    "en": r"[Mm]ayor +of|[Bb]ishop +of",
    "fr": r"maire +(?:de|d['’])|évêque +(?:de|d['’])|préfet +(?:de|d['’])",
    "es": r"alcalde(?:sa)? +de|obispo +de",
    "it": r"sindac[oa] +(?:di|d['’])|vescovo +(?:di|d['’])|prefetto +(?:di|d['’])",
    "nl": r"burgemeester +van",
}

# Lower-case words after which a name is a place, whether or not any list knows it: a named
# locality ("au lieu-dit La Borie Basse", "le hameau des Granges", an industrial estate) or the
# town of a village's own committee or commune ("le comité des fêtes de Sagelat", "la commune de Sagelat").
_PLACE_KINDS = {
    "fr": r"lieu-dit|lieux-dits|hameau +(?:de|du|des|d['’])|commune +(?:de|d['’])|"
    r"comité +des +fêtes +(?:de|du|d['’])|"
    # a town's quarter or its market hall after the lower-case kind word ("le quartier Saint-Cyprien",
    # "la halle Baltard"): the hall is where the stalls stand, its operator is the one that acts
    r"(?<![\w’'-])(?:quartier|halle) +(?=[A-ZÀ-Ö])|"
    # an industrial estate after its lower-case kind words ("la zone d'activités de la Baratière")
    r"(?:zone|parc) +(?:d['’]activités?|industrielle|artisanale|commerciale) +(?:de +la|de +l['’]|du|des|de|d['’])"
    # a port's terminal, a canal or a lagoon after its lower-case kind word ("le terminal de la
    # Vigie", "le canal de la Robine", "l'étang de Thau")
    r"|(?:terminal|canal|étang) +(?:de +la|de +l['’]|du|des|de|d['’])"
    # the village of a lower-case school, council or cemetery ("l'école publique de Pouldavid",
    # "le conseil municipal de Douarnenez", "le cimetière de Tréboul")
    r"|(?<!\w)(?:école(?: +(?:publique|privée|primaire|maternelle|élémentaire|communale))?|"
    r"conseil +(?:municipal|communautaire)|cimetière(?: +communal)?) +(?:de|du|d['’])",
}


# A line or road named by its two end towns: each town is a place, the line no name ("la ligne
# Bordeaux-Sète", "la linea Milano-Genova"); a lagoon or a town named by two ("étang de
# Bages-Sigean", "Alsace-Lorraine") stays whole where a list knows it.  (Spanish lines, known
# towns or not, are `romance_sport`'s.)
_ROUTE_WORDS = {
    "fr": r"ligne|liaison|axe|autoroute|LGV|tronçon|trajet|route|voie",
    "it": r"linea|tratta|tratto|collegamento|autostrada|superstrada|percorso",
    "de": r"Strecke|Bahnstrecke|Linie|Verbindung|Autobahn|Route|Trasse",
    "en": r"line|route|link|motorway|railway|corridor",
}
_ROUTE_KINDS = r"ferroviaire|TER|TGV|ferroviaria|ferroviario|autoroutière|routière|autostradale"
_ROUTE_END = rf"[{_UPPER}][\w’']+(?: [{_UPPER}][\w’']+)?"


def _either_case(words: str) -> str:
    """Route words lower-case or opening a headline ("Liaison Valence-Romans")."""
    return "|".join(f"[{word[0]}{word[0].upper()}]{word[1:]}" for word in words.split("|"))


_ROUTE_ENDS = {
    language: re.compile(
        rf"(?<![\w’'])(?:{_either_case(words)})(?: +(?:{_ROUTE_KINDS}))? +"
        rf"(?P<first>{_ROUTE_END}) ?[-–] ?(?P<second>{_ROUTE_END})(?![\w’'-])"
    )
    for language, words in _ROUTE_WORDS.items()
}
_NO_ROUTE = re.compile(r"(?!)")


@functools.cache
def _kind_pattern(language: str) -> re.Pattern[str] | None:
    kinds = _PLACE_KINDS.get(language)
    return re.compile(rf"(?<!\w)(?:{kinds}) *(?P<place>{_PLACE})(?![\w’'])") if kinds else None


@functools.cache
def _patterns(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    if language not in _AND:
        return None, None
    lead = f"{_BETWEEN[language]}|{_PLACE_PREPOSITIONS[language]}"
    pair = re.compile(
        rf"(?<![\w’'])(?P<lead>{lead}) +(?P<first>{_PLACE}) +(?:{_AND[language]}) +(?P<second>{_PLACE})(?![\w’'])"
    )
    office = re.compile(rf"(?<![\w’'])(?:{_OFFICES[language]}) *(?P<place>{_PLACE})(?![\w’'])")
    return pair, office


@functools.cache
def _known(language: str) -> frozenset[str]:
    return known_places(language) | subdivision_names()


def places_in_context(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the places of "between X and Y", "in X and Y" and "the mayor of X"
    made LOC, in place of the mentions inside them."""
    pair, office = _patterns(language)
    if pair is None or office is None:
        return mentions
    places: list[tuple[int, int]] = []
    for found in pair.finditer(text):
        sides = [
            _known_part(text, found.start("first"), found.end("first"), mentions, language),
            _known_part(text, found.start("second"), found.end("second"), mentions, language),
        ]
        placeish = [_place(text, s, e, mentions, language) for s, e in sides]
        between = found["lead"] in _BETWEEN[language].split("|")
        if all(placeish) or (between and any(placeish) and not any(_person(text, s, e, mentions) for s, e in sides)):
            places.extend(sides)
    for found in office.finditer(text):
        s, e = found.start("place"), found.end("place")
        name = text[s:e]
        if not any(m.type == "LOC" and m.start == s and m.end == e for m in mentions) and name in _known(language):
            places.append((s, e))
        if _lone_word(name, s, e, mentions):
            # a village no list knows, read as a surname elsewhere: no one is the mayor of a
            # person, so the article's other mentions of the word are the village too
            places.extend(
                (m.start, m.end)
                for m in mentions
                if m.type == "PER" and m.text == name and (m.start, m.end) not in places
            )
    for found in _ROUTE_ENDS.get(language, _NO_ROUTE).finditer(text):
        sides = [found.span("first"), found.span("second")]
        whole = text[found.start("first") : found.end("second")]
        if whole not in _known(language) and all(_route_end(text, s, e, mentions, language) for s, e in sides):
            places.extend(sides)
            # a model's span from the route word ("Liaison Valence-Romans" in a headline) goes
            mentions = [m for m in mentions if not found.start() <= m.start < sides[0][0] or m.end > found.end()]
    kind = _kind_pattern(language)
    for found in kind.finditer(text) if kind is not None else ():
        s, e = found.start("place"), found.end("place")
        places.append((s, e))
        # the village's other mentions that a model read as a person
        places.extend((m.start, m.end) for m in mentions if m.type == "PER" and m.text == text[s:e])
    return _as_places(text, mentions, list(dict.fromkeys(places))) if places else mentions


_PARTICLE_GAP = re.compile(rf" +{_PARTICLE} +")


def _known_part(text: str, s: int, e: int, mentions: list[Mention], language: str) -> tuple[int, int]:
    """The longest known place a name opens with, cut before a particle ("Coburg am Montag" ->
    "Coburg"); the whole name when no part is known ("Grub am Forst")."""
    if _place(text, s, e, mentions, language):
        return s, e
    cuts = [s + gap.start() for gap in _PARTICLE_GAP.finditer(text[s:e])]
    for cut in reversed(cuts):
        if _place(text, s, cut, mentions, language):
            return s, cut
    return s, e


def _place(text: str, s: int, e: int, mentions: list[Mention], language: str) -> bool:
    if any(m.type == "LOC" and (m.start, m.end) == (s, e) for m in mentions):
        return True
    name = text[s:e]
    return name in _known(language) and name not in org_names(language)


def _route_end(text: str, s: int, e: int, mentions: list[Mention], language: str) -> bool:
    """A place, or the short form of a known town ("Romans" of "Romans-sur-Isère"), by which
    French lines and roads are named."""
    return _place(text, s, e, mentions, language) or text[s:e] in _short_forms(language)


@functools.cache
def _short_forms(language: str) -> frozenset[str]:
    shorts = (_HYPHENED_TAIL.split(name, 1)[0] for name in _known(language) if _HYPHENED_TAIL.search(name))
    return frozenset(short for short in shorts if len(short) >= 4 and short not in org_names(language))


_HYPHENED_TAIL = re.compile(r"-(?:sur|en|lès|lez|sous|le|la|les)-")


def _lone_word(name: str, s: int, e: int, mentions: list[Mention]) -> bool:
    """A one-word name that a model typed a person or a place ("le maire de Valmoreil")."""
    return (
        " " not in name
        and "-" not in name
        and any(m.type in ("PER", "LOC") and (m.start, m.end) == (s, e) for m in mentions)
    )


def _person(text: str, s: int, e: int, mentions: list[Mention]) -> bool:
    """A side named by an article's person ("between Macron and Scholz")."""
    name = text[s:e]
    return any(m.type == "PER" and (name == m.text or m.text.endswith(" " + name)) for m in mentions)


def _as_places(text: str, mentions: list[Mention], places: list[tuple[int, int]]) -> list[Mention]:
    kept, added = list(mentions), []
    for s, e in places:
        inside = [m for m in kept if m.start < e and s < m.end]
        if any(m.type == "LOC" and (m.start, m.end) == (s, e) for m in inside):
            continue
        # a model's span over both names and their "and" goes; one that runs past them stays
        spanning = [m for m in inside if m.start < s or m.end > e]
        if any(not _within_pair(m, places) for m in spanning):
            continue
        kept = [m for m in kept if m not in inside]
        added.append(Mention(s, e, text[s:e], "LOC", model=MODEL, confidence=0.75))
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _within_pair(m: Mention, places: list[tuple[int, int]]) -> bool:
    """A mention that lies between the first name's start and the second's end of a pair."""
    return any(s1 <= m.start and m.end <= e2 for (s1, _), (_, e2) in itertools.pairwise(places))


# A town's tail that a model left out: "Braunau" + " am Inn", "Ried" + " im Innkreis".
_TAIL = re.compile(r" (?:am|an der|im|ob der|in der|bei|upon|sur|de|del|de la|de los|di) [A-ZÀ-ÖØ-Þ][\w'’-]+")
_JOINERS = frozenset({" y ", " and ", " und ", " et ", " e ", " i "})


def whole_place_names(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a place grown over the tail of its known name ("Braunau am Inn") and two
    places joined into the one a list knows ("Castilla" + "y" + "León")."""
    known = _known(language)
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].type == m.type == "LOC" and text[out[-1].end : m.start] in _JOINERS:
            joined = text[out[-1].start : m.end]
            if joined in known:
                out[-1].end, out[-1].text = m.end, joined
                continue
        if out and language == "fr" and _named_with_article(text, out[-1], m, known):
            out[-1].end, out[-1].text = m.end, text[out[-1].start : m.end]
            continue
        tail = _TAIL.match(text, m.end) if m.type == "LOC" else None
        if tail is not None and text[m.start : tail.end()] in known:
            m.end, m.text = tail.end(), text[m.start : tail.end()]
        out.append(m)
    # a grown name swallows the mentions now inside it
    return [m for k, m in enumerate(out) if not (k and out[k - 1].start <= m.start and m.end <= out[k - 1].end)]


# A French place named with its article, written capitalised inside a sentence, and "aux" or
# "au" before its second noun: a restaurant, farm or hamlet ("à La Grange aux Loups", "Le Pré
# au Lac"), split by the model at the "aux".  Not two places ("La Haye aux Pays-Bas").
_ARTICLE_NAME = re.compile(r"(?:La|Le|Les) [A-ZÀ-ÖØ-Þ]")
_AUX = frozenset({" aux ", " au "})


def _named_with_article(text: str, first: Mention, second: Mention, known: frozenset[str]) -> bool:
    return (
        first.type == "LOC"
        and text[first.end : second.start] in _AUX
        and _ARTICLE_NAME.match(first.text) is not None
        and first.start > 1
        and text[first.start - 2 : first.start] not in (". ", "\n\n")
        and text[first.start - 1] != "\n"
        and " " not in second.text
        and second.text not in known
    )
