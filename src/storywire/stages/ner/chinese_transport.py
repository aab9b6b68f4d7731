"""Chinese places of transport news: bridges, stations, numbered roads and the rivers they cross.

* A bridge keeps its city before it ("肇庆西江大桥", "江门外海大桥"): the guidelines keep "大桥"
  inside a place, and a city before a bridge's name is part of what the bridge is called
  (the street rules read "西江大桥" alone, the gazetteer "肇庆" before it: one LOC of both).
  A city right before "大桥" names the bridge by itself ("佛山大桥").
* A station is its city and "站", with the side it lies on ("广州南站", "长沙站"): one LOC, as
  a port keeps "港".  Not where "站" opens another word ("站长", "站台", "站在": the station
  master, the platform, "stands at"), nor after a country ("中国站": a leg of a tour).
* A railway line named by its towns' abbreviations keeps "铁路" ("京广铁路"), as a road its kind;
  so does a high-speed line its "高铁" ("京张高铁"), not the station it opens ("XX高铁站").
* A national or provincial road is its number and its kind ("G324国道", "S113省道", "107国道",
  "国道318线"); an expressway its number and name ("G15沈海高速"), or its towns' abbreviations
  where a word of a road or a tunnel or bridge on it follows ("沪昆高速XX隧道"; the article's
  repeats are `chinese_hong_kong.repeated_names`').  Not where a firm's or an office's word
  follows ("XX高速公路有限公司": the operator, a body), and "XX高速公司" is that operator's short
  name, one ORG.
* A bridge numbered on its river ("XX长江二桥") is one LOC with its city, as "XX大桥" is; a bridge,
  a tunnel's road or a toll station ("XX收费站") named by a name of its own after punctuation or
  a particle ("沿线的XX河大桥", "、XX收费站") is one LOC with its kind word, as the guidelines keep
  "大桥" and "站".
* A city's metro that acts ("XX地铁也将运营时间延长", "XX地铁集团发布公告") is its operator, one ORG;
  a metro one rides stays the city alone.
* A river named by the bridge over it ("西江大桥" -> "西江") or by its banks ("往来西江两岸",
  "北江沿岸") is a place wherever the paragraph names it again ("在西江上行时").

Guards: a bridge's or station's city is no country ("中国大桥" is none); a river's name is one
or two characters, no particle, numeral or word of size ("一江两岸", "大江南北"), and opens
after punctuation, a preposition or a verb's end.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.word_frequency import zipf

_BRIDGE_HEADS = ("特大桥", "大桥")
# A river's bridges are numbered in the order they were built ("长江二桥", "黄河三桥").
_NUMBERED_BRIDGES = tuple(f"{n}桥" for n in "一二三四五六七八九十")
# A station: its side ("南站"), a kind ("汽车站", "客运站") or "站" alone.
_STATION = re.compile(r"[东南西北]站|汽车站|客运站|站")
# "站" and the character after it making another word: "站长", "站台", "站在", "站点", "站起".
_STATION_WORD_ZIPF = 3.0
_ROAD = re.compile(
    r"(?<![A-Za-z0-9])(?:[GSX]\d{1,4}(?:国道|省道|县道|[\u4e00-\u9fff]{2,4}?高速(?:公路)?)|\d{3}(?:国道|省道)|"
    r"(?:国道|省道)\d{3}线)"
)
# Words of a river's banks and reaches after its name.
_RIVER = re.compile(r"([\u4e00-\u9fff]{1,2}[江河])(?:两岸|沿岸|流域|干流|支流|上游|中游|下游|江面|河面|水域|航道)")
_RIVER_HEADS = ("江", "河")
# What a river's name never holds: particles, numerals, words of size, position and crossing
# ("一江两岸", "大江南北", "沿江两岸", "跨江").
_NOT_IN_RIVER = frozenset("的了在和与及是对将已也并向从被把为以一二三四五六七八九十两大小长沿跨过渡临近各该这那其")
# Kinds of river and words ending in its head, as common as names ("运河沿岸", "内河航道": a
# canal's banks, an inland waterway; "东江" is as frequent a word as "内河").
_KINDS_OF_RIVER = frozenset({
    "运河", "江河", "内河", "界河", "护城河", "冰河", "银河", "星河", "天河", "山河", "母亲河", "河流", "暗河",
    "小河", "支河", "干河", "入河", "出河", "跨河", "过河", "渡河", "过江", "渡江", "跨江", "入江", "沿河",
})  # fmt: skip
# What stands before a river's name: punctuation, a preposition, a verb's last character.
_BEFORE_RIVER = frozenset("，。；：！？、“”「」（）《》\n 的在于到至从往经沿和与及来跨过越入")


def transport_places(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`mentions` with bridges, stations and roads made one LOC with the city before them, and
    the rivers their bridges and banks name added where the paragraph names them."""
    out, rivers = _bridges(text, mentions, countries)
    out = _stations(text, out, countries)
    if "站" in text:
        out = _arrival_stations(text, out)
    if "大桥" in text or "收费站" in text:
        out = _named_structures(text, out)
    for hit in _ROAD.finditer(text):
        out = _replace(out, _mention(text, hit.start(), hit.end()))
    if "高速" in text:
        out = _expressways(text, out)
    if "铁路" in text or "高铁" in text:
        out = _railways(text, out)
    if "地铁" in text:
        out = _metro_operators(text, out, countries)
    return _rivers(text, out, rivers)


