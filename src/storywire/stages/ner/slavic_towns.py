"""Small towns the models leave unnamed in Ukrainian and Polish news.

- Ukrainian: the rules type a capitalised word they do not know as MISC; after a preposition
  of place ("у Старому Самборі", "до Великого Бичкова", "у Хусті") it is a town.  One
  adjective alone is not ("у Верховній" opens a body the rules cut), nor a person's name.
  So is one in the genitive after "з" ("гурти з Вашківців"; "з Петренком" is "with") and one
  after a town's or a foreign district's kind word ("з міста Сірет", "повіту Ботошані"), and one
  after "сусідній" ("із сусіднього Рахнівця"): a neighbouring place.
- Polish: a town whose official name holds its river ("Kazimierz Dolny nad Wisłą", "Brzeg nad
  Odrą") is one place where the town alone is no place the gazetteer knows; a known town and
  its river stay two ("Płocku nad Wisłą", ner/polish_places.py).
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.identity.polish import place_nominatives
from storywire.model import Mention
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.morph import place_lemmas, place_reading
from storywire.stages.ner.word_frequency import zipf

MODEL = "town"
_UK_PLACE_PREPOSITION = re.compile(r"(?<![\w’'-])(?:[Уу]|[Вв]|до|біля|поблизу|під|від) $")
# ... or after a village's lower-case kind word ("біля села Микуличин", "у селищі Ворохта")
# (a town's or a foreign district's kind word, too: "з міста Радівці", "повіту Сучава")
_UK_VILLAGE_WORD = re.compile(
    r"(?<![\w’'-])(?:сел(?:о|а|і|ом)|селищ(?:е|а|і|ем)|смт|містечк(?:о|а|у|і)|міст(?:о|а)|повіт(?:у|і)) $"
)
# ... or after "з"/"із" ("гурти з Вашківців", "музики з Вижниці"), where a town is in the
# genitive: "з" with the instrumental is "with" ("з Петренком", "з Оксаною"), so those endings stay out
_UK_FROM = re.compile(r"(?<![\w’'-])(?:[Зз]|[Іі]з|зі) $")
_INSTRUMENTAL = re.compile(r"(?:ом|ем|єм|ою|ею|єю|ами|ями)$")
# "neighbouring" before a word the rules do not know: a town or village ("сусіднього Рахнівця")
_UK_NEIGHBOURING = re.compile(r"(?<![\w’'-])сусідн(?:ього|ьому|ім|ій|ьої|ю|є|я|ій) $")
_AND = re.compile(r"(?<![\w’'-])(?:та|і|й) $")
# The endings of an adjective after these prepositions: a lone adjective is no town ("у
# Верховній Раді", "до Харківської"); a noun's are "-і", "-а", "-у" ("у Хусті", "до Хуста").
_ADJECTIVE = re.compile(r"(?:ий|ій|ого|ому|им|ім|ої|ою|их|ими)$")
_TWO_ADJECTIVES = re.compile(r"^\S+(ому|ого|ий|ій|им|ім|а|ої|ій|у|е|і) \S+\1$")
_TOWN_ADJECTIVE = re.compile(
    r"^(?:Мал|Велик|Нов|Стар|Верхн|Нижн|Середн|Біл|Чорн|Червон|Кам’ян)(?:ий|ій|ого|ому|им|ім|а|ої|ою|е|і|их|ими) "
)
_COMMON_ZIPF = 4.0
_BODY_PREFIXES = ("Держ", "Укр", "Мін", "Нац", "Обл", "Міськ", "Рай")
_RIVER_AFTER = re.compile(r" nad (?P<river>[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)")


def small_towns(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the towns above typed or joined."""
    if language == "uk":
        names = given_names("uk")
        last_town = -1
        for m in mentions:
            before = text[max(0, m.start - 10) : m.start]
            # after a preposition, or after "та"/"і" following a town: "у Хусті та Великому Бичкові"
            cue = (
                _UK_PLACE_PREPOSITION.search(before)
                or (_UK_FROM.search(before) and _INSTRUMENTAL.search(m.text) is None)
                or _UK_VILLAGE_WORD.search(before)
                or _UK_NEIGHBOURING.search(text, max(0, m.start - 12), m.start)
                or (_AND.search(before) and 0 <= m.start - last_town <= 5)
            )
            misc_town = m.type == "MISC" and cue and _town(m.text) and m.text.split(" ")[0] not in names
            # a lone word right after a village's kind word is its name, not a surname ("села
            # Дубина"): the tagger reads a village named by a common noun as a person
            village = m.type == "PER" and " " not in m.text and m.text not in names and _UK_VILLAGE_WORD.search(before)
            if misc_town or village:
                m.type = "LOC"
            if m.type == "LOC":
                last_town = m.end
        _towns_in_lists(text, mentions)
        _towns_named_elsewhere(mentions)
    elif language == "pl" and " nad " in text:
        return _towns_on_rivers(text, mentions)
    return mentions


