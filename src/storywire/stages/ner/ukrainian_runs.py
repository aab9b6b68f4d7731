"""Ukrainian spans the tagger runs over two names, cut where they meet, and a club named with
its members (whole articles only):

- a colloquial region in the locative, then a body ("На Житомирщині Укрпошта закриває"): the
  tagger reads one ORG, while the region (-щина/-ччина, a place in the gazetteer's sense) and
  the body that acts in it are two names;
- a body in the genitive, then a person in the nominative ("директорка Херсонської філії
  Нафтогазу Ірина Коваль"): a job title's body and its holder are two names, and a name in the
  nominative never belongs to a body in the genitive (a body named after a person has the
  person in the genitive: "Фонду Ріната Ахметова");
- a club named by an adjective and its members in the genitive plural ("Вінницького клубу
  нумізматів"): the tagger stops at "клубу" and types the rest MISC, while the members' word is
  the club's name as "союз пчеловодов" is a union's.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.morph import analyzer, colloquial_region

MODEL = "uk-run"
_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'])(?:[Нн]а|[Вв]|[Уу]|[Пп]о|[Зз]|[Іі]з) $")
_CLUB = re.compile(
    r"(?P<club>[А-ЯІЇЄҐ][\w’'-]*(?:ого|ому|ий|им|ім) (?:клубу|клуб|клубі|клубом))"
    r" (?P<members>[а-яіїєґ’']{4,}(?:ів|їв|ей|ок))(?![\w’'])"
)


def _nominative_name(word: str) -> bool:
    morph = analyzer("uk")
    # in the singular: "Миколи" is a plural nominative too, and the genitive of "Микола"
    return morph is not None and any(
        {"Name", "nomn"} <= p.tag.grammemes and "plur" not in p.tag.grammemes for p in morph.parse(word)
    )


def _region_then_body(text: str, m: Mention) -> list[Mention]:
    first, sep, rest = m.text.partition(" ")
    if m.type != "ORG" or not sep or not rest[:1].isupper() or not colloquial_region(first):
        return [m]
    if _PREPOSITION_BEFORE.search(text, max(0, m.start - 4), m.start) is None:
        return [m]
    body_start = m.start + len(first) + 1
    return [
        Mention(m.start, m.start + len(first), first, "LOC", MODEL, m.confidence),
        Mention(body_start, m.end, text[body_start : m.end], "ORG", MODEL, m.confidence),
    ]


def _body_then_person(text: str, m: Mention) -> list[Mention]:
    words = m.text.split(" ")
    # the body's own last word capitalised: "академії імені Миколи Лисенка" is named after him
    if m.type != "ORG" or len(words) < 3 or not all(w[:1].isupper() for w in words[-3:]):
        return [m]
    if not _nominative_name(words[-2]) or _nominative_name(words[-1]) or _nominative_name(words[-3]):
        return [m]
    person_start = m.end - len(words[-2]) - len(words[-1]) - 1
    body_end = person_start - 1
    return [
        Mention(m.start, body_end, text[m.start : body_end], "ORG", MODEL, m.confidence),
        Mention(person_start, m.end, text[person_start : m.end], "PER", MODEL, m.confidence),
    ]


def _clubs(text: str, mentions: list[Mention]) -> list[Mention]:
    for match in _CLUB.finditer(text):
        start, end = match.start(), match.end()
        if any(m.start < end and start < m.end and not (start <= m.start and m.end <= end) for m in mentions):
            continue  # a name that reaches out of the club is left as it is
        mentions = [m for m in mentions if not (start <= m.start and m.end <= end)]
        mentions.append(Mention(start, end, match.group(), "ORG", MODEL, 0.8))
    return sorted(mentions, key=lambda m: (m.start, m.end))


def ukrainian_runs(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a region-and-body run and a body-and-person run cut in two, and a club
    with its members' word one ORG."""
    if language != "uk" or not mentions:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        for part in _region_then_body(text, m):
            out.extend(_body_then_person(text, part))
    if "клуб" in text:
        out = _clubs(text, out)
    return out
