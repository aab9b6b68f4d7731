"""Russian, Ukrainian and Polish twin towns, shops, choirs and heritage places (whole articles
only):

- Polish towns the tagger reads as surnames: a lone capitalised word after a place's
  preposition in a place's case ("z Kowla", "w Kowlu") is LOC, as is a town's genitive between a
  mayor's title and his name ("mer Kowla Ołeh Sawczuk" -> "Kowla" + "Ołeh Sawczuk"), and then
  the same town in another case ("Kowel", by its mobile "e") -- `polish_twin_towns`, run before
  the local bodies so that "Liceum nr 1 w Kowlu" finds its town; a capitalised title opening
  a sentence ("Burmistrz Kowla Jan Nowak") shows the untagged town the same way;
- a quoted name that a mention runs past ("„Dziennikowi Wschodniemu” Szewc") ends at its
  closing quote, and the speaker after it is a person;
- a choir's or band's quoted name is ORG without the kind word and quotes ("chór „X”", "хор «X»");
- a church with a lower-case kind word keeps it and is LOC ("kościele św. Anny");
- a region named with "-szczyzna" is LOC ("Lubelszczyzny", "Opolszczyźnie");
- a shopping centre: its capitalised abbreviation stays in and it is LOC ("ТРЦ «X»"); after a
  lower-case kind word, the name alone ("торговельному центрі «X»", "centrum handlowym „X”");
- a store chain's quoted name after "мережа"/"сеть"/"sieć" is ORG, and so is the same quoted
  name in any case elsewhere in the article ("мережа «X Y»" ... "директор «X-ої Y-и»");
- a family by its surname in the genitive plural is PER ("родині Гуменюків", "семье Ивановых");
- a mansion or manor with its owner's name keeps its kind word and is LOC ("особняке Шаронова").
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic-twinning"
_LANGUAGES = ("ru", "uk", "pl")
_CAP = "А-ЯЁІЇЄҐA-ZĄĆĘŁŃÓŚŹŻ"
_LOW = "а-яёіїєґa-ząćęłńóśźż'’"


def _sorted(mentions: list[Mention]) -> list[Mention]:
    return sorted(mentions, key=lambda m: (m.start, m.end))


# --- Polish towns typed PER -------------------------------------------------------------------

# a place's preposition and the case endings a town takes after it (a person after "z" is in
# the instrumental, "z Nowakiem", and is left alone)
_PLACE_PREPOSITION = re.compile(r"(?<!\w)(?:w|we|z|ze) $")
_PLACE_CASE = re.compile(r"(?:a|u|y|i|e|iu|ach)$")
_MAYORS = re.compile(r"(?<!\w)(?:mer|mera|merem|burmistrz|burmistrza|wójt|wójta|prezydent|prezydenta|starosta) $")
_GENITIVE = re.compile(r"(?:a|u|y|i|ia|ego|ów)$")


def _lone(m: Mention) -> bool:
    return m.type == "PER" and " " not in m.text and "-" not in m.text and m.text[:1].isupper()


def _surnames(mentions: list[Mention]) -> set[str]:
    """The words of the article's people named in full: "z Nowaka" after "Jan Nowak" is him."""
    return {w[:4] for m in mentions if m.type == "PER" and " " in m.text for w in m.text.split()}


# the case endings of a town's other forms ("Sambora", "Samborze", "Kowlu"), no plural of people
_TOWN_CASES = ("a", "u", "e", "ie", "iu", "em", "owi")


def _same_town(word: str, towns: set[str]) -> bool:
    """ "Kowel" is "Kowla"/"Kowlu" with its mobile "e"; "Sambor" is "Sambora"."""
    stems = {word}
    if len(word) > 4 and word[-2] == "e":
        stems.add(word[:-2] + word[-1])
    return any(t != word and t.startswith(s) and t[len(s) :] in _TOWN_CASES for t in towns for s in stems)


