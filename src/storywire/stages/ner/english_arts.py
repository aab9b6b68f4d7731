"""English arts and local news by its cues (the guidelines of session 29, round 24): a body
that opens a sentence keeps no "The" unless the word is its name's ("The Times"), a union
named right after its noun is a body ("the actors' union Equity"), a town before "-based" is
no mention ("the Leeds-based charity"), and a name right after a venue's noun and "on" is the
street it stands on ("the theatre on Stramongate").  Film and television production (round
36): a regional screen agency is a body ("Screen Cornwall"), a fund is no person ("its
Cornwall Film Fund"), a channel named after its noun is a body ("its sister channel More4"), the
actor who stars is a person ("it stars Priya Vance as"), a police rank before a character is a
title ("DCI Molly Stone"), and a canal or a forum named for two places is one name ("Kennet and
Avon Canal", "Beeston and Holbeck Residents Forum").

The tagger takes a sentence's "The" into a theatre's name, leaves a one-word union untagged,
types a town before "-based" and a street after "on" a body.  Whole articles only; each rule
looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import org_names, place_names

MODEL = "english-arts"
# The last word of a body's or venue's name whose "The" is the sentence's, not the name's: a
# newspaper's "The" is its name's ("The Northern Echo") and none ends with these.
_KIND_LAST = frozenset(
    {
        "Theatre",
        "Theater",
        "Playhouse",
        "Orchestra",
        "Philharmonic",
        "Opera",
        "Ballet",
        "Hospital",
        "Infirmary",
        "Trust",
        "Foundation",
        "Council",
        "Museum",
        "Gallery",
        "Agency",
        "Authority",
        "Commission",
        "Company",
    }
)
# a union's noun, its members' possessive before it or none, then a capitalised name of one or
# two words (an acronym too: "the union RMT")
_UNION = re.compile(
    r"(?<![\w-])union,? (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|In|On)\b)"
    r"(?P<name>[A-Z][\w&]*(?: [A-Z][\w&]*)?)(?![\w-])"
)
# a venue's noun and "on" right before a name: the street the venue stands on
_VENUE_ON = re.compile(
    r"(?<![\w-])(?:theatre|theater|hall|playhouse|cinema|gallery|museum|church|chapel|pub|shop|store|hotel|"
    r"restaurant|library|venue|studio|offices?|building|premises|clinic|surgery|hospital) on $"
)

_SCREEN_AGENCY = re.compile(r"(?<![\w-])Screen (?P<place>[A-Z][a-z]+)(?![\w-])")
_CHANNEL = re.compile(
    r"(?<![\w-])(?:sister|digital|TV|television|music|news|streaming) channel (?P<name>[A-Z][\w+]*)(?![\w-])"
)
_STARS = re.compile(
    r"(?<![\w-])(?:stars|starring) (?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?= as )"
)
_RANKS = frozenset({"DI", "DCI", "DS", "DC", "DSI", "DSupt", "PC", "Sgt", "Insp"})
_TWO_PLACE_NAMES = re.compile(
    r"(?<![\w-])[A-Z][a-z]+ and [A-Z][a-z]+ "
    r"(?:(?P<canal>Canal)|(?:Community |Residents'? )?(?:Forum|Association))(?![\w-])"
)


# A video game's kind right before its title: a work, as films and books are.
_GAME_KIND = re.compile(
    r"\b(?:shooter|platformer|RPG|roguelike|(?:video|mobile|online|computer|strategy|puzzle|racing) game) $"
)


def _no_body(m: Mention) -> bool:
    """A one-word title the gazetteer holds as no place nor body ("the puzzle game Scotland won")."""
    return " " not in m.text and m.text not in place_names("en") and m.text not in org_names("en")


def english_arts(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the bodies, unions and streets above, and without towns before
    "-based"."""
    if language != "en":
        return mentions
    out = []
    for m in mentions:
        if text.startswith("-based", m.end) and m.type in ("LOC", "ORG", "MISC", "PER"):
            continue  # "the Penrith-based company": an adjective, no mention (a town read as a person too)
        words = m.text.split(" ")
        if m.type in ("ORG", "LOC") and len(words) > 2 and words[0] == "The" and words[-1] in _KIND_LAST:
            m = Mention(m.start + 4, m.end, m.text[4:], m.type, m.model, m.confidence)
        elif m.type == "ORG" and _VENUE_ON.search(text, max(0, m.start - 20), m.start):
            m = Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)
        elif m.type in ("ORG", "MISC") and _GAME_KIND.search(text, max(0, m.start - 30), m.start) and _no_body(m):
            continue  # "its online shooter Ironvale": a game is a work, no name (round 37)
        out.append(m)
    if "union " in text:
        unions = [f.span("name") for f in _UNION.finditer(text)]
        out = claimed_spans(text, out, unions, "ORG", MODEL, 0.8)
    if any(w in text for w in ("Screen ", "channel ", "star", " and ", "Fund", "Festival", "programme", "scheme")):
        out = _screen(text, out)
    return out


