"""Coast, ports and the law in Polish, Russian and Ukrainian news: lighthouses, marinas, rescue
services, boats, bar councils, lawyers' colleges and courts named with their town.

Settled conventions (session 30, round 29) the taggers miss:

* a lighthouse keeps its kind word, lower-case or not ("latarni morskiej X" one LOC), and a
  marina named with its town is one place ("w Marinie X");
* a boat is no name: a quoted name after a vessel's kind word or its port code ("kuter WŁA-118
  „X”", "судно «X»") is dropped where a tagger took it for a body;
* "Коллегия адвокатов «X»" keeps its kind words and quotes; a bar council named with its region
  is one body ("Рада адвокатів X-ської області"); a court named with "м."/"г." and its town too
  ("районного суду м. X"), where the abbreviation's full stop cuts the taggers' span;
* a Polish body whose name ends in "X i Y" of two abstract nouns in the genitive ("Służby
  Poszukiwania i Ratownictwa", "Ochrony Konkurencji i Konsumentów") runs to the second one;
* a firm's hyphenated name ending in an industry word ("X-Страхования", "X-Инвест") is no person;
* a building in the locative after "в" ("в Доме Советов") is the place where something is held.

Each rule looks at the text only where its trigger word occurs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic_coast"

_PL_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_CY_UP = "А-ЯЁІЇЄҐ"
_NAME_PL = rf"[{_PL_UP}][\w-]+(?: [{_PL_UP}][\w-]+)?"

# "latarni morskiej Rozewie", "Latarnia Morska Stilo": the kind word stays inside (settled).
_LIGHTHOUSE = re.compile(rf"(?<![\w-])(?P<name>[Ll]atarni[aęą]? [Mm]orsk(?:a|iej|ą|ę) {_NAME_PL})(?![\w-])")
# "w Marinie Jastarnia", "przy Marinie Gdynia": one place; the preposition of place keeps a
# woman named Marina out ("Marina Nowak powiedziała", "zadzwonił do Mariny Nowak"), and so does a
# surname's adjective after it ("w Marinie Kowalskiej").
_MARINA = re.compile(
    rf"(?<![\w-])(?:w|we|przy|obok) (?P<name>Marin(?:ie|ę|ą|y) (?![\w-]+(?:sk|ck|dzk)(?:a|iej|ą|i)\b)"
    rf"{_NAME_PL})(?![\w-])"
)
# A Polish name whose last word is "X i Y", two abstract nouns in the genitive.
_GEN_NOUN = r"[\w]+(?:stwa|ctwa|nia|cia|cji|ości|ów|ki|ku|u)"
_AND_TAIL = re.compile(rf" i (?P<tail>[{_PL_UP}]{_GEN_NOUN})(?![\w-])(?! [{_PL_UP}])")
_PL_BODY_KIND = re.compile(
    r"^(?:Ministerstw|Urz[ęe]d|Służb|Instytut|Inspekcj|Agencj|Wydzia|Komisj|Krajow|Morsk|Państwow|Główn)"
)
# a boat: a vessel's kind word, an optional port code ("WŁA-118"), then its quoted name
_BOAT_PL = re.compile(
    r"(?<![\w-])(?:[Kk]ut(?:er|ra|rze|rem|ry|rów)|[Ss]tat(?:ek|ku|kiem)|[Jj]acht\w{0,3}|[Pp]rom(?:u|em|ie)?"
    r"|[Tt]rawler\w{0,3}|łódź|łodzi|łodzią)(?: [A-ZĄĆĘŁŃÓŚŹŻ]{1,4}-\d{1,4})? „(?P<name>[^”\n]{1,30})”"
)
_BOAT_CY = re.compile(
    r"(?<![\w-])(?:[Сс]удн\w{1,3}|[Сс]ейнер\w{0,3}|[Тт]раулер\w{0,3}|[Тт]еплоход\w{0,3}|[Яя]хт\w{1,2}|[Кк]атер\w{0,3}"
    r"|[Бб]аркас\w{0,3})(?: [А-ЯЁІЇЄҐA-Z]{1,4}-\d{1,4})? «(?P<name>[^»\n]{1,30})»"
)
_AIRCRAFT = re.compile(r"(?:воздушн|повітрян)\w* $")
# "Коллегия адвокатов «Правовой щит»", "Колегія адвокатів «X»": one body with its quotes
_LAW_COLLEGE = re.compile(r"(?<![\w-])(?P<name>Колл?ег[иі](?:я|и|ю|ей|ї|єю) адвокат(?:ов|ів) «[^«»\n]{1,40}»)")
_REGION = rf"[{_CY_UP}][\w-]+(?:ськ|цьк|зьк|ск|цк)(?:ої|ой) област(?:і|и)"
# "Рада адвокатів Одеської області", "Совет Адвокатской палаты X-ской области"
_BAR = re.compile(
    rf"(?<![\w-])(?P<name>(?:Рад|Совет|Палат|Колегі|Коллеги)\w* (?:адвокатів|адвокатов|нотаріусів|нотариусов"
    rf"|[Аа]двокатськ\w+ палат\w+|[Аа]двокатск\w+ палат\w+|[Нн]отаріальн\w+ палат\w+|[Нн]отариальн\w+ палат\w+)"
    rf" {_REGION})(?![\w-])"
)
# "Приморського районного суду м. Одеси", "Тверской районный суд г. Москвы", "... суду міста Києва"
_COURT_TOWN = re.compile(
    rf"(?<![\w-])(?P<name>[{_CY_UP}][\w-]+ (?:районн|міськ|городск|окружн|міськрайонн|гарнізонн)\w* суд\w{{0,3}}"
    rf" (?:(?:м|г)\. ?|міста |города )[{_CY_UP}][\w-]+)(?![\w-])"
)
# a firm's hyphenated name ending in an industry word: "Яик-Страхования", "Урал-Инвест"
_FIRM_TAIL = re.compile(
    r"-(?:Страх|Инвест|Інвест|Банк|Холдинг|Строй|Буд|Трейд|Агро|Энерго|Енерго|Транс|Фарм|Телеком|Сервис|Сервіс)\w*$"
)
_IN_BUILDING = re.compile(r"(?:^|[\s(])(?:в|во|у) $")


def _wider(m: Mention, start: int, end: int) -> bool:
    """A mention running past the span is a longer name the models found: it stays."""
    return m.start < start or m.end > end


def _polish_and_tails(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Polish body's ORG mention followed by " i " and one more abstract genitive noun that
    ends the name runs over it: "Morskiej Służby Poszukiwania" + " i Ratownictwa"."""
    out = list(mentions)
    for m in mentions:
        if m.type != "ORG" or not _PL_BODY_KIND.match(m.text) or " i " not in text[m.end : m.end + 4]:
            continue
        tail = _AND_TAIL.match(text, m.end)
        if tail is None or m not in out:
            continue
        # the tail word alone may have been typed apart ("Ratownictwa" LOC): it joins, unless a
        # person or a longer name crosses it
        crossing = [o for o in out if o is not m and o.start < tail.end() and tail.start("tail") < o.end]
        if any(o.type == "PER" or o.start < tail.start("tail") or o.end > tail.end() for o in crossing):
            continue
        joined = Mention(m.start, tail.end(), text[m.start : tail.end()], "ORG", MODEL, m.confidence)
        out = [o for o in out if o is not m and o not in crossing] + [joined]
    return sorted(out, key=lambda o: (o.start, o.end))


