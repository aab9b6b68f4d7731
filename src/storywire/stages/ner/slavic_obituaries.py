"""Russian, Ukrainian and Polish people, honours, cemeteries and papers of obituaries and
anniversaries (whole articles only):

- a maiden name after "урождённая"/"уроджена"/"z domu" is a PER of its own, the word left out
  ("урождённая Кольцова", "z domu Nowak"); the tagger reads a Polish surname as a place;
- a quoted nickname after a verb or noun of naming is PER without its quotes ("называли
  «Дедом»", "pseudonim „Wilk”"); a nickname with no quotes stays unlabelled (a firm called
  "po prostu Wierzbickim" is a firm);
- a country in a hero's title is LOC, the title no name ("Героя Советского Союза" gives
  "Советского Союза", "Герой України" "України"); an order's name after "орден" is an honour,
  no name ("орденом Мужества");
- a cemetery with its capitalised adjective keeps its kind word and is LOC ("Быковском
  кладбище", "Байковому кладовищі"); the tagger types it ORG;
- a quoted paper whose head word is a paper's ("вестник", "вісті", "ведомости", "правда") is ORG
  without its quotes ("за даними «Подільських вістей»"); the tagger types it MISC or nothing;
- a bare plant acronym ("ТЕЦ", "ГЭС", "АЭС") is a common noun, no name; with its adjective
  ("Воткинской ГЭС") other passes keep it.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.nickname_persons import maiden_names

MODEL = "slavic-obituary"
_LANGUAGES = ("ru", "uk", "pl")
_CAP = "А-ЯЁІЇЄҐA-ZĄĆĘŁŃÓŚŹŻ"
_LOW = "а-яёіїєґa-ząćęłńóśźż'’"

# a verb or noun of naming, up to two lower-case words ("его", "все"), then the quoted nickname
_NAMING = (
    r"называл\w*|прозвал\w*|прозвищ\w*|кличк\w*|звали|називал\w*|прозвал\w*|прізвиськ\w*|"
    r"nazywan\w*|nazywal\w*|zwan\w*|przezwisk\w*|ksywk\w*|pseudonim\w*"
)
_NICKNAME = re.compile(
    rf"(?<!\w)(?:{_NAMING})(?: [{_LOW}]+){{0,2}} [«„\"]([{_CAP}][{_LOW}]+(?: [{_CAP}][{_LOW}]+)?)[»”\"]"
)
_COUNTRIES = (
    r"Советского Союза|Российской Федерации|России|Украины|Беларуси|Казахстана|"
    r"Радянського Союзу|України|Білорусі"
)
_HERO = re.compile(rf"(?<!\w)Геро(?:й|я|ю|ем|ев|ям|ї|єм)? ({_COUNTRIES}|Социалистического Труда|Соціалістичної Праці)")
_ORDER = re.compile(r"(?<!\w)орден(?:а|у|ом|е|ов|ами|ів)? (?=[«А-ЯЁІЇЄҐ])")
_CEMETERY = re.compile(
    rf"(?<![\w-])[А-ЯЁІЇЄҐ][{_LOW}]+(?:ом|ое|ого|ому|ій|им|ім|ем|ий|е) (?:кладбищ|кладовищ|цвинтар)\w*"
)
_PAPER_HEADS = (
    "вестник", "вестей", "вести", "вісник", "вісті", "вістей", "ведомост", "відомост", "известия",
    "известий", "правд", "газет", "новост", "новин", "курьер", "кур'єр", "кур’єр",
)  # fmt: skip
_QUOTED = re.compile(rf"«([{_CAP}][^«»\n]{{1,40}})»")
_PLANTS = frozenset({"ТЕЦ", "ТЭЦ", "ТЕС", "ТЭС", "ГЭС", "ГЕС", "ГАЕС", "ГАЭС", "АЭС", "АЕС", "ГРЭС", "ДРЕС", "ДРЭС"})


def _retyped(text: str, mentions: list[Mention], spans: list[tuple[int, int]], etype: EntityType) -> list[Mention]:
    return claimed_spans(text, mentions, spans, etype, MODEL, 0.8) if spans else mentions


def _heroes(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Героя Советского Союза" typed ORG whole: the country alone, LOC."""
    for found in _HERO.finditer(text):
        s, e = found.span()
        mentions = [m for m in mentions if not (m.start < e and s < m.end and s <= m.start and m.end <= e)]
        if found.group(1) not in ("Социалистического Труда", "Соціалістичної Праці"):
            cs, ce = found.span(1)
            mentions = [*mentions, Mention(cs, ce, found.group(1), "LOC", MODEL, 0.8)]
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _orders(mentions: list[Mention], text: str) -> list[Mention]:
    """An order's name right after "орден" is an honour: no mention starts there."""
    starts = {found.end() for found in _ORDER.finditer(text)}
    return [m for m in mentions if m.start not in starts] if starts else mentions


def _papers(text: str) -> list[tuple[int, int]]:
    spans = []
    for found in _QUOTED.finditer(text):
        last = found.group(1).split()[-1].lower()
        if any(last.startswith(head) for head in _PAPER_HEADS):
            spans.append(found.span(1))
    return spans


def slavic_obituaries(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the people, places and papers above, and without honours and bare plants."""
    if language not in _LANGUAGES:
        return mentions
    if any(m.text in _PLANTS for m in mentions):
        mentions = [m for m in mentions if m.text not in _PLANTS]
    mentions = maiden_names(text, mentions, language, MODEL)
    if any(q in text for q in '«„"'):
        mentions = _retyped(text, mentions, [f.span(1) for f in _NICKNAME.finditer(text)], "PER")
    if language == "pl":
        return mentions
    if "Геро" in text:
        mentions = _heroes(mentions, text)
    if "орден" in text:
        mentions = _orders(mentions, text)
    if "кладбищ" in text or "кладовищ" in text or "цвинтар" in text:
        mentions = _retyped(text, mentions, [f.span() for f in _CEMETERY.finditer(text)], "LOC")
    if "«" in text:
        mentions = _retyped(text, mentions, _papers(text), "ORG")
    return mentions
