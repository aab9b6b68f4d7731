"""Chinese place readings the gazetteer match gets wrong or leaves short.

* A conjunction before a city ("工匠和泉州的石头"): the gazetteer holds "和泉" (Izumi, in
  Japan) and the match, longest first, takes "和" with it; where a great city starts right
  after "和"/"与"/"及" and runs past the match, the city is meant.
* A country before "人" is a people, not the country ("日本人交出报告": the Japanese), which
  the guidelines leave unlabelled as a demonym; "人民", "人口", "人权" after it make a word.
* A town right after its country, after a word of where ("出生于意大利佩鲁贾，"): a name of two
  or three characters that is no word, then punctuation or a particle, is a place in it.
* A part of a country named by its direction ("来自南印度的僧侣", "在北意大利"): the direction
  and the country, one place, where a particle or a preposition stands before the direction
  ("以南", "向南" are directions of travel, not part of the name).
* A place's other name, in quotes after a verb of naming with a word for a place ("这座城市
  称为“刺桐”", "称这座港口为“…”", "泉州古称“…”"): a name of two or three characters that is
  no common word (an epithet is: "火炉"); the text names it again bare.
* A sea area ("平潭海域", "舟山近海"): the name before the word, with the word left out as a
  kind; only a name that is no word ("相关海域", "周边海域" are kinds).
* A common word that holds a town's name is no town ("入海口": an estuary, not Haikou).
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.word_frequency import zipf

_CONJUNCTIONS = frozenset("和与及")
_MAX_CITY = 4
# "人" and the character after it as common as this make a word ("人民", "人口", "人士").
_PEOPLE_WORD_ZIPF = 3.0
_WHERE = frozenset("在于到至往赴自从")
_AFTER_TOWN = frozenset("，。；：！？、）的和与及")
_FUNCTION = frozenset("的了在于和与及是对将已也并向从被把为以这那其每此某个一")


def conjunction_splits(text: str, found: list[Mention], major: frozenset[str]) -> list[Mention]:
    """`found` with a place opening with a conjunction, where a great city follows it, made
    that city."""
    out: list[Mention] = []
    for m in found:
        if m.type == "LOC" and m.text[0] in _CONJUNCTIONS:
            city = next(
                (n for n in range(_MAX_CITY, 1, -1) if text[m.start + 1 : m.start + 1 + n] in major),
                None,
            )
            if city is not None and m.start + 1 + city > m.end:
                end = m.start + 1 + city
                m = Mention(m.start + 1, end, text[m.start + 1 : end], "LOC", model=m.model, confidence=m.confidence)
        out.append(m)
    return out


def without_demonyms(text: str, found: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`found` without the countries that "人" makes a people ("荷兰人", "日本人")."""
    return [
        m
        for m in found
        if not (
            m.type == "LOC"
            and m.text in countries
            and text[m.end : m.end + 1] == "人"
            and zipf(text[m.end : m.end + 2], "zh") < _PEOPLE_WORD_ZIPF
        )
    ]


