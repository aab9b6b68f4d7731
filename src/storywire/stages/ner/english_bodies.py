"""English bodies and places whose shape a small tagger cuts or mistypes (whole articles only):

- a department or committee named after a list of fields: "Department of Housing, Local
  Government and Heritage", "Department for Culture, Media and Sport" (cut at the comma, the
  last field typed a body of its own);
- a parliament's committee is a body of its own beside its parliament: "Oireachtas" + "Joint
  Committee on Health" (the guidelines' two bodies), "Senate" + "Judiciary Committee";
- a building named "<name> House" where something happens at it: "outside Leinster House"
  (typed a body), and a street after "on", "in" or "at" that no tagger found ("on Kildare Street");
- a local paper by its shape ("the Paisley Evening Courier", typed the town) and a station with
  its lower-case kind word ("Paisley Gilmour Street station").
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "english-body"
_CAP_RUN = r"(?:the )?[A-Z][\w'’]+(?: [A-Z][\w'’]+){0,3}"
_FIELDS_AFTER = re.compile(rf"((?:, {_CAP_RUN})*,? and {_CAP_RUN})")
_FIELDS_BODY = re.compile(
    r"(?:[A-Z][\w'’]+ ){0,2}(?:Department|Ministry|Minister|Secretary|Office|Committee|Commission|Council|Agency|"
    r"Faculty|School|"
    r"Authority|Board|Directorate|Institute|Federation|Union|Association)\b.* (?:of|for|on)(?: the)? [A-Z]"
)
_PARLIAMENTS = ("Oireachtas", "Dáil", "Seanad", "Commons", "Holyrood", "Senedd", "Stormont", "Senate", "Congress")
_COMMITTEE = re.compile(
    rf"(?P<parliament>{'|'.join(_PARLIAMENTS)}) (?P<committee>(?:(?:Joint|Select|Standing|Public Accounts|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?) )?Committee\b.*)"
)
_LOCATIVE = re.compile(r"(?:^|\s)(?:outside|at|inside|in|near|on|off|along|opposite|from)\s+$")
# where a building is only a place ("at the Royal Opera House" may be the company's)
_OUTSIDE = re.compile(r"(?:^|\s)(?:outside|inside|opposite|near)\s+$")
_STREET = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]+ ){1,3}(?:Street|Road|Lane|Avenue|Square|Terrace|Crescent|Quay|Row|Place)\b"
)


# A newspaper by its shape: a town and a paper's word ("the Paisley Evening Courier", "the
# Greenock Telegraph"), which taggers read as the town.
_PAPER = re.compile(
    r"(?<=\bthe )(?:[A-Z][\w'’-]+ ){1,2}(?:(?:Evening|Daily|Morning|Weekly|Sunday) )?(?:Courier|Herald|Gazette|"
    r"Echo|Chronicle|Telegraph|Observer|Advertiser|Argus|Mercury|Examiner|Sentinel|Tribune|Clarion|Recorder)\b"
)
# A station named with its lower-case kind word keeps it, as the guidelines mark stations
_STATION = re.compile(r"(?:[A-Z][\w'’-]+ ){1,4}station\b")


def english_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the bodies and places above made whole and typed."""
    if language != "en":
        return mentions
    out = _with_fields(text, _committees_apart(mentions))
    out = _buildings_and_streets(text, out)
    out = claimed_spans(text, out, [found.span() for found in _PAPER.finditer(text)], "ORG", MODEL, 0.8)
    out = claimed_spans(text, out, [_without_opening(found) for found in _STATION.finditer(text)], "LOC", MODEL, 0.8)
    return sorted(out, key=lambda m: (m.start, m.end))


_OPENING_WORDS = frozenset({"The", "At", "In", "On", "From", "To", "A", "An", "By", "Near", "Outside", "Inside"})


def _without_opening(found: re.Match[str]) -> tuple[int, int]:
    """A station's span without a sentence's capitalised first word ("At Euston station")."""
    start = found.start()
    while (word := found.string[start : found.string.find(" ", start)]) in _OPENING_WORDS:
        start += len(word) + 1
    return start, found.end()


def _with_fields(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    given = given_names("en")
    for m in mentions:
        if m.type != "ORG" or m not in out or _FIELDS_BODY.match(m.text) is None:
            continue
        tail = _FIELDS_AFTER.match(text, m.end)
        if tail is None or "\n" in tail.group(1):
            continue
        end = tail.end()
        after = [o for o in out if o is not m and o.start < end and m.end < o.end]
        runs = re.split(r",? and |, ", tail.group(1))
        if any(o.type == "PER" or o.end > end for o in after) or any(
            run.removeprefix("the ").split(" ", 1)[0] in given for run in runs if run
        ):
            continue  # "the Department of Health, John Reid and ...": a list of actors
        out = [o for o in out if o is not m and o not in after]
        out.append(Mention(m.start, end, text[m.start : end], "ORG", MODEL, m.confidence))
    return sorted(out, key=lambda m: (m.start, m.end))


def _committees_apart(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        found = _COMMITTEE.fullmatch(m.text) if m.type == "ORG" else None
        if found is None:
            out.append(m)
            continue
        out.append(Mention(m.start, m.start + found.end("parliament"), found["parliament"], "ORG", MODEL))
        start = m.start + found.start("committee")
        out.append(Mention(start, m.end, found["committee"], "ORG", MODEL, m.confidence))
    return out


def _buildings_and_streets(text: str, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        if m.type == "ORG" and m.text.endswith(" House") and _OUTSIDE.search(text[max(0, m.start - 12) : m.start]):
            m.type, m.model = "LOC", MODEL  # "a protest outside Leinster House"
    streets = [
        found.span()
        for found in _STREET.finditer(text)
        if _LOCATIVE.search(text[max(0, found.start() - 12) : found.start()])
    ]
    return claimed_spans(text, mentions, streets, "LOC", MODEL, 0.8)
