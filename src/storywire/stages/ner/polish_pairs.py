"""Two Polish bodies joined by "i", and Polish ceremonies and quoted verbs that are no names.

"Ministerstwo Obrony Narodowej i Biuro Upamiętniania Walk i Męczeństwa IPN": taggers run the
two bodies into one and cut the second at its own "i"; each body opens with its kind word
("Ministerstwo", "Biuro", "Urząd", ...), so the second kind word after "i" starts the second
body, and a parent's acronym after it ("IPN") is a body of its own (settled convention), as after
a regional group or branch ("Grupy Bieszczadzkiej WOPR": the branch and its parent).  A
recurring ceremony ("Apel Pamięci", "Apel Poległych") is no name, nor a first-person plural
verb that opens a quotation ("– Chcemy, żeby ...").
"""

from __future__ import annotations

import re

from storywire.model import Mention

MODEL = "polish_pairs"

_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_HEAD = (
    r"(?:Ministerstw|Urz[ąę]d|Biur|Instytut|Agencj|Fundacj|Stowarzysze|Komisj|Inspekcj|Kancelari|"
    r"Muze|Zarz[ąą]d|Starostw)\w*"
)
_CAP = rf"[{_UP}][\w-]+"
_PAIR = re.compile(rf"(?<![\w-])(?P<a>{_HEAD}(?: {_CAP}){{1,4}}) i (?P<b>{_HEAD}(?: (?:i )?{_CAP}){{1,6}})(?![\w-])")
_ACRONYM = re.compile(rf" (?P<acr>[{_UP}]{{2,6}})$")
# A group or branch named by its region's adjective ("-skiej", "-ckiej"), then its parent's acronym,
# not inside a longer name; a unit's function ("Grupy Bojowej NATO") names no branch.
_BRANCH = re.compile(
    rf"(?<=[a-ząćęłńóśźż,.] )(?P<a>(?:Grup|Oddzia[łl])\w* [{_UP}][a-ząćęłńóśźż]+(?:sk|ck|ńsk)(?:a|iej|ą|iego|i|im))"
    rf" (?P<acr>[{_UP}]{{2,6}})(?![\w-])"
)
_CEREMONY = re.compile(r"Apel\w* (?:Pamięci|Poległych|Jasnogórski\w*)")
_VERB = re.compile(rf"[{_UP}][a-ząćęłńóśźż]+(?:emy|imy|ymy|amy|śmy)")


def polish_pairs(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with joined bodies split, ceremonies and quoted verbs dropped."""
    if language != "pl":
        return mentions
    if " i " in text:
        for found in _PAIR.finditer(text):
            mentions = _split(text, mentions, found)
    if "Grup" in text or "Oddzia" in text:
        for found in _BRANCH.finditer(text):
            mentions = _split_branch(text, mentions, found)
    if "Apel" in text:
        mentions = [m for m in mentions if not _CEREMONY.fullmatch(m.text)]
    if "– " in text:
        mentions = [m for m in mentions if not (_VERB.fullmatch(m.text) and _opens_quote(text, m.start))]
    return mentions


def _split(text: str, mentions: list[Mention], found: re.Match[str]) -> list[Mention]:
    start, end = found.span()
    inside = [m for m in mentions if m.start < end and start < m.end]
    if not inside or any(m.start < start or m.end > end for m in inside):
        return mentions  # untagged, or a longer name holds it
    spans = [found.span("a"), found.span("b")]
    acronym = _ACRONYM.search(found.group("b"))
    if acronym:
        b_start = found.start("b")
        spans[1] = (b_start, b_start + acronym.start())
        spans.append((b_start + acronym.start("acr"), end))
    kept = [m for m in mentions if m not in inside]
    added = [Mention(s, e, text[s:e], "ORG", MODEL, 0.8) for s, e in spans]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _split_branch(text: str, mentions: list[Mention], found: re.Match[str]) -> list[Mention]:
    start, end = found.span()
    inside = [m for m in mentions if m.start < end and start < m.end]
    if any(m.start < start or m.end > end or m.type != "ORG" for m in inside):
        return mentions  # a longer name holds it, or the tagger read a person or a place there
    kept = [m for m in mentions if m not in inside]
    added = [Mention(s, e, text[s:e], "ORG", MODEL, 0.8) for s, e in (found.span("a"), found.span("acr"))]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _opens_quote(text: str, start: int) -> bool:
    """The word right after a dash that opens a line or follows a sentence's end."""
    before = text[max(0, start - 4) : start]
    return before.endswith("– ") and (start < 3 or before[:-2].rstrip(" ")[-1:] in ("", "\n", ".", "!", "?"))
