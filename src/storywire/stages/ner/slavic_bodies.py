"""Ukrainian bodies and regions named by one capitalised word and a lower-case noun.

Ukrainian capitalises only a name's first word: "Національний банк", "Служба безпеки",
"Харківська область".  The rules (rules.py, slavic.py) see a lone capitalised word: an
adjective, typed MISC, or a sentence's first word, dropped as a common word.  What the
name is shows in the noun after it:

- an adjective agreeing with a region noun (область, район, край, округ) is a place
  spanning both words ("Харківську область", "Одеському районі");
- an adjective agreeing with a body's head noun (банк, служба, гвардія, суд, ...) is an
  organisation ("Національний банк", "Верховний суд");
- a body's head noun followed by a noun in the genitive is an organisation ("Служба
  безпеки", "Фонд держмайна").

A country after it stays its own place ("Національний банк" + "України": the news set's
guideline).  Pronouns ("Ця область", "Наш суд") are no adjectives to pymorphy, so they
name nothing here.  Russian is left to natasha, which finds these already ("Курской
области", "Федеральная служба безопасности": checked on the news set).  The genitive
complements that complete a body's name are read in slavic_body_complements.py.
"""

from __future__ import annotations

import functools
import re

from storywire.model import EntityType, Mention
from storywire.stages.ner import morph
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.slavic_body_complements import (
    BODY_NOUNS,
    genitive,
    noun_lemmas,
    one_person,
    with_complement,
    word_end,
)
from storywire.stages.ner.tokens import Token, is_title, tokenize

LANGUAGES = frozenset({"uk"})
# Lemmas, as pymorphy gives them.
_REGION_NOUNS = word_set("область район край округ регіон громада")
# Lower-case adjectives a name may hold between its capitalised first word and its head noun
# ("Херсонська обласна військова адміністрація").
_MAX_INNER_ADJECTIVES = 3
# Armed forces, named in the plural ("Збройні сили", "Повітряних силах", "Сухопутні війська");
# only in mid-sentence, where the capital marks a name ("Російські сили" opening a sentence
# are the Russian forces, no name).
_FORCES_NOUNS = word_set("сила військо війська")
# The adjectives of place names, by their suffix ("-ський", "-цькому", "-зької")
_PLACE_ADJECTIVE = re.compile(r"(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими)$")
# Places named by an adjective and a noun: "Білий дім", "Червона площа", "Кримський міст",
# parks and reserves visited ("Карпатського національного природного парку"), a town's pond
# ("Тернопільський став", the lake's fixed name).
_PLACE_NOUNS = word_set(
    "дім палац площа острів півострів затока озеро море канал міст собор вулиця проспект "
    "бульвар гора хребет пустеля протока узвіз парк заповідник став ставок"
)


def name_kind(first: str, noun: str, language: str) -> EntityType | None:
    """The type of the name "<First> <noun>", or None when the pair names nothing."""
    head = morph.agreeing_noun(first, noun, language)
    if head in _REGION_NOUNS or head in _PLACE_NOUNS:
        return "LOC"
    if head is None and _PLACE_ADJECTIVE.search(first) and noun_lemmas(noun, language) & _REGION_NOUNS:
        return "LOC"  # a district's adjective no dictionary holds: "Новокодацькому районі"
    if head in BODY_NOUNS:
        return "ORG"
    if head is None and _PLACE_ADJECTIVE.search(first) and _guessed_head(first, noun, language) in BODY_NOUNS:
        return "ORG"  # a village's council by an adjective no dictionary holds: "Гнилопільської сільської ради"
    if head in _FORCES_NOUNS and _plural(noun, language):
        return "ORG"
    if noun_lemmas(first, language) & BODY_NOUNS and morph.genitive_noun(noun, language):
        return "ORG"
    return None


@functools.lru_cache(maxsize=50_000)
def _guessed_head(first: str, noun: str, language: str) -> str | None:
    """The lemma of `noun` where the guessed adjective readings of a place's adjective the
    dictionary lacks (`first`) agree with it, else None."""
    analyzer = morph.analyzer(language)
    if analyzer is None or not first.isalpha() or not noun.isalpha():
        return None
    adjs = [p.tag for p in analyzer.parse(first.lower()) if p.tag.POS in ("ADJF", "PRTF")]
    for parse in analyzer.parse(noun.lower()):
        if parse.is_known and parse.tag.POS == "NOUN" and any(morph.agree(a, parse.tag) for a in adjs):
            return str(parse.normal_form)
    return None


