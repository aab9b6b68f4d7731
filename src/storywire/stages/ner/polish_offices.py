"""Polish local offices of elections and schools, and the firms of lawyers and of quoted names
(whole articles only):

- an electoral or a referendum commission named with its town is one ORG, as a council is
  ("Gminna Komisja Wyborcza w Kórniku", "Miejskiej Komisji do spraw Referendum w Kole"); the
  tagger stops before "w"; the national one ("Państwowa Komisja Wyborcza") has no town;
- a school, a kindergarten or a polling commission named by its number is one ORG with it
  ("Szkoły Podstawowej nr 12", "Obwodowa Komisja Wyborcza nr 3"), and with its town after "w";
- a person named right after an office and its town is no part of it ("sekretarz Starostwa
  Powiatowego w Nisku Anna Wójcik"): the tagger reads the whole run as one body;
- a law firm named by its partners' surnames and "i Wspólnicy"/"i Partnerzy" is ORG ("Nowicki
  i Wspólnicy"); lower-case "wspólnicy" are a suspect's accomplices, no name;
- a firm's quoted name with its legal form after it is one ORG with its kind words and quotes
  ("Huty Szkła „Krosno” S.A.", a mill's "Młyn Zbożowy „X” sp. z o.o."), as the guidelines keep a
  legal form inside a firm's span.
"""

from __future__ import annotations

import itertools
import re

from storywire.identity.given_names import given_names, latin_given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.titles import is_title_word

MODEL = "polish-office"
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_COMMISSION = re.compile(r"(?<!\w)Komisj")
_NATIONAL = re.compile(r"^Państwow")
_IN_TOWN = re.compile(r" we? $")
# Bodies counted by number: schools, kindergartens, polling commissions.
_NUMBERED_KINDS = ("Szkoł", "Szkol", "Lice", "Przedszkol", "Gimnazj", "Technik", "Zesp", "Komisj", "Żłob")
_NUMBERED = re.compile(rf"(?P<body>(?:[{_UPPER}][\w-]* ){{1,4}})nr (?P<number>\d+)(?!\w)")
# An adjective before the kind word, by its suffix ("Obwodowa", "Miejskiego", "Publicznej"), no
# plural noun of people ("Uczniowie Szkoły", "Rodzice").
_ADJECTIVE = re.compile(r"(?:ow|n|sk|ck|dzk|ln|cz)(?:a|e|ej|ego|emu|ym|ą|ych|y|i|ie|iej|iego|iemu|im|ich)$(?<!owie)")
_PERSON_AFTER = re.compile(rf" we? [{_UPPER}][\w-]+ (?P<person>[{_UPPER}][a-ząćęłńóśźż]+ [{_UPPER}][\w-]+)$")
_LAW_FIRM = re.compile(
    rf"(?<![\w-])(?P<name>[{_UPPER}][\w-]+(?:, [{_UPPER}][\w-]+)*) i (?:Wspólnicy|Wspólników|Partnerzy|Partnerów)(?!\w)"
)
_QUOTED_FIRM = re.compile(
    rf"(?<![\w-])(?P<name>(?:[{_UPPER}][\w-]* ){{0,3}}„[^„”\n]{{1,40}}”) (?:S\.A\.|Sp\. z o\.o\.|sp\. z o\.o\.)"
)


