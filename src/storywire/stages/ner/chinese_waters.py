"""Chinese waters and the places that watch them: gauging stations, rivers named by one
character, nature reserves.

* A gauging or weather station is named after the word for one ("水文站星子站", "气象站泰山
  站"): the name keeps its "站", as a port keeps "港", and is a place wherever the text
  repeats it ("星子站当日水位").
* A river named by one character and "江" or "河" ("赣江", "湘江", "渭河") is read where a
  word of a river follows it (its reach, its basin, its banks: "赣江南昌段", "渭河流域",
  "湘江沿岸") and a clause's edge or a particle stands before it; a character that makes a
  kind of river ("大河", "运河", "内河", "界河") names none.
* A river named right after a verb of where a thing lies or of distance ("紧邻金沙江", "距汉江
  不远", "横跨怒江"): the verb bounds the name on the left, "江"/"河" on the right; a kind of
  river ("小河", "运河", "护城河") or a head opening a word ("河道") names none, and a place read
  across the verb ("紧邻怒", "距汉江") gives way.
* Rivers that meet, named by one character each ("章江与贡江汇成赣江", "X河和Y河交汇"): the
  verb of their meeting shows both are rivers, whatever stands before the first; a place read
  across the first one's start ("取意章江") gives way to it.
* A nature reserve keeps its whole name with its rank ("鄱阳湖国家级自然保护区"): the place
  before it, or a name that is no common word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storywire.model import Mention
from storywire.stages.ner.word_frequency import zipf

_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 的了在于到至从往赴自和与及经沿由向对据是为但而")
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向举召今昨一二三四五六七八九十百千万两几各该这那其每此某个位名些家都还又再就"
    "被把从给让为于说称与及或着过得地上下前后里内外中间边旁条座所只道片段处到走去来往沿经不没"
)
_STATION = re.compile(r"(?:水文站|水位站|气象站|观测站|监测站|雨量站|测站)([\u4e00-\u9fff]{2,3}?)站")
_NAME_ZIPF = 4.0

# What follows a river's name: a reach named by a place ("南昌段"), or a word of the river.
_RIVER = re.compile(r"([\u4e00-\u9fff])(江|河)")
# "是闽江的重要支流": the river whose tributary a stream is, after "的" and a rank word.
_RIVER_AFTER = re.compile(
    r"的(?:重要|主要|最大|一级|二级)?(?:支流|干流)|"
    r"流域|干流|支流|水位|水系|中游|下游|上游|沿岸|两岸|沿线|大堤|入湖口|入江口|河口|江段|河段|段|"
    # its bank, where a hotel or a town lies ("XX区X河畔的酒店")
    r"之?畔"
)
# Characters that make a kind of river with "江"/"河", not a name.
_KIND_CHARS = frozenset("小大老古旧长江河湖海山内外冰银运护界母支干主本跨入出渡")
_KIND_ZIPF = 3.5

# Verbs of nearness, crossing, inflow and distance before a river's name, and the longest name read.
# Waste water and spills flow or are let into a river ("未流入XX河", "排入XX江").
_NEAR_VERB = re.compile(r"紧邻|毗邻|临近|靠近|濒临|流经|汇入|注入|流入|排入|汇成|汇合成|交汇成|横跨|跨越|距离|距|沿着")
_NEAR_NAME = 4
_HEAD_WORD_ZIPF = 3.3  # "河道", "江湖": the head opens a word, not a river's end
_POSITION = frozenset("畔边岸段口上")  # "江边", "河畔": where at the river

# Two rivers joined by a conjunction before a verb of their meeting.
_CONFLUENCE = re.compile(
    r"([\u4e00-\u9fff])([江河])[与和、]([\u4e00-\u9fff])([江河])(?=汇成|汇合|交汇|汇流|合流|汇入|汇聚)"
)

_RESERVE = re.compile(r"(?:国家级|省级|市级|县级)?(?:湿地|森林|海洋)?自然保护区")


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "LOC", model="rules:zh", confidence=0.6)


def replace_places(out: list[Mention], new: Mention) -> list[Mention]:
    """`out` with `new` in place of the places it holds; unchanged where it crosses a
    mention's edge or holds a person or a body."""
    overlaps = [o for o in out if o.start < new.end and new.start < o.end]
    if any(o.type != "LOC" or o.start < new.start or o.end > new.end for o in overlaps):
        return out
    return sorted([o for o in out if o not in overlaps] + [new], key=lambda m: (m.start, m.end))


def _clean(name: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in name)