def _mayors_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "mer Kowla Ołeh Sawczuk" read one person: the town the mayor heads, then the mayor."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        before = text[max(0, m.start - 12) : m.start]
        if m.type == "PER" and len(words) >= 3 and _MAYORS.search(before) and _GENITIVE.search(words[0]):
            cut = m.start + len(words[0])
            rest = m.start + m.text.index(words[1], len(words[0]))
            out.append(Mention(m.start, cut, words[0], "LOC", MODEL, 0.75))
            out.append(Mention(rest, m.end, text[rest : m.end], "PER", m.model, m.confidence))
        else:
            out.append(m)
    return out


def _after_place(text: str, m: Mention) -> bool:
    return bool(_PLACE_PREPOSITION.search(text[max(0, m.start - 4) : m.start]))


def _town_cue(text: str, m: Mention, named: set[int]) -> bool:
    before = text[max(0, m.start - 12) : m.start]
    if _PLACE_PREPOSITION.search(before):
        return bool(_PLACE_CASE.search(m.text))
    # "burmistrz Krasnegostawu Andrzej Kołodziejczyk": the mayor's name follows
    return bool(_MAYORS.search(before) and _GENITIVE.search(m.text) and m.end + 1 in named)


# A mayor's title opening a sentence, then the town in the genitive (a spa's "-Zdroju" joined) and
# the mayor's name: the tagger, reading a title and two names, drops the town it cannot type.
_TITLED_TOWN = re.compile(
    r"(?<![\w-])(?:Burmistrz|Wójt|Prezydent|Starosta) "
    r"(?!(?:Miasta|Gminy|Powiatu)\b)(?P<town>[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:-[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?) "
)


def _untagged_titled_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    named = {m.start for m in mentions if m.type == "PER" and " " in m.text}
    spans = [
        f.span("town")
        for f in _TITLED_TOWN.finditer(text)
        if f.end() in named
        and _GENITIVE.search(f.group("town"))
        and not any(m.start < f.end("town") and f.start("town") < m.end for m in mentions)
    ]
    added = [Mention(s, e, text[s:e], "LOC", MODEL, 0.75) for s, e in spans]
    return _sorted([*mentions, *added]) if added else mentions


