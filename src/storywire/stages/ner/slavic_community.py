"""Places, families and bodies of Polish, Russian and Ukrainian local news (whole articles only),
as the project's guidelines mark them:

- a numbered regional road keeps its kind words ("drogi wojewódzkiej nr 214", "drodze krajowej
  nr 7"): the tagger reads "drogi wojewódzkiej" as a body;
- a county, province or district named by a lower-case kind word and its adjective is one place
  with the kind word ("powiatu słupskiego", "okręgu wałbrzyskim"), as the guidelines keep an
  adjective name's noun: the tagger finds no name in two lower-case words; a city county
  ("powiatu grodzkiego") and a land county ("ziemskiego") are no names;
- a forest region named by "Bory"/"Puszcza" and its adjective is one place ("w Borach
  Tucholskich", "Puszczy Białowieskiej"), no body;
- a family named by its surname in the plural after "rodzina" is a person ("Rodzina Nowaków");
- a village head's or a mayor's town and his name, read as one person after a lower-case
  "gminy"/"miasta" ("Wójt gminy Brusy Jan Kowalski", "з міста Бельці Михай Чобану"), are the
  town and the person;
- a firm's board named by the firm's declined short name ("Zarząd Kurierexu", the firm named
  "Kurierex Polska Sp. z o.o." before) gives the firm, as "Prezes Zarządu Orlenu" does;
- a river after "nad"/"над" in the instrumental is a place ("łuk nad Wartą", "хата над
  Прутом"), not after a victory or a control ("zwycięstwo nad Legią", "контроль над Путіним");
- a river named after "rzeki"/"реки"/"річки" is a place wherever the article names it again in
  another case ("реки Мологи" ... "соединила Мологу"): natasha reads a lone river as a person;
- a dateline's town in capitals before a full stop is a place ("НОВЫЙ ОСКОЛ. В субботу"),
  and a dateline's line "Town, Region область" gives the town (the rules read a person);
- a lower-case "музей" before a quoted name gives the name, a place to visit ("музей «Хата
  Шевченка»");
- a Polish office, board or fund named by capitalised words after its head noun is one body,
  with its town after "w" ("Zarząd Dróg Powiatowych w Kartuzach", "Urząd Gminy Brusy",
  "Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Olsztynie"): the tagger
  misses the head noun, or cuts the name at "i";
- a name the models end on an adjective goes on to the lower-case adjectives and noun agreeing
  with it ("Музей Вышневолоцкой" + "водной системы"); a museum's or a body's name so completed is
  an organisation, as the guidelines type a museum acting;
- a regional ministry or fund named with its region ("Министерства здравоохранения Курской области",
  "Фонда поддержки кинематографии Свердловской области")
  is one body: the tagger stops before the region; so is one written in lower case
  ("министерство образования Омской области", "департаменте социальной защиты населения
  Вологодской области"), which no tagger finds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner import morph
from storywire.stages.ner.claimed_spans import Blocks, claimed_spans, runs_past
from storywire.stages.ner.cues import word_set

MODEL = "slavic-community"
_UP = "A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ"
_WORD = rf"[{_UP}][\w’'ʼ-]+"
_ROAD = re.compile(
    r"(?<![\w-])(?:[Dd]rog[aiąę]|[Dd]rodze) (?:wojewódzk|krajow|powiatow|gminn)\w+ (?:nr|numer) \d+[a-z]?(?![\w-])"
)
_UNIT = re.compile(
    r"(?<![\w-])(?:powiat(?:u|em|owi|ie)?|województw(?:o|a|ie|em|u)|okręg(?:u|iem|owi)?) "
    r"(?!grodzk|ziemsk)[a-ząćęłńóśźż]{3,}(?:sk|ck|dzk)(?:i|iego|iemu|im|a|iej|ą|ie)(?![\w-])"
)
_FOREST = re.compile(r"(?<![\w-])(?:Bor(?:y|ów|ach|ami|om)|Puszcz(?:a|y|ę|ą|ach|ami)) [A-ZĄĆĘŁŃÓŚŹŻ][\w-]+")
_FAMILY = re.compile(
    r"(?<![\w-])[Rr]odzin(?:a|y|ie|ę|ą) (?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:ów|owie|ich|ych))(?![\w-])"
)
_HEAD_TOWN = {
    "pl": re.compile(r"(?<![\w-])(?:gmin[ayieęą]|miast[aou]|powiatu|sołectwa) $"),
    # "керівник гурту з міста Радівці Іон Попеску": the town, then the person
    "uk": re.compile(r"(?<![\w’'-])(?:міст[аоі]|сел[аоі]|селища|громади|повіту) $"),
}
_NAD = re.compile(rf"(?<![\w-])(?:nad|над) (?P<name>{_WORD})(?![\w’'ʼ-])")
_INSTRUMENTAL = {
    "pl": re.compile(r"ą$"),
    "ru": re.compile(r"(?:ом|ем|ой|ей|ью)$"),
    "uk": re.compile(r"(?:ом|ем|єм|ою|ею|єю)$"),
}
# "nad" after a victory, a lead, a control or a care: the one beaten or ruled, no river.
_NO_RIVER = re.compile(
    r"(?:zwycięst|wygran|przewag|triumf|wygra|kontrol|władz|opiek|nadzór|nadzor|pracuj|prac[eęy]|"
    r"перемог|побед|перевага|преимущест|контрол|власт|влад|опік|опек|шефств|знущ|издевател|расправ|"
    r"надзор|нагляд|працю|работа|роботу|работ)\w*[ ,]{1,3}$",
    re.IGNORECASE,
)
_RIVER = re.compile(rf"(?<![\w-])(?:rzek[aiąę]|rzece|рек[аиуеой]|рекой|річк[аиуіо]|річці|річкою) (?P<name>{_WORD})")
_CAPS_DATELINE = re.compile(r"(?m)^(?P<name>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]{3,}(?:[ -][A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]{2,}){0,2})(?=\. )")
_REGION_DATELINE = re.compile(
    rf"(?m)^(?P<name>{_WORD}(?: {_WORD})?), {_WORD} (?:область|обл\.|край|району|район|республика)[ \t]*$"
)
_MUSEUM = re.compile(r"(?<![\w-])музе(?:й|ю|ї|і|я|е|ем|єм) «(?P<name>[А-ЯЁІЇЄҐ][^«»\n]{0,40})»")
_REGION_NOUN = re.compile(r"^[А-ЯЁ]\w+(?:ской|ского|ском|ский) (?:области|края|округа|республики)$")
# and a regional parliament ("Законодательного собрания" + "Красноярского края": its full name)
_REGIONAL_BODY = re.compile(
    # a remit of up to five lower-case words, hyphenated ones and "и" among them ("Министерство
    # энергетики и жилищно-коммунального хозяйства"), a public or audit chamber
    r"^(?:(?:Министерств|Департамент|Управлени|Комитет)\w* [а-яё-]+(?: [а-яё-]+){0,4}|Департамент\w*"
    r"|(?:Общественн|Сч[её]тн)\w* палат\w*"
    r"|Федераци\w* [а-яё]+(?: [а-яё]+)?"  # a sport's regional federation: "Федерации автоспорта"
    # a regional fund that gives grants, by its remit: "Фонд поддержки кинематографии"
    r"|Фонд\w* [а-яё-]+(?: [а-яё-]+){0,4}"
    r"|Законодательн\w* (?:собрани|ассамбле)\w*|(?:Областн|Краев)\w* дум\w*)$"
)
# ... written in lower case, as a sentence's object often is ("выделило министерство образования
# Омской области"): its remit's words are genitives (a neuter verb's "-о" ends none of them)
# ... and so a regional department ("в департаменте социальной защиты населения Вологодской
# области"), its remit's adjectives feminine too ("социальной")
_LOWER_REGIONAL_MINISTRY = re.compile(
    r"(?<![\w-])(?:министерств(?:о|а|е|у|ом)|департамент(?:а|е|у|ом)?) "
    r"(?:(?:[а-яё-]+(?:ого|его|ых|их|ой|ей|[аяиыв])|и) ){1,5}"
    r"[А-ЯЁ][а-яё-]+(?:ской|ского|ском|ский|цкой|цкого) (?:области|края|округа|республики)(?![\w-])"
)
# a regional department's remit after its region, in the dative: "... области по образованию и
# науке", "по физической культуре и спорту" (one conjunct at most, so a verb after it stays out)
_REMIT = re.compile(
    r" по (?:[а-яё]+(?:ой|ей|ым|им) )?[а-яё]{3,}(?:е|у|ю|ам|ям)(?: [а-яё]{3,}(?:и|ы|ей|ов))?"  # "делам молодёжи"
    r"(?: и (?:[а-яё]+(?:ой|ей|ым|им) )?[а-яё]{3,}(?:е|у|ю|ам|ям))?(?![\w-])"
)
_PL_LOW = "a-ząćęłńóśźż"
_PL_CAP = rf"[A-ZĄĆĘŁŃÓŚŹŻ][{_PL_LOW}]+"
# An adjective before the head, by its suffix ("Wojewódzkiego", "Powiatowy"), no sentence's
# first word ("Według", "Prosimy").
_PL_ADJ = rf"[A-ZĄĆĘŁŃÓŚŹŻ][{_PL_LOW}]*(?:ow|n|sk|ck|dzk|ln|cz)(?:y|a|e|ej|ego|emu|ym|ą|i|iej|iego|iemu|im)"
# Heads of local offices, boards and funds, in any case.
_PL_HEAD = (
    r"(?:(?:Urz[ąę]d|Zarz[ąą]d|Starostw|Fundusz|Inspektorat|Nadleśnictw|Ośrod(?:ek|k))\w*"
    # a commune's or town's council ("Radzie Gminy Lesko") and a volunteer fire brigade by its
    # village ("OSP Wola"), as the guidelines mark "Rada Miasta Kalisza" and "OSP Lipusz"
    r"|Rad(?:a|y|zie|ę|ą)(?= (?:Gminy|Miasta|Powiatu) )|OSP)"
)
_PL_OFFICE = re.compile(
    rf"(?<![\w-])(?P<body>(?:{_PL_ADJ} ){{0,2}}{_PL_HEAD}(?: {_PL_CAP}){{1,4}}"
    rf"(?:(?:, {_PL_CAP}(?: {_PL_CAP}){{0,3}})* i {_PL_CAP}(?: {_PL_CAP}){{0,3}})?"
    rf"(?: we? {_PL_CAP}(?:[ -]{_PL_CAP})?)?)(?![\w-])"
)
_BOARD_TITLE = re.compile(r"(?:[Pp]rezes\w*|[Cc]złon\w+|[Pp]rzewodnicząc\w+) $")
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})


def slavic_community(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above typed, joined, split or added."""
    if language not in ("pl", "ru", "uk"):
        return mentions
    if language == "pl":
        if " nr " in text or " numer " in text:
            mentions = claimed_spans(text, mentions, _spans(_ROAD.finditer(text)), "LOC", MODEL, 0.8)
        if "powiat" in text or "województw" in text or "okręg" in text:
            mentions = claimed_spans(text, mentions, _spans(_UNIT.finditer(text)), "LOC", MODEL, 0.8)
        if "Bor" in text or "Puszcz" in text:
            mentions = claimed_spans(text, mentions, _spans(_FOREST.finditer(text)), "LOC", MODEL, 0.8)
        if "odzin" in text:
            found = (f.span("name") for f in _FAMILY.finditer(text))
            mentions = claimed_spans(text, mentions, found, "PER", MODEL, 0.8)
        mentions = _towns_before_heads(text, mentions, language)
        if any(
            head in text
            for head in ("Urz", "Zarz", "Starostw", "Fundusz", "Inspektorat", "Nadleśn", "Ośrod", "Rad", "OSP")
        ):
            held = {(m.start, m.end) for m in mentions if m.type == "ORG"}
            offices = [span for span in _offices(text) if span not in held]
            firms = _firms_of_boards(text, offices, mentions)
            offices = [span for span in offices if span not in firms]
            mentions = claimed_spans(text, mentions, offices, "ORG", MODEL, 0.8)
            for board, firm in firms.items():
                # the tagger's run over the board and the firm gives way; a longer name does not
                mentions = claimed_spans(text, mentions, [firm], "ORG", MODEL, 0.8, _past_board(board))
    if " nad " in text or " над " in text:
        mentions = _rivers_after_nad(text, mentions, language)
    mentions = _rivers_named_again(text, mentions)
    if language == "uk":
        mentions = _towns_before_heads(text, mentions, language)
    if language in ("ru", "uk"):
        mentions = _datelines(text, mentions)
        if "музе" in text and "«" in text:
            found = (f.span("name") for f in _MUSEUM.finditer(text))
            mentions = claimed_spans(text, mentions, found, "LOC", MODEL, 0.8)
    if language in ("ru", "uk"):
        mentions = [_completed(text, m, language) for m in mentions]
    if language == "ru" and any(
        w in text for w in ("Министерств", "Департамент", "Управлени", "Законодат", "дум", "Федерац", "Фонд")
    ):
        mentions = _regional_bodies(text, mentions)
    if language == "ru" and ("министерств" in text or "департамент" in text):
        found = (f.span() for f in _LOWER_REGIONAL_MINISTRY.finditer(text))
        mentions = claimed_spans(text, mentions, found, "ORG", MODEL, 0.8)
    return mentions


