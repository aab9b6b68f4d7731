"""Chinese autonomous units and development zones, places the gazetteer holds only in part.

* An autonomous region, prefecture, county or banner is named by its place, its peoples and
  its kind ("新疆维吾尔自治区", "广西壮族自治区", "延边朝鲜族自治州", "恩施土家族苗族自治州"): one
  LOC over the place the gazetteer read in it (and over a country read in a people's name:
  "朝鲜" of "朝鲜族").  The peoples are names that end in "族", or "维吾尔", the one people an
  official name writes without it.
* A new area, a high-tech zone, a science city or a park is named by a place or a name and
  its kind ("雄安新区", "合肥高新区", "怀柔科学城", "苏州工业园区", after its district: "浦东新区
  张江科学城"; a business park: "XX软件园", "XX科技生态园"): one LOC, as a district is.  A
  name with no place before it (nor before a word of the park's sort: "XX现代物流园") opens
  after punctuation, a particle or a place, and is no common word ("这个新区", "建设高新区");
  a country's zones are a kind ("中国自贸区").  The park's industry may stand between its name
  and its kind ("XX新材料产业园", "XX精细化工园区"), as "现代" does.
* A park acts through its management, as a plant does: where it orders, demands or promises
  ("XX产业园已责令园内企业停产") it is an ORG, kept so by the article's harmoniser.
"""

from __future__ import annotations

import dataclasses
import re

from storywire.model import Mention
from storywire.stages.ner.chinese_aviation import ACTING_SITE
from storywire.stages.ner.word_frequency import zipf

_AUTONOMOUS = re.compile(r"自治(?:区|州|县|旗)")
_PEOPLES = re.compile(r"(?:[\u4e00-\u9fff]{1,3}?族)*|维吾尔")
_MAX_PEOPLES = 10
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 的在于到至从往赴自和与及")
# ("一", "两" may name a place: "两江新区"; a count of zones takes a measure word, "两个新区")
_NOT_IN_NAME = frozenset("的了在和是对将已也并向今昨几各该这那其每此某个位名些家都还又再就被把从给让为于说称与及等")

_ZONE_KINDS = (
    "高新技术产业开发区", "经济技术开发区", "自由贸易试验区", "经济开发区", "高科技园区", "工业园区", "开发区",
    "科学城", "科技城", "科学园", "科技园", "高新区", "新区", "自贸区",
    # a business park by its kind ("南山软件园", "XX科技生态园", "XX产业园")
    "科技生态园", "科技产业园", "生态园", "产业园区", "产业园", "软件园", "创业园", "创意园", "创新园",
    "科创园", "物流园", "工业园",
    # a chemical park by its kind ("XX化工园区", "XX化工园"); a province's are a kind ("全省化工园区")
    "化工园区", "化工园",
    # bonded and cross-border zones of border and port towns ("XX综合保税区", "XX边境经济合作区")
    "综合保税区", "保税港区", "保税区", "边境经济合作区", "跨境经济合作区",
)  # fmt: skip
_ZONE = re.compile("|".join(sorted(_ZONE_KINDS, key=len, reverse=True)))
# Words before a zone's kind that say what sort it is, rarer than the bar below.
_KINDS_OF_ZONE = frozenset({"主城", "临空", "经济技术", "高新技术", "国家级", "省级", "市级", "城市", "产业", "老城"})
_NAME_ZIPF = 4.0
# A city's own high-tech or development zone, named by its short kind right after the city with
# its "市" ("成都市高新区"), is a level of its own: Chinese place chains give one LOC per level.
_CITY_ZONES = frozenset({"高新区", "经开区"})


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "LOC", model="rules:zh", confidence=0.6)


def _replace(out: list[Mention], new: Mention) -> list[Mention]:
    """`out` with `new` in place of the places it holds; unchanged where `new` cuts a
    mention or holds a body or a person."""
    overlaps = [o for o in out if o.start < new.end and new.start < o.end]
    if any(o.type != "LOC" or o.start < new.start or o.end > new.end for o in overlaps):
        return out
    return sorted([o for o in out if o not in overlaps] + [new], key=lambda m: (m.start, m.end))


