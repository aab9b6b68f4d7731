"""Polish spans the tagger runs past a name's edge, and a place it finds in one case and misses
in another.

- A sentence's first word, capitalised only by its place, taken into the body after it: a verb
  in the first person plural ("– Prosimy Małopolski Urząd Wojewódzki o wsparcie") or a plural
  noun of people ("Wolontariusze Polskiej Akcji Humanitarnej rozwożą"): the body alone.
- A place with the lower-case subject after it ("w Suchej Beskidzkiej rzeka zerwała kładkę"):
  no Polish place name ends in a lower-case word after a capitalised one (the lower-case kind
  words open it: "powiat kłodzki", "ul. Lwowskiej"); a sentence's common first word left
  alone then is no place ("Trzymam kciuki").  A number with lower-case words is a measure.
- A town or river named in one case and missed in another ("w Wadowicach" ... "Burmistrz
  Wadowic", "Skawy" ... "Skawa zalała"): a capitalised word with the same stem, the endings
  of Polish nouns cut off, is the same place (article-level: the cases sit in other paragraphs).
- People of a trade from a town ("Piekarze z Leszna") read one body: the town alone.  A
  sentence's common opening words read a name ("To cios", "Młyn, który ..." where the article
  writes "młyn" lower-case too): no name.
- A body's acronym read into the person after it ("Rzecznik UOKiK Anna Nowak"): the acronym is
  the body, the rest the person.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import EntityType, Mention
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.rules import org_head
from storywire.stages.ner.span_words import starts_sentence
from storywire.stages.ner.word_frequency import zipf

# Plural nouns of people that open a sentence before the body they belong to.
_PEOPLE = word_set(
    "wolontariusze mieszkańcy strażacy ratownicy policjanci żołnierze eksperci naukowcy lekarze pracownicy "
    "przedstawiciele członkowie działacze urzędnicy radni posłowie rzecznicy specjaliści inżynierowie hydrolodzy "
    "synoptycy funkcjonariusze studenci uczniowie związkowcy pielęgniarki nauczyciele inspektorzy kontrolerzy "
    "analitycy audytorzy prokuratorzy śledczy technicy "
    # ... and the plural nouns of an inspection's findings ("Pomiary Powiatowej Stacji ... wykazały")
    "pomiary wyniki badania analizy ustalenia próbki kontrole "
    # trades and crafts of local news ("Piekarze z Leszna", "Rolnicy z gminy X")
    "piekarze cukiernicy rzemieślnicy rolnicy hodowcy sadownicy młynarze przedsiębiorcy kupcy handlowcy "
    "restauratorzy producenci rybacy przewoźnicy kierowcy górnicy hotelarze"
)
# "Prosimy", "Apelujemy", "Dziękujemy": a verb's first person plural (a common word, so no name).
_WE_VERB = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{3,}(?:imy|emy|amy|ymy)$")
_COMMON_ZIPF = 3.0
# A sentence, and a Polish quotation or a dash's speech, opens after these ("„Prosimy", "– Prosimy").
_OPENERS = '.!?:\n«»"“”„–—'


def _opens_sentence(text: str, at: int) -> bool:
    return starts_sentence(text, at, _OPENERS)


def _opening_word(word: str) -> bool:
    lower = word.lower()
    if lower in _PEOPLE:
        return True
    return _WE_VERB.match(word) is not None and zipf(lower, "pl") >= _COMMON_ZIPF and word not in given_names("pl")


def _verb_before_head(word: str, after: str) -> bool:
    """A rarer verb in the first person plural before a body's head noun ("Zapytamy
    Ministerstwo"): a head noun opens a name, so the word before it is no part of one."""
    return _WE_VERB.match(word) is not None and org_head(after, "pl") and word not in given_names("pl")