@functools.lru_cache(maxsize=50_000)
def _plural(noun: str, language: str) -> bool:
    analyzer = morph.analyzer(language)
    return analyzer is not None and any(
        p.is_known and p.tag.POS == "NOUN" and p.tag.number == "plur" for p in analyzer.parse(noun.lower())
    )


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 8) : at].rstrip()  # a few characters back, not the whole text
    return not before or before[-1] in '.!?:;\n«"„“—–-'


def capitalised_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above; one replaces the MISC word it grows from; a body's
    name then takes its genitive complement ("Державної служби" + "статистики")."""
    if language not in LANGUAGES:
        return mentions
    out = list(mentions)
    added = False
    toks = tokenize(text)
    for i, left in enumerate(toks[:-1]):
        right = _head_noun(text, toks, i, language)
        if right is None:
            continue
        first, noun = left.text, right.text
        if _opens_sentence(text, left.start) and noun_lemmas(noun, language) & (_FORCES_NOUNS | _PLACE_NOUNS):
            continue  # "Російські сили", "Новий міст" opening a sentence: no names
        if _opens_sentence(text, left.start) and one_person(noun, language):
            continue  # "Музей тата не закриється": someone's museum, no name
        inside = [m for m in out if m.start < right.end and left.start < m.end]
        if any(
            (_kept(m, language) and not _town_adjective_as_person(m, left, language))
            or m.start < left.start
            or m.end > right.end
            for m in inside
        ):
            continue  # a name the rules typed stays as it is
        etype = name_kind(first, noun, language)
        if etype is None and (after := _genitive_after_adjective(text, toks, i, right, language)) is not None:
            etype, right = "ORG", after  # "Бюро економічної безпеки"
        if etype is None:
            continue
        out = [m for m in out if all(m is not o for o in inside)]
        out.append(
            Mention(left.start, right.end, text[left.start : right.end], etype, model="rules:uk", confidence=0.7)
        )
        added = True
    out = sorted(out, key=lambda m: (m.start, m.end)) if added else out
    grown = [with_complement(text, m, out[k + 1].start if k + 1 < len(out) else len(text), language)
             for k, m in enumerate(out)]  # fmt: skip
    grown = [
        _numbered(text, _person_after_body(text, m, grown), language)
        for m in grown
        if not _lone_body_noun(text, m, language)
    ]
    # a name after "імені" is now inside its body's
    return [m for k, m in enumerate(grown) if not any(o.start <= m.start and m.end <= o.end for o in grown[:k])]


# A school counted by its number keeps it ("музичної школи № 1"), as a colony or a unit does.
_NUMBER = re.compile(r" № ?\d+(?![\w-])")
_NUMBERED_NOUNS = word_set("школа ліцей гімназія")


def _numbered(text: str, m: Mention, language: str) -> Mention:
    """A school's name with the number after it: "Рівненської дитячої музичної школи № 1"."""
    if m.type != "ORG" or not noun_lemmas(m.text.rsplit(" ", 1)[-1], language) & _NUMBERED_NOUNS:
        return m
    found = _NUMBER.match(text, m.end)
    if found is None:
        return m
    return Mention(m.start, found.end(), text[m.start : found.end()], "ORG", model=m.model, confidence=m.confidence)


def _lone_body_noun(text: str, m: Mention, language: str) -> bool:
    """A body's head noun alone opening a sentence, typed a person by its capital: "Школа
    подала заявку" is the school just named, no surname."""
    return (
        m.type == "PER"
        and " " not in m.text
        and _opens_sentence(text, m.start)
        and bool(noun_lemmas(m.text, language) & BODY_NOUNS)
    )


def _person_after_body(text: str, m: Mention, mentions: list[Mention]) -> Mention:
    """A person run on from the name a body is named after, cut to the words after the body:
    "академії імені Миколи Лисенка Ірина Коваль" tagged "Миколи Лисенка Ірина" -> "Ірина Коваль"
    (the capitalised words right after the body, at most two, are the person's full name)."""
    if m.type != "PER":
        return m
    body = next((o for o in mentions if o.type == "ORG" and o.start < m.start < o.end < m.end), None)
    if body is None or " імені " not in body.text or text[body.end : body.end + 1] != " ":
        return m
    start, end = body.end + 1, m.end
    while text[start:end].count(" ") < 1 and text[end : end + 1] == " ":  # the surname left out
        k = word_end(text, end + 1)
        if k == end + 1 or not is_title(text[end + 1 : k]):
            break
        end = k
    return Mention(start, end, text[start:end], "PER", model=m.model, confidence=m.confidence)


