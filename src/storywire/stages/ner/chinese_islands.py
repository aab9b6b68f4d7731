"""Chinese island and county news: a county named bare where the article names it with "县".

Island counties and small inland counties are named by two characters the gazetteer lacks
(geonames gives Chinese names only to cities of 100,000).  The article names the county with
its suffix once ("XX县交通运输局", "XX县人民政府", read by `chinese_suffixes.place_bodies` and
`chinese_labour.units`), and elsewhere bare: in its headline ("大雾致XX航线停航"), its dateline
("本报XX6月12日讯") and before the firms registered there ("XX某某客运有限公司").  Each
paragraph is read alone, so the bare name is found here, for the whole article
(`bare_counties`, from `chinese_ports.repeated_places`):

* the county's name is two characters that are no word at all and hold no particle, named
  with "县" at the opening of a place or a body the article reads ("XX县", "XX县教育局");
* every other free mention of the name is the county, a place, but not its people ("XX人"),
  not a place named after it that other rules read whole ("XX站", "XX港"), and not where the
  character before it makes a word with its first one;
* a registered firm opened by the bare name ("XX某某客运有限公司") is one ORG with it, as
  `chinese_companies.registered_names` reads a firm after a known place.

A port run by two cities together is named by both ("AB港", the ports of two cities merged
under one authority): two cities of the gazetteer, neither a province, a municipality or a
country, the second with "港", are one place (`joint_ports`), not a chain of two levels
(a chain opens with a province or a municipality: "浙江XX港", "重庆XX港").
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner import chinese_companies
from storywire.stages.ner.chinese_names import place_names as province_names
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.gazetteer import country_names, place_names
from storywire.stages.ner.word_frequency import zipf

_COUNTY = "县"
_NAME_SIZE = 2
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向今昨一二三四五六七八九十两几各该这那其每此某个位名些都还又再就被把从给让为于说称与及等全本"
)
# After the bare name: its people ("XX人"), its suffix (read elsewhere), a unit's other suffix,
# or the head of a place named after the county, which other rules read whole ("XX站", "XX港").
_NOT_AFTER = frozenset("人县市区镇乡省站港岛湾路街桥村")
# A character before the name that makes a word with its first one is another word's.
_WORD_ZIPF = 3.0


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "LOC", model="rules:zh", confidence=0.6)


def _county_names(text: str, mentions: list[Mention]) -> set[str]:
    names = set()
    for m in mentions:
        if m.type not in ("LOC", "ORG") or text[m.start + _NAME_SIZE : m.start + _NAME_SIZE + 1] != _COUNTY:
            continue
        name = text[m.start : m.start + _NAME_SIZE]
        if all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in name) and zipf(name, "zh") == 0:
            names.add(name)
    return names


def _free(out: list[Mention], start: int, end: int) -> bool:
    return not any(o.start < end and start < o.end for o in out)


def bare_counties(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the bare names of the article's counties as places, and the firms
    registered under such a name as one ORG each."""
    names = _county_names(text, mentions)
    if not names:
        return mentions
    out = list(mentions)
    starts: set[int] = set()
    for name in sorted(names):
        for hit in re.finditer(re.escape(name), text):
            start, end = hit.span()
            if not _free(out, start, end) or text[end : end + 1] in _NOT_AFTER:
                continue
            if start > 0 and zipf(text[start - 1 : start + 1], "zh") >= _WORD_ZIPF:
                continue  # the name's first character closes a word before it
            out = sorted([*out, _mention(text, start, end)], key=lambda m: (m.start, m.end))
            starts.add(start)
    if not starts:
        return mentions
    for firm in chinese_companies.registered_names(text, out):
        if firm.type == "ORG" and firm.start in starts and firm not in out and firm.end - firm.start > _NAME_SIZE:
            out = replace_holding(out, firm, holds=("LOC",))
    return out


# The municipalities, which open a chain of places as a province does ("重庆XX港").
_MUNICIPALITIES = frozenset({"北京", "上海", "天津", "重庆"})
_CITY_SIZE = 2


def _city(name: str) -> bool:
    return (
        len(name) == _CITY_SIZE
        and place_names("zh").get(name) == "LOC"
        and name not in province_names()
        and name not in _MUNICIPALITIES
        and name not in country_names("zh")
    )


def joint_ports(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a city right before another city's port ("AB港") one port, a place."""
    out = list(mentions)
    for m in mentions:
        if m.type != "LOC" or not m.text.endswith("港") or not _city(m.text[:-1]):
            continue
        first = next((o for o in out if o.end == m.start and o.type == "LOC"), None)
        if first is None or not _city(first.text):
            continue
        joined = Mention(first.start, m.end, text[first.start : m.end], "LOC", model="rules:zh", confidence=0.6)
        out = sorted([o for o in out if o is not first and o is not m] + [joined], key=lambda x: (x.start, x.end))
    return out