# A sentence opened by its object, the subject's name after it ("Decyzję Komisja Europejska
# ogłosiła"): a common noun in the accusative ("-ę") before a feminine nominative ("-a"); a name
# in the accusative takes an agreeing "-ą" ("Koalicję Obywatelską"), a body's head a genitive
# ("Radę Ministrów").
_OBJECT_ZIPF = 3.5


def _object_first(word: str, after: str) -> bool:
    return (
        word.endswith("ę")
        and after.endswith("a")
        and zipf(word.lower(), "pl") >= _OBJECT_ZIPF
        and not org_head(word, "pl")
        and word not in given_names("pl")
    )


_TRAILING_WORD_ZIPF = 3.0


def polish_span_edges(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a sentence's opening word cut off a body and a lower-case word off a place's end."""
    if language != "pl":
        return mentions
    out: list[Mention] = []
    people: list[tuple[int, int]] = []
    for m in mentions:
        words = m.text.split(" ")
        origin = _people_from(text, m, words)
        if origin is not None:
            out.append(origin)
            continue
        if (
            m.type in ("ORG", "LOC")
            and len(words) >= 2
            and (words[1][:1].isupper() or words[1] in _STREET_ABBREVIATIONS)
            and (_opening_word(words[0]) or _object_first(words[0], words[1]) or _verb_before_head(words[0], words[1]))
            and _opens_sentence(text, m.start)
        ):
            cut = len(words[0]) + 1
            m = Mention(m.start + cut, m.end, m.text[cut:], m.type, m.model, m.confidence)
            words = words[1:]
        if (
            m.type == "LOC"
            and len(words) >= 2
            and words[-1].isalpha()
            and words[-1].islower()
            and words[-2][:1].isupper()
        ):
            opening = len(words) == 2 and _opens_sentence(text, m.start)
            if opening and zipf(words[0].lower(), "pl") >= _COMMON_ZIPF:
                continue  # "Trzymam kciuki", "Gra komórkowa": a sentence's opening words, no place
            # a common word running on ("Beskidzkiej rzeka"), not a rarer adjective or a taxon's
            # second word that belongs to the name ("Zawójka rzeczna", "Kozaków perskich")
            if zipf(words[-1], "pl") >= _TRAILING_WORD_ZIPF:
                end = m.end - len(words[-1]) - 1
                m = Mention(m.start, end, text[m.start : end], m.type, m.model, m.confidence)
        if m.text[:1].isdigit() and m.text == m.text.lower():
            continue  # "300 metrów": a measure, no name
        person = _acronym_then_given_name(text, m)
        if person is not None:
            # "Prezes BKL Katarzyna Zawada-Nowak" read "BKL Katarzyna": the body, then the person
            cut = m.start + len(words[0])
            out.append(Mention(m.start, cut, words[0], "ORG", m.model, m.confidence))
            out.append(Mention(cut + 1, person, text[cut + 1 : person], "PER", m.model, m.confidence))
            people.append((cut + 1, person))
            continue
        out.append(m)
    if not people:
        return out
    # the person's surname, found apart, is inside the person now
    return [o for o in out if not any(a <= o.start and o.end <= b and (a, b) != (o.start, o.end) for a, b in people)]


def _people_from(text: str, m: Mention, words: list[str]) -> Mention | None:
    """ "Piekarze z Leszna" read one body at a sentence's start: people of a trade "from" a town,
    so the town alone (a body where its head noun opens it: "Eksperci z Instytutu X")."""
    if not (
        m.type in ("ORG", "LOC")
        and len(words) >= 3
        and words[0].lower() in _PEOPLE
        and words[1] in ("z", "ze")
        and words[2][:1].isupper()
        and _opens_sentence(text, m.start)
    ):
        return None
    cut = len(words[0]) + len(words[1]) + 2
    kind: EntityType = "ORG" if org_head(words[2], "pl") or words[2].lower().startswith(_ORIGIN_BODIES) else "LOC"
    return Mention(m.start + cut, m.end, m.text[cut:], kind, m.model, m.confidence)


# Bodies people come "from", by their stems in the genitive ("z Instytutu", "z Uniwersytetu").
_ORIGIN_BODIES = (
    "instytut", "uniwersytet", "politechnik", "akademi", "urzęd", "ministerstw", "fundacj", "stowarzyszeni",
    "spółdzielni", "związk", "izby", "agencj", "szpital", "zakład", "cechu",
)  # fmt: skip


def _generic_opening(text: str, m: Mention, words: list[str]) -> bool:
    """A sentence's opening common words read as a name: "To cios" (a pronoun and a lower-case
    noun, typed a body), "Młyn, który ..." (a kind word the article writes lower-case too, typed a
    place).  A name's second word is capitalised, and a one-word name no common noun used so."""
    if m.type not in ("ORG", "LOC") or not _opens_sentence(text, m.start):
        return False
    if len(words) == 2:
        return (
            words[1].isalpha()
            and words[1].islower()
            and zipf(words[0].lower(), "pl") >= _PRONOUN_ZIPF
            and not org_head(words[0], "pl")
        )
    if len(words) == 1 and _pronoun_opening(words[0]):
        return True  # "– Nikt z nami nie rozmawiał", "Wszyscy wiedzą": a pronoun, no body or place
    if len(words) != 1 or m.type != "LOC" or not words[0].isalpha() or not words[0][1:].islower():
        return False
    if not starts_sentence(text, m.start, _OPENERS.replace(":", "")):
        return False  # "z prowincji: Śląski (19), Łódzki (23)": a list's item after a colon
    lower = words[0].lower()
    if zipf(lower, "pl") < _COMMON_ZIPF or org_head(lower, "pl") or words[0] in given_names("pl"):
        return False
    if _THAT_AFTER.match(text, m.end) and words[0] not in place_names("pl"):
        return True  # "Twierdzi, że ...", "Uważa, że": a verb of saying opens the sentence, no place
    if re.search(rf"(?<![\w-]){re.escape(lower)}\w{{0,3}}(?![\w-])", text) is not None:
        return True
    # the kind word written lower-case in another case only ("Marina to wizytówka" ... "kupiła
    # marinę", "w marinie"): its stem with a noun's ending; an adjective's stem ("Polsk-a" ...
    # "polski") is no such noun
    stem = _stem(lower)
    if stem == lower or stem.endswith(_ADJECTIVE_STEMS):
        return False
    return re.search(rf"(?<![\w-]){re.escape(stem)}(?:{'|'.join(_ENDINGS)})(?![\w-])", text) is not None


