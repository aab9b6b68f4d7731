"""The genitive complements that complete a Ukrainian body's name (split from slavic_bodies).

A name ending in a body's head noun goes on in the lower-case genitive nouns after it
("Державної служби статистики", "Міністерство охорони здоров'я"), in a genitive adjective and
its noun ("інституту судових експертиз"), in a field joined by "і"/"та", in the people a body
gathers ("асоціації видавців і книгорозповсюджувачів"), and in the person it is named after
("університет імені Тараса Шевченка"); a capitalised word after it is its own name ("Служби
безпеки" + "України").
"""

from __future__ import annotations

import functools
import re

from storywire.model import Mention
from storywire.stages.ner import morph
from storywire.stages.ner.cues import word_set

BODY_NOUNS = word_set(
    "банк служба гвардія рада суд комітет фонд агентство міністерство прокуратура поліція "
    "палата бюро інспекція комісія академія університет інститут адміністрація музей театр "
    "галерея бібліотека лікарня церква філармонія консерваторія ліцей гімназія клініка збори біржа спілка "
    "училище товариство коледж агенція школа оркестр "
    # trade and producers' associations ("Асоціація виробників молока", "Федерація роботодавців")
    "асоціація федерація конфедерація"
)
# A body's name goes on in one genitive noun ("Державна служба статистики"), not in one that
# tells the time ("Верховного суду минулого тижня").
_TIME_NOUNS = word_set("року році тижня місяця дня доби ночі ранку вечора години хвилини сезону кварталу інстанції")


@functools.lru_cache(maxsize=50_000)
def noun_lemmas(word: str, language: str) -> frozenset[str]:
    """The dictionary forms of `word` read as a noun ("Ради" -> "рада")."""
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return frozenset()
    return frozenset(str(p.normal_form) for p in analyzer.parse(word.lower()) if p.is_known and p.tag.POS == "NOUN")


@functools.lru_cache(maxsize=50_000)
def genitive(noun: str, language: str) -> bool:
    """A noun with a genitive reading: pymorphy's Ukrainian dictionary does not rank its
    readings, so "статистики" (also a plural nominative) counts by any of them."""
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return False
    parses = [p for p in analyzer.parse(noun) if p.is_known]
    # "минулого" (тижня) is an adjective too, "того" (ж дня) a pronoun before Togo's name
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses) and not any(
        p.tag.POS in ("ADJF", "PRTF", "NPRO") for p in parses
    )


def with_complement(text: str, m: Mention, limit: int, language: str) -> Mention:
    """An organisation ending in a body's head noun, with the lower-case genitive noun after
    it that completes its name ("Державної служби статистики", "Національного агентства
    розслідувань"); a capitalised word after it is its own name ("Служби безпеки" + "України")."""
    if m.type != "ORG" or m.end >= len(text) or text[m.end : m.end + 1] != " ":
        return m
    words = m.text.split(" ")
    last = words[-1]
    # a body's head noun, or the genitive its name goes on in ("Міністерство охорони")
    complement = len(words) > 1 and noun_lemmas(words[-2], language) & BODY_NOUNS and genitive(last, language)
    if not last.isalpha() or not (noun_lemmas(last, language) & BODY_NOUNS or complement):
        return m
    named = _named_after(text, m.end, language)
    if named is not None and _NAMING.search(text, max(0, m.start - 40), m.start) is not None:
        return m  # "присвоєння ліцею імені Василя Стуса": the body, and the person it is to be named after
    if named is not None:  # "Київський національний університет імені Тараса Шевченка"
        return Mention(m.start, named, text[m.start : named], "ORG", model=m.model, confidence=m.confidence)
    end = m.end
    for _ in range(_MAX_COMPLEMENTS):  # "Міністерство охорони здоров'я": two genitive nouns
        k = word_end(text, end + 1)
        noun = text[end + 1 : k]
        if text[end : end + 1] != " " or k > limit or not noun.islower() or noun in _TIME_NOUNS:
            break
        if not genitive(noun.replace("’", "'").replace("ʼ", "'"), language):
            pair = _adjective_and_noun(text, end + 1, k, limit, language)
            if pair is None:
                break
            k = pair  # "інституту судових експертиз": a genitive adjective and its noun
        end = k
    if end > m.end or complement:  # a field after the body's head noun: "та розвитку"
        end = _coordinated(text, end, limit, language)
    if end == m.end:
        return m
    return Mention(m.start, end, text[m.start : end], "ORG", model=m.model, confidence=m.confidence)


