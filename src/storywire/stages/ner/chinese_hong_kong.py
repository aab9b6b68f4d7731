"""Hong Kong news: its government departments, districts, estates, roads, tunnels and stations.

The labelled set is mainland news; Hong Kong (and Macao) news names other bodies and places,
written in traditional characters and read here on their simplified fold (`chinese_script`).

* Government departments end in "署", "处", "局", "总署" ("屋宇署", "消防处", "民政事务总署"),
  bureaux join two fields by "及" ("运输及物流局"): a list of the real ones, as their heads are
  also words ("处理", "部署", "格局").  The bare "天文台" of a text that names "香港天文台" is the
  body (`repeated_names`, for the whole article).
* The eighteen districts with and without "区" ("黄大仙区", "观塘"), and the best-known
  neighbourhoods, hills and regions.
* A housing estate is a name and "邨" ("X邨"), a character mainland news hardly writes; a block
  of flats right after an estate is a name and "楼"/"座"/"阁" ("X邨Y楼": two places).
* A road is a name and "道" where a sign of a road stands by it ("X道往沙田方向", "X道近",
  "X道一段"); "道" closes many words ("报道", "渠道"), so the cue is needed.  A tunnel is a
  name and "隧道" ("X隧道"), a station a name and "站" after the railway that serves it
  ("港铁X站"): the guidelines keep the kind word inside ("彩虹站", "大老山隧道").
* A district's community hall keeps the district ("X社区会堂": one LOC).
* "华南", "华北" ... are regions before a word of extent or a list's punctuation.

Guards: a name opens after punctuation or a preposition, holds no particle, numeral or
measure word, and is no common word; each rule looks only where its head character occurs.
"""

from __future__ import annotations

import functools
import re

from storywire.model import EntityType, Mention
from storywire.stages.ner import chinese_names
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

# Real departments, bureaux and public bodies of Hong Kong and Macao, by full and short name.
_BODIES_TEXT = (
    # departments ("署", "处", "总署") and their short names
    "消防处 警务处 入境事务处 入境处 惩教署 政府飞行服务队 民众安全服务队 医疗辅助队 渠务署 水务署 路政署 "
    "运输署 屋宇署 房屋署 地政总署 民政事务总署 规划署 环境保护署 环保署 卫生署 社会福利署 社署 "
    "食物环境卫生署 食环署 康乐及文化事务署 康文署 土木工程拓展署 土拓署 机电工程署 机电署 建筑署 "
    "土力工程处 香港天文台 差饷物业估价署 邮政署 香港邮政 海事处 民航处 知识产权署 投资推广署 "
    "创新科技署 政府新闻处 政府统计处 廉政公署 廉署 审计署 申诉专员公署 律政司 香港海关 香港警务处 "
    "香港消防处 "
    # policy bureaux
    "政制及内地事务局 保安局 公务员事务局 民政及青年事务局 劳工及福利局 环境及生态局 医务卫生局 "
    "文化体育及旅游局 商务及经济发展局 财经事务及库务局 发展局 房屋局 运输及物流局 创新科技及工业局 "
    "食物及卫生局 运输及房屋局 "
    # statutory bodies, councils and public companies
    "医院管理局 医管局 香港房屋委员会 房屋委员会 房委会 香港房屋协会 房协 市区重建局 市建局 机场管理局 "
    "机管局 香港金融管理局 金管局 消费者委员会 消委会 平等机会委员会 平机会 选举管理委员会 选管会 "
    "香港贸易发展局 贸发局 香港旅游发展局 旅发局 职业训练局 职训局 香港考试及评核局 考评局 "
    "立法会 行政会议 港铁 港铁公司 九巴 九龙巴士 城巴 东华三院 保良局 香港赛马会 香港电台 "
    # Macao's
    "治安警察局 司法警察局 澳门海关 地球物理气象局 地球物理暨气象局 澳门消防局 市政署"
)
# The districts (with and without "区"; not "东区", "南区", "北区": words) and the places
# Hong Kong news names most; not those that are words ("太古", "火炭", "上水", "彩虹").
_PLACES_TEXT = (
    "中西区 湾仔区 油尖旺区 油尖旺 深水埗区 深水埗 九龙城区 黄大仙区 黄大仙 观塘区 观塘 荃湾区 荃湾 "
    "屯门区 屯门 元朗区 元朗 大埔区 西贡区 沙田区 沙田 葵青区 葵涌 青衣 离岛区 将军澳 天水围 东涌 "
    "铜锣湾 旺角 尖沙咀 上环 湾仔 北角 柴湾 鲗鱼涌 香港仔 赤柱 浅水湾 红磡 土瓜湾 何文田 九龙塘 "
    "钻石山 牛头角 九龙湾 蓝田 油塘 秀茂坪 慈云山 新蒲岗 石硖尾 长沙湾 荔枝角 大角咀 油麻地 粉岭 "
    "落马洲 流浮山 大屿山 南丫岛 赤鱲角 九龙 新界 港岛 香港岛 九龙半岛 维多利亚港 维港 大帽山 飞鹅山 "
    "大老山"
)
NAMES: dict[str, EntityType] = {
    **{name: "LOC" for name in _PLACES_TEXT.split()},
    **{name: "ORG" for name in _BODIES_TEXT.split()},
}

