"""Chinese people named a second way once the text has named someone: by a surname and a
title, or beside a person the text names.

* A feature names a person in full, then by the surname and a title or a courtesy ("林静
  秋 ... 林馆长发现", "王教授说", "陈先生"): the guidelines keep the title out, so the surname
  alone is the mention.  A surname before a title is read only where a person the text
  names carries it, and where it opens no word with what stands before it ("每周市长会议"
  holds no "周").
* Two names joined by "与", "和", "及" or "、" are alike: a name beside a person the text names
  ("郑和与马可·波罗", "霍尔和王小明一起") is a person, when it is a surname and one or two
  given characters and no word or title.  Historical names are often plain characters
  ("郑和": the conjunction itself is a given name), which the joined person vouches for.
* A foreign person named in full in one paragraph ("安娜·科瓦尔斯卡") is named by the last part
  in another ("迎战科瓦尔斯卡"), where no cue stands: each paragraph is read alone, so the
  article's full names lend their last part (a run of sounds that is no word and stands in
  no longer run).
* A feature calls its subject by the given name alone ("王思远 ... “思远最大的进步”"): a
  person the text names in full at least twice, whose two given characters are no word,
  is named so where the given name opens a clause or follows a particle, and no surname
  stands before it (that would be another person's name).
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.chinese_foreign import foreign_sounds
from storywire.stages.ner.chinese_names import AFTER_NAME, CLAUSE_START, MULTI_SURNAMES, SURNAMES
from storywire.stages.ner.chinese_titles import TITLES
from storywire.stages.ner.word_frequency import zipf

# Courtesies a surname takes in place of a name ("严先生", "李女士").
_COURTESIES = "先生|女士|小姐|太太|夫人|老师|师傅|博士"
_AFTER_SURNAME = re.compile(f"(?:{_COURTESIES}|{TITLES})")
_TITLE_END = re.compile(f"(?:{_COURTESIES}|{TITLES})$")
# What stands right before a surname or a name: a clause's edge, a particle, a preposition,
# an adverb that opens a clause ("但林馆长发现").
_BEFORE = CLAUSE_START | frozenset("的了在于到从和与及是为由把被让给对向同跟但而就也还都却又并说据")
_JOINERS = frozenset("与和及、")
# Characters that a given name never holds: particles, prepositions, determiners, plurals.
_NOT_GIVEN = frozenset("的了在于与及是为被把让给对向从将也都就还又并而但说称等这那们个些位名")
# Prepositions that are surnames as well ("向", "于"): a name read across one is a phrase.
_PREPOSITIONS = frozenset("向于从和与对把被让给在是为由将同跟")
# A name's first two characters this common make a word ("同时", "方面"), no name.
_WORD_ZIPF = 3.0
# A word ending right before a surname marks its start ("发现|林馆长").
_BOUNDARY_WORD_ZIPF = 3.5


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _surname(name: str) -> str | None:
    surname = next((s for s in MULTI_SURNAMES if name.startswith(s) and len(name) > len(s)), name[:1])
    return surname if surname in SURNAMES or surname in MULTI_SURNAMES else None


def _native_people(mentions: list[Mention]) -> list[Mention]:
    """The persons written as a Chinese name: two to four characters, no interpunct."""
    return [m for m in mentions if m.type == "PER" and 2 <= len(m.text) <= 4 and all(_cjk(ch) for ch in m.text)]


def _opens(text: str, start: int) -> bool:
    """A name may open at `start`: after a clause's edge or a particle, or after a common word
    that does not run on into the name."""
    if start == 0 or text[start - 1] in _BEFORE:
        return True
    word = text[start - 2 : start]
    return len(word) == 2 and zipf(word, "zh") >= _BOUNDARY_WORD_ZIPF and zipf(text[start - 1 : start + 1], "zh") == 0


def _free(mentions: list[Mention], start: int, end: int) -> bool:
    return not any(m.start < end and start < m.end for m in mentions)


def _add(mentions: list[Mention], new: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for m in new:
        if _free(out, m.start, m.end):
            out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end))


def titled_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the surnames of named people added where a title or a courtesy
    follows them ("林馆长", "严先生")."""
    surnames = {s for m in _native_people(mentions) if (s := _surname(m.text)) is not None}
    new: list[Mention] = []
    for surname in surnames:
        for hit in re.finditer(re.escape(surname), text):
            start, end = hit.start(), hit.end()
            if not _AFTER_SURNAME.match(text, end) or not _free(mentions, start, end) or not _opens(text, start):
                continue
            if text[start - 1 : start] in SURNAMES and text[start - 1 : start] not in _BEFORE:
                continue  # "周林先生": a given name, not a surname alone
            new.append(Mention(start, end, surname, "PER", model="rules:zh", confidence=0.6))
    return _add(mentions, new)


