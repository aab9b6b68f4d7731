"""English water, waste and river news by its kind words (session 30, round 28): a treatment
works, sewage works, reservoir or landfill with its name is one place ("Mogden Sewage Treatment
Works"); a river named with "River" is the same place bare in the article ("River Wye" ... "the
lower Wye"), and a few real rivers are places after "the" ("the Thames"); a village named "X on
Y" after its river is a place ("Stoke on Trent"); the places listed after the first one are
places too ("at Ashford, Great Chart and Kennington Bridge", "in Leeds, Hull or even Cornwall",
a one-word town typed a person among them included); a council named by its town's style is one
body ("City of Doncaster Council"); a firm's short name before "'s"
is the firm ("Anglian Water's bonuses" where "Anglian Water Services Ltd" is named).

spaCy's small model types a works a body, a bare river MISC, a listed village a person and a
firm's short name a person.  Whole articles only; each rule looks only where its kind word
stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names

MODEL = "english-utility"
_CAP = r"[A-Z][\w’'-]+"
_WORKS = re.compile(
    rf"(?<![\w’'-])(?!The ){_CAP}(?: {_CAP}){{0,2}} (?:(?:Wastewater|Waste Water|Sewage|Water) Treatment "
    r"(?:Works|Plant|Centre)|Sewage Works|Sewage Plant|Water Works|Reservoir|Landfill(?: Site)?)(?![\w’'-])"
)
_WORKS_TRIGGERS = ("Treatment", "Sewage", "Water Works", "Reservoir", "Landfill")
_RIVER = re.compile(rf"(?<![\w’'-])River ({_CAP})(?![\w’'-])")
# Real rivers of Britain and Ireland, places after "the" where no capitalised word follows
# ("the Severn" but not "the Severn Trent" board).
_RIVERS = (
    "Severn|Thames|Trent|Tyne|Tees|Wear|Mersey|Humber|Ouse|Wye|Usk|Tamar|Exe|Medway|Tay|Clyde|Forth|Spey|"
    "Tweed|Shannon|Liffey|Lagan|Derwent|Ribble|Dee|Avon"
)
_BARE_RIVER = re.compile(rf"(?<=\bthe )(?:(?:upper|lower|tidal|river) )?(?P<name>{_RIVERS})(?![\w’'-])(?! [A-Z])")
_ON_RIVER = re.compile(rf"^{_CAP}(?: {_CAP})? (?:on|upon)(?: the)? ({_CAP})$")
# A list of places after a locative preposition: the first a place, the rest one to three
# capitalised words each, the last after "and".
# An alternative closes a list as "and" does ("in Leeds, Hull or even Cornwall").
_LIST = re.compile(
    rf", ((?:{_CAP} ){{0,2}}{_CAP})(?=,| and | or )"
    rf"| (?:and|or|or even) ((?:{_CAP} ){{0,2}}{_CAP})(?![\w’'-])(?! [A-Z])"
)
_LAST_LINK = re.compile(r" (?:and|or|or even) $")
_LOCATIVE = re.compile(r"\b(?:at|in|near|from|to|around|between)$")
# A person-typed list item is a place only where its last word is a place's.
_PLACE_ENDS = frozenset(
    {"Bridge", "Cross", "Green", "Heath", "Hill", "End", "Common", "Marsh", "Wood", "Bay", "Point", "Row"}
)
# A council's kind words after a place the model ended the name at ("Malvern Hills" + " District
# Council"): one body.
_COUNCIL_TAIL = re.compile(r" (?:District|Borough|County|City|Town|Parish) Council(?![\w’'-])")
# A council named by its town's style ("City of Doncaster Council", "Royal Borough of Greenwich
# Council"): one body, its "'s" out; the model sees a town and a lone "Council".
_CITY_OF_COUNCIL = re.compile(
    r"(?<![\w’'-])(?:City|Borough|Royal Borough|Metropolitan Borough|London Borough|County) of "
    rf"{_CAP}(?: {_CAP})? Council(?![\w-])"
)
_BODY_ENDS = frozenset(
    {"Council", "Agency", "Trust", "Ltd", "plc", "Group", "Association", "Services", "Water", "Club"}
)
_LEGAL = re.compile(r" (?:Ltd|Limited|plc|PLC|LLP|Services|Group)\b")


def english_utilities(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the works, rivers, river towns, listed places and firms above."""
    if language != "en":
        return mentions
    out = mentions
    if any(t in text for t in _WORKS_TRIGGERS):
        out = claimed_spans(text, out, [f.span() for f in _WORKS.finditer(text)], "LOC", MODEL, 0.8)
    rivers = set(_RIVER.findall(text)) if "River " in text else set()
    if rivers:
        bare = re.compile(rf"(?<![\w’'-])(?:{'|'.join(map(re.escape, rivers))})(?![\w’'-])(?! [A-Z])")
        spans = [f.span() for f in bare.finditer(text) if not _inside_name(text, f.start())]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.75, _any_but_misc)
    if "the " in text:
        spans = [f.span("name") for f in _BARE_RIVER.finditer(text) if not _inside_name(text, f.start("name"))]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.75, _any_but_misc)
    for m in out:
        on = _ON_RIVER.match(m.text) if m.type == "ORG" and (" on " in m.text or " upon " in m.text) else None
        if on is not None and on.group(1) in rivers | set(_RIVERS.split("|")):
            m.type, m.model = "LOC", MODEL
    if " Council" in text:
        spans = [(m.start, t.end()) for m in out if m.type == "LOC" and (t := _COUNCIL_TAIL.match(text, m.end))]
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8)
        out = claimed_spans(text, out, [f.span() for f in _CITY_OF_COUNCIL.finditer(text)], "ORG", MODEL, 0.8)
    if " and " in text or " or " in text:
        out = _listed_places(text, out)
    if "'s" in text or "’s" in text:
        _short_firm_names(text, out)
    return out


