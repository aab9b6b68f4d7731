"""Words that are no names on their own: an office, a month, a date, a generic territory or body.

A tagger or a cue may type "Präsident", "im Mai", "die Provinz", "el Gobierno" or "24.
Februar" as a name; which president, province or government it is, is for the words around
it to say.  A peer's ordinal stays inside a person's name, other digits make no person.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from storywire.model import EntityType, Mention
from storywire.stages.ner import cues, titles
from storywire.stages.ner.gazetteer import place_names

_TERRITORY_WORDS = cues.word_set(
    "provinz region stadt bezirk kreis gemeinde dorf hauptstadt province region district city capital "
    "région ville provincia región regione città distretto prowincja region miasto obwód"
)


# A kind of body named alone is no name ("Die Polizei in Köln", "el Gobierno aprobó"): which
# police or government is for the words around it to say.
_BODY_WORDS = cues.word_set(
    "polizei feuerwehr staatsanwaltschaft regierung opposition police government opposition "
    "policía gobierno oposición polizia governo opposizione policja rząd opozycja gouvernement "
    "staat état etat estado stato państwo"  # "médias d'État": the state, no name
)


def generic_word(word: str, language: str) -> bool:
    """An office, a month, a kind of body or a territory word that no known place spells."""
    low = word.lower()
    if titles.is_title_word(word, language) or low in month_names(language) or low in _BODY_WORDS:
        return True
    return low in _TERRITORY_WORDS and word not in place_names(language)


def body_word(word: str) -> bool:
    """A kind of body, never a person's name even where a tagger or a title cue says so ("il
    segretario di Stato americano": the office's "Stato", typed PER)."""
    return word.lower() in _BODY_WORDS


# An ordinal in a peer's style is part of a person's name ("John Howard, 1st Duke of Norfolk",
# "William Jowitt, 1. Earl Jowitt"); other digits make no person ("Sojus MS-25").
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th|\.)")


def numbered(name: str) -> bool:
    """Digits other than a peer's ordinal in the name."""
    return any(ch.isdigit() for w in name.split() if not _ORDINAL.fullmatch(w) for ch in w)


def a_date(name: str, language: str) -> bool:
    """A month with its day or year and nothing else ("24. Februar", "20. Juli 1944")."""
    words = name.replace(".", " ").split()
    months = month_names(language)
    return any(w.lower() in months for w in words) and all(w.isdigit() or w.lower() in months for w in words)


@functools.cache
def month_names(language: str) -> frozenset[str]:
    """The month names the date finder knows in `language` (CLDR's, plus regional forms)."""
    from storywire.stages.timex.lexicon import LANGUAGES, lexicon

    return frozenset(lexicon(language).months) if language in LANGUAGES else frozenset()


# Scripts whose names are capitalised: a lone lower-case word there is an adjective or a noun
# a tagger took for a name ("W krakowskim Muzeum": the adjective, not a place).
_CAPITALISING = frozenset({"en", "de", "fr", "es", "it", "pl", "nl", "ru", "uk"})


def without_lowercase_words(mentions: list[Mention], language: str, known: Mapping[str, EntityType]) -> list[Mention]:
    """`mentions` less the lone all-lower-case words that no list knows as a name ("dpa" stays);
    several such words may be one ("województwie pomorskim", "міністерство оборони")."""
    if language not in _CAPITALISING:
        return mentions
    return [m for m in mentions if not (m.text.isalpha() and m.text.islower() and m.text not in known)]


# Diseases named after a place or by a name of their own: no place or person here ("Ebola",
# "West Nile virus", "Marburg-Virus"); the town of the same name stays where no disease word
# follows it ("in Marburg").
_DISEASES = frozenset(
    {"Ebola", "Zika", "Covid", "COVID", "Covid-19", "COVID-19", "Mpox", "SARS", "MERS", "Nipah", "Chikungunya",
     "H5N1", "H1N1", "Lassa", "Dengue", "Denguefieber", "Cholera", "Malaria",
     "Эбола", "Эболы", "Ебола", "Еболи", "埃博拉", "إيبولا"}
)  # fmt: skip
_DISEASE_AFTER = re.compile(
    r"[\s-]*(?:virus|Virus|fever|Fieber|wirus|wirusa|вирус|вируса|вірус|вірусу|лихорадк\w*|гарячк\w*)\b"
)


