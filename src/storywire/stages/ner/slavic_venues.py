"""Venues, resorts, hotels and restaurants, datelines' towns and regional administrations in
Polish, Russian and Ukrainian tourism and local news, as the project's guidelines mark them.

- Russian and Ukrainian quote a venue's name after a lower-case kind word ("концертный зал
  «Россия»", "гірськолижний курорт «Буковель»", "ресторані «Мавпа»"): the quoted name is the
  place, kind word and quotes outside it; the models read a quoted firm.  The same quoted name
  again in the article ("вернётся в «Россию»") is that place too; a second quoted name joined to
  it ("кинотеатры «Салют» и «Искра»") is a place there, the plural kind word naming both.
- A casino is a venue like a hotel ("казино «Фортуна»", "kasyno „Bałtyk”"): the quoted name
  alone is the place; its operator, named with its legal form, is the firm.
- Polish names a hotel or restaurant after a lower-case kind word without quotes ("hotelu
  Marriott Resort & Spa", "restauracja Pod Wawelem"): the capitalised words after it are the
  place (hotels, inns and restaurants are places, whatever they do), even where the one word is
  a given name ("hotelu Bolesław"): the models read a person, but one is named in full.
- A chairlift, gondola or ski lift is a fixed installation like a bridge, a place: its quoted
  name after the kind word ("kolej krzesełkowa „Skalnica”") without the quotes; the models read
  a quoted firm.
- A dateline's town in capitals ("ZAKOPANE –") is a place where the article names it again in
  its own case ("w Zakopanem"), and those mentions are the town too: the models read a word in
  capitals as an acronym, and a small town as a firm.
- A Ukrainian regional administration named by its region's adjective and acronym is one body
  ("Львівської ОВА", "Харківська ОДА"); the rules read a place and an acronym.
- A film studio named by its adjective and the kind word ("Свердловская киностудия",
  "Одеської кіностудії") is a place where sets are built or scenes shot in it ("в павильонах
  ...", "на ..."), and a body where it acts: the models miss the nominative and read the
  genitive a body wherever it stands.  Its own model name keeps each use from the majority.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "venue-kind"
# A venue's lower-case kind word (any case ending), then its quoted name.  Museums and theatres
# are left out: where they act they are bodies ("театр «Современник» объявил").
_QUOTED_VENUE = re.compile(
    r"(?<![\w-])(?:зал[аеуіо]?|залом|курорт\w{0,3}|ресторан\w{0,3}|кафе|комплекс\w{0,3}|санатори\w{1,3}"
    r"|санаторі\w{1,3}|пансионат\w{0,3}|пансіонат\w{0,3}|аквапарк\w{0,3}|парк[аеуі]?|парком"
    # a settlement of modular homes for the displaced ("містечку «Країна мрій»"): a place
    r"|містечк[оауі]|містечком|городок|городк[аеу]|городком"
    # a cinema is a place, whatever it has become ("в бывшем кинотеатре «X»")
    r"|кинотеатр\w{0,3}|кінотеатр\w{0,3}"
    # a casino is a venue like a hotel, its operator the firm ("казино «Фортуна»")
    r"|казино"
    # where people swim, train or visit a fair: a pool, a beach, a sports complex, an exhibition
    # centre ("басейну спорткомплексу «X»", "в выставочном центре «X»") is where things happen
    r"|спорткомплекс\w{0,3}|бассейн\w{0,3}|басейн\w{0,3}|пляж\w{0,3}"
    r"|(?:выставочн|виставков)\w{1,3} центр\w{0,3}) "
    r"«(?P<name>[А-ЯЁІЇЄҐA-Z][^«»\n]{0,40})»"
)
_QUOTED = re.compile(r"«(?P<name>[А-ЯЁІЇЄҐA-Z][^«»\n]{0,40})»")
_VENUE_STEMS = (
    "кинотеатр", "кінотеатр", "казино",
    "зал", "курорт", "ресторан", "кафе", "комплекс", "санатор", "пансіонат", "пансионат", "парк", "містечк", "город",
    "басейн", "бассейн", "пляж", "выставочн", "виставков",
)  # fmt: skip
# A Polish hotel's or restaurant's lower-case kind word, then its capitalised words; "&" and
# "pod"/"nad"/"przy" may join them ("Szałas pod Lipą", "Resort & Spa").
_PL_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_PL_WORD = rf"[{_PL_UP}][\w’'-]*"
_PL_VENUE = re.compile(
    r"(?<![\w-])(?:hotel(?:u|em|owi|ach)?|restauracj[aiąę]|pensjonat(?:u|em|ie)?|karczm(?:a|y|ie|ą|ę)"
    r"|zajazd(?:u|em|zie)?|schronisk(?:o|a|u|iem)) "
    rf"(?P<name>{_PL_WORD}(?:(?: &| (?:pod|nad|przy))? {_PL_WORD}){{0,3}})"
)
# ... and a casino or hotel with its quoted name ("kasyno „Bałtyk”"): the name without quotes.
_PL_QUOTED_VENUE = re.compile(
    r"(?<![\w-])(?:[Kk]asyn(?:o|a|u|em|ie)|hotel(?:u|em|owi)?|pensjonat(?:u|em|ie)?"
    r"|krzesełkow(?:a|ej|ą|e)|linow(?:a|ej|ą|e)|gondol(?:a|i|ą|ę)|wyciąg(?:u|iem|owi)?|orczyk(?:a|iem|u)?) "
    rf"„(?P<name>[{_PL_UP}][^„”\n]{{0,40}})”"
)
_PL_QUOTED_KINDS = ("asyn", "hotel", "pensjonat", "krzesełk", "linow", "gondol", "wyciąg", "orczyk")
# A dateline: a town in capitals opening a paragraph, before a dash or a comma.
_DATELINE = re.compile(r"(?m)^(?P<name>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]{4,}(?:-[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]{2,})?)(?= ?[,–—-])")
# A region's adjective ("Львівської", "Івано-Франківська") and a regional administration's acronym.
_UK_REGIONAL = re.compile(
    r"(?<![\w’'-])(?P<body>[А-ЯІЇЄҐ][а-яіїєґ’']+(?:-[А-ЯІЇЄҐ][а-яіїєґ’']+)?(?:ськ|цьк|зьк)(?:а|ої|ій|у|ою) "
    r"(?:ОВА|ОДА|ВЦА|РВА|РДА|МВА))(?![\w-])"
)

STUDIO = "slavic-studio"
_STUDIO = re.compile(
    r"(?<![\w-])(?P<name>[А-ЯЁІЇЄҐ][а-яёіїєґ’']+(?:ая|ой|ую|ою|ская|ской|скую|ська|ської|ську|ською|ській) "
    r"(?:кино|кіно)студи?\w{0,3})(?![\w-])"
)
# Where the studio is the ground things happen on: its pavilions, its lot, a plain "на"/"в".
_STUDIO_PLACE = re.compile(r"(?<![\w-])(?:(?:павильон|павільйон|территори|територі|площадк|цех|ангар)\w*|на|в|у|во) $")


def _studios(text: str, mentions: list[Mention]) -> list[Mention]:
    out = mentions
    for found in _STUDIO.finditer(text):
        place = _STUDIO_PLACE.search(text, max(0, found.start() - 16), found.start()) is not None
        out = claimed_spans(text, out, [found.span("name")], "LOC" if place else "ORG", STUDIO, 0.8)
    return out


def slavic_venues(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the venues, hotels, datelines' towns and administrations above."""
    if language not in ("pl", "ru", "uk"):
        return mentions
    if language in ("ru", "uk") and "«" in text and any(stem in text for stem in _VENUE_STEMS):
        mentions = _quoted_venues(text, mentions)
    if language == "pl" and any(
        stem in text for stem in ("hotel", "restaurac", "pensjonat", "karczm", "zajazd", "schronisk")
    ):
        mentions = claimed_spans(
            text, mentions, (m.span("name") for m in _PL_VENUE.finditer(text)), "LOC", MODEL, 0.8, _holds_person
        )
    if language == "pl" and "„" in text and any(k in text for k in _PL_QUOTED_KINDS):
        for found in _PL_QUOTED_VENUE.finditer(text):
            whole = found.span()  # a mention of the kind word and the quotes gives way ("Kasyno „X”")

            def runs_past_whole(m: Mention, start: int, end: int, whole: tuple[int, int] = whole) -> bool:
                return m.start < whole[0] or m.end > whole[1]

            mentions = claimed_spans(text, mentions, [found.span("name")], "LOC", MODEL, 0.8, runs_past_whole)
    if language in ("ru", "uk") and ("киностуди" in text or "кіностуді" in text):
        mentions = _studios(text, mentions)
    if language == "uk" and ("ВА" in text or "ДА" in text):
        spans = (m.span("body") for m in _UK_REGIONAL.finditer(text))
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)
    return _datelines_named_again(text, mentions)


