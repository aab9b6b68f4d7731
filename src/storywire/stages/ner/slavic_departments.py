"""Departments of offices and councils, and bishops' sees, in Polish, Russian and Ukrainian news
(whole articles), as the project's guidelines mark them:

- a town hall's department and the town hall are two bodies ("Wydział Geodezji i Kartografii"
  + "Urzędu Miasta Krakowa"): the tagger takes the department's last word with the office;
- a council's or an administration's department with its lower-case remit and the council are
  two bodies ("Департамент житлового господарства" + "Львівської міської ради"): the rules
  take the head word alone as a MISC;
- a department named by "отдел"/"комитет" with its remit after "по" is one body ("Синодальный
  отдел по делам молодёжи"): the tagger stops at the head word;
- a bishop's see after his title is part of the title ("епископ Вологодский и Великоустюжский
  Савва"): the adjectives are no places, and only the name is the person;
- a firm named by a lower-case genre word before its quoted name is the name alone, an
  organisation ("архітектурне бюро «X»", "риелторское агентство «X»"): the quotes and the
  genre word stay out, as the guidelines mark "magasin Maxeo";
- a lavra's name after a preposition of place is a place ("из Свято-Успенской Почаевской
  лавры"), as the guidelines type a monastery where something happens or whence one comes;
- an association named by the places it serves, joined by "i", is one body ("Stowarzyszenia
  Mieszkańców Bielan i Ursynowa"): the tagger ends it before "i" and reads the last place alone;
- a Polish regional environment or water authority's acronym is a body ("RDOŚ", "RZGW");
- a service named by one word before the regional office that holds it is a body of its own
  ("Госавтоинспекции" + "УМВД России по Тверской области", "ГИБДД" + "ГУ МВД по ..."), a
  department and its body being two: the taggers run the two together.
"""

from __future__ import annotations

import itertools
import re

from storywire.model import Mention

