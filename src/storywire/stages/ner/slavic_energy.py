"""Polish, Russian and Ukrainian mines, plants, schools, regiments and acronyms of energy and
aviation news (whole articles only):

- a mine, a plant or a steelworks after its lower-case kind word gives its quoted name alone, a
  place ("kopalni „Marta”" gives "Marta"); a capitalised mining form keeps the quotes and is ORG
  ("KWK „Marta”", "ZG „Rudna”");
- a name that opens a Polish quote and stops before its closing quote takes it ("Orkiestra Dęta
  KWK „Marta" gets its "”"): the tagger drops the closing mark;
- a Polish school with a capitalised adjective, its degree ("I stopnia") and its town after "w" is
  one ORG ("Zespołu Szkół Górniczych w Rudzie", "Szkoły Muzycznej II stopnia w Gliwicach");
- a Russian or Ukrainian regiment, division or squadron by its number and lower-case adjectives
  is one ORG ("112-м гвардейском авиационном полку"); taggers find nothing;
- a Cyrillic acronym typed ORG in one place is ORG where it stands alone elsewhere (a headline's
  "ЄБРР", its first word, has no cue);
- a well-known airline in quotes ("«Аэрофлота»") is ORG.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic-energy"
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_LOWER = "a-ząćęłńóśźż"
_PL_SITE = re.compile(
    r"(?<!\w)(?:kopalni[aęy]?|kopalnią|elektrowni[aęy]?|elektrownią|elektrociepłowni\w*|hu(?:ty|ta|cie|tą)|koksowni\w*)"
    rf" „([{_UPPER}][^„”\n]{{1,30}})”"
)
_PL_FORM = re.compile(r"(?<!\w)(?:KWK|ZG|ZGH|ZWR|KWB|PWiK|EC) „[^„”\n]{2,30}”")
_PL_SCHOOL = re.compile(
    rf"(?<!\w)(?:[{_UPPER}][{_LOWER}]+ )?(?:Zesp[oó]ł\w* Szkół|Szk[oó]ł\w*|Szkol\w*|Liceum|Technikum)"
    rf"(?: [{_UPPER}][{_LOWER}]+){{0,2}}(?: I{{1,3}} stopnia)? w [{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
)
# a house or centre of culture in the locative ("w Miejskim Domu Kultury"), as a venue
_CULTURE_HOUSE = re.compile(rf"(?:[{_UPPER}][{_LOWER}]+ )?(?:Domu|Ośrodku|Centrum) Kultury\b")
_UNITS = {
    "ru": r"(?:полк|авиаполк|дивизи|бригад|эскадриль|корпус)",
    "uk": r"(?:полк|дивізі|бригад|ескадриль|корпус)",
}
# a machine's kind noun right before an acronym: the acronym names the machine
_MACHINE = re.compile(r"(?:телескоп|самол[её]т|літак|ракет|реактор|спутник|супутник|комплекс|танк)[а-яіїє]{0,3} $")
_AIRLINES = re.compile(r"«((?:Аэрофлот|Аерофлот|ЮТэйр|Белавиа|Белавіа)[а-яі]{0,3})»")


def _close_quotes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A mention that opens "„" and ends right before "”" takes the closing mark."""
    out = []
    for m in mentions:
        if m.text.count("„") > m.text.count("”") and text[m.end : m.end + 1] == "”":
            m = Mention(m.start, m.end + 1, text[m.start : m.end + 1], m.type, m.model, m.confidence)
        out.append(m)
    return out


def _school(text: str, s: int, e: int) -> bool:
    """A school's name has a capitalised adjective besides its kind word ("Szkoły w Kole" has none)."""
    words = text[s:e].split(" w ")[0].split()
    return sum(1 for w in words if w[0].isupper()) >= 2


def _culture_houses(text: str, mentions: list[Mention]) -> list[Mention]:
    """A house of culture after "w" is where something happens, a place."""
    return [
        Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)
        if m.type == "ORG" and _CULTURE_HOUSE.match(m.text) and text[max(0, m.start - 2) : m.start] == "w "
        else m
        for m in mentions
    ]


def _polish(text: str, mentions: list[Mention]) -> list[Mention]:
    if "Kultury" in text:
        mentions = _culture_houses(text, mentions)
    if "„" in text:
        mentions = _close_quotes(text, mentions)
        sites = [f.span(1) for f in _PL_SITE.finditer(text)]
        mentions = claimed_spans(text, mentions, sites, "LOC", MODEL, 0.8) if sites else mentions
        forms = [f.span() for f in _PL_FORM.finditer(text)]
        mentions = claimed_spans(text, mentions, forms, "ORG", MODEL, 0.8) if forms else mentions
    if "Szk" in text or "Lice" in text or "Techni" in text:
        schools = [f.span() for f in _PL_SCHOOL.finditer(text) if _school(text, *f.span())]
        mentions = claimed_spans(text, mentions, schools, "ORG", MODEL, 0.8) if schools else mentions
    return mentions


def _units(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    letters = "а-яё" if language == "ru" else "а-яіїєґ'’"
    upper = "А-ЯЁ" if language == "ru" else "А-ЯІЇЄҐ"
    # adjectives may be compound ("десантно-штурмової") and one a region's ("Поліської")
    pattern = re.compile(
        rf"(?<![\w-])\d{{1,4}}-(?:й|го|м|му|ї|ій|а|я|ю)"
        rf"(?: [{upper}{letters}][{letters}-]*(?:ом|ой|ым|им|ому|ого|ый|ий|ая|ую|ій|ої|ою|ім|ий)){{1,4}}"
        rf" {_UNITS[language]}\w*(?![\w-])"
    )
    units = [f.span() for f in pattern.finditer(text)]
    return claimed_spans(text, mentions, units, "ORG", MODEL, 0.8) if units else mentions


def _acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Other whole-word uses of an acronym typed ORG somewhere, where no mention covers them."""
    acronyms = {m.text for m in mentions if m.type == "ORG" and re.fullmatch(r"[А-ЯЁІЇЄҐ]{3,6}", m.text)}
    added = []
    for acronym in acronyms:
        for found in re.finditer(rf"(?<![\w-]){acronym}(?![\w-])", text):
            s, e = found.span()
            if any(m.start < e and s < m.end for m in mentions) or _MACHINE.search(text[max(0, s - 14) : s]):
                continue  # covered, or a telescope's or aircraft's type ("телескопа БТА"), no body
            added.append(Mention(s, e, acronym, "ORG", MODEL, 0.75))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def slavic_energy(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the mines, schools, units, acronyms and airlines above."""
    if language == "pl":
        return _polish(text, mentions)
    if language not in _UNITS:
        return mentions
    if re.search(r"\d-", text):
        mentions = _units(text, mentions, language)
    if "«" in text:
        airlines = [f.span(1) for f in _AIRLINES.finditer(text)]
        mentions = claimed_spans(text, mentions, airlines, "ORG", MODEL, 0.8) if airlines else mentions
    return _acronyms(text, mentions)