def _before_modifier(text: str, at: int) -> int:
    """Where a modifier word before a zone's kind at `at` opens, or -1."""
    return next((at - len(w) for w in _ZONE_MODIFIERS if text.endswith(w, 0, at)), -1)


def _name(chars: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in chars)


def zones(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`mentions` with autonomous units and development zones as one LOC each."""
    out = _autonomous(text, mentions)
    places = {m.end: m for m in out if m.type == "LOC"}
    for hit in _ZONE.finditer(text):
        at = hit.start()
        place = places.get(at) or places.get(_before_modifier(text, at))
        if place is not None and place.text in countries:
            continue  # "中国自贸区": the country's zones, none of them
        if place is not None and place.end == at and place.text.endswith("市") and hit.group() in _CITY_ZONES:
            out = _replace(out, _mention(text, at, hit.end()))
            continue
        start = place.start if place is not None else _zone_name(text, at, set(places))
        if start is not None:
            out = _replace(out, _mention(text, start, hit.end()))
    return _acting_parks(text, out)


# What a park's management does as a body: it orders, demands, promises, announces.  A new
# area or a district-like zone ("浦东新区") is a unit of government, read as a place.
_PARK_ENDS = tuple(kind for kind in _ZONE_KINDS if kind.endswith(("园", "园区")))
_PARK_ACTS = re.compile(
    r"(?:已经|已|随即|立即|迅速|同时|也|还|将|正)?(?:责令|要求|承诺|通报|宣布|表示|发布|下发|印发|出台|部署|组织)"
)


def _acting_parks(text: str, mentions: list[Mention]) -> list[Mention]:
    return [
        dataclasses.replace(m, type="ORG", model=ACTING_SITE)
        if m.type == "LOC" and m.model == "rules:zh" and m.text.endswith(_PARK_ENDS) and _PARK_ACTS.match(text, m.end)
        else m
        for m in mentions
    ]


# Words between a park's name and its kind that say what sort of park it is ("XX现代物流园",
# "XX国际物流园", "XX智慧产业园"): the name stands before them.
_ZONE_MODIFIERS = (
    "现代", "国际", "综合", "智慧", "智能", "冷链", "保税", "临港", "空港",
    # the park's industry ("XX新材料产业园", "XX精细化工园区", "XX生物医药产业园")
    "新材料", "精细化工", "石油化工", "精细", "石油", "石化", "化工", "新能源", "生物医药", "医药",
    "装备制造", "电子信息", "食品", "纺织", "循环经济",
)  # fmt: skip


def _zone_name(text: str, at: int, place_ends: set[int]) -> int | None:
    modifier = next((w for w in _ZONE_MODIFIERS if text.endswith(w, 0, at)), None)
    if modifier is not None:
        at -= len(modifier)
        if at in place_ends:
            return None  # the place before the modifier is read by `zones` itself
    for size in (2, 3):
        start = at - size
        name = text[start:at]
        if start < 0 or not _name(name) or name in _KINDS_OF_ZONE or zipf(name, "zh") >= _NAME_ZIPF:
            continue
        if start == 0 or text[start - 1] in _BEFORE or start in place_ends:
            return start
    return None


def _autonomous(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _AUTONOMOUS.finditer(text):
        at = hit.start()
        place = next(
            (
                m
                for m in out
                if m.type == "LOC" and at - _MAX_PEOPLES <= m.end <= at and _PEOPLES.fullmatch(text[m.end : at])
            ),
            None,
        )
        start = place.start if place is not None else _unit_name(text, at)
        if start is not None:
            out = _replace(out, _mention(text, start, hit.end()))
    return out


def _unit_name(text: str, at: int) -> int | None:
    """The start of a place's name of two or three characters that opens after punctuation or
    a particle, the peoples between it and `at`."""
    for start in range(max(0, at - _MAX_PEOPLES - 3), at - 1):
        if start > 0 and text[start - 1] not in _BEFORE:
            continue
        for size in (2, 3):
            if _name(text[start:at]) and _PEOPLES.fullmatch(text[start + size : at]):
                return start
    return None