MODEL = "slavic-departments"
_PL_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_PL_CAP = rf"[{_PL_UP}][a-ząćęłńóśźż]+"
# "Wydział X i Y" + "Urzędu Miasta Z": a department's capitalised remit, then the office in the
# genitive (a town hall, a marshal's or a voivode's office, a district's starosty).
_PL_DEPARTMENT = re.compile(
    rf"(?<![\w-])(?P<dept>(?:Wydzia(?:ł|łu|le|łem)|Biur(?:o|a|ze|em)|Departament(?:u|em|cie)?|Referat(?:u|em|cie)?)"
    rf"(?: {_PL_CAP}){{1,4}}(?:(?:,| i| oraz) {_PL_CAP}(?: {_PL_CAP}){{0,2}})?) "
    rf"(?P<body>(?:Urzędu|Starostwa) {_PL_CAP}(?: {_PL_CAP}){{0,2}}(?: we? {_PL_CAP}(?:[ -]{_PL_CAP})?)?)(?![\w-])"
)
_EAST_LOW = "а-яёіїєґ’'ʼ-"
# "Департамент X та Y" / "Управління освіти": the head word and a remit of lower-case words
# (eight at most, a list of fields with its commas: "Управління торгівлі, побуту та захисту прав
# споживачів"), before a capitalised word that opens the council's name.
_EAST_DEPARTMENT = re.compile(
    rf"(?<![\w-])(?:Департамент|Управлінн|Управлени|Відділ|Отдел)\w*(?: [{_EAST_LOW}]+)(?:,? [{_EAST_LOW}]+){{0,7}} "
    r"(?=[А-ЯЁІЇЄҐ])"
)
# A council or an administration that holds the department, by its head noun.
# A state body's acronym holds its departments too ("Департамент ... НБУ", "... МОЗ"), as do a
# central bank and a ministry named in full.
_COUNCIL = re.compile(
    r"(?:ради|рады|адміністрації|администрации|думи|думы|мерії|мэрии|управи|банку|банка|міністерства|министерства)$"
    r"|^[А-ЯЁІЇЄҐ]{2,6}$"
)
# "... отдел" + " по монастырям и монашеству": a remit after "по", in the dative (as in
# slavic_community's regional departments), one conjunct at most so a verb after it stays out.
_LOWER_HEAD = re.compile(r" (?:отдел|комитет|комиссия|відділ|комітет|комісія)$")
_REMIT = re.compile(
    r" (?:по|з) (?:[а-яёії]+(?:ой|ей|ым|им|ій) )?[а-яёії]{3,}(?:е|у|ю|ам|ям|і)(?: [а-яёії]{3,}(?:и|ы|ей|ов|ів))?"
    r"(?: (?:и|і|та) (?:[а-яёії]+(?:ой|ей|ым|им|ій) )?[а-яёії]{3,}(?:е|у|ю|ам|ям|і))?(?![\w-])"
)
# "епископ Вологодский и Великоустюжский": a bishop's title and his see's adjectives.
_SEE_ADJ = r"[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:-[А-ЯЁІЇЄҐ]?[а-яёіїєґ]+)?(?:[сц]к(?:ий|ой|ого|ому|им)|[сц]ьк\w+)(?![\w-])"
_SEE = re.compile(
    r"(?<![\w-])(?:[Ее]пископ[ау]?|[Єє]пископ[аи]?|[Аа]рхиепископ[ау]?|[Аа]рхієпископ[аи]?|[Мм]итрополит[аи]?)"
    rf"(?P<see> {_SEE_ADJ}"
    rf"(?:(?: и| і| та) {_SEE_ADJ})?)"
)
# "архітектурне бюро «X»": a lower-case genre word (a capitalised form "КП «X»" keeps the quotes)
_GENRE_QUOTED = re.compile(
    r"(?<![\w-])(?:бюро|агентств[оауеом]|агентстві|агенці[яїюі]|агенцією|студі[яїюіи]|студией|студією"
    r"|майстерн[яіюі]|мастерск[аяиуойе]+) «(?P<name>[А-ЯЁІЇЄҐ][^«»\n]{1,40})»"
)
_LAVRA = re.compile(r" (?:лавр[аыеуиі]|лавр(?:ой|ою))$")
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:в|во|у|на|из|із|зі|з|до|від|от|к|возле|біля|около) $", re.I)
# Heads of associations, societies and unions named by their members and places.
_PL_ASSOCIATION = re.compile(r"^(?:Stowarzysz|Towarzyst|Związ|Klub|Koł[oaue]|Zrzesz)\w* [A-ZĄĆĘŁŃÓŚŹŻ]")
_PL_ADJECTIVE_END = re.compile(r"(?:ow[eya]|[sc]k[iaie]{1,2}|n[eya]|ego|ej)$")
# A regional office by its acronym ("УМВД", "ГУ МВД", "УФСБ", "ГУ МЧС") after the one word of
# the service it holds; the service word is no part of an acronym ("ГУ" opens the office's).
_REGIONAL_OFFICE = re.compile(
    r"^(?P<service>[А-ЯЁ][А-ЯЁа-яё-]+) (?=(?:ГУ |У)?(?:МВД|МЧС|ФСБ|ФСИН|ФССП|ФНС|Росгвардии)(?![\w-]))"
)
_PL_ACRONYMS = re.compile(r"(?<![\w-])(?:RDOŚ|GDOŚ|WIOŚ|RZGW|PGW|WFOŚiGW|NFOŚiGW)(?![\w-])")