def towns_in_countries(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`mentions` with the town named right after its country added ("于日本平户，")."""
    taken = [(m.start, m.end) for m in mentions]
    out = list(mentions)
    for m in mentions:
        if m.type != "LOC" or m.text not in countries or text[m.start - 1 : m.start] not in _WHERE or m.start == 0:
            continue
        for n in (2, 3):
            town = text[m.end : m.end + n]
            if (
                len(town) == n
                and all("\u4e00" <= ch <= "\u9fff" and ch not in _FUNCTION for ch in town)
                and town[0] != "人"  # "在中国人群中": the country's people, no town of it
                and text[m.end + n : m.end + n + 1] in _AFTER_TOWN
                and zipf(town, "zh") == 0
                and not any(s < m.end + n and m.end < e for s, e in taken)
            ):
                out.append(Mention(m.end, m.end + n, town, "LOC", model="rules:zh", confidence=0.6))
                break
    return sorted(out, key=lambda m: (m.start, m.end))


_DIRECTIONS = frozenset("东南西北")
# Before a direction that opens a place: punctuation, a particle, a preposition of place;
# not "向", "往", "以", "朝", after which the direction is a way one goes ("向南印度洋").
_BEFORE_DIRECTION = frozenset("，。；：！？、“”「」（）\n 的在于到至从赴自和与及是")


def directional_countries(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`mentions` with a country after its direction made the part of it ("南印度")."""
    out: list[Mention] = []
    for m in mentions:
        at = m.start - 1
        if (
            m.type == "LOC"
            and m.text in countries
            and at >= 0
            and text[at] in _DIRECTIONS
            and (at == 0 or text[at - 1] in _BEFORE_DIRECTION)
            and not any(o.start <= at < o.end for o in mentions)
        ):
            m = Mention(at, m.end, text[at : m.end], "LOC", model="rules:zh", confidence=m.confidence)
        out.append(m)
    return out


_NAME = r"“([\u4e00-\u9fff]{2,3})”"
_PLACE_WORD = r"(?:城市|古城|城池|港口|港城|海港|城|港|岛|小镇|地方|此地|该地|这里)"
_NAMING = r"(?:称为|称作|叫做|叫作|唤作|命名为|取名为|称之为)"
_OTHER_NAMES = (
    re.compile(rf"{_PLACE_WORD}(?:被|也|又|曾|就)?{_NAMING}{_NAME}"),  # "这座城市称为“刺桐”"
    re.compile(rf"称(?:这座|这个|这片|该|此|其)?{_PLACE_WORD}为{_NAME}"),  # "称这座城市为“刺桐”"
)
# A place's old name right after the place ("泉州古称“刺桐”", "泉州，旧称“…”").
_OLD_NAME = re.compile(rf"[，,]?(?:古称|旧称|旧名|古名|别称)(?:为)?{_NAME}")
# An epithet is a word ("火炉", "春城" are not names of the map); a name is none.
_OTHER_NAME_ZIPF = 3.0


def other_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a place's other name, quoted after a verb of naming, added where the
    text names it."""
    names: set[str] = set()
    for pattern in _OTHER_NAMES:
        names |= {hit.group(1) for hit in pattern.finditer(text)}
    place_ends = {m.end for m in mentions if m.type == "LOC"}
    names |= {hit.group(1) for hit in _OLD_NAME.finditer(text) if hit.start() in place_ends}
    out = list(mentions)
    for name in names:
        if zipf(name, "zh") >= _OTHER_NAME_ZIPF:
            continue
        for hit in re.finditer(re.escape(name), text):
            if not any(o.start < hit.end() and hit.start() < o.end for o in out):
                out.append(Mention(hit.start(), hit.end(), name, "LOC", model="rules:zh", confidence=0.6))
    return sorted(out, key=lambda m: (m.start, m.end))


_SEA_AREA = re.compile(r"海域|水域|近海|外海|沿海|沿岸")
_NOT_IN_SEA_NAME = frozenset(_FUNCTION | set("各该这那此其上下前后里内外中边旁附周相关有争事目本公两"))
# A word ending right before the name marks its start ("主持平潭海域"), when it is commoner
# than the word that would cross into the name ("持平").
_BOUNDARY_WORD_ZIPF = 3.5
_CROSSING_MARGIN = 1.0


def sea_areas(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the place named before a sea area's word added ("平潭海域" -> "平潭")."""
    out = list(mentions)
    for hit in _SEA_AREA.finditer(text):
        at = hit.start()
        if any(o.end == at or o.start < at < o.end for o in out):
            continue  # a place the text names already ("南海海域"), or a word running through
        for size in (2, 3):
            start = at - size
            name = text[start:at]
            if start < 0 or not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_SEA_NAME for ch in name):
                continue
            if zipf(name, "zh") > 0 or any(zipf(name[i : i + 2], "zh") > 0 for i in range(1, size - 1)):
                continue  # a word: a kind of sea area ("相关海域"), or a phrase
            if not _sea_name_opens(text, start) or any(o.start < at and start < o.end for o in out):
                continue
            out.append(Mention(start, at, name, "LOC", model="rules:zh", confidence=0.6))
            break
    return sorted(out, key=lambda m: (m.start, m.end))


def _sea_name_opens(text: str, start: int) -> bool:
    if start == 0 or text[start - 1] in _BEFORE_DIRECTION:
        return True
    word = zipf(text[start - 2 : start], "zh") if start >= 2 else 0.0
    crossing = zipf(text[start - 1 : start + 1], "zh")
    return word >= _BOUNDARY_WORD_ZIPF and word >= crossing + _CROSSING_MARGIN


# Common words that hold a town's name ("入海口": an estuary, not Haikou "海口"; "沿海地区":
# the coast, not Haiti "海地").
_WORDS_HOLDING_TOWNS = ("入海口", "出海口", "入江口", "沿海地区", "滨海地区", "近海地区")


def without_town_words(text: str, found: list[Mention]) -> list[Mention]:
    """`found` without the places read inside a common word that holds their characters."""
    spans = [(hit.start(), hit.end()) for word in _WORDS_HOLDING_TOWNS for hit in re.finditer(re.escape(word), text)]
    return [m for m in found if not (m.type == "LOC" and any(s <= m.start and m.end <= e for s, e in spans))]
