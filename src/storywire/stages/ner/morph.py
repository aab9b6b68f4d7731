"""Morphological hints for Ukrainian and Russian (pymorphy3): name, surname, patronymic,
place and organisation tags, and lemma lookup in the place gazetteer, so inflected forms
("Росії", "Пекіні") are recognised from their dictionary form ("Росія", "Пекін")."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from storywire.model import EntityType
from storywire.stages.ner.gazetteer import place_names, sizeable_town_names, small_town_names
from storywire.stages.ner.rules import HintValue
from storywire.stages.ner.word_frequency import zipf

_PER_TAGS = frozenset({"Name", "Surn", "Patr"})
_NAMED = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Infr"})


@functools.cache
def analyzer(language: str) -> Any | None:
    try:
        import pymorphy3
    except ImportError:
        return None
    try:
        return _OneApostrophe(pymorphy3.MorphAnalyzer(lang=language))
    except (ValueError, OSError):  # dictionary package missing
        return None


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


class _OneApostrophe:
    """pymorphy3 with the typographic apostrophes of Ukrainian text ("Куп’янськ", "Куп'янськ",
    "Купʼянськ") read as the dictionary's one, and no analysis of a word it cannot read."""

    def __init__(self, morph: Any) -> None:
        self._morph = morph

    def parse(self, word: str) -> Any:
        try:
            return self._morph.parse(word.translate(_APOSTROPHES))
        except ValueError:
            # pymorphy3 asks each letter's Unicode name, which some letters lack in this
            # Python's tables (a Tangut ideograph in scraped junk): such a word is no Russian word
            return []

    def word_is_known(self, word: str) -> bool:
        try:
            return bool(self._morph.word_is_known(word.translate(_APOSTROPHES)))
        except ValueError:
            return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._morph, name)


def _letters(word: str) -> bool:
    """Letters only, an apostrophe inside a Ukrainian word included ("Куп’янському")."""
    return word.translate(_APOSTROPHES).replace("'", "").isalpha()


@functools.lru_cache(maxsize=200_000)
def morph_hint(word: str, language: str) -> HintValue:
    """The entity type `word` suggests by its morphology, "COMMON" for a dictionary word
    that is no name, or None when unknown."""
    morph = analyzer(language)
    if morph is None or not word[:1].isupper():
        return None
    places = place_names(language)
    if word in places:
        return "LOC"
    if language == "uk" and company_shape(word):
        return "ORG"  # "Укренерго", "Нафтогазу": a company's or agency's one-word name
    every = morph.parse(word)
    parses = every[:3]
    tags = [p.tag.grammemes for p in parses]
    towns = small_town_names(language)
    place_lemmas = {
        p.normal_form.capitalize()
        for p, g in zip(parses, tags, strict=True)
        if "Geox" in g or p.normal_form.capitalize() in places or p.normal_form.capitalize() in towns
    }
    place = bool(place_lemmas) or (language == "uk" and any(_colloquial_region(str(p.normal_form)) for p in parses))
    # "Мешканців Куп’янська", "в Кишиневі": a town's case form whose lemma the gazetteer lacks,
    # by its stem; not a people's name ("Росіяни", animate "росіянин", no case of "Росія")
    people = any(p.tag.POS == "NOUN" and "anim" in g and not g & _PER_TAGS for p, g in zip(parses, tags, strict=True))
    # (the vowel change is the stronger cue: "Кракові" reads first as a case of the animate "крак")
    stem = _town_stem(word, places, towns, language) if not place else None
    if stem is not None and (not people or not word.startswith(stem)):
        place_lemmas = {stem}
        place = True
    name = any("Name" in g for g in tags)
    if place and name:
        return "NAME"  # Володимира (a name, and a town), Києві (a place, and the legendary Kyi)
    persons = {p.normal_form.capitalize() for p, g in zip(parses, tags, strict=True) if g & _PER_TAGS}
    if place and not persons & place_lemmas:
        # a person reading of another lemma is not this place's namesake: "Куп’янську" (the
        # town, and the adjective's feminine as a surname); "Пушкіна" stays Pushkin
        return "LOC"
    if any(g & _PER_TAGS for g in tags):
        informal = all("Infr" in g for g in tags if g & _PER_TAGS)
        if informal and any(p.tag.POS == "NOUN" and not p.tag.grammemes & _NAMED for p in every):
            return "COMMON"  # "Люди": people, before the plural of the pet name "Люда"
        return "PER"
    if place:
        return "LOC"
    if any("Orgn" in g for g in tags):
        return "ORG"
    if any("Surn" in p.tag.grammemes for p in every[3:]):
        # pymorphy's Ukrainian dictionary does not rank its readings: a surname declined like
        # an adjective ("Зеленського") lists its adjective readings first; whether it is the
        # adjective here is the next word's business (rules: `adjectival`)
        return "PER"
    if morph.word_is_known(word.lower()) and len(word) > 1:
        return "COMMON"
    return None