def slavic_departments(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the departments, sees and acronyms above split, joined or typed."""
    if language == "pl":
        if "Urzęd" in text or "Starostw" in text:
            mentions = _polish_departments(text, mentions)
        if " i " in text:
            mentions = _association_places(text, mentions)
        if "OŚ" in text or "RZGW" in text:
            mentions = _acronyms(text, mentions)
    elif language in ("ru", "uk"):
        if "Департамент" in text or "Управлі" in text or "Управле" in text or "Відділ" in text or "Отдел" in text:
            mentions = _east_departments(text, mentions)
        if "отдел" in text or "комитет" in text or "комиссия" in text or "відділ" in text or "комітет" in text:
            mentions = _remits(text, mentions)
        if "«" in text:
            mentions = _genre_quoted(text, mentions)
        if "лавр" in text:
            mentions = [_lavra(text, m) for m in mentions]
        if "пископ" in text or "итрополит" in text:
            mentions = _sees(text, mentions)
        if language == "ru":
            mentions = [part for m in mentions for part in _service_and_office(text, m)]
    return mentions


def _service_and_office(text: str, m: Mention) -> list[Mention]:
    """ "Госавтоинспекции УМВД России по Тверской области" -> the service and the office."""
    found = _REGIONAL_OFFICE.match(m.text) if m.type == "ORG" else None
    if found is None or found.group("service") in ("ГУ", "У"):
        return [m]
    office = m.start + found.end()
    service_end = m.start + found.end("service")
    return [
        Mention(m.start, service_end, text[m.start : service_end], "ORG", MODEL, m.confidence),
        Mention(office, m.end, text[office : m.end], "ORG", MODEL, m.confidence),
    ]


def _put(text: str, mentions: list[Mention], spans: list[tuple[int, int]], start: int, end: int) -> list[Mention]:
    """`mentions` with those overlapping start..end dropped and each span one ORG."""
    out = [m for m in mentions if not (m.start < end and start < m.end)]
    out += [Mention(s, e, text[s:e], "ORG", MODEL, 0.8) for s, e in spans]
    return sorted(out, key=lambda m: (m.start, m.end))


def _polish_departments(text: str, mentions: list[Mention]) -> list[Mention]:
    for found in _PL_DEPARTMENT.finditer(text):
        start, end = found.span()
        if any(m.start < start < m.end or m.start < end < m.end for m in mentions):
            continue  # a longer name the models found runs past it
        mentions = _put(text, mentions, [found.span("dept"), found.span("body")], start, end)
    return mentions


def _east_departments(text: str, mentions: list[Mention]) -> list[Mention]:
    for found in _EAST_DEPARTMENT.finditer(text):
        start, body_start = found.start(), found.end()
        body = next((m for m in mentions if m.type == "ORG" and m.start <= body_start < m.end), None)
        if body is None or not _COUNCIL.search(body.text) or body.start < start:
            continue  # "Управління освіти Львова": no council holds it
        dept_end = body_start - 1
        if any(m.start < start < m.end for m in mentions):
            continue
        spans = [(start, dept_end), (body_start, body.end)]
        mentions = _put(text, mentions, spans, start, body.end)
    return mentions


def _remits(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for m in mentions:
        if m.type != "ORG" or not _LOWER_HEAD.search(m.text) or not m.text[:1].isupper():
            continue
        remit = _REMIT.match(text, m.end)
        if remit is None or any(o.start < remit.end() and m.end < o.end for o in mentions if o is not m):
            continue
        out[out.index(m)] = Mention(m.start, remit.end(), text[m.start : remit.end()], "ORG", m.model, m.confidence)
    return out


def _sees(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for found in _SEE.finditer(text):
        start, end = found.span("see")
        start += 1
        for m in list(out):
            if m.start < start or m.start >= end:
                continue
            if m.type == "LOC" and m.end <= end:
                out.remove(m)  # "Вологодский": the see, part of the title
            elif m.type in ("PER", "LOC") and m.end > end + 1 and text[end] == " " and text[end + 1].isupper():
                # "Кашинский Амвросий": only the name after the see is the person
                out[out.index(m)] = Mention(end + 1, m.end, text[end + 1 : m.end], "PER", m.model, m.confidence)
    return out


def _acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for found in _PL_ACRONYMS.finditer(text):
        start, end = found.span()
        if any(m.start < end and start < m.end for m in out):
            continue
        out.append(Mention(start, end, found.group(), "ORG", MODEL, 0.8))
    return sorted(out, key=lambda m: (m.start, m.end))


def _genre_quoted(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for found in _GENRE_QUOTED.finditer(text):
        start, end = found.span("name")
        inside = [m for m in out if m.start < end + 1 and start - 1 < m.end]
        if any(m.start < start - 1 or m.end > end + 1 for m in inside):
            continue  # a longer name holds it
        out = [m for m in out if m not in inside] + [Mention(start, end, text[start:end], "ORG", MODEL, 0.8)]
    return sorted(out, key=lambda m: (m.start, m.end))


def _lavra(text: str, m: Mention) -> Mention:
    if (
        m.type not in ("ORG", "MISC")
        or not _LAVRA.search(m.text)
        or not _PLACE_PREPOSITION.search(text, max(0, m.start - 8), m.start)
    ):
        return m
    return Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)


def _association_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Stowarzyszenia Lokatorów Bielan" + " i " + "Ursynowa" (one word, a place): one body."""
    out = list(mentions)
    for m, nxt in itertools.pairwise(mentions):
        if (
            m.type == "ORG"
            and nxt.type == "LOC"
            and " " not in nxt.text
            and text[m.end : nxt.start] == " i "
            and _PL_ASSOCIATION.match(m.text)
            and m.text.rsplit(" ", 1)[1][:1].isupper()
            and not _PL_ADJECTIVE_END.search(m.text)  # "Stowarzyszenie Rowerowe" + "i Kraków": two names
            and m in out
        ):
            out.remove(m)
            out.remove(nxt)
            out.append(Mention(m.start, nxt.end, text[m.start : nxt.end], "ORG", MODEL, m.confidence))
    return sorted(out, key=lambda m: (m.start, m.end))