# Stems of adjectives ("polsk-", "mazowieck-", "gdańsk-"): their lower-case forms are adjectives,
# not the noun's other cases.
_ADJECTIVE_STEMS = ("sk", "ck", "dzk")


def _pronoun_opening(word: str) -> bool:
    """A word as common as a pronoun ("Nikt", "Wszyscy", "Każdy") opening a sentence or a dash's
    speech, read as a one-word name: no place the gazetteer holds, no body's head, no given name."""
    if not (word.isalpha() and word[1:].islower()):
        return False
    lower = word.lower()
    return (
        zipf(lower, "pl") >= _PRONOUN_ZIPF
        and word not in place_names("pl")
        and not org_head(lower, "pl")
        and word not in given_names("pl")
    )


# "że" right after a sentence's first word: that word is a verb of saying or thinking
_THAT_AFTER = re.compile(r",? że(?![\w-])")
# "To", "Ten", "Jak": a word as common as a pronoun opens no two-word name.
_PRONOUN_ZIPF = 5.5


def without_generic_openings(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` less a sentence's common opening words (`_generic_opening`).  Whole articles
    only: the kind word's lower-case use sits in another paragraph."""
    if language != "pl":
        return mentions
    return [m for m in mentions if not _generic_opening(text, m, m.text.split(" "))]


def without_lowercase_phrases(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` less the Polish bodies of three or more lower-case words that open with no
    body's kind word ("wicemistrzyni świata juniorów", "wyborach do sejmiku": a phrase).  Whole
    articles only: WikiANN's Polish file labels such phrases ORG ("wyborach parlamentarnych w
    2007"), and the text-level figure keeps measuring that."""
    if language != "pl":
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.type == "ORG"
            and m.text == m.text.lower()
            and m.text.count(" ") >= 2
            and not m.text.startswith(_BODY_STEMS)
        )
    ]