@functools.lru_cache(maxsize=50_000)
def place_reading(word: str, language: str) -> bool:
    """Some reading of `word`, however far down pymorphy ranks it, is a known place's case form
    ("Львова": three surname readings first, then the genitive of "Львів")."""
    morph = analyzer(language)
    if morph is None:
        return False
    places = place_names(language)
    return any(
        p.tag.POS == "NOUN" and "inan" in p.tag.grammemes and places.get(p.normal_form.capitalize()) == "LOC"
        for p in morph.parse(word)
    )


@functools.lru_cache(maxsize=50_000)
def place_lemmas(word: str, language: str) -> frozenset[str]:
    """The known places whose case form some reading of `word` is ("Львова", "Львові" -> "Львів")."""
    morph = analyzer(language)
    if morph is None:
        return frozenset()
    places = place_names(language)
    return frozenset(
        p.normal_form.capitalize()
        for p in morph.parse(word)
        if p.tag.POS == "NOUN" and places.get(p.normal_form.capitalize()) == "LOC"
    )


@functools.lru_cache(maxsize=50_000)
def given_name(word: str, language: str) -> bool:
    """`word` reads as a given name ("Андрій", "Віталій")."""
    morph = analyzer(language)
    return morph is not None and any("Name" in p.tag.grammemes for p in morph.parse(word))


# Ukrainian towns in -ів/-їв change the vowel in every other case ("Краків" -> "Кракові",
# "Чернігова"; "Київ" -> "Києві"), which pymorphy's dictionary knows only for the largest.
_UK_ALTERNATING = (("ові", "ів"), ("ова", "ів"), ("ову", "ів"), ("овом", "ів"), ("єві", "їв"), ("єва", "їв"),
                   ("єву", "їв"), ("євом", "їв"))  # fmt: skip


def _town_stem(word: str, places: Mapping[str, EntityType], towns: frozenset[str], language: str) -> str | None:
    """The place `word` is with a case ending of one or two letters cut off ("Куп’янська",
    "Куп’янськом" -> "Куп’янськ"), or a Ukrainian vowel change undone ("Кракові"), if any."""
    candidates = [word[:-cut] for cut in (1, 2)]
    if language == "uk":  # first: "Кракові" cut to "Краков" would be the Russian spelling
        candidates[:0] = [word[: -len(end)] + nominative for end, nominative in _UK_ALTERNATING if word.endswith(end)]
    for stem in candidates:
        if len(stem) >= 4 and (stem in towns or places.get(stem) == "LOC"):
            return stem
    return None


# Colloquial region names: an oblast's or district's centre + -щина/-ччина ("Одещина",
# "Вінниччина", "Бахмутщина"); the few common nouns so formed are no places.
_REGION_ENDINGS = ("щина", "ччина")
_NOT_REGIONS = frozenset({"батьківщина", "вітчизна", "дідівщина", "панщина", "українщина", "московщина"})


def _colloquial_region(lemma_: str) -> bool:
    return lemma_.endswith(_REGION_ENDINGS) and len(lemma_) > 7 and lemma_ not in _NOT_REGIONS


def colloquial_region(word: str) -> bool:
    """`word` is a case form of a Ukrainian colloquial region's name ("Житомирщині")."""
    morph = analyzer("uk")
    if morph is None or not word[:1].isupper():
        return False
    return any(p.tag.POS == "NOUN" and _colloquial_region(str(p.normal_form)) for p in morph.parse(word))


# One-word names of Ukrainian companies and agencies: "Укр-" compounds ("Укренерго",
# "Укрзалізниця", "Укргідрометцентр") and compounds ending in a branch ("Нафтогаз",
# "Енергоатом", "Ощадбанк"), in any case form; "Україна" and its adjectives are no such names.
_COMPANY_SHAPE = re.compile(
    r"(?:укр(?!аїн|оп)[а-яіїєґ'’ʼ]{4,}"
    r"|[а-яіїєґ'’ʼ]{3,}(?:газ|енерго|центр|пром|банк|атом|телеком|нафт)(?:а|и|і|у|ом|ою|ові)?)"
)
_NOT_COMPANIES = frozenset({"епіцентр", "епіцентру", "епіцентрі", "епіцентром", "концентр"})


