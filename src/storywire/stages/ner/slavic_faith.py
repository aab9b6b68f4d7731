"""Religious names in Polish, Russian and Ukrainian news, as the project's guidelines mark them.

- A diocese or eparchy named by its adjective is a body with its kind word, lower-case or not
  ("diecezji tarnowskiej", "archidiecezję krakowską", "Львівської греко-католицької єпархії");
  so is a church named by its country and its rite ("Румунської греко-католицької церкви").
- A place of worship keeps its kind word, as a church does: a mosque, synagogue or lavra
  before its name ("мечеть Марджани"), a Polish monastery, parish, basilica, cathedral or
  sanctuary before its patron ("klasztor Ojców Paulinów", "parafii Świętego Krzyża",
  "bazylice archikatedralnej Narodzenia NMP"), a cathedral named by its adjective ("Успенский
  собор"; not a council, "Архиерейский собор").
- Caritas with its country or diocese is one body ("Caritas Diecezji Tarnowskiej", "Карітас
  України"), and so is a muftiate with its republic or region ("Духовное управление
  мусульман Республики Башкортостан").
- A Polish clergyman after his abbreviated title is a person ("bp Nowak", "ks. Jan Kowal");
  the capitalised titles alone are none ("Ksiądz Biskup", "Biskup" opening a sentence).

The taggers learned WikiANN, where parishes, dioceses and monasteries are bodies or are
missing; each pattern runs only where its kind word's stem occurs in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names

MODEL = "faith"
_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_LOW = "a-ząćęłńóśźż"
_CYR_UP = "А-ЯЁІЇЄҐ"
_CYR_LOW = "а-яёіїєґ’'"

# "diecezji płockiej", "archidiecezję warszawsko-praską", "Diecezja Tarnowska" (never the
# "Caritas Diecezji ..." that holds it: a longer mention blocks the span)
_PL_DIOCESE = re.compile(
    rf"(?<![\w-])(?:[Aa]rchi)?[Dd]iecezj(?:a|i|ę|ą)\s+[{_UP}{_LOW}][{_LOW}]*(?:-[{_LOW}]+)?(?:sk|ck|dzk)(?:a|iej|ą|ie)(?![\w-])"
)
# An eparchy or a rite's church after its adjective(s): "Стрийської греко-католицької єпархії".
_CYR_ADJ = rf"[{_CYR_UP}][{_CYR_LOW}-]*(?:ськ|цьк|зьк|ск|цк|ивськ|івськ)[{_CYR_LOW}]*"
_CYR_DIOCESE = re.compile(
    rf"(?<![\w-]){_CYR_ADJ}(?: [{_CYR_LOW}]+(?:-[{_CYR_LOW}]+)?){{0,2}} "
    r"(?:єпархі[яїюєі]\w*|епархи[яиюей]\w*|дієцезі\w*|митрополі[яїюєі]\w*|митрополи[яиюей]\w*|екзархат\w*)(?!\w)"
)
_CYR_RITE_CHURCH = re.compile(
    rf"(?<![\w-]){_CYR_ADJ} (?:греко-|римо-|римско-)?(?:католицьк|католическ|православн|євангельськ|евангельск|"
    r"лютеранськ|лютеранск|апостольськ|апостольск)[\w]* (?:церкв[аиіуе]\w*|церков\w*)(?!\w)"
)
# A mosque, synagogue or lavra before its capitalised name ("мечеть Марджани", "мечеті Аль-Акса").
_CYR_WORSHIP = re.compile(
    r"(?<![\w-])(?:мечеть|мечети|мечетью|мечеті|мечеттю|синагог[аиуеі]|синагогою|синагогой|лавр[аиуеі]|лаврою|лаврой) "
    rf"[{_CYR_UP}][{_CYR_LOW}-]+(?: [{_CYR_UP}][{_CYR_LOW}-]+){{0,2}}"
)
# A cathedral named by its adjective, typed a body by the models ("Успенский собор");
# a church council is named the same way: these adjectives name councils, no cathedral.
_CATHEDRAL = re.compile(
    rf"^[{_CYR_UP}][{_CYR_LOW}-]+(?:ий|ый|ой|ого|ому|ім|ом) (?:кафедральн\w+ )?(?:собор|собора|соборе|собору|соборі)$"
)
_COUNCILS = ("Архиерейск", "Архієрейськ", "Поместн", "Помісн", "Вселенск", "Вселенськ", "Земск", "Освященн", "Священн")
# A Polish place of worship before its patron or order (capitalised, "św." inside).
_PL_WORSHIP = re.compile(
    r"(?<![\w-])(?:klasztor(?:u|ze|em)?|parafi[aięą]|bazylik[aęą]|bazylice|katedr[aęyą]|katedrze|"
    r"sanktuari(?:um|a|ów)|opactw(?:o|a|ie|em))"
    # an adjective ("bazylice archikatedralnej"), not a preposition or a noun ("katedry na",
    # "katedry dziennikarstwa": a university's chair)
    rf"(?: [{_LOW}]{{2,}}(?:n|sk|ck|dzk)(?:a|ej|ą|ym|iej|im|iego|ego))?"
    rf"(?P<patron>(?: (?:św\.|[{_UP}][{_LOW}]+)){{1,5}})"
)
# The patron's or order's first word: a saint, a mystery, an order in the plural or a
# cathedral's adjective ("Świętego Krzyża", "Wniebowzięcia NMP", "Ojców Paulinów",
# "Benedyktynów", "Wawelskiej"); not a town, a diocese or a school ("bazyliką Watykan",
# "parafii Archidiecezji Łódzkiej", "katedry Collegium Civitas").
_PL_PATRON = re.compile(
    r"(?:Święt|Najświęt|św\.|Matk|Niepokalan|Wniebowzię|Narodzeni|Przemienieni|Ojc|Sióstr|Boż|Miłosier|Chrystus|"
    r"Zmartwychwsta|Podwyższeni|Nawiedzeni|Zwiastowani|Trójc|Ducha|Serca|Krzyż|Jezus|Maryi|Apostoł|Męczenn|"
    rf"Wszystkich|[{_UP}][{_LOW}]+(?:ów|ek|skiej|ckiej|skiej)(?![\w]))"
)
_PL_WORSHIP_STEMS = ("klasztor", "parafi", "bazylik", "katedr", "sanktuari", "opactw")
# Caritas and the country or diocese after it ("Caritas Archidiecezji Gdańskiej", "Карітас України").
_CARITAS = re.compile(
    rf"(?<![\w-])(?:Caritas|Карітас|Каритас)(?: (?:[{_UP}][{_LOW}]+|[{_CYR_UP}][{_CYR_LOW}]+)){{1,3}}"
)
# A muftiate with its republic or region; its country after it stays a place of its own.
_MUFTIATE = re.compile(
    r"Духовн\w+ (?:управлен|управлінн)\w+ мусульман"
    rf" (?:(?:Республики|Республіки) [{_CYR_UP}][{_CYR_LOW}-]+|{_CYR_ADJ} (?:области|края|області|краю))"
)
# A Polish clergyman's abbreviated title, then his name (one or two capitalised words).
_PL_CLERGY = re.compile(
    rf"(?<![\w.])(?:[Bb]p|[Aa]bp|[Bb]pa|[Aa]bpa|[Bb]pem|[Aa]bpem|[Kk]s\.|[Kk]ard\.) "
    rf"(?P<name>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?: [{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)?)"
)
# Capitalised titles of clergy, in their cases: a span of these alone names nobody.
_PL_TITLES = re.compile(
    r"^(?:ksi[ąę]dz\w*|księ\w*|biskup\w*|arcybiskup\w*|kardyna\w*|prymas\w*|proboszcz\w*|papie\w*|"
    r"ojc\w*|ojciec|siostr\w*|świę\w*|wielebn\w*|ekscelencj\w*|eminencj\w*|nuncjusz\w*)$"
)


def slavic_faith(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the dioceses, churches, places of worship, church charities and clergy above."""
    if language not in ("pl", "ru", "uk"):
        return mentions
    if "Caritas" in text or "арітас" in text or "аритас" in text:
        mentions = claimed_spans(text, mentions, _caritas(text, language), "ORG", MODEL, 0.8)
    if language == "pl":
        return _polish(text, mentions)
    if "мусульман" in text:
        mentions = claimed_spans(text, mentions, _spans(_MUFTIATE, text), "ORG", MODEL, 0.8)
    if "пархі" in text or "пархи" in text or "дієцез" in text or "митропол" in text or "екзархат" in text:
        mentions = claimed_spans(text, mentions, _spans(_CYR_DIOCESE, text), "ORG", MODEL, 0.8)
    if "церкв" in text or "церков" in text:
        mentions = claimed_spans(text, mentions, _spans(_CYR_RITE_CHURCH, text), "ORG", MODEL, 0.8)
    if "мечет" in text or "синагог" in text or "лавр" in text:
        places = place_names(language)
        towns = {m.start for m in mentions if m.type == "LOC"}
        spans = [
            found.span()
            for found in _CYR_WORSHIP.finditer(text)
            # "мечети Казани": the town's mosques (a place the models or the gazetteer know)
            if found.start() + found.group().index(" ") + 1 not in towns
            and places.get(found.group().split(" ", 1)[1]) != "LOC"
        ]
        mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8)
    if "собор" in text:
        for m in mentions:
            if m.type == "ORG" and _CATHEDRAL.match(m.text) and not m.text.startswith(_COUNCILS):
                m.type = "LOC"
    return mentions