# A city's metro that acts (extends its hours, adds trains, announces) is its operator, a body
# ("XX地铁也将运营时间延长", "XX地铁发布公告"): one ORG over the city and "地铁"; a metro one rides
# is left as it was.
_METRO_ACTS = re.compile(
    r"(?:集团|公司)?(?:也|还|已|已经|随即|同时|当晚|当天|今天|昨天|再次)*"
    r"(?:将|宣布|发布|表示|延长|延时|调整|加开|增开|开行|通报|回应|提醒|提示|公告|启动|决定|采取|暂停|实施|推出)"
)


def _metro_operators(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    out = list(mentions)
    for city in mentions:
        if city.type != "LOC" or city.text in countries or not text.startswith("地铁", city.end):
            continue
        if _METRO_ACTS.match(text, city.end + 2) is None:
            continue
        end = city.end + 2 + (2 if text.startswith(("集团", "公司"), city.end + 2) else 0)
        if any(o is not city and o.start < end and city.start < o.end for o in out):
            continue
        operator = Mention(city.start, end, text[city.start : end], "ORG", model="rules:zh", confidence=0.6)
        out = [o for o in out if o is not city] + [operator]
    return sorted(out, key=lambda m: (m.start, m.end))


# An expressway named by its towns' abbreviations and no number ("沪昆高速", "甬台温高速公路"):
# the name is no common word ("经济高速发展", "保持高速增长"), and "高速" alone is the road's only
# where a word of a road follows it, not a word of speed ("高速发展", "高速上升").
_EXPRESSWAY_AFTER = re.compile(
    r"公路|上(?![升涨])|[，。、；：）和与及的往]|出口|入口|收费站|服务区|互通|路段|段|方向|沿线|全线|连接线|枢纽|通车|改扩建|"
    r"[\u4e00-\u9fff]{2,4}?(?:隧道|特大桥|大桥)"  # "沪昆高速XX隧道": a tunnel or a bridge on the road
)
# A firm's or an office's word after the road: its operator or its authority, a body.
_ROAD_BODY = re.compile(r"(?:股份)?有限|公司|集团|管理|局|处")
# The operator's short name: the road's name and "高速公司" ("XX高速公司承担").
_OPERATOR = re.compile(r"高速(?:公路)?(?:公司|集团)")
_BEFORE_OPERATOR = frozenset("，。；：！？、“”「」（）《》\n 的在于到至从往经和与及由被向对据将")
_EXPRESSWAY_NAME_ZIPF = 3.5
_BEFORE_ROAD = frozenset("，。；：！？、“”「」（）《》\n 的在于到至从往经沿和与及上下走入接")
_NOT_IN_ROAD = frozenset("的了在和与及是对将已也并向从被把为以一二三四五六七八九十两条这那其该各此某高速")
# A route word right before the name says a road is travelled ("经XX高速连夜运往"), so no road
# word need follow; still not a word of speed after it ("经XX高速发展" reads "grew fast").
_ROUTE_BEFORE = frozenset("经沿走")
# Provinces' one-character names before "高速" ("京港澳高速", "京台高速") spell a national
# expressway's towns, whatever follows: no word of speed is made of them.
_PROVINCE_ABBREVIATIONS = frozenset("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台")
_SPEED_AFTER = re.compile(r"发展|增长|运[转行]|行驶|前进|上升|推进|成长|扩张|下降|旋转|流动")


def _expressways(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in re.finditer("高速", text):
        after = _EXPRESSWAY_AFTER.match(text, hit.end())
        routed = after is None and _SPEED_AFTER.match(text, hit.end()) is None
        if after is None and not routed:
            continue
        end = hit.end() + (2 if after is not None and after.group() == "公路" else 0)
        if _ROAD_BODY.match(text, end):
            continue  # "XX高速公路有限公司": the operator
        for size in (2, 3, 4):
            start = hit.start() - size
            name = text[start : hit.start()]
            if start < 0 or not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_ROAD for ch in name):
                break
            if zipf(name, "zh") >= _EXPRESSWAY_NAME_ZIPF or not _road_opens(text, start):
                continue
            abbreviated = all(ch in _PROVINCE_ABBREVIATIONS for ch in name)
            if routed and (start == 0 or text[start - 1] not in _ROUTE_BEFORE) and not abbreviated:
                continue
            out = _replace(out, _mention(text, start, end))
            break
    return _operators(text, out)


def _operators(text: str, mentions: list[Mention]) -> list[Mention]:
    """An expressway's operator by its short name, the road's name and "高速公司" ("由XX高速公司
    承担"): one ORG; not "高速公司" alone, nor a common word before it ("和高速公司")."""
    out = list(mentions)
    for hit in _OPERATOR.finditer(text):
        for size in (2, 3, 4):
            start = hit.start() - size
            name = text[start : hit.start()]
            if start < 0 or not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_ROAD for ch in name):
                break
            if zipf(name, "zh") >= _EXPRESSWAY_NAME_ZIPF:
                continue
            if start > 0 and text[start - 1] not in _BEFORE_OPERATOR:
                continue
            overlaps = [o for o in out if o.start < hit.end() and start < o.end]
            if any(o.start < start or o.end > hit.end() for o in overlaps):
                break
            org = Mention(start, hit.end(), text[start : hit.end()], "ORG", model="rules:zh", confidence=0.6)
            out = sorted([o for o in out if o not in overlaps] + [org], key=lambda m: (m.start, m.end))
            break
    return out