def _inside_name(text: str, start: int) -> bool:
    """Whether a capitalised word stands right before: the river ends a longer name ("Friends
    of the Upper Wye", "River Wye" itself)."""
    before = text[max(0, start - 20) : start].rstrip()
    word = before.rsplit(" ", 1)[-1] if before.endswith(tuple("abcdefghijklmnopqrstuvwxyz")) else ""
    return word[:1].isupper() and start > 0 and text[start - 1] == " "


def _any_but_misc(m: Mention, start: int, end: int) -> bool:
    """A river's span gives way to any mention but a MISC one ("Teme" typed MISC)."""
    return m.type != "MISC"


def _listed_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the items listed after a place that follows a locative preposition
    places too ("at Hythe, Lower Street and Bourne Bridge")."""
    out = mentions
    for m in mentions:
        if m.type != "LOC" or not _LOCATIVE.search(text, max(0, m.start - 12), m.start - 1):
            continue
        pos, spans = m.end, []
        while (f := _LIST.match(text, pos)) is not None:
            g = 1 if f.group(1) else 2
            spans.append(f.span(g))
            pos = f.end()
            if g == 2:
                break
        if not spans or not _LAST_LINK.search(text, max(0, spans[-1][0] - 9), spans[-1][0]):
            continue
        # an item already a place as it stands is left as the model found it
        keep = [s for s in spans if not _person_not_place(out, s, text) and not _place_as_is(out, s)]
        # a body joined by a bare "and" stays a body ("in New York and Opera North"); only a
        # list with commas retypes one
        blocks = _blocks_unless_person_place if len(spans) > 1 else _blocks_body_or_longer
        out = claimed_spans(text, out, keep, "LOC", MODEL, 0.75, blocks)
        _spread_place_ends(text, out, keep)
    return out


def _spread_place_ends(text: str, mentions: list[Mention], spans: list[tuple[int, int]]) -> None:
    """A listed place of two words or more ending in a place's word ("Billy Row") is the place
    where the article repeats it typed a person ("towards Billy Row")."""
    named = {text[s:e] for s, e in spans if " " in text[s:e] and text[s:e].split()[-1] in _PLACE_ENDS}
    for m in mentions:
        if m.type == "PER" and m.text in named:
            m.type, m.model = "LOC", MODEL


def _person_not_place(mentions: list[Mention], span: tuple[int, int], text: str) -> bool:
    """Whether a person the model found on `span` keeps it: its last word is no place's."""
    # a one-word town of the gazetteer listed among places is the town, not a surname
    places = place_names("en")
    return any(
        o.type == "PER"
        and o.start == span[0]
        and o.end == span[1]
        and o.text.split()[-1] not in _PLACE_ENDS
        and not (" " not in o.text and places.get(o.text) == "LOC")
        and not _lone_word_no_person(o.text, mentions)
        for o in mentions
    )


def _lone_word_no_person(word: str, mentions: list[Mention]) -> bool:
    """A one-word "person" listed after a place ("homes in Mexborough and Goldthorpe") is a small
    town the gazetteer lacks: English news names no one by a bare surname it never gave in full,
    nor by a given name in a list of places.  Not an article's person's name, nor a given name."""
    if " " in word or word in given_names("en"):
        return False
    return not any(o.type == "PER" and o.text != word and word in o.text.split() for o in mentions)


def _place_as_is(mentions: list[Mention], span: tuple[int, int]) -> bool:
    return any(o.type == "LOC" and (o.start, o.end) == span for o in mentions)


def _blocks_unless_person_place(m: Mention, start: int, end: int) -> bool:
    """A listed place gives way to a longer mention, a body with its kind word, or a date."""
    if m.type == "ORG":  # a village the model typed a body ("Great Chart"), not a body's name
        return m.start != start or m.end != end or m.text.split()[-1] in _BODY_ENDS
    return m.start < start or m.end > end or m.type not in ("PER", "LOC", "MISC")


def _blocks_body_or_longer(m: Mention, start: int, end: int) -> bool:
    return m.type == "ORG" or _blocks_unless_person_place(m, start, end)


def _short_firm_names(text: str, mentions: list[Mention]) -> None:
    """A person-typed name before "'s" that begins a firm's full name with its legal form is
    the firm ("Marsh Water's" where "Marsh Water Services Ltd" is named)."""
    firms = [m.text for m in mentions if m.type == "ORG" and _LEGAL.search(m.text)]
    for m in mentions:
        if (
            m.type == "PER"
            and text[m.end : m.end + 2] in ("'s", "’s")
            and any(f.startswith(m.text + " ") for f in firms)
        ):
            m.type, m.model = "ORG", MODEL
