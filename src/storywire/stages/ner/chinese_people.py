"""Chinese people named with no title of office: read from the cue that follows the name.

A feature or a travel piece names historical and ordinary people by what they did ("，郑和
率船队出海", "“鲁迅当年住在这里"), by their kin or trade ("父亲张三是", "老板王五还会"), or
by what is named after them ("孙中山故居", "李大钊诞辰", "詹天佑纪念馆").  The cue marks where
the name ends, so the name is read backwards from it: a surname from the common list and
one or two given characters, which may be a common word ("成功", "建国"), since the cue, not
the characters, says a person is meant.  The character before the name must close a clause
or be a particle or a preposition, so that a name never starts inside a word.

A foreign name written with the interpunct keeps older renderings whose characters the
transliteration tables lack ("马可·波罗", "伊本·白图泰"): the dot is written only inside a
foreign name, so the parts are bounded by particles and punctuation, not by the tables.
"""

from __future__ import annotations

import functools
import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.chinese_foreign import foreign_sounds
from storywire.stages.ner.chinese_names import (
    AFTER_NAME,
    CLAUSE_START,
    MULTI_SURNAMES,
    NOT_GIVEN_END,
    SPEECH_VERBS,
    SURNAME_OPENERS,
    SURNAMES,
    speaker_at,
)
from storywire.stages.ner.chinese_titles import TITLES
from storywire.stages.ner.word_frequency import zipf

# Deeds of a life that only a person does: birth and death, leading, founding, building,
# studying, holding an office, ascending a throne, writing.
_DEEDS = (
    "出生|生于|诞生|出身|逝世|去世|病逝|辞世|率领|率军|率兵|率部|率船队|率|攻打|攻占|攻克|收复|击败|打败|"
    "驱逐|创办|创立|创建|建立|兴建|修建|建造|捐建|捐资|设计|主持|毕业|就读|留学|担任|出任|就任|当选|即位|"
    "登基|继位|称帝|定都|写下|写道|著有|发明|移居|定居|隐居|回国|归国|建"
)
# When a deed was done, between the name and the deed ("陈某当年建", "王某1990年创办"); after a
# year "为" (for) says whom a thing was done for or by, as a deed does.
_WHEN = r"\d{2,4}年(?:为|在|于)?|当年|早年|晚年|幼年|生前|次年|后来|曾经|曾|亲自|一手"
_DEED = re.compile(rf"(?:{_WHEN})?(?:{_DEEDS})|\d{{4}}年为")
# Things named after a person: the anniversary of a birth, a former home, a memorial hall,
# a statue, a life story.
_NAMED_AFTER = re.compile(r"诞辰|故居|旧居|纪念馆|纪念堂|铜像|雕像|塑像|生平|诞生地|出生地")
# What stands right before a name read backwards: a clause's edge, a particle, a preposition.
_BEFORE = CLAUSE_START | frozenset("的了在于到从和与及是为由把被让给对向同跟看见")
# Particles and prepositions a given name never holds ("则", "曾", "其" may: "林则徐").
_NOT_GIVEN = frozenset("的了在于和与及是为被把让给对向从将也都就还又并而但说称等这那")
# The first two characters of a name this common make a word ("常年在外", "马上就"), no name.
_WORD_ZIPF = 3.0
_TITLED = re.compile(f"(?:{TITLES})")
# An age before a name ("今年三十一岁的王五曾", "45岁的李四说"): only a person has one; the name
# is read forward from it as after a title.
_AGED = re.compile(r"(?:\d{1,3} ?|[一二三四五六七八九十两百]{1,4})多?(?:周)?岁的")
_AFTER_TITLED = re.compile(rf"(?:{_WHEN})?(?:{_DEEDS}|{SPEECH_VERBS})")
# Where a person comes from, before the name ("来自XX县的王五在", "来自XX村的李四说"): a report
# introduces its people so; the name is read forward as after a title ("来自北京的消息" has none).
_FROM = re.compile(r"来自[\u4e00-\u9fff]{2,8}?的")