def _road_opens(text: str, start: int) -> bool:
    """A road's name opens after punctuation, a preposition, or a common word ending there
    that does not run into the name ("连接|沪昆高速")."""
    if start == 0 or text[start - 1] in _BEFORE_ROAD:
        return True
    word = text[start - 2 : start]
    return len(word) == 2 and zipf(word, "zh") >= _EXPRESSWAY_NAME_ZIPF and zipf(text[start - 1 : start + 1], "zh") == 0


# A railway line named by its towns' abbreviations ("京广铁路", "宿淮铁路", "青藏铁路"): one LOC
# with "铁路" (the guidelines keep it).  Not where "铁路" opens the name of its operator, police
# or court ("中国铁路...集团", "铁路局", "铁路公安"), nor after a common word ("修建铁路", "国家铁路").
_RAIL_BODY = frozenset("局集公部系法检警职总")
_RAIL_NAME_ZIPF = 3.5
_NOT_IN_RAIL = _NOT_IN_ROAD | frozenset("们我你他她它铁路线条段")
# A high-speed line's word before a station's or a new town's is that place's ("XX高铁站").
_HSR_PLACE = frozenset("站新片")
# Riding a line names it ("坐XX城际铁路过来", "乘XX铁路"): a verb of riding opens the name.
_RIDE = frozenset("坐乘搭")


