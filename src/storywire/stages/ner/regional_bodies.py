"""Russian and Ukrainian regional offices and courts with their territory, one body: "ГУ МЧС по
Новосибирской области", "Головного управління ДСНС у Вінницькій області", "Ленинский районный суд
Новосибирска", "Господарського суду Вінницької області"; a regional government or a town's
administration ("Правительство Свердловской области", "администрации Екатеринбурга") and a
regional branch named by its region's adjective ("Уральское управление Ростехнадзора") too.

The taggers see the parts: an acronym, a court typed ORG, then the region typed LOC. In the
project's guidelines a body named with its region or town is one organisation (as "Sąd Rejonowy w
Kwidzynie"), while a national body with its country stays two ("Верховного суду" + "України"): a
country never joins.
"""

from __future__ import annotations

import functools
import re

from storywire.model import Mention
from storywire.stages.ner.gazetteer import country_names

LANGUAGES = frozenset({"ru", "uk"})
MODEL = "regional-body"

_COURT = re.compile(r"(?i)\bсуд(?:а|у|ом|е|і)?$")
# A regional office's words: its head ("управління", "ГУ"), a ministry's or service's acronym.
_OFFICE = re.compile(
    r"(?i)управлін|управлени|^(?:ГУ|ГУМВД|УМВД|УМВС|ГУНП|ГУ\s)|МЧС|ДСНС|МВД|МВС|поліці|полици|прокуратур|инспекци|інспекці"
    # the consumer-health service's regional laboratory ("Центр гигиены и эпидемиологии в X области")
    r"|эпидемиолог|епідеміолог"
)
# A town's prosecutor's office, its kind word in lower case: "прокуратура Каменска-Уральского"
# (capitalised too, at a sentence's start: "Прокуратура Самарской области начала проверку")
_PROSECUTOR_BEFORE = re.compile(r"(?<![\w-])[Пп]рокуратур(?:а|ы|е|у|ой|и|і|ою) $")
# ... and a town's or region's administration, likewise ("администрации Екатеринбурга"): a
# person after it is a president's administration, no place ("администрация Трампа").  A
# government in lower case is no name: "в правительстве Удмуртии" gives the region (session 28).  A town
# hall ("мэрии Казани") is no body's name: only its town is labelled (session 27).
_ADMINISTRATION_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:администраци|адміністраці)(?:я|и|ю|ей|ї|єю)|Правительств(?:о|а|у|ом|е)) $"
)
# buildings that stand for a state's power: "администрации Кремля" is no town's
_SEATS = re.compile(r"^(?:Кремл|Белого дом|Білого дом|Белом доме)")
# A regional government typed ORG alone, its region after it ("Правительстве" + "Свердловской
# области", "Правительство Москвы"): one body, as a council named with its town.
_GOVERNMENT = re.compile(r"^(?:[Пп]равительств|[Уу]ряд)\w*$")
# A regional branch named by its region's adjective, then the body it belongs to: "Уральское
# управление" + "Ростехнадзора", "Северо-Кавказское отделение" + "Сбербанка".
_BRANCH = re.compile(
    r"^(?:[А-ЯЁІЇЄҐ][\w-]*(?:ск|цк|ськ|цьк)|(?:Северо|Юго|Північно|Південно)-[А-ЯЁІЇЄҐа-яёіїєґ]+н)(?:ое|ого|ому|им|ом|е|ім|ої|ій|ою|ая|ой|ую)"
    # a federal service's office over several regions adds "межрегиональное"/"территориальное":
    # "Средне-Поволжское межрегиональное управление" + "Росприроднадзора"
    r"(?: (?:межрегиональн|территориальн|міжрегіональн|територіальн)(?:ое|ого|ому|ым|ом|е|ий|им|ім))?"
    r" (?:(?:управлени|управлінн|отделени|відділенн)(?:е|я|ю|ем|и|ям|і)"
    # a firm's regional directorate ("Житомирської дирекції" + "Укрпошти")
    r"|дирекці(?:я|ї|ю|єю)|дирекци(?:я|и|ю|ей))$"
)
# ... but a public association's branch and the association are two, as the guidelines mark them
# ("Ярославским отделением" + "Всероссийского общества инвалидов", "Одеського регіонального
# відділення" + "Нотаріальної палати"); a firm's or a service's branch stays one body.
_ASSOCIATION = re.compile(
    r"^(?:[А-ЯЁІЇЄҐ][\w-]* ){0,2}"
    r"(?:[Оо]бществ|[Тт]овариств|[Сс]оюз|[Сс]пілк|[Пп]арти|[Пп]арті|[Оо]рганизаци|[Оо]рганізаці)"
)
_HEAD_BEFORE = re.compile(r"(?:(?:Головн|Главн)\w*\s+)?(?:[Уу]правлінн\w*|[Уу]правлени\w*|ГУ)\s+$")
# A region or town after "по"/"у"/"в": regions by their kind word, towns by the tagger.
_REGION_KIND = re.compile(r"(?i)област|кра[йюеяї]|округ|район|республі|республи")
# A capitalised title before a bare region's kind word is no place ("Прокурор области Алексей
# Гончаренко", "Губернатор края"): a region's name has its adjective ("Самарской области").
_TITLE_REGION = re.compile(
    r"^[А-ЯЁІЇЄҐ][а-яёіїєґ’']+(?<!ой)(?<!ей)(?<!ого)(?<!ий)(?<!ый)(?<!ая)(?<!ої)(?<!ій)(?<!ому)(?<!ом)(?<!ую)"
    r" (?:области|край|края|округа|області|краю|району|района)$"
)
_LINKS = {"ru": ("по", "в"), "uk": ("у", "в", "по")}


