"""Rivers on whose bank things stand, datelines of agency wires, and places inside a scheme's
quoted name, in Russian and Ukrainian local news, as the project's guidelines mark them:

- a capitalised word after "на березі"/"на берегу" (the bank of) is a river, a place without
  its head ("на березі Горині"): the rules read a lone river in the genitive as a person;
- a wire's dateline "Town, 12 березня (Укрінформ)." gives the town as a place, and the town's
  other case forms that no rule typed ("в Рокитному") are that place: a small town is in no
  gazetteer, and a dateline is where a reader learns it is a town;
- a country or town inside the quoted name of a state programme ("програмою «Зроблено в
  Україні»") is no mention: the guidelines label neither schemes nor the names inside them.
"""

from __future__ import annotations

import re

from storywire.model import Mention

MODEL = "slavic-riverbank"
DATELINE_MODEL = "slavic-dateline"

_CY_UP = "А-ЯЁІЇЄҐ"
_WORD = rf"[{_CY_UP}][а-яёіїєґ’'ʼ-]+"
# the bank in the locative or plural; a river's name follows in the genitive
_BANK = re.compile(
    rf"(?<![\w-])(?:на|по|з|с) (?:берез[іи]|берегах|берегу|берега|берегов) (?P<name>{_WORD})(?![\w’'ʼ-])"
)
_MONTHS = (
    r"(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
)
# "Рокитне, 12 березня (Укрінформ).": a line's opening name, a day and month, the agency
_DATELINE = re.compile(
    rf"(?m)^(?P<name>{_WORD}(?:[ -]{_WORD})?), \d{{1,2}} {_MONTHS}(?: \d{{4}})?"
    rf"(?: \([{_CY_UP}A-Z][^()\n]{{1,30}}\)|\. /[^/\n]{{1,30}}/)\."
)
_SCHEME = re.compile(r"(?<![\w-])(?:програм|программ|проєкт|проект|акці)\w{0,3} «(?P<name>[^«»\n]{3,60})»")


def slavic_riverbanks(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Mentions with rivers on a bank, a wire's dateline town and places in schemes settled."""
    if language not in ("ru", "uk"):
        return mentions
    if "берег" in text or "березі" in text or "берези" in text:
        mentions = _rivers_on_banks(text, mentions)
    mentions = _dateline_towns(text, mentions)
    if "«" in text:
        mentions = _no_places_in_schemes(text, mentions)
    return mentions


def _retyped(text: str, mentions: list[Mention], start: int, end: int, model: str) -> list[Mention]:
    out = [m for m in mentions if not (m.start < end and start < m.end)]
    out.append(Mention(start, end, text[start:end], "LOC", model, 0.8))
    return sorted(out, key=lambda m: (m.start, m.end))


def _only_word(mentions: list[Mention], start: int, end: int, types: tuple[str, ...]) -> bool:
    """Nothing there but mentions of exactly that word, of one of `types`."""
    inside = [m for m in mentions if m.start < end and start < m.end]
    return all((m.start, m.end) == (start, end) and m.type in types for m in inside)


def _rivers_on_banks(text: str, mentions: list[Mention]) -> list[Mention]:
    for found in _BANK.finditer(text):
        start, end = found.span("name")
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            continue  # "на березі Південного Бугу": a longer name, left to the taggers
        if not _only_word(mentions, start, end, ("PER", "MISC")):
            continue
        mentions = _retyped(text, mentions, start, end, MODEL)
    return mentions


def _stem(name: str) -> str:
    return name[:-1] if name[-1] in "аеиоуыяэюєіїй" else name


def _dateline_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    found = _DATELINE.search(text, 0, 400)
    if found is None:
        return mentions
    start, end = found.span("name")
    if _only_word(mentions, start, end, ("PER", "MISC")):
        mentions = _retyped(text, mentions, start, end, DATELINE_MODEL)
    name = found.group("name")
    if " " in name or "-" in name or len(name) < 5:
        return mentions
    stem = _stem(name)
    # the town's other case forms: "Рокитне" -> "Рокитному", "Рокитного"
    forms = re.compile(rf"(?<![\w’'ʼ-]){re.escape(stem)}[а-яёіїєґ]{{0,3}}(?![\w’'ʼ-])")
    for other in forms.finditer(text):
        o_start, o_end = other.span()
        here = [m for m in mentions if (m.start, m.end) == (o_start, o_end)]
        if here and all(m.type == "MISC" for m in here) and _only_word(mentions, o_start, o_end, ("MISC",)):
            mentions = _retyped(text, mentions, o_start, o_end, DATELINE_MODEL)
    return mentions


def _no_places_in_schemes(text: str, mentions: list[Mention]) -> list[Mention]:
    spans = [f.span("name") for f in _SCHEME.finditer(text)]
    if not spans:
        return mentions
    return [
        m
        for m in mentions
        if not (m.type == "LOC" and any(s < m.start and m.end <= e and (m.start, m.end) != (s, e) for s, e in spans))
    ]