def _railways(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in re.finditer("城际铁路|铁路|高铁", text):
        body = _HSR_PLACE if hit.group() == "高铁" else _RAIL_BODY
        if text[hit.end() : hit.end() + 1] in body and hit.end() < len(text):
            continue
        for size in (2, 3, 4):
            start = hit.start() - size
            name = text[start : hit.start()]
            if start < 0 or not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_RAIL for ch in name):
                break
            if zipf(name, "zh") >= _RAIL_NAME_ZIPF or zipf(name[-2:], "zh") >= _RAIL_NAME_ZIPF:
                continue  # "新建铁路", "计划新建铁路": a verb before the kind, no line's name
            if not (_road_opens(text, start) or text[start - 1 : start] in _RIDE):
                continue
            out = _replace(out, _mention(text, start, hit.end()))
            break
    return out


def _bridges(text: str, mentions: list[Mention], countries: frozenset[str]) -> tuple[list[Mention], set[str]]:
    """`mentions` with each bridge joined to its city, and the rivers the bridges are named by."""
    out = list(mentions)
    rivers: set[str] = set()
    for m in mentions:
        if m.type != "LOC" or m.text in countries:
            continue
        head = next((h for h in _BRIDGE_HEADS if m.text.endswith(h) or text.startswith(h, m.end)), None)
        if head is None and m.text.endswith(_RIVER_HEADS) and text.startswith(_NUMBERED_BRIDGES, m.end):
            head = text[m.end : m.end + 2]  # "长江" + "二桥"
        if head is None:
            continue
        name = m.text.removesuffix(head)
        if name.endswith(_RIVER_HEADS) and 2 <= len(name) <= 3 and _river_name(name):
            rivers.add(name)  # "西江大桥": the river Xi
        elif name.endswith(_RIVER_HEADS) and len(name) > 3 and _river_name(name[-2:]):
            rivers.add(name[-2:])  # "肇庆西江" read whole before "大桥": the city, then the river
        if not m.text.endswith(head):  # "佛山大桥", "肇庆西江" + "大桥"
            city = None
            if head in _NUMBERED_BRIDGES:  # "万州" + "长江" + "二桥": the city names the bridge too
                city = next((o for o in out if o.end == m.start and o.type == "LOC" and o.text not in countries), None)
            out = _replace(out, _mention(text, m.start if city is None else city.start, m.end + len(head)))
            continue
        city = next((o for o in out if o.end == m.start and o.type == "LOC" and o.text not in countries), None)
        if city is not None:  # "肇庆" + "西江大桥"
            out = _replace(out, _mention(text, city.start, m.end))
    return out, rivers


# A bridge's or a toll station's own name: two to four characters after punctuation or a
# particle ("沿线的XX河大桥", "、XX收费站"), no common word ("新建大桥", "高速收费站") and no kind of
# bridge ("跨海大桥", "斜拉大桥").
_STRUCTURE = re.compile(r"特大桥|大桥|收费站")
_BEFORE_STRUCTURE = frozenset("，。；：！？、“”「」（）《》\n 的在于到至从往经沿和与及对")
_BRIDGE_KINDS = ("跨海", "跨江", "跨河", "公路", "铁路", "斜拉", "悬索", "高架", "高速", "钢架", "双层")
_STRUCTURE_NAME_ZIPF = 3.5
# Counts and measure words before a kind ("多座跨海大桥", "数个收费站"): no name.
_NOT_IN_STRUCTURE = _NOT_IN_ROAD | frozenset("多几数余每座个处")