# Lower-case kind words that open a body's name written in lower case ("diecezji płockiej",
# "ministerstwo spraw zagranicznych"): such a span stays.
_BODY_STEMS = (
    "diecez", "archidiecez", "parafi", "ministerst", "sąd", "urząd", "urzęd", "prokurat", "komend", "spółk", "fundacj",
    "stowarzysz", "związ", "komisj", "rad", "agencj", "inspekc", "inspektor", "straż", "policj", "gmin", "starostw",
)  # fmt: skip
# "Mieszkańcy ul. Górskiej": a street's abbreviated kind word opens the place after the people.
_STREET_ABBREVIATIONS = frozenset({"ul.", "al.", "pl.", "os."})
_SURNAME_AFTER = re.compile(r" [A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:-[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?(?![\w-])")


# A body's acronym, lower-case letters for its short words allowed ("UOKiK", "GIOŚ", "PKiN"):
# more capitals than small letters, and a capital at each end.
_MIXED_ACRONYM = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ](?:[A-ZĄĆĘŁŃÓŚŹŻ]|[a-z](?=[A-ZĄĆĘŁŃÓŚŹŻ])){1,6}")


def _acronym_then_given_name(text: str, m: Mention) -> int | None:
    """The end of the person, where `m` is a body's acronym and a given name whose surname the
    tagger left out ("BKL Katarzyna" before "Zawada-Nowak"); else None."""
    words = m.text.split(" ")
    if (
        m.type == "PER"
        and len(words) == 3
        and _MIXED_ACRONYM.fullmatch(words[0])
        and words[0].capitalize() not in given_names("pl")
        and words[1] in given_names("pl")
    ):
        # "Rzecznik prasowy UOKiK Małgorzata Cieślak" read one person: the body's acronym, then her
        return m.end
    if m.type != "ORG" or len(words) != 2 or not (words[0].isupper() and 2 <= len(words[0]) <= 6):
        return None
    if words[1] not in given_names("pl"):
        return None
    surname = _SURNAME_AFTER.match(text, m.end)
    if surname is None or org_head(surname.group().strip(), "pl"):
        return None
    return surname.end()


# Case endings of Polish nouns, longest first: "Wadowicach" -> "Wadowic", "Zatorze" -> "Zator".
_ENDINGS = ("ach", "ami", "owi", "om", "em", "ie", "ów", "ą", "ę", "a", "e", "i", "u", "y")
_MIN_STEM = 4
_WORD = re.compile(r"(?<![\w-])[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{3,}(?![\w-])")


def _stem(word: str) -> str:
    if word.endswith("rze") and len(word) - 2 >= _MIN_STEM:
        return word[:-3] + "r"  # the locative of "-r": "Zatorze" -> "Zator"
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


def places_declined_again(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a capitalised word no mention covers whose stem is that of a one-word
    place the article names (the tagger's, in another case); no common word or given name."""
    if language != "pl":
        return mentions
    stems = {_stem(m.text) for m in mentions if m.type == "LOC" and _WORD.fullmatch(m.text)}
    stems = {s for s in stems if len(s) >= _MIN_STEM}
    if not stems:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for found in _WORD.finditer(text):
        s, e = found.span()
        word = found.group()
        if _stem(word) not in stems or any(a < e and s < b for a, b in taken):
            continue
        if zipf(word.lower(), "pl") >= _COMMON_ZIPF or word in given_names("pl"):
            continue
        added.append(Mention(s, e, word, "LOC", "declined-again", 0.6))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions
