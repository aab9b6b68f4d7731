"""Polish places declined in a case the tagger did not learn: "fala minęła już Ostrawę"; and
a one-word destination after a verb of driving and "do" ("pojadą do Harrachova"), which the
tagger, seeing a foreign spelling, reads a firm: people drive to places.

The WikiANN-trained tagger finds the cases of the places Wikipedia names often; a smaller
foreign city in the accusative or instrumental it leaves out.  A capitalised word inside a
sentence whose nominative, undone by its ending (`identity.polish.place_nominatives`), is a
place the gazetteer knows is that place.  A common word, a given name, or a word the
gazetteer knows as it stands (left to the models and rules) is not taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from storywire.identity.given_names import given_names
from storywire.identity.polish import place_nominatives
from storywire.model import EntityType, Mention
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.rules import org_head
from storywire.stages.ner.word_frequency import zipf

# A capitalised word after a lower-case word or a comma: inside a sentence, never its opening.
_WORD = re.compile(r"(?<=[a-ząćęłńóśźż,] )[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{3,}\b")
_COMMON_ZIPF = 3.0


def declined_places(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the declined places no model found."""
    if language != "pl":
        return mentions
    places = place_names("pl")
    _retype_declined_towns(text, mentions, places)
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for found in _WORD.finditer(text):
        s, e = found.span()
        word = found.group()
        if any(s < b and a < e for a, b in taken) or word in places or word in given_names("pl"):
            continue
        if zipf(word.lower(), "pl") >= _COMMON_ZIPF:
            continue
        if any(places.get(form) == "LOC" for form in place_nominatives(word) if form != word):
            added.append(Mention(s, e, word, "LOC", model="declined-place", confidence=0.6))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


# "z Katowic", "do Gliwic": a place preposition before a town's genitive, which the tagger may
# read as a firm's name (a town named in the plural, "Katowice", has an unusual genitive).
_FROM_TO = re.compile(r"(?<![\w-])(?:z|ze|do|od|spod|koło|pod) $")


def _retype_declined_towns(text: str, mentions: list[Mention], places: Mapping[str, EntityType]) -> None:
    """A one-word organisation after "z"/"do"/"od" whose nominative is a known town, not a word
    the gazetteer knows as it stands (a club's name, "z Wisły", is left to the models)."""
    for m in mentions:
        if (
            m.type != "ORG"
            or " " in m.text
            or m.text in places
            or not _FROM_TO.search(text, max(0, m.start - 6), m.start)
        ):
            continue
        if any(places.get(form) == "LOC" for form in place_nominatives(m.text) if form != m.text):
            m.type = "LOC"


# "Powódź na Odrze", "Płocku nad Wisłą": a word, a place preposition, then a known place.
_AT_PLACE = re.compile(r"^(?P<head>\S+) (?P<prep>na|nad|pod|w|we|przy) (?P<place>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)$")


# Adjectives of a country or region ("Polska Agencja Prasowa", "Polskiej Agencji Kosmicznej")
# open bodies' names; a town in the locative does not.
_ADJECTIVE_ENDS = ("ska", "skiej", "ską", "skie", "ski", "skiego", "skim", "cka", "ckiej", "cki", "ckie")


def _declined_town(word: str, known: Callable[[str], bool]) -> bool:
    return known(word) and word not in place_names("pl") and not word.lower().endswith(_ADJECTIVE_ENDS)


def places_after_prepositions(mentions: list[Mention], language: str) -> list[Mention]:
    """A model's span "<word> <place preposition> <place>" cut to its places: a headline's
    "Powódź na Odrze" (a flood on the Oder: the common noun is no name), a town on its river
    "Płocku nad Wisłą" (two places, as the project's guidelines mark them)."""
    if language != "pl":
        return mentions
    places = place_names("pl")

    def known(word: str) -> bool:
        return places.get(word) == "LOC" or any(places.get(form) == "LOC" for form in place_nominatives(word))

    out: list[Mention] = []
    for m in mentions:
        head, _, rest = m.text.partition(" ")
        if m.type == "ORG" and rest and _declined_town(head, known) and org_head(rest.split(" ", 1)[0], "pl"):
            # "W Gdańsku Politechnika Gdańska otworzyła": the town, then the body
            out.append(Mention(m.start, m.start + len(head), head, "LOC", m.model, m.confidence))
            out.append(Mention(m.end - len(rest), m.end, rest, "ORG", m.model, m.confidence))
            continue
        found = _AT_PLACE.match(m.text)
        if m.type == "PER" or found is None or not known(found["place"]):
            out.append(m)
            continue
        head = found["head"]
        if m.type == "LOC" and known(head):
            out.append(Mention(m.start, m.start + len(head), head, "LOC", m.model, m.confidence))
        elif zipf(head.lower(), "pl") < _COMMON_ZIPF or org_head(head, "pl"):
            out.append(m)  # a name of its own, or a body's ("Uniwersytet w Krakowie"): as the model read it
            continue
        start = m.start + found.start("place")
        out.append(Mention(start, m.end, found["place"], "LOC", m.model, m.confidence))
    return out


DESTINATION = "travel-destination"
# A verb of driving or riding ("pojadą", "jeździli", "wyjechać", "dojeżdżają"), then "do".
_DRIVE_TO = re.compile(r"(?<![\w-])(?:po|wy|do|przy|za|od)?(?:jad|jedzi|jech|jeżdż|jeźdz)\w* do $")


def destinations_after_driving(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a one-word body after a verb of driving and "do" typed a place."""
    if language != "pl" or not any(m.type == "ORG" for m in mentions):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if (
            m.type == "ORG"
            and " " not in m.text
            and not m.text.isupper()
            and not org_head(m.text, "pl")
            and _DRIVE_TO.search(text, max(0, m.start - 24), m.start) is not None
        ):
            m = Mention(m.start, m.end, m.text, "LOC", DESTINATION, m.confidence)
        out.append(m)
    return out