@functools.cache
def _country_stems(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Countries' names cut to their stem, so that an inflected one is seen ("України"); a short
    name's stem only with an ending of two letters at most ("Ирана", not "Пермском" for "Перу")."""
    names = country_names(language) | {"США", "РФ", "ЕС", "ЄС", "ООН"}
    long_stems = tuple(sorted({n[:5] for n in names if len(n) > 5}))
    short_stems = frozenset(n[: max(2, len(n) - 1)] for n in names if 0 < len(n) <= 5)
    return long_stems, short_stems


# A republic named by its kind word first: the country test reads the name after it, so that a
# Russian republic is a region ("Республике Башкортостан") while "Республики Корея" stays a country.
_REPUBLIC_FIRST = re.compile(r"^(?:Республик|Республік)\w* (?=\S)")
# A head of an administration in a title of office: only the place is labelled ("главы
# администрации Рыбинска", the guidelines of session 26), no body joins.
_HEAD_OF = re.compile(r"(?<![\w-])[Гг]лав(?:а|ы|е|у|ой|і|ою) $")
# A regional ministry with its region after it: one body ("Министерство сельского хозяйства" +
# "Республики Башкортостан"); a national one with its country stays two (the country test).
_MINISTRY = re.compile(r"^(?:[Мм]инистерств|[Мм]іністерств)\w*")


# A territory's kind word last is a district or region, never a country, though its adjective
# opens a country's name too ("Західного округу" and "Західна Сахара").
_TERRITORY_LAST = re.compile(r"(?i)\s(?:област|округ|район|кра[йюеяї])\w*$")


def _country(text: str, language: str) -> bool:
    if _TERRITORY_LAST.search(text) is not None:
        return False
    long_stems, short_stems = _country_stems(language)
    republic = _REPUBLIC_FIRST.match(text)
    if republic is not None:
        text = text[republic.end() :]
    word = text.split(" ", 1)[0]
    short = any(word[:k] in short_stems and len(word) - k <= 3 for k in range(2, min(len(word), 5) + 1))
    return (text.isupper() and len(text) <= 3) or text.startswith(long_stems) or short


def _joins(text: str, left: Mention, right: Mention, words: tuple[str, ...]) -> bool:
    between = text[left.end : right.start]
    return between == " " or any(between == f" {w} " for w in words)


def _through_country(text: str, out: list[Mention], i: int, language: str) -> int | None:
    """The first of an office's parts where a federal office is named with its country and then
    the region it serves ("Следственное управление" + "СК" + "России" + "по" + "Самарской
    области", "ГУ МВД России по ..."): one body, the country inside it.  None where not."""
    body, country = out[i], out[i + 1]
    if i + 2 >= len(out) or body.type != "ORG" or country.type != "LOC" or not _country(country.text, language):
        return None
    region = out[i + 2]
    link = text[country.end : region.start]
    if region.type != "LOC" or _REGION_KIND.search(region.text) is None or link not in (" по ", " у ", " в "):
        return None
    if text[body.end : country.start] != " ":
        return None
    first = i
    while first > 0 and out[first - 1].type == "ORG" and text[out[first - 1].end : out[first].start] == " ":
        first -= 1
    return first if any(_OFFICE.search(o.text) is not None for o in out[first : i + 1]) else None


def regional_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a court and the place after it, and a regional office (with its head
    word and the acronym before it) and the region after "по"/"у", joined into one ORG."""
    if language not in LANGUAGES or not mentions:
        return mentions
    out = sorted(
        (m for m in mentions if not (m.type == "LOC" and _TITLE_REGION.match(m.text))), key=lambda m: (m.start, m.end)
    )
    headed = False
    for k, place in enumerate(out):
        before = _PROSECUTOR_BEFORE.search(text, max(0, place.start - 14), place.start) or (
            _ADMINISTRATION_BEFORE.search(text, max(0, place.start - 16), place.start)
        )
        if before is None or place.type != "LOC" or _country(place.text, language) or _SEATS.match(place.text):
            continue
        if _HEAD_OF.search(text, max(0, before.start() - 6), before.start()) is not None:
            continue
        out[k] = Mention(before.start(), place.end, text[before.start() : place.end], "ORG", MODEL, 0.8)
        headed = True
    if headed:  # the head word typed on its own ("Правительстве") is inside the body now
        out = [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end for o in out)]
    i = 0
    while i + 1 < len(out):
        body, place = out[i], out[i + 1]
        if (
            body.type in ("ORG", "MISC")
            and place.type == "ORG"
            and _BRANCH.match(body.text)
            and _joins(text, body, place, ())
            and not _ASSOCIATION.match(place.text)
        ):
            out[i : i + 2] = [Mention(body.start, place.end, text[body.start : place.end], "ORG", MODEL, 0.8)]
            continue
        government = _GOVERNMENT.match(body.text) is not None and place.type == "LOC"
        if _MINISTRY.match(body.text) and place.type == "LOC" and _REGION_KIND.search(place.text) is not None:
            government = True
        if government and not _country(place.text, language) and _joins(text, body, place, ()):
            out[i : i + 2] = [Mention(body.start, place.end, text[body.start : place.end], "ORG", MODEL, 0.8)]
            continue
        through = _through_country(text, out, i, language)
        if through is not None:  # "ГУ" + "МВД" + "России" + "по" + "Самарской области"
            out[through : i + 3] = [
                Mention(
                    out[through].start, out[i + 2].end, text[out[through].start : out[i + 2].end], "ORG", MODEL, 0.8
                )
            ]
            i = through + 1
            continue
        if body.type != "ORG" or place.type != "LOC" or _country(place.text, language):
            i += 1
            continue
        court = _COURT.search(body.text) is not None and _joins(text, body, place, ())
        first = i
        while first > 0 and out[first - 1].type == "ORG" and text[out[first - 1].end : out[first].start] == " ":
            first -= 1  # "ГУ" + "МЧС", "Главное управление" + "Банка России"
        office = (
            any(_OFFICE.search(o.text) is not None for o in out[first : i + 1])
            and _REGION_KIND.search(place.text) is not None
            and _joins(text, body, place, _LINKS[language])
        )
        if not (court or office):
            i += 1
            continue
        start = body.start
        if office:
            start = out[first].start
            head = _HEAD_BEFORE.search(text, 0, start)
            if head is not None and head.end() == start:
                start = head.start()  # "Головного управління" in no mention
        else:
            first = i
        joined = Mention(start, place.end, text[start : place.end], "ORG", model=MODEL, confidence=0.8)
        out[first : i + 2] = [joined]
        i = first + 1
    return out