def _holds_person(m: Mention, start: int, end: int) -> bool:
    """A span gives way to a longer name, and to a person named in full ("restauracji Magdy
    Gessler" is hers); a one-word "person" after the kind word is the hotel's own name."""
    return m.start < start or m.end > end or (m.type == "PER" and " " in m.text)


def _stems(name: str) -> tuple[str, ...]:
    """A quoted name's words cut before their case endings ("Синю Полонину" -> "Син", "Полонин")."""
    return tuple(w[: max(3, len(w) - 2)].lower() for w in name.split(" "))


# A second quoted name joined to a venue's by "и"/"і"/"та" after a short tail ("кинотеатры «X» на
# улице Мира и «Y» в ..."): the plural kind word names both.
_JOINED_VENUE = re.compile(r"»(?P<tail>[^«»\n.!?;]{0,30}) (?:и|і|та|й) «(?P<name>[А-ЯЁІЇЄҐA-Z][^«»\n]{0,40})»")


def _joined_venues(text: str, found: list[re.Match[str]]) -> list[tuple[int, int]]:
    spans = []
    for venue in found:
        joined = _JOINED_VENUE.match(text, venue.end("name"))
        if joined is not None and "«" not in joined.group("tail"):
            spans.append((joined.start("name"), joined.start("name") + len(joined.group("name").strip())))
    return spans