def _named_structures(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _STRUCTURE.finditer(text):
        if any(o.start < hit.end() and hit.start() < o.end for o in out):
            continue  # "佛山大桥" read already
        for size in (2, 3, 4):
            start = hit.start() - size
            name = text[start : hit.start()]
            if start < 0 or not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_STRUCTURE for ch in name):
                break
            if start > 0 and text[start - 1] not in _BEFORE_STRUCTURE:
                continue
            if zipf(name, "zh") >= _STRUCTURE_NAME_ZIPF or name.endswith(_BRIDGE_KINDS) or name in _KINDS_OF_RIVER:
                break
            out = _replace(out, _mention(text, start, hit.end()))
            break
    return out


def _stations(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    out = list(mentions)
    for m in mentions:
        hit = _STATION.match(text, m.end)
        if m.type != "LOC" or m.text in countries or hit is None:
            continue
        if zipf(text[hit.end() - 1 : hit.end() + 1], "zh") >= _STATION_WORD_ZIPF:
            continue  # "站长", "站台", "站在"
        out = _replace(out, _mention(text, m.start, hit.end()))
    return out


# A station no gazetteer knows, named where a traveller or a train arrives at or passes it
# ("抵达XX站", "途经XX站"): the verb says a place is meant, the rare name that it is a name.
_ARRIVAL_STATION = re.compile(r"(?:到达|抵达|驶抵|驶达|途经|停靠|前往)([\u4e00-\u9fff]{2,4}?)站")
_STATION_NAME_ZIPF = 3.5


def _arrival_stations(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _ARRIVAL_STATION.finditer(text):
        name, end = hit.group(1), hit.end()
        if any(ch in _NOT_IN_STRUCTURE for ch in name) or zipf(name, "zh") >= _STATION_NAME_ZIPF:
            continue  # "抵达火车站", "到达终点站": a kind of station
        if zipf(text[end - 1 : end + 1], "zh") >= _STATION_WORD_ZIPF:
            continue  # "站台", "站长"
        # a town read at its opening is inside it ("抵达XX岭站" holds "XX"); a body or a person is not
        out = _replace(out, _mention(text, hit.start(1), end))
    return out


def _rivers(text: str, mentions: list[Mention], rivers: set[str]) -> list[Mention]:
    """The rivers named by a bridge over them or by their banks, wherever the text names them
    where no mention stands (and not before "大桥": the bridge's name)."""
    names = set(rivers)
    for hit in _RIVER.finditer(text):
        end = hit.end(1)
        for size in (2, 3):  # "往来西江两岸": "西江", not "来西江"; "在嘉陵江两岸": "嘉陵江"
            start = end - size
            if start >= hit.start() and (start == 0 or text[start - 1] in _BEFORE_RIVER):
                if _river_name(text[start:end]):
                    names.add(text[start:end])
                break
    out = list(mentions)
    for name in sorted(names, key=len, reverse=True):
        for hit in re.finditer(re.escape(name), text):
            if any(o.start < hit.end() and hit.start() < o.end for o in out):
                continue
            if text.startswith(_BRIDGE_HEADS, hit.end()):
                continue
            out.append(_mention(text, hit.start(), hit.end()))
    return sorted(out, key=lambda m: (m.start, m.end))


def _river_name(name: str) -> bool:
    """A river's name: its head after one or two characters that are no particle, numeral or
    word of size ("一江", "大江", "沿江")."""
    if name in _KINDS_OF_RIVER or any(name.endswith(kind) for kind in _KINDS_OF_RIVER):
        return False
    return all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_RIVER for ch in name[:-1])


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "LOC", model="rules:zh", confidence=0.6)


def _replace(out: list[Mention], new: Mention) -> list[Mention]:
    """`out` with `new` in place of the places it holds; unchanged where `new` cuts a mention
    or holds a person or a body."""
    overlaps = [o for o in out if o.start < new.end and new.start < o.end]
    if any(o.type != "LOC" or o.start < new.start or o.end > new.end for o in overlaps):
        return out
    return sorted([o for o in out if o not in overlaps] + [new], key=lambda m: (m.start, m.end))