_DISEASE_BEFORE = re.compile(r"(?:virus|Virus|wirus|вирус|вірус)\s+$")  # "il virus West Nile"


def without_diseases(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` less the diseases: listed ones, and any name a disease word follows or precedes."""
    return [
        m
        for m in mentions
        if m.text not in _DISEASES
        and not _DISEASE_AFTER.match(text, m.end)
        and not _DISEASE_BEFORE.search(text, max(0, m.start - 8), m.start)
    ]


# Italian "Nato a Reggio Emilia" (born in): the participle, capitalised at a sentence's start,
# is spelt like the alliance, which Italian papers write "Nato".
_BORN = re.compile(r"\s+(?:a|ad|nel|nella|in|il|l['’]|da|come|sotto|durante)\b")


def without_participles(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` less "Nato" where it is a participle (Italian only)."""
    if language != "it" or "Nat" not in text:
        return mentions
    return [m for m in mentions if not (m.text in ("Nato", "Nata") and _BORN.match(text, m.end))]


# A nationality noun before a person is no place: "le Belge Pieter Van Hoorebeke", "el
# noruego", "der Belgier Jan Peeters" (taggers type the capitalised noun LOC).
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:le|la|l['’]|el|il|lo|der|die|the|de|het)\s+$", re.IGNORECASE)


def without_nationalities_before_people(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` without a one-word place no gazetteer knows right between an article and a person."""
    places = place_names(language)
    starts = {m.start: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        after = starts.get(m.end + 1)
        if (
            m.type == "LOC"
            and " " not in m.text
            and after is not None
            and after.type == "PER"
            and text[m.end] == " "
            and m.text not in places
            and _ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start)
        ):
            continue
        out.append(m)
    return out


# An ordinal and a counted noun is no name: "81. Minute", "20. Jahrhundert", "3. Etage" (the
# German taggers read WikiANN's "1. FC Köln", and a full stop after digits with it).
_COUNTED = re.compile(
    r"\d{1,3}\. (?:Minute|Spielminute|Runde|Spieltag|Etappe|Platz|Rang|Halbzeit|Mal|Jahrhundert|Jahrestag|"
    r"Geburtstag|Stock|Etage|Auflage|Ausgabe|Klasse|Liga|Bundesliga|Woche|Tag|Sitzung|Lesung|Staffel|Folge)"
)


# A quantity opening a sentence is no name ("Más de 300 personas", "Plus de 1 500 foyers"), though
# a tagger may take its capitalised first word for one.
_QUANTITY = re.compile(
    r"(?:Más|Menos|Cerca|Unos|Unas|Plus|Moins|Près|Environ|Oltre|Più|Meno|Circa|Quasi|More|Less|Over|Nearly|"
    r"Almost|Mehr|Über|Rund|Fast|Ponad|Około|Prawie|Blisko|Более|Около|Почти|Понад|Близько|Майже) "
    r"(?:de |d'|d’|di |than |als |)\d[\d.,  ]*"
)


# An age's adjective opening a sentence is no name: "Двадцатитрёхлетний хавбек",
# "Сорокарічна вчителька" (natasha types the capitalised word PER).
_AGED = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:летн|річн)[а-яёіїєґ]{1,4}")


