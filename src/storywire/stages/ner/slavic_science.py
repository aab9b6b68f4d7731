"""Russian, Ukrainian and Polish science news: laboratories, journals and research facilities
(whole articles only).

- A laboratory or a chair named with its institute or university in the genitive is one ORG,
  as a faculty with its university ("Лаборатории физических проблем Института физики высоких
  давлений", "Laboratorium Fotoniki Instytutu Fizyki"); natasha and the Polish tagger end the
  first name where the second begins.
- A research station named with its institute in the genitive is one ORG ("Пулковской
  наблюдательной станцией Института астрономии РАН"), as a laboratory is.
- A journal's title ending in one capital letter keeps no full stop that ends the sentence
  ("в журнале Physical Review B."): a one-letter word there is the title's, the stop the
  sentence's (a person's initial keeps its stop: the guidelines' "Siarhieja K.").
- A research facility named "Фабрика ..." or "Полигон ..." with a lower-case genitive tail of
  an adjective and a noun ("Фабрика сверхтяжёлых элементов") is a place where work is done,
  as the guidelines type launch sites and observatories where something is done; the taggers
  tag its capitalised first word alone as a body.
- A Polish institute of the Academy of Sciences ends with "PAN"; its town after "w" is a place
  of its own ("Instytut Botaniki PAN w Krakowie" -> the institute + "Krakowie"), as the
  guidelines keep an academy's institute one body and its seat apart.
"""

from __future__ import annotations

import itertools
import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "science"
_LANGUAGES = ("ru", "uk", "pl")
# The kind words of a laboratory or a chair, in every case, all three languages.
_UNIT = re.compile(r"^(?:Лаборатори|Лабораторі|Laboratori|Кафедр|Katedr|Pracowni)")
# A one-letter word ending a Latin title, then the sentence's stop: " Review B."
_LETTER_STOP = re.compile(r"[A-Za-z]{2,} [A-Z]\.$")
_SENTENCE_GOES_ON = re.compile(r"\s*(?:$|[A-ZА-ЯЁІЇЄҐĄĆĘŁŃÓŚŹŻ«„\"])")
_ACADEMY_TOWN = re.compile(r" PAN (?P<in>we? )(?P<town>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?: [A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?)$")
_FACILITY = re.compile(
    r"(?<![\w-])(?:Фабрик|Полигон|Полігон)[аиеуоюіяй]{0,2} (?P<adjective>[а-яёіїєґ]+(?:их|ых|ого|ої|ей|ой)) "
    r"(?P<noun>[а-яёіїєґ]+)"
)


def slavic_science(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above joined, trimmed or typed."""
    if language not in _LANGUAGES:
        return mentions
    mentions = _units_with_institutes(text, mentions)
    if language in ("ru", "uk") and ("станци" in text or "станці" in text):
        mentions = _stations_with_institutes(text, mentions)
    mentions = [_without_sentence_stop(text, m) for m in mentions]
    if language in ("ru", "uk") and ("Фабрик" in text or "Полиг" in text or "Поліг" in text):
        facilities = [found.span() for found in _FACILITY.finditer(text)]
        mentions = claimed_spans(text, mentions, facilities, "LOC", MODEL, 0.75)
    if language == "pl" and " PAN w" in text:
        mentions = [part for m in mentions for part in _academy_town(m)]
    return mentions


def _academy_town(m: Mention) -> list[Mention]:
    """ "Instytut Botaniki PAN w Krakowie" -> the institute and its town."""
    found = _ACADEMY_TOWN.search(m.text) if m.type == "ORG" else None
    if found is None:
        return [m]
    body_end, town_start = m.start + found.start("in") - 1, m.start + found.start("town")
    body = Mention(m.start, body_end, m.text[: found.start("in") - 1], "ORG", m.model, m.confidence)
    return [body, Mention(town_start, m.end, found["town"], "LOC", MODEL, 0.75)]


def _units_with_institutes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A laboratory's ORG and the ORG right after it (its institute, in the genitive) joined."""
    joined: list[tuple[int, int]] = []
    for m, after in itertools.pairwise(mentions):
        if m.type == "ORG" and after.type == "ORG" and _UNIT.match(m.text) and text[m.end : after.start] == " ":
            joined.append((m.start, after.end))
    return claimed_spans(text, mentions, joined, "ORG", MODEL, 0.8) if joined else mentions


# A research station named by its town's adjective and lower-case adjectives ("Кисловодской
# горной астрономической станцией"), right before the institute it belongs to.
_STATION = re.compile(
    r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ’'-]+(?: [а-яёіїєґ’'-]+){0,3} (?:станци|станці)(?:я|и|ю|ей|ею|ї|ія|ію|ією|і)"
    r"(?= )"
)

# ... a research body: a petrol station before a firm's name is no unit of it
_RESEARCH_BODY = re.compile(
    r"(?:[Ии]нститут|[Іі]нститут|[Оо]бсерватор|[Уу]ниверситет|[Уу]ніверситет|[Аа]кадеми|[Аа]кадемі|РАН|НАН)"
)


def _stations_with_institutes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A station and the ORG right after it, its observatory or institute, one body, as a
    laboratory with its institute (a railway station stands before no body)."""
    joined: list[tuple[int, int]] = []
    for found in _STATION.finditer(text):
        after = next((m for m in mentions if m.start == found.end() + 1 and m.type == "ORG"), None)
        if after is not None and _RESEARCH_BODY.search(after.text):
            joined.append((found.start(), after.end))
    return claimed_spans(text, mentions, joined, "ORG", MODEL, 0.8) if joined else mentions


def _without_sentence_stop(text: str, m: Mention) -> Mention:
    """ "Physical Review B." -> "Physical Review B" where the stop ends the sentence."""
    if m.type != "ORG" or not _LETTER_STOP.search(m.text) or not _SENTENCE_GOES_ON.match(text, m.end):
        return m
    return Mention(m.start, m.end - 1, m.text[:-1], m.type, m.model, m.confidence)