# What stands right before a name: punctuation, a preposition or a verb of moving.
_BEFORE = frozenset("，。；：！？、“”「」『』（）《》\n 　在于近沿经往至到及和与由从向的住改入")
# What a name never holds: particles, numerals, measure words, determiners.
_NOT_IN_NAME = frozenset(
    "的了在和是对将已也并向从被把为以说称该这那其每此某个位名些家都还又再就让给一二三四五六七八九十两几各"
    "条座所栋幢道段处到及与近往经沿"
)
_MAX_NAME = 4
# A name this common as a word is a kind ("海底隧道", "公共屋邨"), not a name.
_WORD_ZIPF = 3.6


def _mention(text: str, start: int, end: int, etype: EntityType = "LOC") -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.6)


def _name_start(text: str, at: int, word_zipf: float = _WORD_ZIPF) -> int | None:
    """Where the name ending at `at` opens: after the nearest punctuation or preposition,
    two to four characters back; None where none stands there or the name holds a particle
    or is a word as common as `word_zipf`."""
    for size in range(2, _MAX_NAME + 1):
        start = at - size
        if start < 0:
            return None
        if start == 0 or text[start - 1] in _BEFORE:
            name = text[start:at]
            if any(not "\u4e00" <= ch <= "\u9fff" or ch in _NOT_IN_NAME for ch in name):
                return None
            return None if zipf(name, "zh") >= word_zipf else start
    return None


# --- estates and their blocks ----------------------------------------------------------------
_BLOCK = re.compile(r"[\u4e00-\u9fff]{2,3}?[楼座阁]")
_GENERIC_ESTATE = ("公共屋", "屋")  # "公共屋邨", "屋邨": the kind, no name


def _estates(text: str, out: list[Mention]) -> list[Mention]:
    for hit in re.finditer("邨", text):
        end = hit.end()
        start = _name_start(text, hit.start())
        if start is None or text[start : hit.start()] in _GENERIC_ESTATE:
            continue
        out = replace_holding(out, _mention(text, start, end))
        block = _BLOCK.match(text, end)
        if block and not any(ch in _NOT_IN_NAME for ch in block.group()[:-1]):
            out = replace_holding(out, _mention(text, block.start(), block.end()))
    return out


# --- roads, tunnels, stations ----------------------------------------------------------------
# A sign of a road after its name: a direction of travel, a section, a junction, a closure.
_ROAD_AFTER = re.compile(
    r"往|近|一段|路段|交界|天桥|行车线|全线|封闭|[东南西北]行|迴旋处|回旋处|一带|沿线|与[\u4e00-\u9fff]{2,4}道"
)
# Words ending in "道" that name no road ("报道", "频道", "人行道"); the bar below catches most.
_NOT_ROAD = frozenset({"街道", "渠道", "轨道", "通道", "隧道", "车道", "跑道", "赛道", "航道", "要道", "步道",
                       "管道", "坡道", "匝道", "大道", "国道", "省道", "县道", "乡道", "人行道", "快速道"})  # fmt: skip
# The name's last character and "道" as common as this are a word ("知道", "味道"); a longer
# name may end in a rarer one ("窝打老道": "老道" is a word too, the name is not).
_ROAD_WORD_ZIPF, _LONG_ROAD_WORD_ZIPF = 3.0, 4.0
# A tunnel's name is often a word ("城门隧道", "香港仔隧道"): only the commonest are kinds.
_TUNNEL_NAME_ZIPF = 4.5
_TUNNEL_KINDS = frozenset({"海底", "铁路", "公路", "地下", "行车", "引水", "排水", "过江", "过海", "跨海", "新建"})
# The railways before a station's name: Hong Kong's operator and lines, and any metro.
_RAILWAY = re.compile(
    r"(?:港铁|地铁|轻铁|东铁线|西铁线|屯马线|观塘线|荃湾线|港岛线|南港岛线|将军澳线|东涌线|机场快线)(?:\d{1,2}号线)?"
)
_STATION_WORD_ZIPF = 3.0  # "站长", "站台", "站在"


