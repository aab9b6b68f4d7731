"""Names of Polish, Russian and Ukrainian news of sport, rail and energy the taggers type or cut
wrong (whole articles only), as the project's guidelines mark them (session 28, round 23):

- a power plant named by its adjective ("Воткинской ГЭС", "Дністровську ГАЕС", "Курской АЭС")
  is a place with its kind word; the Russian tagger reads a body, the Ukrainian rules no name;
- a station named by its town, unquoted ("станции Сарапул", "станції Козятин"), keeps its kind
  word, as a quoted one does (`streets`); the tagger takes the town alone;
- a bus or rail station named by its capitalised adjective keeps its kind word and is a place
  ("у Центрального автовокзала", "біля Південного вокзалу"); the tagger reads a body;
- a Polish club named with its acronym ("ŻKS Sokół Kalisz", "MKS Wisła Płock") is one body,
  and its name without the acronym ("Sokół Kalisz") or its first word declined ("Sokoła")
  elsewhere in the article is that body, where the tagger reads a town or a person;
- a Polish venue and its street ("Stadion Miejski przy ul. Leśnej") are two places;
- a Polish housing estate ("osiedla Dobrzec") gives its name, as a hotel does.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic-transport"

_UP = "А-ЯЁІЇЄҐ"
_LOW = "а-яёіїєґ’'"
# A place's adjective ("-ск-", "-цьк-"; hyphenated halves too: "Саяно-Шушенской"), then the
# plant's acronym; "Новая ГЭС" opening a sentence is no name.
_PLANT = re.compile(
    rf"(?<![\w-])[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?:ск|цк|ськ|цьк|зьк)[{_LOW}]{{1,3}} "
    r"(?:ГЭС|ГЕС|ГАЭС|ГАЕС|ГРЭС|АЭС|АЕС|ТЭЦ|ТЕЦ|ТЭС|ТЕС)(?![\w-])"
)
_PLANT_CUES = ("ЭС", "ЕС", "ТЭЦ", "ТЕЦ")
# A station's kind word, then one capitalised word (a hyphenated second part: "Москва-Товарная");
# no acronym and no adjective in the genitive, which names a railway ("станции Южной дороги").
_STATION = re.compile(
    rf"(?<![\w-])(?:станци(?:я|и|ю|ей|ею)|станції|станцію|станцією) "
    rf"(?P<town>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)(?![\w-])"
)
# a capitalised adjective inside a sentence (one opening it, "Новый вокзал", is no name), then
# the station's kind word ("Центрального автовокзала")
_TERMINAL = re.compile(
    rf"(?<=[{_LOW},] )[{_UP}][{_LOW}]+(?:ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ього|ьому|ої|ій|ою|ая|на|ська|цька) "
    rf"(?:(?:авто)?вокзал|автостанци|автостанці)[{_LOW}]{{0,3}}(?![\w-])"
)
_ADJECTIVE_GENITIVE = ("ого", "его", "ой", "ей", "ої", "ого", "их", "ых", "ской", "ського")

_PL_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_PL_WORD = rf"[{_PL_UP}][a-ząćęłńóśźż]+"
# A club's acronym (KS, MKS, GKS, ŻKS, UKS, AZS ...), its name and its town.
_PL_CLUB = re.compile(
    rf"(?<![\w-])(?:[{_PL_UP}]{{0,3}}KS|AZS|KKS) (?P<name>(?P<first>{_PL_WORD})(?: {_PL_WORD}){{0,2}})(?![\w-])"
)
# A venue's span running on into its street: "... przy ul. Łódzkiej".
_PL_AT_STREET = re.compile(r" przy (?:ul\.|ulicy|al\.|alei|placu) ")
_PL_ESTATE = re.compile(rf"(?<![\w-])osiedl(?:e|a|u|em) (?P<name>{_PL_WORD}(?: {_PL_WORD})?)(?![\w-])")


def slavic_transport(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above typed, joined or split."""
    if language in ("ru", "uk"):
        if any(cue in text for cue in _PLANT_CUES):
            spans = [m.span() for m in _PLANT.finditer(text)]
            mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8)
        if "станц" in text:
            spans = [m.span() for m in _STATION.finditer(text) if not m["town"].endswith(_ADJECTIVE_GENITIVE)]
            mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8)
        if "вокзал" in text or "автостанц" in text:
            spans = [m.span() for m in _TERMINAL.finditer(text)]
            mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8)
    elif language == "pl":
        if "KS " in text or "AZS " in text:
            mentions = _clubs(text, mentions)
        if " przy " in text:
            mentions = _venues_at_streets(text, mentions)
        if "osiedl" in text:
            spans = [m.span("name") for m in _PL_ESTATE.finditer(text)]
            mentions = _estates(text, mentions, spans)
    return mentions


def _clubs(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each club with its acronym one ORG; its name and its first word's other forms (same
    first three letters, a capital, no longer than two letters more) typed ORG where they stand
    alone or a model typed them a place or person."""
    found = list(_PL_CLUB.finditer(text))
    if not found:
        return mentions
    mentions = claimed_spans(text, mentions, [m.span() for m in found], "ORG", MODEL, 0.8)
    names = {m["name"] for m in found if " " in m["name"]}
    # a club named with its town only: "KS Prosna" alone may be the river ("nad Prosną")
    firsts = {m["first"] for m in found if " " in m["name"]}
    spans = [m.span() for name in names for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    for first in firsts:
        word = re.compile(rf"(?<![\w-]){re.escape(first[:3])}[a-ząćęłńóśźż]{{0,{len(first) - 1}}}(?![\w-])")
        spans += [m.span() for m in word.finditer(text) if abs(len(m.group()) - len(first)) <= 2]
    out = list(mentions)
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):  # "Sokół Kalisz" before "Sokół"
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.type == "PER" and m.start < start and m.end == end and m.text.count(" ") == 1 for m in inside):
            # "Trener Sokoła" typed a person: a capitalised title, then the club
            inside = [m for m in inside if m.type != "PER"]
            out = [m for m in out if not (m.type == "PER" and m.start < start and m.end == end)]
        if any(m.start < start or m.end > end or m.type == "ORG" for m in inside):
            continue  # a longer name holds it ("Stowarzyszenia Kibiców Sokoła"), or it is typed
        out = [m for m in out if m not in inside]
        out.append(Mention(start, end, text[start:end], "ORG", MODEL, 0.7))
    return sorted(out, key=lambda m: (m.start, m.end))


def _venues_at_streets(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place running on past "przy ul." ends before it; the street is its own place."""
    out: list[Mention] = []
    for m in mentions:
        at = _PL_AT_STREET.search(m.text) if m.type == "LOC" else None
        if at is None:
            out.append(m)
            continue
        out.append(Mention(m.start, m.start + at.start(), m.text[: at.start()], "LOC", MODEL, m.confidence))
        street = m.start + at.start() + len(" przy ")
        out.append(Mention(street, m.end, text[street : m.end], "LOC", MODEL, m.confidence))
    return out


def _estates(text: str, mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """An estate's mention with its kind word gives way to its name."""
    out = [m for m in mentions if not any(m.start < s and e == m.end for s, e in spans)]
    return claimed_spans(text, out, spans, "LOC", MODEL, 0.8)