def waters(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with stations, one-character rivers and nature reserves added."""
    out = _rivers(text, _stations(text, mentions))
    if "汇" in text or "合流" in text:
        out = _confluences(text, out)
    if "畔" in text or "岸" in text:
        out = _banks(text, out)
    out = _reserves(text, _near_rivers(text, out))
    return _ranked_reserves(text, out) if "级" in text else out


def _stations(text: str, mentions: list[Mention]) -> list[Mention]:
    names = {
        hit.group(1) + "站"
        for hit in _STATION.finditer(text)
        if _clean(hit.group(1)) and zipf(hit.group(1), "zh") < _NAME_ZIPF
    }
    out = list(mentions)
    for name in names:
        for hit in re.finditer(re.escape(name), text):
            new = _mention(text, hit.start(), hit.end())
            overlaps = [o for o in out if o.start < new.end and new.start < o.end]
            if all(o.type == "LOC" for o in overlaps):  # a place read across the name gives way
                out = sorted([o for o in out if o not in overlaps] + [new], key=lambda m: (m.start, m.end))
    return out


def _rivers(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    starts = {m.start: m for m in mentions if m.type == "LOC"}
    # a district or county read right before names the river that runs through it ("咸安区X河畔")
    district_ends = {m.end for m in mentions if m.type == "LOC" and m.text.endswith(("区", "县", "市", "镇"))}
    for hit in _RIVER.finditer(text):
        start, end = hit.span()
        name = hit.group(1)
        opens = start == 0 or text[start - 1] in _BEFORE or start in district_ends
        if not opens or name in _KIND_CHARS or not _clean(name):
            continue
        if zipf(hit.group(), "zh") >= _KIND_ZIPF:
            continue  # a word as common as this is a kind of river, or no river
        place = starts.get(end)
        reach = place is not None and text[place.end : place.end + 1] == "段"  # "赣江南昌段"
        if reach or _RIVER_AFTER.match(text, end):
            out = replace_places(out, _mention(text, start, end))
    return out


def _confluences(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _CONFLUENCE.finditer(text):
        for group in (1, 3):
            name, river = hit.group(group), hit.group(group) + hit.group(group + 1)
            if name in _KIND_CHARS or not _clean(name) or zipf(river, "zh") >= _KIND_ZIPF:
                continue  # "大河与小河": kinds of river
            start, end = hit.start(group), hit.end(group + 1)
            overlaps = [o for o in out if o.start < end and start < o.end]
            if any(o.type != "LOC" or o.end > end for o in overlaps):
                continue  # read already in a longer name ("黑龙江省"), or a body's
            out = sorted(
                [o for o in out if o not in overlaps] + [_mention(text, start, end)], key=lambda m: (m.start, m.end)
            )
    return out


def _near_rivers(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for verb in _NEAR_VERB.finditer(text):
        at = verb.end()
        head = next((i for i in range(at, min(at + _NEAR_NAME + 1, len(text))) if text[i] in "江河"), None)
        if head is None or head == at:
            continue  # "靠近河南", "距江边": no name before the head
        name, end = text[at:head], head + 1
        if not _clean(name) or name[0] in _KIND_CHARS or zipf(name + text[head], "zh") >= _KIND_ZIPF:
            continue
        if zipf(text[head : head + 2], "zh") >= _HEAD_WORD_ZIPF and text[head + 1 : head + 2] not in _POSITION:
            continue
        new = _mention(text, at, end)
        overlaps = [o for o in out if o.start < end and at < o.end]
        if any(o.start == at and end <= o.end for o in overlaps):
            continue  # read already ("黑龙江省")
        if any(o.type != "LOC" or o.end > end or o.start < verb.start() for o in overlaps):
            continue
        out = sorted([o for o in out if o not in overlaps] + [new], key=lambda m: (m.start, m.end))
    return out


# A river named with its bank ("XX江畔", "XX河两岸"): a name of two or three characters is
# read there too (`_rivers` reads one character before a river's word of its own).
_BANK = re.compile(r"(江|河)(?:畔|之畔|两岸|沿岸|岸边)")


def _banks(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _BANK.finditer(text):
        head = hit.start()
        for size in (2, 3):
            start = head - size
            name = text[start:head]
            if start < 0 or (start > 0 and text[start - 1] not in _BEFORE) or not _clean(name):
                continue
            if (
                name[0] in _KIND_CHARS
                or zipf(name + hit.group(1), "zh") >= _KIND_ZIPF
                or zipf(name, "zh") >= _NAME_ZIPF
            ):
                continue  # "护城河畔", "小河边": a kind of river
            overlaps = [o for o in out if o.start < head + 1 and start < o.end]
            if all(o.type == "LOC" and start <= o.start and o.end <= head + 1 for o in overlaps):
                out = replace_places(out, _mention(text, start, head + 1))
            break
    return out


def _reserves(text: str, mentions: list[Mention]) -> list[Mention]:
    return places_before_kind(text, mentions, _RESERVE, _name_start)


# With its rank ("省级自然保护区") a reserve's name is bounded on both sides, so a name opening
# with a character that is also a particle ("将石", "和平") is read where "和" or punctuation
# stands before it; the particles that never open a place's name stay out.
_RANKED = re.compile(r"(?:国家级|省级|市级|县级)(?:湿地|森林|海洋)?自然保护区")
_NEVER_IN_NAME = frozenset("的在是了对也并向今昨一两几各该这那其每此某个位名些都还又再就被把从给让为于说称与及或")


def _ranked_reserves(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _RANKED.finditer(text):
        at = hit.start()
        if any(m.start < hit.end() and at < m.end for m in out):
            continue
        for size in (2, 3):
            start = at - size
            name = text[start:at]
            if start <= 0 or text[start - 1] not in _BEFORE:
                continue
            if any(not "\u4e00" <= ch <= "\u9fff" or ch in _NEVER_IN_NAME for ch in name):
                continue
            if zipf(name, "zh") < _NAME_ZIPF:
                out = replace_places(out, _mention(text, start, hit.end()))
                break
    return out


def places_before_kind(
    text: str, mentions: list[Mention], kind: re.Pattern[str], name_start: Callable[[str, int], int | None]
) -> list[Mention]:
    """`mentions` with each match of `kind` (a kind word: 保护区, 群岛) one place with the place
    found before it, or with the name `name_start` finds there."""
    out = list(mentions)
    for hit in kind.finditer(text):
        at = hit.start()
        place = next((m for m in out if m.end == at and m.type == "LOC"), None)
        start = place.start if place is not None else name_start(text, at)
        if start is not None:
            out = replace_places(out, _mention(text, start, hit.end()))
    return out


def _name_start(text: str, at: int) -> int | None:
    for size in (2, 3, 4):
        start = at - size
        name = text[start:at]
        if start < 0 or (start > 0 and text[start - 1] not in _BEFORE) or not _clean(name):
            continue
        if zipf(name, "zh") < _NAME_ZIPF:
            return start
    return None
