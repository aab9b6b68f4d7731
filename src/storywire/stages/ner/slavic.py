"""Typing capitalised runs in Ukrainian and Russian, where pymorphy tells names from words.

The rule backend (rules.py) finds runs of capitalised words; in these languages a run is
a person's name only when its words could be names.  What else a capitalised run is:

- an acronym (МЗС, ООН, ЗСУ, МАГАТЕ, НАТО, РФ): an organisation, or a place when the
  gazetteer knows it, never a person; a place in the genitive after a body is a place of
  its own ("МЗС" + "України", "Радбезі" + "РФ": the news set's guideline);
- a capitalised common noun in mid-sentence (a sentence's first word is stripped before
  this): a body's short name ("секретарем Радбезу", "у Мінфіні США");
- adjectives before a place ("Південна Корея"): the place;
- a name in guillemets («Росатома», «Нафтогаз»): a company, party or outlet; news never
  quotes a person's name that way;
- a lone word that reads as a name but stands in a place's case after its preposition: the
  locative ("в Ізмаїлі", "у Вашингтоні") or a known place's genitive ("до Вашингтона"),
  unless a title stands before it;
- a name pymorphy does not know, right after a word for a company ("компанією Orlen").

Acronyms with digits ("COP29", "G20") name events and products: MISC.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from storywire.model import EntityType
from storywire.stages.ner import cues
from storywire.stages.ner.titles import is_title_word

Span = tuple[int, int, EntityType, float, str]  # token start, token end, type, confidence, why

_OPEN_QUOTES = frozenset('«„“"')
_CLOSE_QUOTES = frozenset('»“”"')
_NAME_HINTS = frozenset({"PER", "NAME", None})
# Surnames declined like adjectives: Зеленський, Зеленського, Кличко is not one of them.
_ADJ_SURNAME = re.compile(r"(?:ськ|цьк|зьк|ск|цк)(?:ий|ого|ому|им|ім|ая|ой|ий)$")


def acronym(word: str) -> bool:
    """All capitals, two letters or more: "МЗС", "ООН", "COP29" (digits allowed)."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters) and word.replace("-", "").isalnum()


def quoted(text: str, start: int, end: int) -> bool:
    """The run stands alone between quotation marks: «Росатома»."""
    return start > 0 and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES


def name_word(word: str, hint: object) -> bool:
    """Could be part of a person's name: no acronym, no digits, no place/common-word hint."""
    return hint in _NAME_HINTS and not acronym(word) and not any(ch.isdigit() for ch in word)


def script(word: str) -> str:
    """ "cyr", "lat" or "" (no letters): a change of script inside a run ends a name ("ООН COP29")."""
    for ch in word:
        if ch.isalpha():
            return "cyr" if "\u0400" <= ch <= "\u04ff" else "lat"
    return ""


@dataclass(frozen=True)
class Context:
    """What `type_run` asks of the rules about the text's words (by token index)."""

    words: Sequence[str]
    language: str
    is_place: Callable[[str], bool]
    adjective: Callable[[int], bool]  # used as an adjective here ("Українська сторона")
    org_head: Callable[[str], bool]  # heads an organisation's name, any case ("Бундестагу")


def type_run(ctx: Context, a: int, b: int, hints: Sequence[object], after_title: bool) -> list[Span] | None:
    """Spans for a run words[a:b] none of whose words can be a name; None to let the
    generic rules decide (a name, or an organisation/place by its head word).

    `hints`: morphology per word of the run; `after_title`: a title stood before the run
    ("секретарем Радбезу").
    """
    words, adjective, is_place = ctx.words, ctx.adjective, ctx.is_place
    run = list(range(a, b))
    if b - a == 1 and a > 0 and not after_title and hints[0] in ("PER", "NAME"):
        from storywire.stages.ner.morph import place_after_preposition

        if place_after_preposition(words[a], words[a - 1], ctx.language):
            return [(a, b, "LOC", 0.7, "place-case")]  # "в Ізмаїлі", "до Вашингтона": no person
    if (
        a > 0
        and b - a <= 3
        and words[a - 1].lower() in cues.COMPANY_CUES.get(ctx.language, ())
        and all(h is None for h in hints[: b - a])
    ):
        return [(a, b, "ORG", 0.7, "company-word")]  # "компанією Orlen": no word pymorphy knows
    if any(name_word(words[i], hints[i - a]) for i in run):
        return None
    tail = b
    while tail > a and (hints[tail - 1 - a] == "LOC" or is_place(words[tail - 1])) and not adjective(tail - 1):
        tail -= 1
    rest = range(a, tail)
    if not rest:
        return [(i, i + 1, "LOC", 0.8, "loc-hint") for i in run]  # "Китаю Ван": two words, two things
    places: list[Span] = [(i, i + 1, "LOC", 0.8, "loc-hint") for i in range(tail, b)]
    if words[tail - 1].lower() in cues.LOC_HEADS:
        return None  # "Каховської ГЕС": the place head decides
    if any(ctx.org_head(words[i]) for i in rest) or "ORG" in hints[: tail - a]:
        # "Верховна Рада", "Бундестагу" whole; "МИД" + "России": the country is its own place
        return [(a, tail, "ORG", 0.8, "org-cue"), *places] if places else None
    if tail < b and all(adjective(i) for i in rest):
        return [(a, b, "LOC", 0.7, "adjective-place")]  # "Південна Корея"
    if any(adjective(i) for i in rest):
        return [(a, b, "MISC", 0.3, "adjective")]  # "Європейської" (комісії): not a name, even after a title
    out: list[Span] = []
    if any(ch.isdigit() for i in rest for ch in words[i]):
        out.append((a, tail, "MISC", 0.5, "code"))  # "COP29"
    elif any(acronym(words[i]) for i in rest):
        out.append((a, tail, "ORG", 0.7, "acronym"))  # "МЗС" (України)
    elif (after_title or tail < b) and not any(is_title_word(words[i], ctx.language) for i in rest):
        # A body named by a capitalised noun, known by what frames it: an office before
        # it ("секретарем Радбезу") or a country after it ("Радбезі РФ", "Мінфіну США").
        out.append((a, tail, "ORG", 0.6, "common-noun"))
    else:
        out.append((a, tail, "MISC", 0.3, "capitalised"))  # "Статуту", "Заходу", "Генсекретаря"
    return out + places


def person_words(words: Sequence[str], hints: Sequence[object]) -> set[int]:
    """Positions in a run that are people whatever their hints: a Chinese name in Palladius
    spelling ("Ван І": Ван is also a Turkish town) and a name before an adjective-like
    surname ("Володимир Зеленський")."""
    from storywire.identity.transliterate import cyrillic_chinese_to_pinyin

    if len(words) == 3 and hints[0] == "LOC" and cyrillic_chinese_to_pinyin(" ".join(words[1:])) is not None:
        return {1, 2}  # "Китаю Сі Цзіньпін": the country, then the name (Chinese names have two words)
    if len(words) in (2, 3) and cyrillic_chinese_to_pinyin(" ".join(words)) is not None:
        return set(range(len(words)))
    # only the last two words: a first name, then the surname ending the run
    if len(words) >= 2 and hints[-2] in ("LOC", None) and _ADJ_SURNAME.search(words[-1].lower()):
        return {len(words) - 2, len(words) - 1}
    return set()