def _adjective_and_noun(text: str, k: int, stop: int, limit: int, language: str) -> int | None:
    """The end of a genitive adjective (text[k:stop]) and the genitive noun after it, which go on
    a body's name ("інституту судових експертиз"); None for anything else (a time: "минулого
    тижня", a second body: "та обласної ради")."""
    after = word_end(text, stop + 1)
    noun = text[stop + 1 : after]
    if text[stop : stop + 1] != " " or after > limit or not noun.islower() or noun in _TIME_NOUNS:
        return None
    if noun_lemmas(noun, language) & BODY_NOUNS or not _field_adjective(text[k:stop], language):
        return None
    return after if genitive(noun, language) else None


# A body's field named by two genitive nouns joined by "і"/"та"/"й": "університету будівництва і
# архітектури", "агентство відновлення та розвитку інфраструктури".
_AND = (" і ", " та ", " й ")


def _coordinated(text: str, end: int, limit: int, language: str) -> int:
    """The end of a body's name after a second field joined by "і"/"та" to its genitive
    complement: a lower-case noun in the genitive singular, no body of its own ("та поліції"
    is a second body) and no time, then one more genitive noun at most."""
    joint = next((a for a in _AND if text.startswith(a, end)), None)
    if joint is None:
        return end
    k = end + len(joint)
    stop = word_end(text, k)
    noun = text[k:stop].replace("’", "'").replace("ʼ", "'")
    if stop > limit or not noun.islower() or noun in _TIME_NOUNS or noun_lemmas(noun, language) & BODY_NOUNS:
        return end
    if not _genitive_singular(noun, language):
        # a ministry's second field in the plural, or an adjective and its noun: "громад і
        # територій", "довкілля та природних ресурсів", "культури та стратегічних комунікацій"
        return _plural_field(text, end, k, stop, limit, language)
    after = word_end(text, stop + 1)
    more = text[stop + 1 : after]
    if text[stop : stop + 1] == " " and after <= limit and more.islower() and genitive(more, language):
        return after  # "розвитку інфраструктури"
    return stop


def _plural_field(text: str, end: int, k: int, stop: int, limit: int, language: str) -> int:
    """The end of a field after "і"/"та" at `k`: a genitive plural noun, or a genitive adjective
    (no pronoun's: "та інших відомств" is no field) and the genitive noun after it; else `end`."""
    word = text[k:stop].replace("’", "'").replace("ʼ", "'")
    if _genitive_plural_noun(word, language) and not _animate(word, language):
        return stop
    if _members_pair(text, end, word, language):
        return _members_field(text, stop, limit, language)
    after = word_end(text, stop + 1)
    noun = text[stop + 1 : after].replace("’", "'").replace("ʼ", "'")
    if text[stop : stop + 1] != " " or after > limit or not noun.islower() or noun in _TIME_NOUNS:
        return end
    if noun_lemmas(noun, language) & BODY_NOUNS or _animate(noun, language):
        return end  # a second body ("та Національної поліції"), or people ("та військових прокурорів")
    if _field_adjective(word, language) and genitive(noun, language):
        return after
    return end


def _members_pair(text: str, end: int, word: str, language: str) -> bool:
    """An association named by two kinds of its members, both people in the genitive plural
    ("асоціації видавців і книгорозповсюджувачів", "спілки виробників і переробників"): the
    second kind is the name's, where the word before "і"/"та" names people as well (a body's
    field in the singular before it, "юстиції та прокурорів", stays apart)."""
    before = text[text.rfind(" ", 0, end) + 1 : end].replace("’", "'").replace("ʼ", "'")
    return (
        before.isalpha()
        and before.islower()
        and _animate(before, language)
        and _genitive_plural_noun(before, language)
        and _animate(word, language)
        and _genitive_plural_noun(word, language)
    )


def _members_field(text: str, stop: int, limit: int, language: str) -> int:
    """The end of the members' pair at `stop`, with one lower-case genitive noun after it that
    both kinds make or handle ("виробників і переробників молока"); no time, no second body."""
    after = word_end(text, stop + 1)
    noun = text[stop + 1 : after].replace("’", "'").replace("ʼ", "'")
    if text[stop : stop + 1] != " " or after > limit or not noun.isalpha() or not noun.islower():
        return stop
    if noun in _TIME_NOUNS or noun_lemmas(noun, language) & BODY_NOUNS or _animate(noun, language):
        return stop
    return after if genitive(noun, language) else stop