# ... nor is a scheme named after "the" ("widen the Clean Growth Booster scheme"): several
# capitalised words, none an acronym or a body's head word, so that "the NHS scheme" and "the Arts
# Council programme" keep their body
_SCHEME_AFTER = re.compile(r" (?:scheme|programme)\b")
_BODY_WORDS = frozenset({"Council", "Trust", "Agency", "Board", "Authority", "Department", "Office", "Fund", "Service"})


def _named_scheme(text: str, m: Mention) -> bool:
    words = m.text.split(" ")
    return (
        m.type == "ORG"
        and len(words) > 2
        and text[max(0, m.start - 4) : m.start] in ("the ", "The ")
        and _SCHEME_AFTER.match(text, m.end) is not None
        and not any(w.isupper() for w in words)
        and not any(w in _BODY_WORDS for w in words)
    )


def _screen(text: str, mentions: list[Mention]) -> list[Mention]:
    # a fund is a pot of money, and a rank read as a body stands before its character ("DI Ruth Vale")
    out = [
        m
        for m in mentions
        if not (m.type == "PER" and m.text.endswith(" Fund"))
        # festivals are events, no names (the guidelines); a body's programme after its possessive
        # is none either ("the BFI's Skills Clusters programme")
        and not m.text.endswith(" Festival")
        and not (
            text[: m.start].endswith(("'s ", "’s ")) and re.match(r" (?:programme|scheme|initiative)\b", text[m.end :])
        )
        and not _named_scheme(text, m)
        and not (
            m.type == "ORG" and m.text in _RANKS and any(p.type == "PER" and p.start == m.end + 1 for p in mentions)
        )
    ]
    places = place_names("en")
    # the agency's place is a place of the gazetteer or of the article ("stay in Yorkshire"): no
    # "Screen Actors Guild"
    agencies = [
        f.span()
        for f in _SCREEN_AGENCY.finditer(text)
        if not re.match(r" [A-Z]", text[f.end() :])
        and (
            f["place"] in places
            or re.search(rf"(?<![\w-])(?:in|across|of|West|East|North|South) {f['place']}(?![\w-])", text)
        )
    ]
    out = claimed_spans(text, out, agencies, "ORG", MODEL, 0.8)
    out = claimed_spans(text, out, [f.span("name") for f in _CHANNEL.finditer(text)], "ORG", MODEL, 0.8)
    claims: tuple[tuple[list[tuple[int, int]], EntityType], ...] = (
        ([f.span("name") for f in _STARS.finditer(text)], "PER"),
        ([f.span() for f in _TWO_PLACE_NAMES.finditer(text) if f["canal"]], "LOC"),
        ([f.span() for f in _TWO_PLACE_NAMES.finditer(text) if not f["canal"]], "ORG"),
    )
    for spans, etype in claims:
        for m in out:
            if (m.start, m.end) in spans and m.type != etype:
                m.type, m.model = etype, MODEL
        out = claimed_spans(text, out, spans, etype, MODEL, 0.8)
    return out