def polish_twin_towns(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the Polish towns typed PER above typed LOC."""
    if language != "pl" or not any(m.type == "PER" for m in mentions):
        return mentions
    mentions = _untagged_titled_towns(text, mentions)
    out = _mayors_towns(text, mentions)
    people = _surnames(out)
    named = {p.start for p in out if p.type == "PER"}
    out = [
        Mention(m.start, m.end, m.text, "LOC", MODEL, 0.75)
        if _lone(m) and m.text[:4] not in people and _town_cue(text, m, named)
        else m
        for m in out
    ]
    # the towns a preposition or a mayor showed; a form also read as a person ("papieża
    # Franciszka") makes the word a person's name, not a town's
    towns = {
        m.text for m in out if m.type == "LOC" and " " not in m.text and (m.model == MODEL or _after_place(text, m))
    }
    towns -= {m.text for m in out if m.type == "PER"}
    again = [
        Mention(m.start, m.end, m.text, "LOC", MODEL, 0.7) if _lone(m) and _same_town(m.text, towns) else m for m in out
    ]
    return _sorted(again)


# --- quoted names, choirs, churches, regions ---------------------------------------------------

_CLOSING = {"”": "„", "»": "«", "“": "„"}
_SPEAKER = re.compile(rf"^[{_CAP}][{_LOW}]+(?:-[{_CAP}][{_LOW}]+)?(?: [{_CAP}][{_LOW}]+)?$")


def _past_quotes(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "„Dziennikowi Wschodniemu” Szewc" -> the paper (ORG) and the speaker (PER)."""
    out: list[Mention] = []
    for m in mentions:
        close = next((c for c in _CLOSING if c in m.text and _CLOSING[c] not in m.text), None)
        if close is None or m.type == "PER":
            out.append(m)
            continue
        cut = m.start + m.text.index(close)
        tail = text[cut + 1 : m.end].strip()
        out.append(Mention(m.start, cut, text[m.start : cut], "ORG", m.model, m.confidence))
        if _SPEAKER.match(tail):
            at = m.end - len(tail)
            out.append(Mention(at, m.end, tail, "PER", MODEL, 0.7))
    return _sorted(out)


_CHOIR = re.compile(
    # (a choir's kind word may open a sentence: "Хор «X» появился")
    r"(?<!\w)(?:[Cc]hór|chóru|chórem|chórowi|zespół|zespołu|zespołem|kapela|kapeli|kapelą|"
    r"[Хх]ор|хора|хору|хором|хоре|ансамбль|ансамбля|ансамблем|ансамбле|ансамблю|ансамблі) [„«]([^„”«»\n]{2,40})[”»]"
)
_CHURCH = re.compile(
    r"^(?:kości|cerk|bazylik|bazylic|katedr|kaplic|sanktuari|kolegiat|церкв|церкі|храм|собор|костел|костёл|костьол)"
)
_REGION = re.compile(rf"(?<![\w-])[{_CAP}][{_LOW}]+(?:szczyzn|szczyźn|cczyzn|cczyźn)(?:a|y|ie|ę|ą)(?!\w)")


# a hall of a body is a place where something happens ("w sali widowiskowej X Domu Kultury")
_HALL = re.compile(
    rf"(?<!\w)(?:sali|auli|holu) (?:[a-ząćęłńóśźż]+ )?((?:[{_CAP}][\w-]+ ){{1,5}}[{_CAP}][\w-]+)(?![\w-])"
)
# a priest's abbreviation before his full name ("o. Jan Nowak", "ks. Jan Nowak"), left out
_CLERGY = re.compile(
    rf"(?<![\w.])(?:o\.|ks\.|bp|abp) ([{_CAP}][{_LOW}]+ [{_CAP}][{_LOW}]+(?:-[{_CAP}][{_LOW}]+)?)(?![\w-])"
)


def _untaken(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(s, e) for s, e in spans if not any(m.start < e and s < m.end for m in mentions)]


def _churches(mentions: list[Mention]) -> list[Mention]:
    return [
        Mention(m.start, m.end, m.text, "LOC", MODEL, 0.75) if m.type == "ORG" and _CHURCH.match(m.text) else m
        for m in mentions
    ]


# --- shops, chains, families, mansions -----------------------------------------------------

_MALL_ABBREVIATION = re.compile(r"(?<![\w-])(?:ТРЦ|ТРК|ТЦ|ТРЦ) «[^«»\n]{2,40}»")
_MALL_WORDS = re.compile(
    r"(?<!\w)(?:торговельн\w+|торгов\w+|торгово-розважальн\w+|centrum handlow\w*|centrach handlow\w*|"
    r"galerii handlowej|galerią handlową|galeria handlowa) ?(?:центр\w*|комплекс\w*)? [«„]([^«»„”\n]{2,40})[»”]"
)
_CHAIN = re.compile(
    r"(?<!\w)(?:[Мм]ереж\w*|[Сс]ет(?:ь|и|ью)|[Ss]ie(?:ć|ci|cią)) "
    # a quoted name opens with a capital or a digit: "sieć „na razie nie planuje ...”" is a quote
    r"(?:[а-яёіїєґa-ząćęłńóśźż]+ ){0,2}[«„]((?![а-яёіїєґa-ząćęłńóśźż])[^«»„”“\n]{2,40})[»”“]"
)
_QUOTED = re.compile(r"[«„]([^«»„”“\n]{2,40})[»”“]")
_FAMILY = re.compile(
    r"(?<!\w)(?:родин\w*|сім'\w*|сім’\w*|семь\w*|семе\w*|rodzin\w*) "
    rf"([{_CAP}][{_LOW}]+(?:ів|их|ових|ых|ов|ев|ёв|ich|ych|ów))(?!\w)"
)
_MANSION = re.compile(
    r"(?<!\w)(?:особняк\w*|усадьб\w*|садиб\w*|маєт\w*) "
    rf"[{_CAP}][{_LOW}]+(?:ова|ева|ёва|ина|ына|ского|ських|ских|ових|ых|их)(?!\w)"
)


def _words_stem(name: str) -> tuple[str, ...]:
    return tuple(w[: max(3, len(w) - 2)].lower() for w in re.split(r"[ -]", name))


def _chains(text: str, mentions: list[Mention]) -> list[Mention]:
    """A chain's quoted name, then that name in every case in the article (same stems)."""
    stems = {_words_stem(f.group(1)) for f in _CHAIN.finditer(text)}
    if not stems:
        return mentions
    spans = []
    for found in _QUOTED.finditer(text):
        words = re.split(r"[ -]", found.group(1))
        if any(
            len(s) == len(words) and all(w.lower().startswith(p) for w, p in zip(words, s, strict=True)) for s in stems
        ):
            spans.append(found.span(1))
    # a longer quoted name (a firm "ТОВ «X Y Рітейл»") is not the chain: other passes have it
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75)