# Peoples in the plural, which a tagger reads as their countries or towns: demonyms, not
# labelled, unless a known place.  Polish by their endings ("Amerykanie", "Brytyjczycy",
# "Chorwaci", "Słowacy"; "Niemcy" is Germany too, a known place); French after a count or a
# determiner ("une soixantaine de Polonais", "Quarante-deux Burgiens"; "Amiens", "Calais" known).
_PEOPLES = {
    "pl": re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{3,}(?:anie|czycy|ycy|icy|acy|aci)"),  # (not "-owie": "Krakowie")
    "fr": re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:ais|aises|ois|oises|iens|iennes|ains|aines|ins|ines)"),
}
_COUNT_BEFORE = re.compile(
    r"(?:\b(?:les|des|aux|de|d['’]|ces|nos|vos|leurs|plusieurs|quelques|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"onze|douze|vingt|trente|quarante|cinquante|soixante|cent|mille|dizaine|vingtaine|trentaine|quarantaine|"
    r"cinquantaine|soixantaine|centaine|milliers)|\d)[ -]?$",
    re.IGNORECASE,
)


def without_plural_demonyms(mentions: list[Mention], language: str, text: str = "") -> list[Mention]:
    """`mentions` without a people's plural typed as a place, unless a known place (in French,
    only after a count or a determiner in `text`)."""
    peoples = _PEOPLES.get(language)
    if peoples is None:
        return mentions
    from storywire.identity.polish import place_nominatives
    from storywire.stages.ner.missed_places import known_places  # (that module imports this one's users)

    places = known_places(language)

    def people(m: Mention) -> bool:
        if m.type != "LOC" or not peoples.fullmatch(m.text) or m.text in places:
            return False
        if language == "fr":
            return _COUNT_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
        # a town's case form: "w Abidżanie", "Świdnicy"
        return not any(form in places for form in place_nominatives(m.text))

    return [m for m in mentions if not people(m)]


# Laws are not labelled ("Ley Fintech", "Datenschutz-Grundverordnung", "Online Safety Act").
_LAW = re.compile(
    r"^(?:Ley|Loi|Legge|Gesetz|Ustawa|Ustawy|Закон|Закону)\b|(?:gesetz|gesetzes|verordnung|richtlinie)$|"
    r"\b(?:Act|Bill)$"
)


def without_laws(mentions: list[Mention]) -> list[Mention]:
    """`mentions` without laws (a person named "Bill" stays: a law's word ends a body's span)."""
    return [
        m
        for m in mentions
        if (m.type == "PER" and not _LAW.match(m.text)) or (m.type != "PER" and not _LAW.search(m.text))
    ]


def without_counted_ordinals(mentions: list[Mention]) -> list[Mention]:
    """`mentions` without an ordinal and the noun it counts, an age's adjective, a quantity, or a
    span with no letter at all (a tagger's "15" in "el 15 de marzo")."""
    return [
        m
        for m in mentions
        if not _COUNTED.fullmatch(m.text)
        and not _AGED.fullmatch(m.text)
        and not _QUANTITY.fullmatch(m.text)
        and any(ch.isalpha() for ch in m.text)
    ]


# Academic titles alone ("Prof. Dr.", "dr hab.", "Prof. Dr. med.") and a kind of ministry named
# alone ("des Ministeriums", "the ministry") are no names: the person and which ministry are for
# the words around them to say.
# (and a French officer's retirement marks after the rank: "lieutenant-colonel (ER)", "(CR)", "(2S)")
_ACADEMIC = cues.word_set("prof prof. dr dr. med. med hab. hab inż. mgr ing. dipl. phd prof.ssa dott. dott er cr 2s")
_GENERIC_BODIES = cues.word_set(
    "ministerium ministeriums ministerien ministry ministère ministerio ministero ministerstwo ministerstwa "
    "ministerstwie министерство министерства міністерство міністерства behörde behörden agency agence agencia "
    # a canton or a commune by its kind word alone ("beim Kanton"; a tagger's bare "Comune" too:
    # italian_utilities gives back the one that acts, "il Comune ha chiuso")
    "kanton kantons comune"
)


def without_titles_alone(mentions: list[Mention]) -> list[Mention]:
    """`mentions` without spans of academic titles only, or of a generic body's word."""
    return [
        m
        for m in mentions
        if not all(w.lower() in _ACADEMIC for w in m.text.split()) and m.text.lower() not in _GENERIC_BODIES
    ]