def cued_people(text: str) -> dict[str, EntityType]:
    """The names read from a deed, a title or a thing named after them, and the dotted
    names the transliteration tables cannot read, each a person."""
    names: dict[str, EntityType] = {}
    for hit in _DEED.finditer(text):
        name = name_before(text, hit.start())
        if name is not None:
            names.setdefault(text[name : hit.start()], "PER")
    for hit in _NAMED_AFTER.finditer(text):
        name = name_before(text, hit.start())
        if name is not None:
            names.setdefault(text[name : hit.start()], "PER")
    for hit in _TITLED.finditer(text):
        end = _titled_name_end(text, hit.end())
        if end is not None:
            names.setdefault(text[hit.end() : end], "PER")
    if "岁的" in text:
        for hit in _AGED.finditer(text):
            end = _titled_name_end(text, hit.end())
            if end is not None:
                names.setdefault(text[hit.end() : end], "PER")
    if "来自" in text:
        for hit in _FROM.finditer(text):
            end = _titled_name_end(text, hit.end())
            if end is not None:
                names.setdefault(text[hit.end() : end], "PER")
    for start, end in dotted_spans(text):
        names.setdefault(text[start:end], "PER")
    return names


def name_before(text: str, end: int) -> int | None:
    """Where a Chinese name ending at `end` starts, the longest reading first; None where
    no surname and given name end there, or a word runs into the name from before."""
    for start in sorted(_starts(text, end)):
        if (start == 0 or text[start - 1] in _BEFORE) and _name(text[start:end]):
            return start
    return None


def _starts(text: str, end: int) -> set[int]:
    starts = {end - 3, end - 2}
    starts |= {end - len(s) - n for s in MULTI_SURNAMES for n in (1, 2) if text.startswith(s, end - len(s) - n)}
    return {s for s in starts if s >= 0}


def _name(name: str) -> bool:
    surname = next((s for s in MULTI_SURNAMES if name.startswith(s) and len(name) > len(s)), name[:1])
    given = name[len(surname) :]
    if (surname not in SURNAMES and surname not in MULTI_SURNAMES) or not 1 <= len(given) <= 2:
        return False
    if not all("\u4e00" <= ch <= "\u9fff" for ch in given) or given[-1] in NOT_GIVEN_END:
        return False
    # "一" opens given names ("一帆", "一鸣") as much as counts ("一行", "一年"): only where the
    # two make no word
    if any(ch in _NOT_GIVEN for ch in given) or (given[0] == "一" and (len(given) < 2 or zipf(given, "zh") > 0)):
        return False
    return zipf(name if len(surname) > 1 else name[:2], "zh") < _WORD_ZIPF


def _titled_name_end(text: str, at: int) -> int | None:
    """The end of a name right after a title, where a particle, a verb or a deed follows it
    ("父亲张三是", "老板王五还会", "传教士李四设计")."""
    for n in (4, 3, 2):
        end = at + n
        if end > len(text) or not _name(text[at:end]):
            continue
        if end == len(text) or text[end] in AFTER_NAME or _AFTER_TITLED.match(text, end):
            return end
    return None


_DOTS = frozenset("·•・")
_MAX_PART = 4
# Particles, prepositions and verbs that bound a dotted name's part ("马可·波罗和伊本...").
_NOT_IN_PART = frozenset("的了在于与和同及跟对向将已也还就则又都曾却说称是为被把让给等并而但从自据因所均各该再")
# Share of a dotted name's characters that must be sounds of the transliteration tables: a
# title ("《史记·项羽本纪》") or a place and a city ("中国·杭州") holds few of them.
_SOUND_SHARE = 0.6
_EDGE_WORD_ZIPF = 3.5
# A dotted name before a firm's word names the firm (`chinese_foreign` reads it whole).
_FIRM = re.compile(r"控股|股份|集团|公司|有限")


