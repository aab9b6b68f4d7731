"""A tagger's span that runs over several names, cut where the names meet (Polish, whole articles):

- a body, a rank and a person: "szefa Sztabu Generalnego Wojska Polskiego gen. Wiesława Kukuły"
  read as one body: the body, then the person after the abbreviated rank ("gen.", "płk",
  "dr"), then whatever name follows on ("Agencja Uzbrojenia");
- a firm the article names elsewhere, then a person: "prezes Optimex Defence Anny Wierzbickiej"
  read as one person: the firm (as the article names it with its legal form) and the person.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.rules import org_head

MODEL = "run-split"
# Polish ranks and titles written before a name, abbreviated
_RANK = re.compile(
    r" (?:gen\.|gen\. bryg\.|gen\. dyw\.|płk|ppłk|mjr|kpt\.|por\.|adm\.|kmdr|insp\.|dr|prof\.|ks\.|mec\.) "
)
_PERSON = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+ [A-ZĄĆĘŁŃÓŚŹŻ][\w-]+")


def split_runs(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each run over a body, a rank and a person, or over a known firm and a
    person, cut into its names."""
    if language != "pl":
        return mentions
    firms = {m.text for m in mentions if m.type == "ORG"}
    out: list[Mention] = []
    for m in mentions:
        out.extend(_at_rank(m) or _after_firm(m, firms) or [m])
    return out


def _at_rank(m: Mention) -> list[Mention] | None:
    rank = _RANK.search(m.text) if m.type in ("ORG", "LOC") else None
    person = _PERSON.match(m.text, rank.end()) if rank is not None else None
    if rank is None or person is None:
        return None
    if m.text[: rank.start()].endswith(" im."):
        return None  # the body's patron with his rank: "Brygada ... im. gen. Józefa Hallera"
    parts = [_part(m, 0, rank.start(), m.type), _part(m, person.start(), person.end(), "PER")]
    rest = m.text[person.end() :].lstrip(" ")
    if rest:
        kind: EntityType = "ORG" if org_head(rest.split(" ", 1)[0], "pl") else m.type
        parts.append(_part(m, len(m.text) - len(rest), len(m.text), kind))
    return parts


def _after_firm(m: Mention, firms: set[str]) -> list[Mention] | None:
    """ "Optimex Defence Anny Wierzbickiej" where the article names "Optimex Defence sp. z o.o."."""
    if m.type != "PER":
        return None
    words = m.text.split(" ")
    if len(words) < 4:
        return None
    firm = " ".join(words[:-2])
    if not any((other != m.text and other.startswith(firm + " ")) or other == firm for other in firms):
        return None
    cut = len(firm)
    return [_part(m, 0, cut, "ORG"), _part(m, cut + 1, len(m.text), "PER")]


def _part(m: Mention, start: int, end: int, etype: EntityType) -> Mention:
    return Mention(m.start + start, m.start + end, m.text[start:end], etype, MODEL, m.confidence)
