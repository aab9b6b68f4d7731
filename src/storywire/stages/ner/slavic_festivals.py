"""Circuses, carnivals, touring shows and parcel delivery in Russian, Ukrainian and Polish news
(round 37; whole articles only), as the project's guidelines mark them:

- a travelling circus tent, "шапито", is a common noun, capitalised only at a sentence's start
  ("Шапито — это праздник") or after an adjective of origin ("Казанское шапито"): no name; the
  models read a body or a place;
- the Russian macro-regions a touring troupe or a carrier names ("по Поволжью", "в Прикамье")
  are places: natasha knows "Подмосковье" but misses most of the others;
- the Ukrainian public broadcaster's regional branch is named with its town ("Суспільне
  Чернівці", "Суспільне Львів"): one body, where the rules type the town apart;
- a headline's adjective derived from a festival's lower-case name ("Маланкова хода" where the
  article writes "маланка") is no person: the rules read the capitalised "-ова" as a surname;
- the Polish state post ("Poczta Polska", "do Poczty Polskiej") is a body in every case: the
  tagger reads "Polskiej" as a place.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic-festivals"
_TENT = re.compile(r"^(?:Шапито|(?:[А-ЯЁ][а-яё]+(?:ое|ий|ый|ого|ом|ому) )?шапито)$")
_MACRO_REGION = re.compile(
    r"(?<![\w-])(?:Поволж|Прикам|Приурал|Заурал|Забайкал|Прибайкал|Приамур|Ставропол|Черноз[её]м|Заполяр|Закам)"
    r"(?:ье|ья|ью|ьем)(?![\w-])"
)
# a town of two capitalised parts is one town ("Суспільне Івано-Франківськ")
_BROADCASTER_BRANCH = re.compile(
    r"(?<![\w-])Суспільн(?:е|ого|ому|им) (?P<town>[А-ЯІЇЄҐ][а-яіїєґ’']+(?:-[А-ЯІЇЄҐ]?[а-яіїєґ’']+)*)(?![\w’'-])"
)
_POSSESSIVE = re.compile(r"^(?P<stem>[А-ЯІЇЄҐ][а-яіїєґ’']{3,})(?:ова|ове|ового|овий|ові|ової)$")
_STATE_POST = re.compile(r"(?<![\w-])(?:Poczt(?:a|y|ę|ą)|Poczcie) Polsk(?:a|iej|ą)(?![\w-])")


def slavic_festivals(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above typed, joined or dropped."""
    if language == "ru":
        if "шапито" in text.lower():
            mentions = [m for m in mentions if not _TENT.match(m.text)]
        spans = [f.span() for f in _MACRO_REGION.finditer(text)]
        if spans:
            mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8)
    elif language == "uk":
        if "Суспільн" in text:
            mentions = _broadcaster_branches(text, mentions)
        mentions = [m for m in mentions if not _festival_adjective(text, m)]
    elif language == "pl" and "Poczt" in text:
        spans = [f.span() for f in _STATE_POST.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)
    return mentions


def _broadcaster_branches(text: str, mentions: list[Mention]) -> list[Mention]:
    spans = []
    for found in _BROADCASTER_BRANCH.finditer(text):
        inside = [m for m in mentions if m.start < found.end() and found.start() < m.end]
        # the broadcaster alone and its town: a person's name after it is no branch
        if all(m.type in ("ORG", "LOC", "MISC") for m in inside):
            spans.append(found.span())
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions


def _festival_adjective(text: str, m: Mention) -> bool:
    """A one-word person before a lower-case noun whose "-ова" adjective stem the article writes
    in lower case elsewhere ("Маланкова хода" ... "маланка")."""
    if m.type != "PER" or " " in m.text:
        return False
    shape = _POSSESSIVE.match(m.text)
    if shape is None or re.match(r" [а-яіїєґ]", text[m.end : m.end + 2]) is None:
        return False
    stem = shape["stem"].lower()
    return re.search(rf"(?<![\w’'-]){re.escape(stem)}", text) is not None