def _roads(text: str, out: list[Mention]) -> list[Mention]:
    for hit in re.finditer("道", text):
        at = hit.start()
        if text.startswith("隧道", at - 1) or not _ROAD_AFTER.match(text, hit.end()):
            continue
        start = _name_start(text, at)
        if start is None:
            continue
        word = text[at - 1 : hit.end()]
        if word in _NOT_ROAD or any(text[s : at + 1] in _NOT_ROAD for s in range(start, at - 1)):
            continue
        if zipf(word, "zh") >= (_ROAD_WORD_ZIPF if at - start == 2 else _LONG_ROAD_WORD_ZIPF):
            continue  # "知道", "报道", "味道"
        out = replace_holding(out, _mention(text, start, hit.end()))
    return out


def _tunnels(text: str, out: list[Mention]) -> list[Mention]:
    for hit in re.finditer("隧道", text):
        at = hit.start()
        if any(o.end == at and o.text.endswith(("路", "街", "大道")) for o in out):
            continue  # a tunnel named by its street ("延安东路隧道"): the street is the name
        start = _name_start(text, at, _TUNNEL_NAME_ZIPF)
        if start is None:
            start = _after_road(text, at, out)
        if start is None or text[start:at] in _TUNNEL_KINDS or _two_words(text[start:at]):
            continue
        out = replace_holding(out, _mention(text, start, hit.end()))
    return out


# The roads a tunnel is named on right after ("沪昆高速XX隧道"): the tunnel's name opens there.
_ROAD_ENDS = ("高速", "公路", "国道", "省道", "铁路", "高铁")
# A four-character stretch of two common words is a clause, no tunnel's name ("施工期间|隧道").
_CLAUSE_WORD_ZIPF = 4.0


def _after_road(text: str, at: int, out: list[Mention]) -> int | None:
    """Where a tunnel's name opens right after the road it is on, two to four characters back."""
    for size in range(2, _MAX_NAME + 1):
        start = at - size
        road = any(o.end == start and o.type == "LOC" and o.text.endswith(_ROAD_ENDS) for o in out)
        if start < 0 or not road:
            continue
        name = text[start:at]
        if any(not "\u4e00" <= ch <= "\u9fff" or ch in _NOT_IN_NAME for ch in name):
            return None
        return None if zipf(name, "zh") >= _TUNNEL_NAME_ZIPF else start
    return None


def _two_words(name: str) -> bool:
    return len(name) == 4 and min(zipf(name[:2], "zh"), zipf(name[2:], "zh")) >= _CLAUSE_WORD_ZIPF


def _stations(text: str, out: list[Mention]) -> list[Mention]:
    for hit in _RAILWAY.finditer(text):
        end = text.find("站", hit.end(), hit.end() + _MAX_NAME + 1)
        if end - hit.end() < 2:
            continue
        name = text[hit.end() : end]
        if any(not "\u4e00" <= ch <= "\u9fff" or ch in _NOT_IN_NAME for ch in name):
            continue
        if zipf(text[end : end + 2], "zh") >= _STATION_WORD_ZIPF:
            continue  # "站长", "站台"
        out = replace_holding(out, _mention(text, hit.end(), end + 1))
    return out


# --- halls, regions --------------------------------------------------------------------------
_HALL = re.compile(r"社区会堂|社区会所|社区中心|体育馆|游泳池|街市")
_REGION = re.compile(r"华[南北东中](?=地区|沿岸|沿海|一带|各地|大部|[东南西北中]部|[及和、，。；])")


def _halls(text: str, out: list[Mention]) -> list[Mention]:
    for m in list(out):
        if m.type == "LOC" and (hall := _HALL.match(text, m.end)) is not None:
            out = replace_holding(out, _mention(text, m.start, hall.end()))
    return out


def _regions(text: str, out: list[Mention]) -> list[Mention]:
    for hit in _REGION.finditer(text):
        if not any(o.start < hit.end() and hit.start() < o.end for o in out):
            out = sorted([*out, _mention(text, hit.start(), hit.end())], key=lambda m: (m.start, m.end))
    return out