# --- Ukrainian and Russian offices, lists of towns, rivers, wars -----------------------------

# "Головне управління Держпродспоживслужби у Хмельницькій області": a regional branch with its
# region is one ORG; "Південно-західне міжобласне територіальне відділення" (of a body named
# after it) an ORG of its own
_MAIN_OFFICE = re.compile(
    r"(?<!\w)Головн(?:е|ого|ому|им) управлінн(?:я|ю|і|ям) [А-ЯІЇЄҐ][\w'’-]+(?: [А-ЯІЇЄҐ][\w'’-]+)?"
    r"(?: (?:у|в) [А-ЯІЇЄҐ][\w'’-]+ (?:області|районі|краї))?"
)
# "Управління Держпраці у Рівненській області": a state service's regional office, its short
# name one capitalised word, is one ORG with its region (a remit in lower case, "Управління
# освіти", is left to the other passes)
_REGION_OFFICE = re.compile(
    r"(?<![\w-])Управлінн(?:я|ю|і|ям) [А-ЯІЇЄҐ][\w'’-]+ (?:у|в) [А-ЯІЇЄҐ][\w'’-]+ (?:області|районі|краї)(?![\w-])"
)
_TERRITORIAL = re.compile(
    r"(?<![\w-])[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:е|ого|ому|им|ім) (?:[а-яіїєґ'’-]+(?:е|ого|ому|им|ім) ){0,3}"
    r"(?:відділенн(?:я|ю|і|ям)|управлінн(?:я|ю|і|ям))(?= [А-ЯІЇЄҐ])"
)
# a list of towns after a town: "У Старокостянтинові, Деражні чи Летичеві"
_LIST_LINK = re.compile(r"^(?:, | чи | і | й | та | або | и | или | да )$")
_COMPASS = re.compile(r"^(?:Південн|Північн|Західн|Східн|Южн|Северн|Западн|Восточн)[а-яіїєё]+$")
_TOWN_COMPOUND = re.compile(r"^[А-ЯІЇЄҐ][\w'’]+-[А-ЯІЇЄҐ][\w'’]+(?:ськ|цьк|ск|цк)(?:ий|ого|ому|им|ім|ой|ом)$")
_WAR = re.compile(
    r"^(?:(?:Втор|Перв|Друг|Перш)\w+ (?:миров|світов)\w+ (?:войн|війн)\w*|"
    r"Велик\w+ (?:Отечественн|Вітчизнян)\w+ (?:войн|війн)\w*)$"
)
_BODY_TOPIC = re.compile(r"^ по (?:[а-яё]+ ){0,3}[а-яё]+(?=[ ,.;)]|$)")
_BODY_HEADS = re.compile(r"(?:центр|комитет|агентство|фонд|совет|служба)\w*$", re.IGNORECASE)
_BARE_KINDS = frozenset({"Музей", "Музею", "Галерея", "Галерею", "Архив", "Архів", "Muzeum", "Galeria", "Мережа"})


def _offices(text: str, mentions: list[Mention]) -> list[Mention]:
    spans = [f.span() for f in _MAIN_OFFICE.finditer(text)] + [f.span() for f in _TERRITORIAL.finditer(text)]
    spans += [f.span() for f in _REGION_OFFICE.finditer(text)]
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions


