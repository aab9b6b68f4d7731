"""Edges of Russian and Ukrainian bodies the taggers draw wrong in news of courts, police and
science (whole articles only):

- a byline's newspaper: "Пётр Иванов, «Утро сегодня»" on a line of its own names the paper,
  which natasha leaves untagged when a lower-case word is in its title;
- an international body's national branch, its country in the nominative right after a Latin
  name ("Amnesty International Україна"): a nominative there can only belong to the name (a
  country of its own would be in the genitive or after a preposition);
- a title glued to a body's acronym ("Вице-директор ОИЯИ", "Замдиректора ИЯИ"): the guidelines
  label the body in a job title, never the title;
- a Russian ministry's second field after "и" ("Министерством науки и высшего образования"),
  which natasha cuts at the conjunction when the field has an adjective;
- a lifesaving society's name ends in "на водах" ("Товариства рятування на водах", "Общества
  спасения на водах"): the taggers end it at the gerund;
- a phrase of lower-case words with no body's kind word in it ("грибковую инфекцию", "коллективный
  иск") is no body: the neural tagger types such a phrase ORG in news of complaints and courts;
- a headline typed whole as one ORG ("Покупатели салона остались без машин") is a sentence, no
  name: a name with no body's kind word never fills a line of six words, most in lower case;
- a plural common noun opening a sentence ("Театры, напротив, ...") that the article also writes in
  lower case is no name, whatever the tagger reads; a payment card or pass named by its adjective
  ("по «Пушкинской карте»") is a scheme, and schemes are no names.
"""

from __future__ import annotations

import functools
import re

from storywire.model import EntityType, Mention
from storywire.stages.ner import morph
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import country_names, place_names
from storywire.stages.ner.titles import is_title_word

MODEL = "slavic-edge"
_LANGUAGES = ("ru", "uk")
# A byline alone on its line: "Имя Фамилия, «Газета»" (the paper's title in quotes).
_BYLINE = re.compile(
    r"^(?P<person>[А-ЯЁІЇЄҐ][\w'’ʼ-]+ [А-ЯЁІЇЄҐ][\w'’ʼ-]+), «(?P<paper>[А-ЯЁІЇЄҐ][^«»\n]{1,40})»[ \t]*$", re.M
)
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .&'-]*")
_NEXT_WORD = re.compile(r" (?P<word>[А-ЯЁІЇЄҐ][\w'’ʼ-]+)")
_ACRONYM = re.compile(r"[А-ЯЁІЇЄҐA-Z]{2,6}")
# Prefixes of a deputy's or a former holder's title ("Вице-директор", "Замдиректора", "Экс-глава").
_TITLE_PREFIX = re.compile(r"^(?:вице-|віце-|экс-|екс-|зам|заст)", re.I)
_MINISTRY = re.compile(r"^Министерств[оаеуом]{1,2} [а-яё]+$")
_AND_FIELD = re.compile(r" и (?P<adjective>[а-яё]+) (?P<noun>[а-яё]+)")
_NO_FIELDS = frozenset({"других", "иных", "всех", "прочих", "этих", "тех", "многих", "некоторых"})