def _spans(found: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [f.span() for f in found]


def _untyped_or_misc(mentions: list[Mention], start: int, end: int) -> bool:
    """Nothing there but, at most, a MISC or a person's mention of exactly that word."""
    inside = [m for m in mentions if m.start < end and start < m.end]
    return all((m.start, m.end) == (start, end) and m.type in ("MISC", "PER", "LOC") for m in inside)


def _retyped(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    if any((m.start, m.end, m.type) == (start, end, "LOC") for m in mentions):
        return mentions  # a place already
    out = [m for m in mentions if not (m.start < end and start < m.end)]
    out.append(Mention(start, end, text[start:end], "LOC", MODEL, 0.8))
    return sorted(out, key=lambda m: (m.start, m.end))


@functools.lru_cache(maxsize=20_000)
def _person_word(word: str, language: str) -> bool:
    """pymorphy reads the word as a given name, a surname or a patronymic."""
    analyzer = morph.analyzer(language)
    return analyzer is not None and any(
        p.is_known and _PERSON_TAGS & set(p.tag.grammemes) for p in analyzer.parse(word.lower())
    )


def _rivers_after_nad(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """A river in the instrumental after "nad"/"над", where no other name holds the word."""
    ending = _INSTRUMENTAL[language]
    for found in _NAD.finditer(text):
        name = found.group("name")
        start, end = found.span("name")
        if ending.search(name) is None or _NO_RIVER.search(text, max(0, found.start() - 30), found.start()):
            continue
        if not _untyped_or_misc(mentions, start, end):
            continue  # "Frankfurcie nad Odrą", "nad Beskidem Małym": a longer name holds it
        if any(m.type == "PER" for m in mentions if (m.start, m.end) == (start, end)) or (
            language != "pl" and _person_word(name, language)
        ):
            continue  # "над Шевченком": a person
        mentions = _retyped(text, mentions, start, end)
    return mentions


def _rivers_named_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """A river after its kind word, and its other case forms typed PER or MISC in the article."""
    stems = set()
    for found in _RIVER.finditer(text):
        name = found.group("name")
        stems.add(name[:-1] if name[-1].lower() in "аеиоуыяэюєіїaeiouyąę" and len(name) > 2 else name)
    if not stems:
        return mentions
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(stems)))})\w{{0,2}}(?![\w-])")
    for found in pattern.finditer(text):
        start, end = found.span()
        here = [m for m in mentions if (m.start, m.end) == (start, end)]
        if here and all(m.type in ("PER", "MISC") for m in here) and _untyped_or_misc(mentions, start, end):
            mentions = _retyped(text, mentions, start, end)
    return mentions


