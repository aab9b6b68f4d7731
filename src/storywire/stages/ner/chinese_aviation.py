"""Chinese airports, their terminals and the civil-aviation bodies that run their skies.

* A terminal named by its code keeps its word ("T2航站楼", "T3候机楼"): a LOC, as the
  guidelines keep "航站楼"; a terminal named by an adjective ("新航站楼", "老航站楼") is no
  name, and a place read over one gives way.
* A body of the civil-aviation administration opens with "民航", then the province or the
  region it serves and its kind ("民航江西空管分局", "民航华东地区管理局", "民航湖北监管局"):
  one ORG that holds the place.
* A region of a province named by the province's one-character short name and a direction,
  before a word of an area ("赣南地区", "闽西一带", "苏北山区"): the region is a LOC, the word
  of the area left out.
* A site that counts or reports ("据XX机场统计", "据XX煤矿介绍") acts: an airport, a plant, a
  mine or an observatory read as a place there is an ORG.
"""

from __future__ import annotations

import dataclasses
import re

from storywire.model import Mention

# A terminal's code: a capital letter and a number ("T2"), or a number and "号" ("1号").
_CODED_TERMINAL = re.compile(r"(?:[A-Z]\d{1,2}|\d{1,2}号)(?:航站楼|候机楼|航站区)")
# The kind of terminal with an adjective or a determiner before it: no name.
_KIND_OF_TERMINAL = re.compile(r"[新老旧原主该本此这那][\u4e00-\u9fff]?(?:航站楼|候机楼|候机厅|航站区)")

# The kinds of body of the civil-aviation administration, longest first.
_AVIATION_KIND = r"(?:地区)?(?:安全监督管理局|空中交通管理局|空管分局|空管局|空管站|监管局|管理局)"
# The civil-aviation administration's regions ("民航华东地区管理局", "民航中南地区管理局").
_AVIATION_REGIONS = frozenset({"华北", "东北", "华东", "中南", "西南", "西北", "新疆"})
_AVIATION_BODY = re.compile(r"民航([\u4e00-\u9fff]{2,4}?)" + _AVIATION_KIND)

# The provinces' one-character short names ("赣" Jiangxi, "闽" Fujian) and the words of an
# area after a region named by one and a direction.  "京"/"沪" are left out: "京东" is a firm.
_PROVINCE_SHORT = "赣闽粤苏皖湘鄂豫陕川黔滇桂浙鲁晋冀辽蒙藏甘青琼渝"
_REGION = re.compile(rf"[{_PROVINCE_SHORT}][东南西北中](?=地区|一带|山区|老区|苏区|片区|各地|各县)")

# The model of a site typed ORG by what it does, which the article's vote on types leaves alone.
ACTING_SITE = "acting-site"
# A site's kinds, and what it does when "据" opens the clause: it counts, it reports.
_SITE_HEADS = ("机场", "电厂", "电站", "煤矿", "矿山", "气田", "油田", "天文台", "发射中心", "核电站", "风电场")
_REPORTS = re.compile(r"统计|介绍|通报|消息|透露|数据显示|测算|公布")


def _sorted(mentions: list[Mention]) -> list[Mention]:
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _replace_held(out: list[Mention], new: Mention, types: tuple[str, ...] = ("LOC",)) -> list[Mention]:
    """`out` with `new` in place of the mentions of `types` it holds or crosses on the
    left; unchanged where it would cut a person or another kind of mention."""
    overlaps = [o for o in out if o.start < new.end and new.start < o.end]
    if any(o.type not in types or o.end > new.end for o in overlaps):
        return out
    return _sorted([o for o in out if o not in overlaps] + [new])


def aviation(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with terminals, civil-aviation bodies, provinces' regions and reporting sites
    read; each pass runs only where its trigger occurs."""
    out = list(mentions)
    if "航站" in text or "候机" in text:
        out = _terminals(text, out)
    if "民航" in text:
        out = _aviation_bodies(text, out)
    out = _regions(text, out)
    if "机场" in text:
        out = _airports_with_towns(out)
    if "据" in text:
        out = _reporting_sites(text, out)
    return out


def _terminals(text: str, mentions: list[Mention]) -> list[Mention]:
    out = [m for m in mentions if not (m.type == "LOC" and _KIND_OF_TERMINAL.fullmatch(m.text))]
    for hit in _CODED_TERMINAL.finditer(text):
        new = Mention(hit.start(), hit.end(), hit.group(), "LOC", model="rules:zh", confidence=0.7)
        if not any(o.start <= new.start and new.end <= o.end for o in out):  # held in a longer name
            out = _replace_held(out, new)
    return out


def _aviation_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _AVIATION_BODY.finditer(text):
        place_at = hit.start(1)
        # the place it serves: a place read right after "民航", ending where its kind (or the
        # region's "地区") opens
        named = hit.group(1) in _AVIATION_REGIONS or any(
            m.start == place_at
            and ((m.type == "LOC" and m.end == hit.end(1)) or (m.type == "ORG" and m.end == hit.end()))
            for m in out
        )  # or the province's body read already without "民航" ("湖北监管局")
        if not named:
            continue
        new = Mention(hit.start(), hit.end(), hit.group(), "ORG", model="rules:zh", confidence=0.7)
        out = _replace_held(out, new, ("LOC", "ORG"))
    return out


def _regions(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _REGION.finditer(text):
        if text[hit.start() - 1 : hit.start()] == "江":
            continue  # "江苏北部", "江西南": a province's own name runs on
        if any(o.start < hit.end() and hit.start() < o.end for o in out):
            continue  # read already, or inside a body's name
        out = _sorted([*out, Mention(hit.start(), hit.end(), hit.group(), "LOC", model="rules:zh", confidence=0.6)])
    return out


def _airports_with_towns(mentions: list[Mention]) -> list[Mention]:
    """An airport named after its town and a name of its own ("宜昌" + "三峡机场") is one place,
    as the guidelines keep "广州白云国际机场"."""
    out = list(mentions)
    for airport in [m for m in mentions if m.type == "LOC" and m.text.endswith("机场")]:
        town = next((m for m in out if m.type == "LOC" and m.end == airport.start), None)
        if town is None or town.text.endswith("机场"):
            continue
        joined = dataclasses.replace(airport, start=town.start, text=town.text + airport.text)
        out = _sorted([m for m in out if m is not town and m is not airport] + [joined])
    return out


def _reporting_sites(text: str, mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in mentions:
        acts = (
            m.type == "LOC"
            and m.text.endswith(_SITE_HEADS)
            and text[m.start - 1 : m.start] == "据"
            and _REPORTS.match(text, m.end) is not None
        )
        out.append(dataclasses.replace(m, type="ORG", model=ACTING_SITE) if acts else m)
    return out
