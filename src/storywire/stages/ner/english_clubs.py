"""English club, charity and volunteering news by its cues (the guidelines of session 31, round
30): a championship is an event, never a name ("the British Championships"); a community
venue where something happens is a place ("meets at the Brewery Arts Centre"); a name right
after a named venue and "on" is the street it stands on ("the Corn Exchange on Fore Street");
a person's given name alone, once the article has named them in full, is the person
("Maisie's play" after "Maisie Thwaite"); a known county or town after "from" is a place, not
a person ("the top seed from Surrey").

The tagger types a championship a place or a body, a venue a body, a street after a venue a
body, a lone given name MISC and a county after "from" a person.  Whole articles only; each
rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

MODEL = "english-clubs"
# The last word of an event's name: a contest is no body nor place.
_EVENT_LAST = frozenset({"Championship", "Championships", "Olympiad"})
# A community venue's closing words: a place where a club meets or an event is held.
_VENUE_END = re.compile(r"(?:Arts|Community|Leisure|Civic) (?:Centre|Center)$|(?:Village|Memorial|Parish|Church) Hall$")
# a word as common as this is a word before it is a name ("Christian", "Grace")
_COMMON_ZIPF = 3.5
_AT_THE = re.compile(r"\bat (?:the )?$")
# A named venue's last word: the name after it and "on" is its street.
_VENUE_LAST = frozenset(
    {"Centre", "Center", "Hall", "Theatre", "Church", "Library", "Museum", "Gallery", "Hotel", "Inn", "Exchange"}
)


def english_clubs(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` without events, with venues and their streets typed places, lone given
    names of a named person typed persons and a county after "from" typed a place."""
    if language != "en":
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.type != "PER" and m.text.rsplit(" ", 1)[-1] in _EVENT_LAST:
            continue  # "the British Championships", "the European Youth Championship"
        if m.type == "ORG" and _VENUE_END.search(m.text) and _AT_THE.search(text, max(0, m.start - 8), m.start):
            m = Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)
        elif (
            m.type == "ORG"
            and out
            and text[out[-1].end : m.start] == " on "
            and out[-1].text.rsplit(" ", 1)[-1] in _VENUE_LAST
            and " " not in m.text
        ):
            m = Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)  # "the X Centre on Highgate"
        elif m.type == "PER" and " " not in m.text and text.endswith("from ", 0, m.start) and _place(m.text):
            m = Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)  # "the top seed from Surrey"
        out.append(m)
    if any(m.type == "MISC" for m in out):
        out = _lone_given_names(out)
    return _club_nicknames(text, out)


# Plural words that end an event's name, not a team's ("the Tokyo Olympics" ... "the Olympics").
_EVENT_PLURALS = frozenset(
    {"Olympics", "Paralympics", "Games", "Championships", "Finals", "Awards", "Trials", "Nationals", "Series", "Talks"}
)


def _club_nicknames(text: str, mentions: list[Mention]) -> list[Mention]:
    """A team named "<town> <plural nickname>" ("Carluke Falcons") is "the Falcons" elsewhere in
    the article, untagged or typed otherwise (possessive "the Falcons'" too): the nickname alone
    is the team."""
    nicknames = {
        last
        for m in mentions
        if m.type == "ORG"
        and m.text.count(" ") == 1
        and _place((first_last := m.text.split(" "))[0])
        and (last := first_last[1])[:1].isupper()
        and last.endswith("s")
        and not last.endswith(("'s", "’s", "ss"))
        and last not in _EVENT_PLURALS
    }
    if not nicknames:
        return mentions
    spans = []
    events = [m for m in mentions if m.type == "MISC"]
    for nickname in nicknames:
        for found in re.finditer(rf"\b[Tt]he (?P<n>{re.escape(nickname)})(?![\w-]|['’]s)", text):
            s, e = found.span("n")
            if not any(m.start < e and s < m.end for m in events):  # the model read an event there
                spans.append((s, e))
    return claimed_spans(text, mentions, sorted(spans), "ORG", MODEL, 0.75)


def _place(word: str) -> bool:
    return word in place_names("en") and word not in given_names("en")


def _lone_given_names(mentions: list[Mention]) -> list[Mention]:
    """A MISC word that opens a full name the article gives a person is that person, unless it
    is also a common word ("Christian" the faith beside "Christian Horner")."""
    firsts = {m.text.split(" ", 1)[0] for m in mentions if m.type == "PER" and " " in m.text}
    for m in mentions:
        if m.type == "MISC" and m.text in firsts and m.text.istitle() and zipf(m.text.lower(), "en") < _COMMON_ZIPF:
            m.type, m.model = "PER", MODEL
    return mentions