@functools.lru_cache(maxsize=50_000)
def company_shape(word: str) -> bool:
    """A capitalised word shaped like a Ukrainian company's or agency's name."""
    low = word.lower()
    return word[:1].isupper() and _COMPANY_SHAPE.fullmatch(low) is not None and low not in _NOT_COMPANIES


# Prepositions that put a place in the locative ("в Ізмаїлі", "на Одещині") or the genitive
# ("до Вашингтона", "з Берліна").
_LOCATIVE_PREPS = {"uk": frozenset({"в", "у", "на", "ві", "уві"}), "ru": frozenset({"в", "во", "на"})}
_GENITIVE_PREPS = {
    "uk": frozenset({"з", "із", "зі", "до", "від", "біля", "поблизу", "довкола", "навколо"}),
    "ru": frozenset({"из", "до", "от", "около", "возле", "вокруг"}),
}


@functools.lru_cache(maxsize=50_000)
def place_after_preposition(word: str, preposition: str, language: str) -> bool:
    """`word`, after `preposition`, is in a case that makes it a place and not a person:
    a noun that is no given name or surname in the locative ("в Ізмаїлі", "у Вашингтоні";
    a person is "у Зеленського", genitive), or a known place's lemma in the genitive after
    a preposition of direction ("до Вашингтона").  Indeclinable words read in every case and
    say nothing ("у Свириденко"); nor does a word whose genitive is also its locative
    ("у Юлії")."""
    morph = analyzer(language)
    prep = preposition.lower()
    if morph is None or not word.isalpha():
        return False
    parses = morph.parse(word)
    if any("Fixd" in p.tag.grammemes for p in parses):
        return False
    things = [p for p in parses if p.tag.POS == "NOUN" and not p.tag.grammemes & _PER_TAGS]
    if prep in _LOCATIVE_PREPS.get(language, ()):
        if any("gent" in p.tag.grammemes for p in parses):
            return False
        return any(p.tag.case in ("loct", "loc2") for p in things)
    if prep in _GENITIVE_PREPS.get(language, ()):
        places, towns = place_names(language), small_town_names(language)
        return any(
            p.tag.case == "gent"
            and "inan" in p.tag.grammemes
            and (p.normal_form.capitalize() in places or p.normal_form.capitalize() in towns)
            for p in things
        )
    return False


# A small town whose name is this frequent a common word ("Долина" valley, "Бар", "Поділ") is
# not read as the town when it opens a sentence alone (`rules._common_start`).
_AMBIGUOUS_TOWN_ZIPF = 3.9


def ambiguous_town(word: str, language: str) -> bool:
    """`word` is a place only as a smaller town whose name is also a frequent common word."""
    morph = analyzer(language)
    if morph is None or word in place_names(language):
        return False
    towns, sizeable = small_town_names(language), sizeable_town_names()
    forms = {p.normal_form.capitalize() for p in morph.parse(word)[:3]}
    return any(
        f in towns
        and f not in sizeable
        and zipf(f.lower(), language) >= _AMBIGUOUS_TOWN_ZIPF
        and not _russian_place(f, language)
        for f in forms
    )


@functools.lru_cache(maxsize=10_000)
def _russian_place(name: str, language: str) -> bool:
    """A Ukrainian town's name that Russian's dictionary reads first as a place: frequent because
    the news names the town ("Херсон", "Ростов"), not because it is a word ("Долина", "Бар")."""
    russian = analyzer("ru") if language == "uk" else None
    parses = russian.parse(name) if russian is not None else []
    return bool(parses) and "Geox" in parses[0].tag.grammemes


@functools.lru_cache(maxsize=50_000)
def lemma(word: str, language: str) -> str:
    """The most likely dictionary form, lower-case ("Офісі" -> "офіс"); the word itself
    when pymorphy lacks the language."""
    morph = analyzer(language)
    parses = morph.parse(word) if morph is not None else []
    # (no analysis at all for a word of letters pymorphy cannot name: `_OneApostrophe`)
    return str(parses[0].normal_form) if parses else word.lower()


@functools.lru_cache(maxsize=50_000)
def genitive_noun(word: str, language: str) -> bool:
    """A lower-case noun in the genitive ("безпеки" in "Ради безпеки"): it continues an
    organisation's name."""
    morph = analyzer(language)
    if morph is None or not word.isalpha() or not word.islower():
        return False
    parses = morph.parse(word)
    if not parses:
        return False
    best = parses[0].tag.grammemes
    # "суд того ж дня": a pronoun that is also an indeclinable name ("Того", Togo) is no complement
    return "NOUN" in best and "gent" in best and not ("Fixd" in best and function_word(word, language))


