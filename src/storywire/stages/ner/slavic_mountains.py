"""Russian and Ukrainian mountains, huts, rescue and police bodies as the guidelines mark them
(session 32, round 32; whole articles only):

- a capitalised name after a landform's lower-case kind word is a place, the name alone
  ("вершини Говерла", "схилах Боржави", "перевала Дятлова", "під горою Томнатик"): the rules
  read an unknown mountain's name as MISC;
- a MISC word that is a case form of a place the article names is that place ("на Боржаві"
  after "схилах Боржави"): the rules type each case form on its own;
- a hut's, shelter's or summer camp's quoted name after its lower-case kind word is a place,
  the name alone ("притулку «Над Озером»", "у таборі «Лісова Пісня»"): the taggers read a
  quoted name as a body;
- a district police unit is one body with its town's adjective ("Коломийського районного
  відділу поліції"); Ukraine's state services "Державна служба України з X" are one body with
  their lower-case remit; a sports federation is one body with its sport ("Федерації легкої
  атлетики"), the country after it a place of its own (settled in round 29 and round 32).
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic-mountain"
_LANGUAGES = frozenset({"ru", "uk"})
_UP = "А-ЯЁІЇЄҐ"
_LOW = "а-яёіїєґ'’"
_NAME = rf"[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)*"
# landforms' kind words: peak, slope, ridge, pass, meadow, glacier, stream, gorge; a mountain
# in the singular's cases only ("під горою X"), as "гори"/"горы" is also the plural of a range
_LANDFORM = re.compile(
    r"(?<![\w’'-])(?:(?:вершин|схил|склон|хребт|хребе|перевал|полонин|льодовик|ледник|поток|ущелин|ущель)"
    rf"[{_LOW}]*|гор(?:а|і|у|ою|ой|е)) (?P<name>{_NAME}(?: {_NAME})?)(?![\w-])"
)
_LANDFORM_STEMS = (
    *("вершин", "схил", "склон", "хреб", "перевал", "полонин", "льодовик", "ледник", "поток", "ущел"),
    "гор",
)
# a hut's, shelter's or camp's kind word before its quoted name ("у таборі «X»", "лагерь «X»")
_SHELTER_STEMS = ("притул", "приют", "колиб", "хатин", "хижин", "шале", "табор", "табір", "лагер")
_HUT = re.compile(rf"(?<![\w’'-])(?:{'|'.join(_SHELTER_STEMS)})\w* «(?P<name>[^«»\n]{{1,40}})»")
_POLICE = re.compile(
    rf"(?<![\w’'-])[{_UP}][{_LOW}]+(?:ого|ої|ий|а|е|ый|ая|ое) "
    r"(?:районн|міськ|міжрайонн|городск|межмуниципальн|межрайонн)\w* "
    r"(?:відділ|відділенн|управлінн|отдел|отделени|управлени)\w* (?:поліції|полиции)(?![\w-])"
)
_JOIN = r"(?: (?:та|і|й|на|за(?! (?:даними|словами|інформацією))))?"
_REMIT_WORD = r" (?![а-яіїєґ'’]+(?:ли|ть|є)(?![\w-]))[а-яіїєґ'’]+(?:их|ої|ого|ій|ї|і|и|у|ю|ей|ів|ань|ами|ями)"
# the remit's genitive words; a verb after it ("перевірили", "повідомляє") ends it
_SERVICE = re.compile(rf"(?<![\w’'-])Державн\w* служб\w* України з(?:{_JOIN}{_REMIT_WORD})+(?![\w-])")
_FEDERATION = re.compile(r"(?<![\w’'-])(?:Федераці(?:я|ї|ю|єю|і)|Федераци(?:я|и|ю|ей))(?![\w-])")
_LOWER_WORD = re.compile(rf" ([{_LOW}]+)(?![\w-])")
_JOINS = frozenset({"та", "і", "й", "и"})
# genitive endings of a sport's words ("легкої атлетики", "альпінізму", "спортивного туризму")
_GENITIVE = re.compile(r".+(?:у|ю|и|і|ї|ого|ої|ых|их|ой|ей|а|я)$")
_ADJECTIVE = re.compile(r".+(?:ськ|цьк|зьк|ск|цк)\w*$|.+(?:ого|ому|ої|их|ий|ій|ый|ая|ое)$")


def slavic_mountains(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the places and bodies above."""
    if language not in _LANGUAGES:
        return mentions
    out = mentions
    if any(stem in text for stem in _LANDFORM_STEMS):
        spans = [f.span("name") for f in _LANDFORM.finditer(text)]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.75, blocks=_body_or_longer)
    if "«" in text and any(s in text for s in _SHELTER_STEMS):
        spans = [f.span("name") for f in _HUT.finditer(text)]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.8, blocks=_past_quotes)
    if "поліці" in text or "полици" in text:
        out = claimed_spans(text, out, [f.span() for f in _POLICE.finditer(text)], "ORG", MODEL, 0.8)
    if "Державн" in text and " служб" in text:
        out = claimed_spans(text, out, [f.span() for f in _SERVICE.finditer(text)], "ORG", MODEL, 0.8)
    if "Федераці" in text:
        out = claimed_spans(text, out, _federations(text), "ORG", MODEL, 0.8)
    return _case_forms(out)


def _federations(text: str) -> list[tuple[int, int]]:
    """ "Федерації" and its lower-case sport in the genitive, joined by "та"/"і"; a federation
    without a lower-case sport ("Федерації Х", a country's) is left to the taggers."""
    spans: list[tuple[int, int]] = []
    for found in _FEDERATION.finditer(text):
        at = best = found.end()
        for _ in range(6):
            word = _LOWER_WORD.match(text, at)
            if not word:
                break
            if word.group(1) in _JOINS:
                at = word.end()
                continue
            if not _GENITIVE.match(word.group(1)):
                break
            at = best = word.end()
        if best > found.end():
            spans.append((found.start(), best))
    return spans


def _case_forms(mentions: list[Mention]) -> list[Mention]:
    """A one-word MISC that is a case form of a one-word place the article names is LOC:
    the two share all but their last three letters ("Боржави"/"Боржаві", "Свалява"/"Сваляві");
    an adjective ("Мукачівського") is no case form."""
    places = [m.text for m in mentions if m.type == "LOC" and " " not in m.text and len(m.text) >= 5]
    if not places:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        one_word = " " not in m.text and len(m.text) >= 5 and not _ADJECTIVE.match(m.text)
        if m.type == "MISC" and one_word and any(_same_stem(m.text, p) for p in places):
            m = Mention(m.start, m.end, m.text, "LOC", MODEL, 0.7)
        out.append(m)
    return out


def _same_stem(a: str, b: str) -> bool:
    shared = len(_common_prefix(a, b))
    return shared >= 5 and shared >= max(len(a), len(b)) - 3


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _body_or_longer(m: Mention, start: int, end: int) -> bool:
    """A person or a body the models found keeps its type; a longer name keeps its span."""
    return m.type in ("PER", "ORG") or m.start < start or m.end > end


def _past_quotes(m: Mention, start: int, end: int) -> bool:
    """Only a mention running past the quotes blocks the name (its own quotes do not)."""
    return m.start < start - 1 or m.end > end + 1