def joined_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with names joined to a named person by a conjunction added, with the other
    places the text repeats them."""
    names: set[str] = set()
    for person in [m for m in mentions if m.type == "PER"]:
        if person.start > 0 and text[person.start - 1] in _JOINERS:
            start = _name_before(text, person.start - 1)
            if start is not None and _free(mentions, start, person.start - 1):
                names.add(text[start : person.start - 1])
        if text[person.end : person.end + 1] in _JOINERS:
            end = _name_after(text, person.end + 1)
            if end is not None and _free(mentions, person.end + 1, end):
                names.add(text[person.end + 1 : end])
    new = [
        Mention(hit.start(), hit.end(), name, "PER", model="rules:zh", confidence=0.6)
        for name in names
        for hit in re.finditer(re.escape(name), text)
    ]
    return _add(mentions, new)


def _name(name: str) -> bool:
    """A surname and one or two given characters, no word, no title."""
    surname = _surname(name)
    if surname is None or not all(_cjk(ch) for ch in name):
        return False
    given = name[len(surname) :]
    if not 1 <= len(given) <= 2 or any(ch in _NOT_GIVEN for ch in given) or _TITLE_END.search(name):
        return False
    return zipf(name if len(surname) > 1 else name[:2], "zh") < _WORD_ZIPF


def _name_before(text: str, end: int) -> int | None:
    """The start of a name ending at `end`, the longer reading first where it opens after a
    particle or punctuation; a reading that opens on a preposition is a phrase ("向郑和")."""
    for size in (3, 2):
        start = end - size
        if start < 0 or not _name(text[start:end]) or text[start] in _PREPOSITIONS:
            continue
        # a name may follow a verb ("讲郑和与"): no word crosses into its surname
        if start == 0 or text[start - 1] in _BEFORE or zipf(text[start - 1 : start + 1], "zh") == 0:
            return start
    return None


def _name_after(text: str, start: int) -> int | None:
    """The end of a name opening at `start`, the shorter reading first, where a particle,
    a verb of speech or punctuation follows it."""
    for size in (2, 3):
        end = start + size
        if end > len(text) or not _name(text[start:end]):
            continue
        if end == len(text) or text[end] in AFTER_NAME or text[end] in _JOINERS:
            return end
    return None


_DOTS = "·•・"
# What stands before a given name named alone: a clause's edge or a particle (not "说":
# "这说明远..." holds no name).
_BEFORE_GIVEN = CLAUSE_START | frozenset("的了在于到从和与及是为由把被让给对向同跟")
# A given name's last character and the next one this common make a word ("明远方"), no name.
_RUN_ON_ZIPF = 3.5


def repeated_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the last parts of the article's dotted names, and the given names of
    its main people, added where another paragraph names them so."""
    new: list[Mention] = []
    lasts = {
        re.split(f"[{_DOTS}]", m.text)[-1] for m in mentions if m.type == "PER" and any(d in m.text for d in _DOTS)
    }
    for last in lasts:
        if len(last) < 2 or not all(ch in foreign_sounds() for ch in last) or zipf(last, "zh") > 0:
            continue
        for hit in re.finditer(re.escape(last), text):
            start, end = hit.span()
            if text[start - 1 : start] in foreign_sounds() or text[start - 1 : start] in _DOTS:
                continue  # inside a longer name, or the full name's own last part
            if text[end : end + 1] in foreign_sounds() and zipf(text[end : end + 2], "zh") == 0:
                continue  # a longer run of sounds: another name
            new.append(Mention(start, end, last, "PER", model="rules:zh", confidence=0.6))
    return _add(mentions, new + _given_names(text, mentions))


def _given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    counts: dict[str, int] = {}
    for m in _native_people(mentions):
        counts[m.text] = counts.get(m.text, 0) + 1
    new: list[Mention] = []
    for name, n in counts.items():
        surname = _surname(name)
        given = name[len(surname) :] if surname is not None else ""
        if n < 2 or len(given) != 2 or zipf(given, "zh") > 0:
            continue
        for hit in re.finditer(re.escape(given), text):
            start, end = hit.span()
            if start > 0 and text[start - 1] not in _BEFORE_GIVEN:
                continue  # "林若溪": the full name; or a word's end before it
            if zipf(text[end - 1 : end + 1], "zh") >= _RUN_ON_ZIPF:
                continue
            new.append(Mention(start, end, given, "PER", model="rules:zh", confidence=0.6))
    return new
