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
области", "Федеральная служба безопасности": checked on the news set).
"""

from __future__ import annotations

import functools
import re

from storywire.model import EntityType, Mention
from storywire.stages.ner import morph
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.tokens import Token, is_title, tokenize

LANGUAGES = frozenset({"uk"})
# Lemmas, as pymorphy gives them.
_REGION_NOUNS = word_set("область район край округ регіон громада")
_BODY_NOUNS = word_set(
    "банк служба гвардія рада суд комітет фонд агентство міністерство прокуратура поліція "
    "палата бюро інспекція комісія академія університет інститут адміністрація музей театр "
    "галерея бібліотека лікарня церква філармонія консерваторія ліцей гімназія клініка збори біржа спілка "
    "училище товариство коледж агенція школа оркестр "
    # trade and producers' associations ("Асоціація виробників молока", "Федерація роботодавців")
    "асоціація федерація конфедерація"
)
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
# A body's name goes on in one genitive noun ("Державна служба статистики"), not in one that
# tells the time ("Верховного суду минулого тижня").
_TIME_NOUNS = word_set("року році тижня місяця дня доби ночі ранку вечора години хвилини сезону кварталу інстанції")


@functools.lru_cache(maxsize=50_000)
def _noun_lemmas(word: str, language: str) -> frozenset[str]:
    """The dictionary forms of `word` read as a noun ("Ради" -> "рада")."""
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return frozenset()
    return frozenset(str(p.normal_form) for p in analyzer.parse(word.lower()) if p.is_known and p.tag.POS == "NOUN")


def name_kind(first: str, noun: str, language: str) -> EntityType | None:
    """The type of the name "<First> <noun>", or None when the pair names nothing."""
    head = morph.agreeing_noun(first, noun, language)
    if head in _REGION_NOUNS or head in _PLACE_NOUNS:
        return "LOC"
    if head is None and _PLACE_ADJECTIVE.search(first) and _noun_lemmas(noun, language) & _REGION_NOUNS:
        return "LOC"  # a district's adjective no dictionary holds: "Новокодацькому районі"
    if head in _BODY_NOUNS:
        return "ORG"
    if head is None and _PLACE_ADJECTIVE.search(first) and _guessed_head(first, noun, language) in _BODY_NOUNS:
        return "ORG"  # a village's council by an adjective no dictionary holds: "Гнилопільської сільської ради"
    if head in _FORCES_NOUNS and _plural(noun, language):
        return "ORG"
    if _noun_lemmas(first, language) & _BODY_NOUNS and morph.genitive_noun(noun, language):
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


@functools.lru_cache(maxsize=50_000)
def _genitive(noun: str, language: str) -> bool:
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
        if _opens_sentence(text, left.start) and _noun_lemmas(noun, language) & (_FORCES_NOUNS | _PLACE_NOUNS):
            continue  # "Російські сили", "Новий міст" opening a sentence: no names
        if _opens_sentence(text, left.start) and _one_person(noun, language):
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
    grown = [_with_complement(text, m, out[k + 1].start if k + 1 < len(out) else len(text), language)
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
    if m.type != "ORG" or not _noun_lemmas(m.text.rsplit(" ", 1)[-1], language) & _NUMBERED_NOUNS:
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
        and bool(_noun_lemmas(m.text, language) & _BODY_NOUNS)
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
        k = _word_end(text, end + 1)
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
    if not _noun_lemmas(toks[i].text, language) & _BODY_NOUNS and not _forces_in_mid_sentence(text, toks[i], language):
        return None
    noun = toks[k + 1]
    if text[adjective.end : noun.start] != " " or not (noun.text.isalpha() and noun.text.islower()):
        return None
    return noun if _genitive_adjective(adjective.text, language) and _genitive(noun.text, language) else None


def _forces_in_mid_sentence(text: str, first: Token, language: str) -> bool:
    """A branch of the armed forces named by "Сил" and its genitive field ("Сил безпілотних
    систем"): capitalised mid-sentence, the plural forces noun opens a name."""
    return (
        not _opens_sentence(text, first.start)
        and bool(_noun_lemmas(first.text, language) & _FORCES_NOUNS)
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


def _with_complement(text: str, m: Mention, limit: int, language: str) -> Mention:
    """An organisation ending in a body's head noun, with the lower-case genitive noun after
    it that completes its name ("Державної служби статистики", "Національного агентства
    розслідувань"); a capitalised word after it is its own name ("Служби безпеки" + "України")."""
    if m.type != "ORG" or m.end >= len(text) or text[m.end : m.end + 1] != " ":
        return m
    words = m.text.split(" ")
    last = words[-1]
    # a body's head noun, or the genitive its name goes on in ("Міністерство охорони")
    complement = len(words) > 1 and _noun_lemmas(words[-2], language) & _BODY_NOUNS and _genitive(last, language)
    if not last.isalpha() or not (_noun_lemmas(last, language) & _BODY_NOUNS or complement):
        return m
    named = _named_after(text, m.end, language)
    if named is not None and _NAMING.search(text, max(0, m.start - 40), m.start) is not None:
        return m  # "присвоєння ліцею імені Василя Стуса": the body, and the person it is to be named after
    if named is not None:  # "Київський національний університет імені Тараса Шевченка"
        return Mention(m.start, named, text[m.start : named], "ORG", model=m.model, confidence=m.confidence)
    end = m.end
    for _ in range(_MAX_COMPLEMENTS):  # "Міністерство охорони здоров'я": two genitive nouns
        k = _word_end(text, end + 1)
        noun = text[end + 1 : k]
        if text[end : end + 1] != " " or k > limit or not noun.islower() or noun in _TIME_NOUNS:
            break
        if not _genitive(noun.replace("’", "'").replace("ʼ", "'"), language):
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
    after = _word_end(text, stop + 1)
    noun = text[stop + 1 : after]
    if text[stop : stop + 1] != " " or after > limit or not noun.islower() or noun in _TIME_NOUNS:
        return None
    if _noun_lemmas(noun, language) & _BODY_NOUNS or not _field_adjective(text[k:stop], language):
        return None
    return after if _genitive(noun, language) else None


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
    stop = _word_end(text, k)
    noun = text[k:stop].replace("’", "'").replace("ʼ", "'")
    if stop > limit or not noun.islower() or noun in _TIME_NOUNS or _noun_lemmas(noun, language) & _BODY_NOUNS:
        return end
    if not _genitive_singular(noun, language):
        # a ministry's second field in the plural, or an adjective and its noun: "громад і
        # територій", "довкілля та природних ресурсів", "культури та стратегічних комунікацій"
        return _plural_field(text, end, k, stop, limit, language)
    after = _word_end(text, stop + 1)
    more = text[stop + 1 : after]
    if text[stop : stop + 1] == " " and after <= limit and more.islower() and _genitive(more, language):
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
    after = _word_end(text, stop + 1)
    noun = text[stop + 1 : after].replace("’", "'").replace("ʼ", "'")
    if text[stop : stop + 1] != " " or after > limit or not noun.islower() or noun in _TIME_NOUNS:
        return end
    if _noun_lemmas(noun, language) & _BODY_NOUNS or _animate(noun, language):
        return end  # a second body ("та Національної поліції"), or people ("та військових прокурорів")
    if _field_adjective(word, language) and _genitive(noun, language):
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
    after = _word_end(text, stop + 1)
    noun = text[stop + 1 : after].replace("’", "'").replace("ʼ", "'")
    if text[stop : stop + 1] != " " or after > limit or not noun.isalpha() or not noun.islower():
        return stop
    if noun in _TIME_NOUNS or _noun_lemmas(noun, language) & _BODY_NOUNS or _animate(noun, language):
        return stop
    return after if _genitive(noun, language) else stop


@functools.lru_cache(maxsize=50_000)
def _animate(word: str, language: str) -> bool:
    """Some noun reading of `word` names people ("громадян", "прокурорів"): no body's field."""
    analyzer = morph.analyzer(language)
    return analyzer is not None and any(
        p.is_known and p.tag.POS == "NOUN" and "anim" in p.tag.grammemes for p in analyzer.parse(word)
    )


@functools.lru_cache(maxsize=50_000)
def _one_person(word: str, language: str) -> bool:
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


def _word_end(text: str, k: int) -> int:
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
        if m.type == "LOC" and " " in m.text and _noun_lemmas(m.text.rsplit(" ", 1)[1], language) & nouns:
            m.type = "ORG"
    return mentions