def _towns_and_rivers(text: str, mentions: list[Mention]) -> list[Mention]:
    """A list's words after a town, a compass adjective's river, a compound town (MISC/PER)."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.type not in ("MISC", "PER") or " " in m.text:
            continue
        prev = out[k - 1] if k > 0 else None
        listed = prev is not None and prev.type == "LOC" and _LIST_LINK.match(text[prev.end : m.start])
        if m.type == "MISC" and (listed or _TOWN_COMPOUND.match(m.text)):
            out[k] = Mention(m.start, m.end, m.text, "LOC", MODEL, 0.7)
        elif prev is not None and prev.end + 1 == m.start and _COMPASS.match(prev.text) and prev.type == "LOC":
            out[k - 1] = Mention(prev.start, m.end, text[prev.start : m.end], "LOC", MODEL, 0.7)
            out[k] = out[k - 1]
    seen: list[Mention] = []
    for m in out:
        if not seen or seen[-1] is not m:
            seen.append(m)
    return seen


def _bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Германский центр" + " по утраченным культурным ценностям"; "Государственном архиве" +
    "Ростовской области" one ORG; a bare kind word ("Музей уже обратился") and a war no name."""
    out: list[Mention] = []
    for m in mentions:
        if m.text in _BARE_KINDS or _WAR.match(m.text):
            continue
        topic = _BODY_TOPIC.match(text[m.end : m.end + 60]) if m.type == "ORG" and _BODY_HEADS.search(m.text) else None
        if topic is not None:
            # "центр по охране памятников в Москве": the place after it is not the topic's
            end = m.end + len(re.sub(r"(?: (?:в|во|на|из|с|со|у|и))+$", "", topic.group()))
            m = Mention(m.start, end, text[m.start : end], "ORG", MODEL, 0.7)
        if out and out[-1].type == "ORG" and m.type == "LOC" and out[-1].end + 1 == m.start:
            last = out[-1]
            if re.search(r"(?:архив|архів)\w*$", last.text) and re.search(r" (?:области|області|края|краю)$", m.text):
                out[-1] = Mention(last.start, m.end, text[last.start : m.end], "ORG", MODEL, 0.7)
                continue
        out.append(m)
    return out


def slavic_twinning(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above."""
    if language not in _LANGUAGES:
        return mentions
    if any(c in m.text for m in mentions for c in _CLOSING):
        mentions = _past_quotes(text, mentions)
    if "„" in text or "«" in text:
        choirs = [f.span(1) for f in _CHOIR.finditer(text)]
        mentions = claimed_spans(text, mentions, choirs, "ORG", MODEL, 0.75) if choirs else mentions
        malls = [f.span() for f in _MALL_ABBREVIATION.finditer(text)] + [f.span(1) for f in _MALL_WORDS.finditer(text)]
        mentions = claimed_spans(text, mentions, malls, "LOC", MODEL, 0.75) if malls else mentions
        mentions = _chains(text, mentions)
    mentions = _churches(mentions)
    if language == "pl" and ("sali " in text or "auli " in text or "holu " in text):
        mentions = claimed_spans(text, mentions, [f.span(1) for f in _HALL.finditer(text)], "LOC", MODEL, 0.7)
    if language == "pl" and ("o. " in text or "ks. " in text or "bp " in text):
        people = _untaken(mentions, [f.span(1) for f in _CLERGY.finditer(text)])
        mentions = claimed_spans(text, mentions, people, "PER", MODEL, 0.7) if people else mentions
    if "czyzn" in text or "czyźn" in text:
        mentions = claimed_spans(text, mentions, [f.span() for f in _REGION.finditer(text)], "LOC", MODEL, 0.75)
    if "род" in text or "сім" in text or "сем" in text or "rodzin" in text:
        mentions = claimed_spans(text, mentions, [f.span(1) for f in _FAMILY.finditer(text)], "PER", MODEL, 0.75)
    if language == "uk" and ("управлінн" in text or "Управлінн" in text or "відділенн" in text):
        mentions = _offices(text, mentions)
    if language != "pl":
        mentions = _bodies(text, _towns_and_rivers(text, mentions))
    if "особняк" in text or "усадьб" in text or "садиб" in text or "маєт" in text:
        mentions = claimed_spans(text, mentions, [f.span() for f in _MANSION.finditer(text)], "LOC", MODEL, 0.75)
    return mentions