def hong_kong_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with estates, blocks, roads, tunnels, stations, halls and regions added (each
    one in place of the places it holds)."""
    out = list(mentions)
    if "邨" in text:
        out = _estates(text, out)
    if "隧道" in text:
        out = _tunnels(text, out)
    if "道" in text:
        out = _roads(text, out)
    if "站" in text:
        out = _stations(text, out)
    if "社区" in text or "体育馆" in text or "游泳池" in text or "街市" in text:
        out = _halls(text, out)
    if "华" in text:
        out = _regions(text, out)
    return out


# --- the whole article -----------------------------------------------------------------------
_SHORT_BODY_ENDS = ("台", "处", "署", "局", "会")
# an expressway read by its name and a road word after it ("XX高速XX隧道") is the road where the
# article repeats the name with no such word ("按XX高速原收费标准")
_REPEATED_ENDS = ("邨", "楼", "道", "隧道", "站", "高速")


@functools.cache
def _places() -> frozenset[str]:
    names = {name for name, etype in place_names("zh").items() if etype == "LOC"}
    return frozenset(names | {name for name, etype in chinese_names.place_names().items() if etype == "LOC"})


# A firm speaking or acting by its first two characters ("X一名负责人回复"): its short name.
_FIRM_VOICE = re.compile(r"一名负责人|一名发言人|负责人|发言人|方面|回复|回应|表示|公司")
_LEGAL_FORM = re.compile(r"(?:股份|责任)?有限公司$")


def _firm_heads(text: str, mentions: list[Mention]) -> dict[str, EntityType]:
    """The first two characters of each registered firm ("...有限公司") that the text names
    alone before a firm's voice, where they are no place ("上海方面": the city)."""
    heads = {
        m.text[:2]
        for m in mentions
        if m.type == "ORG" and _LEGAL_FORM.search(m.text) and len(m.text) >= 8 and m.text[:2] not in _places()
    }
    heads = {h for h in heads if all("\u4e00" <= ch <= "\u9fff" for ch in h)}
    return {h: "ORG" for h in heads if any(_FIRM_VOICE.match(text, hit.end()) for hit in re.finditer(h, text))}


_SIDE_STATION = re.compile(r"[\u4e00-\u9fff]{2,}[东南西北]站")
# Where a station's side and "站" stand alone: after a preposition of place or punctuation.
_BEFORE_SIDE_STATION = frozenset("从到在往至于由和与及、，。“”：；（ \n")


def _station_sides(mentions: list[Mention]) -> set[str]:
    """The sides and "站" of the stations read by their city ("杭州东站" -> "东站")."""
    return {m.text[-2:] for m in mentions if m.type == "LOC" and _SIDE_STATION.fullmatch(m.text)}


def _side_station_alone(text: str, start: int, end: int) -> bool:
    """The side station stands alone ("东站"): no other word opens with its "站" ("东站台"), none ends with its
    side ("广东站" is another city's station)."""
    before_ok = start == 0 or text[start - 1] in _BEFORE_SIDE_STATION
    return before_ok and zipf(text[end - 1 : end + 1], "zh") < _STATION_WORD_ZIPF


def repeated_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """For the whole article (each paragraph is read alone): a Hong Kong body named in full
    ("香港天文台") is the body where the text names it without "香港" ("天文台"), the
    estates, blocks, roads and stations read above are places wherever the text repeats them,
    and a registered firm is the firm where its first two characters speak for it; a station
    named by its city and side ("XX东站") is the station where the text repeats its side and
    "站" alone after a preposition or punctuation ("从东站拉客")."""
    bodies = {
        m.text[2:]
        for m in mentions
        if m.type == "ORG" and m.text.startswith("香港") and len(m.text) >= 5 and m.text.endswith(_SHORT_BODY_ENDS)
    }
    places = {m.text for m in mentions if m.type == "LOC" and m.model == "rules:zh" and m.text.endswith(_REPEATED_ENDS)}
    out = list(mentions)
    firms = _firm_heads(text, mentions) if "有限公司" in text else {}
    named: list[tuple[str, EntityType]] = [*((b, "ORG") for b in bodies), *((p, "LOC") for p in places)]
    sides = _station_sides(mentions)
    for name, etype in [*named, *firms.items(), *((side, "LOC") for side in sides)]:
        for hit in re.finditer(re.escape(name), text):
            if name in firms and not _FIRM_VOICE.match(text, hit.end()):
                continue
            if name in sides and not _side_station_alone(text, hit.start(), hit.end()):
                continue
            if not any(o.start < hit.end() and hit.start() < o.end for o in out):
                out = sorted([*out, _mention(text, hit.start(), hit.end(), etype)], key=lambda m: (m.start, m.end))
    return out