def slavic_edges(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the edges above redrawn."""
    if language not in _LANGUAGES:
        return mentions
    if "«" in text and "," in text:
        mentions = _byline_papers(text, mentions)
    mentions = _national_branches(text, mentions, language)
    mentions = [_without_title(m, language) for m in mentions]
    if language == "ru" and "Министерств" in text:
        mentions = [_ministry_field(text, m) for m in mentions]
    if " на водах" in text:
        mentions = [_on_waters(text, m) for m in mentions]
    return [
        m
        for m in mentions
        if not _lower_case_phrase(m)
        and not _plural_common_subject(text, m, language)
        and not _card(m)
        and not _whole_line(text, m)
    ]


def _whole_line(text: str, m: Mention) -> bool:
    """An ORG filling its line, of six words or more, four or more of them lower-case, with no
    body's kind word ("Министерство науки и высшего образования РФ" on a line is a body)."""
    words = m.text.split(" ")
    return (
        m.type == "ORG"
        and len(words) >= 6
        and sum(w[:1].islower() for w in words) >= 4
        and not any(w.lower().startswith(_BODY_STEMS) for w in words)
        and text[m.start - 1 : m.start] in ("", "\n")
        and text[m.end : m.end + 1] in ("", "\n")
    )


# A card or pass as the last, lower-case word: "карта", "картой", "картка", "картки".
_CARD = re.compile(r" карт(?:а|ы|е|у|ой|ою|к[аиуіоюе]|ці|кою)$")


def _card(m: Mention) -> bool:
    return m.type in ("LOC", "ORG") and _CARD.search(m.text) is not None


_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")


def _plural_common_subject(text: str, m: Mention, language: str) -> bool:
    """A one-word person opening a sentence that is a common noun in the plural ("Закупщики
    тоже насторожились", "Пасічники скаржаться"): a group of people, capitalised only by its
    place, no one's name (a family's surname in the plural, "Петровы", reads as a surname); and a
    one-word body so opening a sentence where the article writes the same word in lower case too
    ("Театры, напротив" after "театры распродали")."""
    if m.type not in ("PER", "ORG") or " " in m.text:
        return False
    if _SENTENCE_START.search(text, max(0, m.start - 3), m.start) is None:
        return False
    if m.type == "ORG" and re.search(rf"(?<![\w-]){re.escape(m.text.lower())}(?![\w-])", text) is None:
        return False  # a body's plural name ("Ведомости") is not also written in lower case
    parser = morph.analyzer(language)
    if parser is None or morph.morph_hint(m.text, language) != "COMMON":
        return False
    return all("plur" in p.tag.grammemes for p in parser.parse(m.text)[:3])


_RESCUE_END = re.compile(r"(?:рятування|спасения|рятувальників|спасателей)$")
_ON_WATERS = " на водах"


def _on_waters(text: str, m: Mention) -> Mention:
    if m.type != "ORG" or _RESCUE_END.search(m.text) is None or not text.startswith(_ON_WATERS, m.end):
        return m
    end = m.end + len(_ON_WATERS)
    return Mention(m.start, end, text[m.start : end], "ORG", MODEL, m.confidence)


# Stems of the kind words that let a body be written in lower case ("міністерство оборони",
# "235-й гарнизонный военный суд", "истребительном авиационном полку").
_BODY_STEMS = (
    "министерств", "міністерств", "суд", "полк", "полку", "управлен", "управлін", "служб", "комитет", "комітет",
    "совет", "рад", "агентств", "департамент", "инспекц", "інспекц", "прокурат", "полици", "поліці", "банк",
    "парти", "парті", "фонд", "центр", "институт", "інститут", "университет", "університет", "академи",
    "академі", "компани", "компані", "завод", "обществ", "товарист", "союз", "спілк", "комисси",
    "коміс", "бригад", "дивизи", "дивізі", "армі", "арми", "флот", "штаб", "мери", "мері", "администрац",
    "адміністрац", "правительств", "уряд",
)  # fmt: skip


_LOWER_CYRILLIC = re.compile(r"[а-яёіїєґ’'ʼ-]+(?: [а-яёіїєґ’'ʼ-]+)+")


def _lower_case_phrase(m: Mention) -> bool:
    """An ORG of two or more lower-case Cyrillic words, none of them a body's kind word."""
    words = m.text.split(" ")
    return (
        m.type == "ORG"
        and len(words) >= 2
        and _LOWER_CYRILLIC.fullmatch(m.text) is not None
        and not any(w.startswith(_BODY_STEMS) for w in words)
    )


def _byline_papers(text: str, mentions: list[Mention]) -> list[Mention]:
    people = {(m.start, m.end) for m in mentions if m.type == "PER"}
    papers = [found.span("paper") for found in _BYLINE.finditer(text) if found.span("person") in people]
    return claimed_spans(text, mentions, papers, "ORG", MODEL, 0.8) if papers else mentions


def _national_branches(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """A Latin body and the country after it in the nominative joined into one ORG."""
    countries = country_names(language)
    joined: list[tuple[int, int]] = []
    for m in mentions:
        if m.type != "ORG" or not _LATIN_NAME.fullmatch(m.text) or " " not in m.text:
            continue
        found = _NEXT_WORD.match(text, m.end)
        if found is not None and found["word"] in countries:
            joined.append((m.start, found.end()))
    return claimed_spans(text, mentions, joined, "ORG", MODEL, 0.8) if joined else mentions


def _without_title(m: Mention, language: str) -> Mention:
    """ "Вице-директор ОИЯИ" -> "ОИЯИ" (ORG): a title word, then one acronym."""
    if m.type not in ("ORG", "PER") or m.text.count(" ") != 1:
        return m
    title, acronym = m.text.split(" ")
    if not _ACRONYM.fullmatch(acronym):
        return m
    if not (is_title_word(title, language) or is_title_word(_TITLE_PREFIX.sub("", title), language)):
        return m
    start = m.end - len(acronym)
    etype: EntityType = "LOC" if place_names(language).get(acronym) == "LOC" else "ORG"  # "Президент РФ", "Посол США"
    return Mention(start, m.end, acronym, etype, MODEL, m.confidence)


def _ministry_field(text: str, m: Mention) -> Mention:
    """ "Министерством науки" + "и высшего образования": a genitive adjective and its noun."""
    if m.type != "ORG" or not _MINISTRY.match(m.text):
        return m
    found = _AND_FIELD.match(text, m.end)
    if found is None or found["adjective"] in _NO_FIELDS:
        return m  # "Министерства обороны и других ведомств": other bodies, no field
    if not (_genitive_adjective(found["adjective"]) and _genitive_noun(found["noun"])):
        return m
    return Mention(m.start, found.end(), text[m.start : found.end()], "ORG", MODEL, m.confidence)


@functools.lru_cache(maxsize=20_000)
def _genitive_adjective(word: str) -> bool:
    analyzer = morph.analyzer("ru")
    return analyzer is not None and any(
        p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "gent" and "Apro" not in p.tag.grammemes
        for p in analyzer.parse(word)
        if p.is_known
    )


@functools.lru_cache(maxsize=20_000)
def _genitive_noun(word: str) -> bool:
    analyzer = morph.analyzer("ru")
    return analyzer is not None and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and "anim" not in p.tag.grammemes
        for p in analyzer.parse(word)
        if p.is_known
    )