def _quoted_venues(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each venue's quoted name, and the same name quoted again in any case, one place; a name
    joined to it under the same kind word one place there (elsewhere it may act)."""
    kinds = list(_QUOTED_VENUE.finditer(text))
    venues = {_stems(m.group("name").strip()) for m in kinds}
    if not venues:
        return mentions
    spans = _joined_venues(text, kinds)
    for found in _QUOTED.finditer(text):
        name = found.group("name").strip()
        if any(_same_name(v, _stems(name)) for v in venues):
            spans.append((found.start("name"), found.start("name") + len(name)))
    return claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8)


def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return len(a) == len(b) and all(x.startswith(y) or y.startswith(x) for x, y in zip(a, b, strict=True))


# A town's last vowel that changes in its other cases: Ukrainian "-ів", "-їв", Polish "-ów", and
# the fleeting "e" of Polish "-ec" / "-iec" ("Zgorzelec" -> "Zgorzelca", "Bolesławiec" -> "Bolesławcu").
_ALTERNATING = (("ів", "ов"), ("їв", "єв"), ("ów", "ow"), ("iec", "c"), ("ec", "c"))


def _datelines_named_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """The dateline's town, where the article names it again in title case, and those names."""
    found = _DATELINE.search(text, 0, 400)
    if found is None:
        return mentions
    upper = found.group("name")
    titled = "-".join(part.capitalize() for part in upper.split("-"))
    stem = titled[:-1] if titled[-1].lower() in "аеиоуыяєіїьйaeiouyąę" else titled
    stems = {stem}
    for ending, other in _ALTERNATING:
        if titled.endswith(ending):  # "Косів" -> "Косова", "Kraków" -> "Krakowie"
            stems.add(titled[: -len(ending)] + other)
    # its case forms, a few letters at most after the stem (no adjective: "Яремчанській")
    pattern = "|".join(re.escape(one) for one in sorted(stems))
    again = list(re.finditer(rf"(?<![\w-])(?:{pattern})\w{{0,3}}(?![\w-])", text))
    if not again:
        return mentions
    spans = [found.span("name"), *(w.span() for w in again)]
    out = list(mentions)
    for s, e in spans:
        inside = [m for m in out if m.start < e and s < m.end]
        if len(inside) == 1 and _town_then_person(text, inside[0], s, e):
            # "Мер Яремча Михайло Ткачук" read one person: the town, then its mayor
            out.remove(inside[0])
            rest = inside[0].end
            out.append(Mention(e + 1, rest, text[e + 1 : rest], "PER", inside[0].model, inside[0].confidence))
            inside = []
        if any(m.start < s or m.end > e for m in inside):
            continue  # "Urzędem Miasta Zakopane": a longer name holds the town
        out = [m for m in out if m not in inside]
        out.append(Mention(s, e, text[s:e], "LOC", MODEL, 0.8))
    return sorted(out, key=lambda m: (m.start, m.end))


def _town_then_person(text: str, m: Mention, start: int, end: int) -> bool:
    """A person's span opening with the town and a space, then a given name and a surname."""
    return (
        m.type == "PER"
        and m.start == start
        and m.end > end
        and text[end : end + 1] == " "
        and (len(text[end + 1 : m.end].split(" ")) >= 2)
    )