# Between two places of a list: a comma, or "та"/"і"/"й" ("з Києва, Львова та Одеси").
_LIST_GAP = re.compile(r"^(?:, | та | і | й | і до | та до | чи | або )$")
# Two like phrases of a noun and its town's genitive: "для виноробів Одещини та пивоварень
# Львова"; the noun before the first place tells the second is a place of the same kind.
_PAIR_GAP = re.compile(r"^(?: та | і | й )[а-яіїєґ’']{4,} $")
_PAIR_NOUN = re.compile(r"(?<![\w’'-])[а-яіїєґ’']{4,} $")


def _towns_in_lists(text: str, mentions: list[Mention]) -> None:
    """A one-word person between places of a list, whom some reading makes a known town's case
    form, is that town: "з Києва, Львова та Одеси" (pymorphy ranks the surname "Львов" first)."""
    for k, m in enumerate(mentions):
        if m.type != "PER" or " " in m.text or not place_reading(m.text, "uk"):
            continue
        before = mentions[k - 1] if k > 0 else None
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        if any(
            o is not None and o.type == "LOC" and _LIST_GAP.match(text[min(o.end, m.end) : max(o.start, m.start)])
            for o in (before, after)
        ) or (
            before is not None
            and before.type == "LOC"
            and " " not in before.text
            and _PAIR_GAP.match(text[before.end : m.start])
            and _PAIR_NOUN.search(text, max(0, before.start - 30), before.start)
        ):
            m.type = "LOC"


def _towns_named_elsewhere(mentions: list[Mention]) -> None:
    """A one-word person whom some reading makes the case form of a town the article names as a
    place elsewhere is that town ("у Львові" ... "досвід Львова"), unless a person of that
    surname is named in full ("Ольга Львова")."""
    loc_forms = {m.text for m in mentions if m.type == "LOC" and " " not in m.text}
    if not loc_forms:
        return
    full_names = {m.text.rsplit(" ", 1)[-1] for m in mentions if m.type == "PER" and " " in m.text}
    for m in mentions:
        if m.type != "PER" or " " in m.text or m.text in full_names or not place_reading(m.text, "uk"):
            continue
        lemmas = place_lemmas(m.text, "uk")
        if any(form.capitalize() in lemmas or place_lemmas(form, "uk") & lemmas for form in loc_forms):
            m.type = "LOC"


def _town(name: str) -> bool:
    words = name.split(" ")
    if len(words) == 1:
        # a common word is no small town ("у Будинку профспілок", "у Першу"), nor a state
        # body's compound ("у Держлікслужбі")
        return (
            _ADJECTIVE.search(name) is None
            and zipf(name.lower(), "uk") < _COMMON_ZIPF
            and not name.startswith(_BODY_PREFIXES)
        )
    # "у Середньому Водяному" (two adjectives agreeing), "у Старому Самборі" (a town's usual adjective)
    return len(words) == 2 and (_TWO_ADJECTIVES.match(name) is not None or _TOWN_ADJECTIVE.match(name) is not None)


def _towns_on_rivers(text: str, mentions: list[Mention]) -> list[Mention]:
    places = place_names("pl")
    out = list(mentions)
    for m in mentions:
        river = _RIVER_AFTER.match(text, m.end)
        if m.type != "LOC" or " " in m.text or river is None:
            continue
        if places.get(m.text) == "LOC" or any(places.get(form) == "LOC" for form in place_nominatives(m.text)):
            continue  # "Płocku nad Wisłą": a known town, and its river
        inside = [o for o in out if o.start < river.end() and m.start < o.end]
        if any(o.start < m.start or o.end > river.end() for o in inside):
            continue
        out = [o for o in out if o not in inside]
        out.append(Mention(m.start, river.end(), text[m.start : river.end()], "LOC", MODEL, m.confidence))
    return sorted(out, key=lambda m: (m.start, m.end))