def _kept(m: Mention, language: str) -> bool:
    """A mention the name grows over only when it is MISC or a lone adjective the gazetteer read
    as its town ("Київський" LOC before "національний університет")."""
    lone_place_adjective = (
        m.type == "LOC"
        and " " not in m.text
        and (_adjective_of(m.text, m.text.lower(), language) or _PLACE_ADJECTIVE.search(m.text) is not None)
    )
    return m.type != "MISC" and not lone_place_adjective


def _town_adjective_as_person(m: Mention, left: Token, language: str) -> bool:
    """A lone capitalised adjective the rules read as a feminine surname, opening a body's name:
    "Вінницька міська рада" ("Вінницька" is a surname too)."""
    if m.type != "PER" or (m.start, m.end) != (left.start, left.end):
        return False
    analyzer = morph.analyzer(language)
    return analyzer is not None and any(p.tag.POS == "ADJF" for p in analyzer.parse(m.text.lower()))


def _genitive_after_adjective(text: str, toks: list[Token], i: int, adjective: Token, language: str) -> Token | None:
    """The genitive noun after a capitalised body noun and one genitive adjective: "Бюро
    економічної безпеки", "Служба зовнішньої розвідки"."""
    k = i + 1
    if k + 1 >= len(toks) or toks[k] != adjective:
        return None
    if not noun_lemmas(toks[i].text, language) & BODY_NOUNS and not _forces_in_mid_sentence(text, toks[i], language):
        return None
    noun = toks[k + 1]
    if text[adjective.end : noun.start] != " " or not (noun.text.isalpha() and noun.text.islower()):
        return None
    return noun if _genitive_adjective(adjective.text, language) and genitive(noun.text, language) else None


def _forces_in_mid_sentence(text: str, first: Token, language: str) -> bool:
    """A branch of the armed forces named by "Сил" and its genitive field ("Сил безпілотних
    систем"): capitalised mid-sentence, the plural forces noun opens a name."""
    return (
        not _opens_sentence(text, first.start)
        and bool(noun_lemmas(first.text, language) & _FORCES_NOUNS)
        and _plural(first.text, language)
    )


@functools.lru_cache(maxsize=50_000)
def _genitive_adjective(word: str, language: str) -> bool:
    analyzer = morph.analyzer(language)
    return analyzer is not None and any(
        p.is_known and p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "gent" for p in analyzer.parse(word)
    )


def _head_noun(text: str, toks: list[Token], i: int, language: str) -> Token | None:
    """The lower-case noun a capitalised toks[i] opens a name with: the next word, or the
    first after at most two lower-case adjectives that agree with it ("обласна військова")."""
    first = toks[i].text
    if not (is_title(first) and first.isalpha()):
        return None
    for j in range(i + 1, min(i + 2 + _MAX_INNER_ADJECTIVES, len(toks))):
        word = toks[j].text
        # a hyphenated adjective inside ("Київського науково-дослідного інституту")
        if text[toks[j - 1].end : toks[j].start] != " " or not (word.replace("-", "").isalpha() and word.islower()):
            return None
        if name_kind(first, word, language) is not None or not _adjective_of(first, word, language):
            return toks[j]  # the head noun, or a word for the caller to judge
    return None


def _adjective_of(first: str, word: str, language: str) -> bool:
    """`word` is a lower-case adjective agreeing with the capitalised adjective `first`."""
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return False
    # a place's adjective no dictionary holds is read by its ending ("Гнилопільської сільської ради")
    guessed = _PLACE_ADJECTIVE.search(first) is not None
    a = [p.tag for p in analyzer.parse(first.lower()) if (p.is_known or guessed) and p.tag.POS in ("ADJF", "PRTF")]
    b = [p.tag for p in analyzer.parse(word) if p.is_known and p.tag.POS in ("ADJF", "PRTF")]
    return any(x.case == y.case and x.number == y.number and x.gender == y.gender for x in a for y in b)


_PLACE_TYPED_BODIES = {
    "ru": word_set(
        "суд совет дума администрация больница университет институт академия прокуратура управление "
        "служба комитет агентство фонд банк поликлиника колледж лицей"
    ),
    "uk": word_set(
        "суд рада адміністрація лікарня університет інститут академія прокуратура служба агентство фонд "
        "банк комітет клініка ліцей гімназія консерваторія"
    ),
}


def bodies_typed_as_places(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a place of several words that ends in a body's head noun typed ORG:
    "Череповецкий городской суд" (natasha's LOC, read from the town in it)."""
    nouns = _PLACE_TYPED_BODIES.get(language)
    if nouns is None:
        return mentions
    for m in mentions:
        if m.type == "LOC" and " " in m.text and noun_lemmas(m.text.rsplit(" ", 1)[1], language) & nouns:
            m.type = "ORG"
    return mentions