@functools.lru_cache(maxsize=50_000)
def _animate(word: str, language: str) -> bool:
    """Some noun reading of `word` names people ("громадян", "прокурорів"): no body's field."""
    analyzer = morph.analyzer(language)
    return analyzer is not None and any(
        p.is_known and p.tag.POS == "NOUN" and "anim" in p.tag.grammemes for p in analyzer.parse(word)
    )


@functools.lru_cache(maxsize=50_000)
def one_person(word: str, language: str) -> bool:
    """Every noun reading of `word` one person ("тата", "батька"); a body names people in the
    plural ("Спілка письменників")."""
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return False
    nouns = [p for p in analyzer.parse(word.lower()) if p.is_known and p.tag.POS == "NOUN"]
    return bool(nouns) and all("anim" in p.tag.grammemes and p.tag.number != "plur" for p in nouns)


@functools.lru_cache(maxsize=50_000)
def _genitive_plural_noun(word: str, language: str) -> bool:
    """Only a noun's readings, one of them genitive plural ("територій", "ресурсів")."""
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return False
    parses = [p for p in analyzer.parse(word) if p.is_known]
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" for p in parses) and not any(
        p.tag.POS in ("ADJF", "PRTF", "NPRO", "VERB", "INFN") for p in parses
    )


@functools.lru_cache(maxsize=50_000)
def _field_adjective(word: str, language: str) -> bool:
    """A full adjective in the genitive, no pronoun's ("природних", not "інших", "цих")."""
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return False
    parses = [p for p in analyzer.parse(word) if p.is_known]
    return any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in parses) and not any(
        "Apro" in p.tag.grammemes or p.tag.POS == "NPRO" for p in parses
    )


@functools.lru_cache(maxsize=50_000)
def _genitive_singular(noun: str, language: str) -> bool:
    """A noun with a genitive singular reading (the Ukrainian dictionary leaves its number out)
    and no adjective's ("будівництва", "розвитку")."""
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return False
    parses = [p for p in analyzer.parse(noun) if p.is_known]
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number != "plur" for p in parses) and not any(
        p.tag.POS in ("ADJF", "PRTF", "NPRO") for p in parses
    )


_MAX_COMPLEMENTS = 3
_APOSTROPHES = "'’ʼ"
# an initial keeps its full stop ("імені Т. Г. Шевченка"), a surname's ends the sentence
_NAMED = re.compile(r" імені((?: [А-ЯІЇЄҐ]\.| [А-ЯІЇЄҐ][\w'’ʼ-]*){1,3})")
# A name being given ("присвоєння ліцею імені X", "присвоїти школі імені X") is not yet the body's
_NAMING = re.compile(r"присво[єїи]\w*[ \w’'ʼ-]{0,60}$")


def word_end(text: str, k: int) -> int:
    """The end of the word at `k`, apostrophes inside it ("здоров’я") included."""
    while k < len(text) and (
        text[k].isalpha() or (text[k] in _APOSTROPHES and k + 1 < len(text) and text[k + 1].isalpha())
    ):
        k += 1
    return k


def _named_after(text: str, end: int, language: str = "uk") -> int | None:
    """The end of "імені <Name>" after a body, when the name is capitalised words.

    The person it is named after stands in the genitive; a later word with no genitive reading
    opens the next name ("академії імені Миколи Лисенка Ірина ...": a graduate's first name,
    nominative, is a person of her own), so the body's name ends before it."""
    found = _NAMED.match(text, end)
    if found is None:
        return None
    words = list(re.finditer(r"[^ ]+", text[found.start(1) : found.end()]))
    for k, word in enumerate(words):
        if k > 0 and not word.group().endswith(".") and not _genitive_reading(word.group(), language):
            return found.start(1) + words[k - 1].end()
    return found.end()


def _genitive_reading(word: str, language: str) -> bool:
    """Any reading of `word` in the genitive, pymorphy's guesses for unknown surnames included;
    true where there is no analyzer, so that nothing is cut then."""
    analyzer = morph.analyzer(language)
    return analyzer is None or any(p.tag.case == "gent" for p in analyzer.parse(word))


# Heads of bodies, as pymorphy gives their lemmas, without the venues a sentence may make
# places ("в Национальном музее", `venues.type_venues`).