def _titles_only(name: str) -> bool:
    return all(_PL_TITLES.match(word.lower()) for word in name.split())


def _spans(pattern: re.Pattern[str], text: str) -> Iterable[tuple[int, int]]:
    return (found.span() for found in pattern.finditer(text))


def _caritas(text: str, language: str) -> list[tuple[int, int]]:
    """Caritas' spans with the capitalised words after it, up to a person's given name
    ("dyrektor Caritas Polska Jan Nowak")."""
    names = given_names(language)
    spans = []
    for found in _CARITAS.finditer(text):
        words = found.group().split(" ")
        for k, word in enumerate(words[1:], 1):
            if word in names:
                words = words[:k]
                break
        if len(words) > 1:
            spans.append((found.start(), found.start() + len(" ".join(words))))
    return spans


def _polish(text: str, mentions: list[Mention]) -> list[Mention]:
    if "iecezj" in text:
        mentions = claimed_spans(text, mentions, _spans(_PL_DIOCESE, text), "ORG", MODEL, 0.8)
    if any(stem in text for stem in _PL_WORSHIP_STEMS):
        names = given_names("pl")
        spans = (
            found.span()
            for found in _PL_WORSHIP.finditer(text)
            if _PL_PATRON.match(found["patron"].lstrip())
            and not any(word in names for word in found.group().split(" "))  # "w katedrze Jan Nowak odprawił"
        )
        mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8)
    # the titles alone first: "Ksiądz Biskup" would lend "Biskup" opening a sentence a person's type
    mentions = [
        m for m in mentions if not (m.type == "PER" and all(_PL_TITLES.match(w.lower()) for w in m.text.split()))
    ]
    if "bp" in text or "Bp" in text or "ks." in text or "Ks." in text or "kard." in text:
        added = [
            Mention(found.start("name"), found.end("name"), found["name"], "PER", MODEL, 0.8)
            for found in _PL_CLERGY.finditer(text)
            if not any(m.start < found.end("name") and found.start("name") < m.end for m in mentions)
        ]
        if added:
            mentions = sorted([*mentions, *added], key=lambda m: (m.start, m.end))
    return mentions