def _datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    """A town in capitals opening a paragraph before a full stop, or opening a "Town, Region
    область" line: a place (the models read an acronym, the rules a person)."""
    spans = [f.span("name") for f in _CAPS_DATELINE.finditer(text, 0, 600)]
    spans += [f.span("name") for f in _REGION_DATELINE.finditer(text, 0, 600)]
    for start, end in spans:
        inside = [m for m in mentions if m.start < end and start < m.end]
        if all(m.start >= start and m.end <= end for m in inside):
            mentions = _retyped(text, mentions, start, end)
    return mentions


def _towns_before_heads(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """A town and a person read as one person after "gminy"/"міста": "gminy Brusy Jan Kowalski"
    is the town, then the person from his given name on."""
    out = list(mentions)
    names = given_names(language)
    head_town = _HEAD_TOWN[language]
    for m in mentions:
        words = m.text.split(" ")
        if m.type != "PER" or len(words) < 3 or head_town.search(text, max(0, m.start - 12), m.start) is None:
            continue
        first = next((i for i, w in enumerate(words[1:-1], 1) if w in names), None)
        if first is None and language == "uk" and len(words) == 3:
            first = 1  # a foreign guest's given name the list lacks ("Іон Попеску"): a town is one word
        if first is None or words[0] in names:
            continue
        town_end = m.start + len(" ".join(words[:first]))
        out.remove(m)
        out.append(Mention(m.start, town_end, text[m.start : town_end], "LOC", MODEL, m.confidence))
        out.append(Mention(town_end + 1, m.end, text[town_end + 1 : m.end], "PER", m.model, m.confidence))
    return sorted(out, key=lambda m: (m.start, m.end)) if len(out) != len(mentions) else mentions


_LEGAL_FORM = re.compile(r" (?:[Ss]p\. z o\.o\.|S\.A\.|[Ss]p\. [jkp]\.|[Ss]p\. k\.)")


def _past_board(board: tuple[int, int]) -> Blocks:
    return lambda m, _start, _end: runs_past(m, *board)


def _firms_of_boards(
    text: str, offices: list[tuple[int, int]], mentions: list[Mention]
) -> dict[tuple[int, int], tuple[int, int]]:
    """A board named by one word that declines the first word of a firm the article names with
    its legal form ("Paczkon Logistyka Sp. z o.o." ... "Zarząd Paczkonu"): the firm's board,
    the firm the name, as after "Prezes Zarządu"."""
    firms = {
        m.text.split(" ", 1)[0]
        for m in mentions
        if m.type == "ORG" and _LEGAL_FORM.search(m.text) and len(m.text.split(" ", 1)[0]) > 3
    }
    found = {}
    for start, end in offices:
        words = text[start:end].split(" ")
        if len(words) != 2 or not words[0].startswith("Zarz"):
            continue
        if any(words[1] != firm and words[1].startswith(firm) and len(words[1]) - len(firm) <= 3 for firm in firms):
            found[(start, end)] = (end - len(words[1]), end)
    return found


def _offices(text: str) -> list[tuple[int, int]]:
    """Each office's span, cut before a given name ("Urzędu Gminy Jan Kowalski": a person)."""
    names = given_names("pl")
    spans = []
    for found in _PL_OFFICE.finditer(text):
        start, end = found.span("body")
        if text.startswith("Zarz", start) and _BOARD_TITLE.search(text, max(0, start - 16), start):
            continue  # "Prezes Zarządu Orlenu": a firm's board, the firm the name
        words = list(re.finditer(r"\S+", text[start:end]))
        person = next((w for w in words[1:] if w.group() in names), None)
        if person is not None:
            end = start + person.start() - 1
        if " " in text[start:end]:
            spans.append((start, end))
    return spans


_BODY_HEADS = word_set(
    "музей институт университет академия училище колледж общество союз фонд театр библиотека "
    "інститут університет академія коледж товариство спілка бібліотека"
)
_LOWER_WORD = re.compile(r" (?P<word>[а-яёіїєґ’'ʼ]+)")


def _tags(word: str, language: str, pos: str) -> list[tuple[str | None, str | None, str | None]]:
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return []
    parses = analyzer.parse(word.lower())
    if not parses or pos != parses[0].tag.POS:
        return []  # the likeliest reading only: "по" is a preposition, no noun
    return [(p.tag.case, p.tag.number, p.tag.gender) for p in parses if pos == p.tag.POS]


def _agree(a: tuple[str | None, ...], b: tuple[str | None, ...]) -> bool:
    return a[0] == b[0] and a[1] == b[1] and (a[1] == "plur" or a[2] == b[2] or None in (a[2], b[2]))


def _completed(text: str, m: Mention, language: str) -> Mention:
    """`m` ending on a capitalised adjective, with the lower-case adjectives (two at most) and
    the noun after it agreeing with it; `m` itself where no noun follows."""
    if m.type not in ("ORG", "LOC") or " " not in m.text or m.text[-1:].isupper() or not m.text[:1].isupper():
        return m
    last = m.text.rsplit(" ", 1)[1]
    heads = _tags(last, language, "ADJF")
    if not last[:1].isupper() or not heads or _tags(last, language, "NOUN"):
        return m
    end = m.end
    for _ in range(3):
        found = _LOWER_WORD.match(text, end)
        if found is None:
            return m
        word = found.group("word")
        if any(_agree(h, t) for h in heads for t in _tags(word, language, "NOUN")):
            first = m.text.split(" ", 1)[0].lower()
            analyzer = morph.analyzer(language)
            lemmas = {p.normal_form for p in analyzer.parse(first)} if analyzer is not None else set()
            etype = "ORG" if lemmas & _BODY_HEADS else m.type
            return Mention(m.start, found.end(), text[m.start : found.end()], etype, m.model, m.confidence)
        if not any(_agree(h, t) for h in heads for t in _tags(word, language, "ADJF")):
            return m
        end = found.end()
    return m


def _regional_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A ministry or department and the region after it, one body: "Министерства культуры" +
    "Тверской области" (a title in lower case, "министра культуры", leaves the region alone)."""
    out: list[Mention] = []
    remit_end = -1
    for m in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and last.type == "ORG"
            and m.type == "LOC"
            and m.start == last.end + 1
            and text[last.end] == " "
            and _REGIONAL_BODY.match(last.text)
            and _REGION_NOUN.match(m.text)
        ):
            end = m.end
            remit = _REMIT.match(text, end) if not last.text.startswith("Федерац") else None
            if remit:
                end = remit_end = remit.end()
            out[-1] = Mention(last.start, end, text[last.start : end], "ORG", last.model, last.confidence)
            continue
        if m.start < remit_end:
            continue  # inside a remit just taken
        out.append(m)
    return out