def slavic_coast(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above set right."""
    if language not in ("pl", "ru", "uk"):
        return mentions
    loc: list[tuple[int, int]] = []
    org: list[tuple[int, int]] = []
    boats: list[tuple[int, int]] = []
    if language == "pl":
        if "atarni" in text:
            loc += [f.span("name") for f in _LIGHTHOUSE.finditer(text)]
        if "Marin" in text:
            loc += [f.span("name") for f in _MARINA.finditer(text)]
        if "„" in text:
            boats += [f.span("name") for f in _BOAT_PL.finditer(text)]
        if " i " in text:
            mentions = _polish_and_tails(text, mentions)
    else:
        if "адвокат" in text:
            org += [f.span("name") for f in _LAW_COLLEGE.finditer(text)]
        if "област" in text and ("адвокат" in text or "нотар" in text):
            org += [f.span("name") for f in _BAR.finditer(text)]
        if "суд" in text and any(w in text for w in (" м.", " г.", " міста ", " города ")):
            org += [f.span("name") for f in _COURT_TOWN.finditer(text)]
        if "«" in text:
            # an aircraft ("воздушного судна «Аэрофлота»") names its airline, no boat
            boats += [
                f.span("name")
                for f in _BOAT_CY.finditer(text)
                if not _AIRCRAFT.search(text, max(0, f.start() - 12), f.start())
            ]
        mentions = _retype(text, mentions)
    if boats:
        # a boat's name (with or without its quotes) taken for a body or a place is dropped
        mentions = [
            m for m in mentions if not any(s - 1 <= m.start and m.end <= e + 1 for s, e in boats) or m.type == "PER"
        ]
    if loc:
        mentions = claimed_spans(text, mentions, sorted(set(loc)), "LOC", MODEL, 0.8, _wider)
    if org:
        mentions = claimed_spans(text, mentions, sorted(set(org)), "ORG", MODEL, 0.8, _wider)
    return mentions


def _retype(text: str, mentions: list[Mention]) -> list[Mention]:
    """A firm's hyphenated name typed PER gives ORG; "в Доме X" typed ORG gives LOC."""
    out: list[Mention] = []
    for m in mentions:
        if m.type == "PER" and "-" in m.text and _FIRM_TAIL.search(m.text):
            m = replace(m, type="ORG", model=MODEL)
        elif (
            m.type == "ORG"
            and m.text.startswith(("Доме ", "Будинку "))
            and _IN_BUILDING.search(text[max(0, m.start - 4) : m.start])
        ):
            m = replace(m, type="LOC", model=MODEL)
        out.append(m)
    return out