def hint_for(language: str) -> functools.partial[HintValue] | None:
    """A one-argument hint function for the rules, or None when pymorphy lacks the language."""
    if language not in ("uk", "ru") or analyzer(language) is None:
        return None
    return functools.partial(_hint, language=language)


def _hint(word: str, language: str) -> HintValue:
    return morph_hint(word, language)


@functools.lru_cache(maxsize=50_000)
def adjectival(word: str, following: str, language: str) -> bool:
    """`word` is used as an adjective here, so it cannot be a person's name on its own.

    True when pymorphy knows the word only as an adjective ("Каховської", "Європейської"),
    or as an adjective beside a surname reading ("Українська", "Білого", but also
    "Зеленського") and `following` is a noun it agrees with in case, gender and number
    ("Українська сторона", "Білого дому"); "Зеленського заява" does not agree.
    """
    morph = analyzer(language)
    if morph is None or not _letters(word):
        return False
    parses = [p for p in morph.parse(word.lower()) if p.is_known]
    adjs = [p.tag for p in parses if p.tag.POS in ("ADJF", "PRTF")]
    if not adjs:
        return False
    if language == "uk" and any(p.tag.POS == "NOUN" and _colloquial_region(str(p.normal_form)) for p in parses):
        return False  # "Донеччині": the region, though "донеччин" is a possessive adjective too
    places = place_names(language)
    if any(p.tag.POS == "NOUN" and places.get(p.normal_form.capitalize()) == "LOC" for p in parses):
        return False  # "по Миколаєву": the city, though pymorphy reads an adjective first
    if not any(p.tag.grammemes & _PER_TAGS for p in parses):
        return True
    if not _letters(following):
        return False
    following_parses = [p for p in morph.parse(following.lower()) if p.is_known and p.tag.POS == "NOUN"]
    if any("Name" in p.tag.grammemes for p in parses) and any("Surn" in p.tag.grammemes for p in following_parses):
        return False  # "Ірина Дорошенко": a given name before a surname, though "ірин" is a possessive too
    nouns = [p.tag for p in following_parses]
    return any(agree(a, n) for a in adjs for n in nouns)


@functools.lru_cache(maxsize=50_000)
def agreeing_noun(adjective: str, noun: str, language: str) -> str | None:
    """The lemma of `noun` when `adjective` (its last hyphen part) agrees with it as a noun
    in case, gender and number ("Комуністичної партії" -> "партія"), else None."""
    morph = analyzer(language)
    word = adjective.rsplit("-", 1)[-1]
    if morph is None or not word.isalpha() or not noun.isalpha():
        return None
    adjs = [p.tag for p in morph.parse(word.lower()) if p.is_known and p.tag.POS in ("ADJF", "PRTF")]
    for parse in morph.parse(noun.lower()):
        if parse.is_known and parse.tag.POS == "NOUN" and any(agree(a, parse.tag) for a in adjs):
            return str(parse.normal_form)
    return None


@functools.lru_cache(maxsize=50_000)
def surname_only(word: str, language: str) -> bool:
    """pymorphy reads `word` as a surname and never as a given name or patronymic."""
    morph = analyzer(language)
    if morph is None or not word.isalpha():
        return False
    tags = [p.tag.grammemes for p in morph.parse(word) if p.is_known]
    return any("Surn" in g for g in tags) and not any(g & {"Name", "Patr"} for g in tags)


def agree(adj: Any, noun: Any) -> bool:
    """An adjective's tag agrees with a noun's in case, number and (where both have one) gender."""
    gender_ok = adj.gender is None or noun.gender is None or adj.gender == noun.gender
    return bool(adj.case == noun.case and adj.number == noun.number and gender_ok)


_FUNCTION_POS = frozenset(
    {"ADVB", "CONJ", "PRCL", "PREP", "NPRO", "VERB", "INFN", "GRND", "PRED", "NUMR", "INTJ", "COMP"}
)


@functools.lru_cache(maxsize=50_000)
def function_word(word: str, language: str) -> bool:
    """pymorphy knows `word` (lower-cased) as a word that no name is: an adverb, verb,
    pronoun, conjunction ... ("Далі", "Тому"), even when it also knows a surname spelled
    the same (Dalí); for a sentence's capitalised first word."""
    morph = analyzer(language)
    if morph is None or not word.isalpha():
        return False
    # pymorphy's Ukrainian dictionary does not rank its readings: any known one counts
    return any(p.is_known and p.tag.POS in _FUNCTION_POS for p in morph.parse(word.lower()))