def polish_offices(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above joined, split or added."""
    if language != "pl":
        return mentions
    mentions = [part for m in mentions for part in _without_person_after(m)]
    if "Komisj" in text:
        mentions = _commissions_with_towns(text, mentions)
    if "nr " in text:
        mentions = _numbered_bodies(text, mentions)
    if " i Wsp" in text or " i Partner" in text:
        firms = [(found.start("name"), found.end()) for found in _LAW_FIRM.finditer(text)]
        mentions = claimed_spans(text, mentions, firms, "ORG", MODEL, 0.8)
    if "„" in text and (" S.A." in text or "o.o." in text):
        quoted = [(_name_start(text, found), found.end()) for found in _QUOTED_FIRM.finditer(text)]
        # a title the tagger took in before the name gives way ("Wiceprezes Huty Szkła „Krosno")
        mentions = claimed_spans(text, mentions, quoted, "ORG", MODEL, 0.8, blocks=lambda m, _, end: m.end > end)
    return mentions


def _without_person_after(m: Mention) -> list[Mention]:
    """ "Starostwa Powiatowego w Nisku Anna Wójcik" -> the office and the person."""
    found = _PERSON_AFTER.search(m.text) if m.type == "ORG" else None
    first = found["person"].split()[0] if found is not None else ""
    # Faker's Polish table lacks some of the commonest names ("Anna"): the Latin locales' too
    if found is None or (first not in given_names("pl") and first not in latin_given_names()):
        return [m]
    cut = m.start + found.start("person")
    body = Mention(m.start, cut - 1, m.text[: found.start("person") - 1], "ORG", MODEL, m.confidence)
    person = Mention(cut, m.end, found["person"], "PER", MODEL, m.confidence)
    return [body, person]


def _commissions_with_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    joined: list[tuple[int, int]] = []
    for m, town in itertools.pairwise(mentions):
        if (
            m.type == "ORG"
            and town.type == "LOC"
            and _COMMISSION.search(m.text)
            and not _NATIONAL.match(m.text)
            and _IN_TOWN.fullmatch(text, m.end, town.start)
        ):
            joined.append((m.start, town.end))
    return claimed_spans(text, mentions, joined, "ORG", MODEL, 0.8) if joined else mentions


def _numbered_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Szkoły Podstawowej nr 12" (with " w Lublinie" where a place follows)."""
    towns = {m.start: m for m in mentions if m.type == "LOC"}
    spans: list[tuple[int, int]] = []
    for found in _NUMBERED.finditer(text):
        words = list(re.finditer(r"\S+", found["body"]))
        kind = next((k for k, w in enumerate(words) if w.group().startswith(_NUMBERED_KINDS)), None)
        if kind is None:
            continue
        # the kind word and the adjectives before it, no title or preposition ("Do Szkoły ...")
        first = kind
        while first > 0 and _ADJECTIVE.search(words[first - 1].group()) and not _title_at(words, first - 1):
            first -= 1
        start, end = found.start("body") + words[first].start(), found.end()
        after = re.match(r" we? ", text[end : end + 4])
        town = towns.get(end + after.end()) if after is not None else None
        spans.append((start, town.end if town is not None else end))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions


# Kinds of firm a quoted name follows, by their stems in every case.
_FIRM_KINDS = (
    "kopal", "hut", "zakład", "fabryk", "spółdziel", "przedsiębiorstw", "stoczni", "browar", "cukrowni",
    "elektrowni", "elektrociepłowni", "wytwórni", "towarzystw", "bank", "grup", "kombinat", "mleczarni",
    "drukarni", "wydawnictw", "uzdrowisk", "gorzelni", "kopalń", "odlewni", "przetwórni", "wodociąg",
    # a mill named by its kind and grain ("Młyn Zbożowy „X” sp. z o.o.", "Młyna Żytniego „X”")
    "młyn",
)  # fmt: skip


def _title_at(words: list[re.Match[str]], k: int) -> bool:
    """A title among the adjectives before a kind word ("Prezesa Szkoły" is no school's name)."""
    return _title(words[k].group())


def _title(word: str) -> bool:
    """A title, a deputy's too ("Wiceprezes", "Wicedyrektor")."""
    return is_title_word(word, "pl") or (word.lower().startswith("wice") and is_title_word(word[4:], "pl"))


def _name_start(text: str, found: re.Match[str]) -> int:
    """Where a quoted firm's name starts: at its kind word ("Huty", "Kopalni", "Zakładów"), not at
    a title or a sentence's first word before it ("Wiceprezes Huty ...", "Akcje Zakładów ..."); at
    the quote where no kind word comes before it."""
    for w in re.finditer(r"\S+", found["name"]):
        if w.group().lower().startswith(_FIRM_KINDS):
            return found.start("name") + w.start()
    return found.start("name") + found["name"].index("„")