def dotted_spans(text: str) -> list[tuple[int, int]]:
    """Foreign names with an interpunct, whatever their characters: each part two to four
    characters, bounded by a particle, a preposition or punctuation, mostly sounds."""
    out: list[tuple[int, int]] = []
    for at, ch in enumerate(text):
        if ch not in _DOTS or (out and at < out[-1][1]):
            continue
        start = at
        while start > 0 and at - start < _MAX_PART and _part_char(text[start - 1], text[start - 2 : start]):
            start -= 1
        end = at
        while end < len(text) and text[end] in _DOTS:
            part = end + 1
            while part < len(text) and part - end <= _MAX_PART and _part_char(text[part], text[part : part + 2]):
                part += 1
            if part - end - 1 < 2:
                break
            end = part
        if start > 0 and _part_char(text[start - 1], ""):
            start = _after_word(text, at)  # "旅行家伊本·...": the part opens where a word ends
        if at - start < 2 or end == at or _FIRM.match(text, end):
            continue  # no part before the dot, one longer than a part (no name's edge), or a firm
        name = text[start:end]
        sounds = sum(ch in _sounds() for ch in name if ch not in _DOTS)
        if (
            sounds >= _SOUND_SHARE * (len(name) - sum(ch in _DOTS for ch in name))
            and "《" not in text[max(0, start - 8) : start]
        ):
            out.append((start, end))
    return out


def _after_word(text: str, at: int) -> int:
    """The start of a dotted name's first part (two or three characters before the dot at
    `at`) right after a common word that ends there; `at` where none does."""
    for n in (2, 3):
        start = at - n
        before = max((zipf(text[start - k : start], "zh") for k in (2, 3) if start - k >= 0), default=0.0)
        if start > 0 and before >= _WORD_ZIPF and zipf(text[start - 1 : start + 1], "zh") == 0:
            return start
    return at


def _part_char(ch: str, outward: str) -> bool:
    """`ch` may be in a dotted name's part: no particle, and, where the tables lack it, no
    common word with the character beyond it (`outward`: "...控股公司" ends a firm's name)."""
    if not "\u4e00" <= ch <= "\u9fff" or ch in _NOT_IN_PART:
        return False
    return ch in _sounds() or len(outward) < 2 or zipf(outward, "zh") < _EDGE_WORD_ZIPF


@functools.cache
def _sounds() -> frozenset[str]:
    return foreign_sounds()


# Bodies and places named after a person: a memorial hall or a foundation is a body (a
# place after "在"), a former home a place.
_MEMORIAL = re.compile(r"纪念馆|纪念堂|基金会|故居|旧居")
_AT = frozenset("在于")


def memorials(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a person's name and "纪念馆", "基金会" or "故居" after it made one body
    or place, which replaces the person's mention inside it."""
    out = list(mentions)
    for hit in _MEMORIAL.finditer(text):
        person = next((m for m in out if m.type == "PER" and m.end == hit.start()), None)
        start = person.start if person is not None else name_before(text, hit.start())
        if start is None or any(o.start < hit.end() and start < o.end and o is not person for o in out):
            continue
        place = hit.group().endswith("居") or (start > 0 and text[start - 1] in _AT)
        new = Mention(
            start, hit.end(), text[start : hit.end()], "LOC" if place else "ORG", model="rules:zh", confidence=0.6
        )
        out = sorted([o for o in out if o is not person] + [new], key=lambda m: (m.start, m.end))
    return out


def staff(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a person named after a body and "的" who speaks ("...律师事务所的周某表示",
    "...研究所的李某说"): the body says where the person works, the verb that a person is meant."""
    out = list(mentions)
    for m in mentions:
        at = m.end + 1
        if m.type != "ORG" or text[m.end : at] != "的" or text[at : at + 1] not in SURNAME_OPENERS:
            continue
        name = speaker_at(text, at)
        if name is not None and not any(o.start < at + len(name) and at < o.end for o in out):
            person = Mention(at, at + len(name), name, "PER", model="rules:zh", confidence=0.6)
            out = sorted([*out, person], key=lambda o: (o.start, o.end))
    return out
