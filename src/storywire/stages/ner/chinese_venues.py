"""Chinese venues, landmarks and named institutions read from the word that ends them.

* A venue of a place is a place: the place, its own name and the kind of venue ("浦东足球场",
  "酒泉卫星发射中心", "广州白云国际机场", "上海国际赛车场"), one LOC over the place inside it,
  as "人民大会堂" is; a place read at the end of a transliteration is the tail of the venue's
  name ("哈利法国际体育场": Khalifa, not "法国").  A venue whose name is no place is read where
  its name is rare as a word and stands after a preposition or punctuation ("在鸟巢体育场").
* A university, hospital or museum named by a word that is no place ("清华大学", "华西医院",
  "故宫博物院"): the name and the kind, one ORG.  A museum is where something happens when
  "在"/"于" stands before it ("在故宫博物院举办展览"): a place then, an actor elsewhere
  ("故宫博物院宣布"), as the Arabic rules read "في المتحف"; one works for it there ("在大英博物馆
  做了三年助理研究员", "在故宫博物院工作"): the employer, a body.
* A university's department is one body with it ("北京大学考古系", "清华大学经济管理学院"):
  a field of two to seven characters (two joined by "与": "化学与分子工程学院") and the word of
  a department after a university the text names; a field and its word that make another word
  ("大学体系", "大学关系") are none.
* A scenic area, lake or mountain: the name before "景区"/"风景区" ending in a landform ("西湖
  景区" -> "西湖"; the area's word stays out, as a title does), and the best-known scenic
  places of China, which news names with no cue ("游客涌入西湖").
"""

from __future__ import annotations

import functools
import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.chinese_foreign import foreign_sounds
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.word_frequency import zipf

# Kinds of venue, longest first at each offset (a regex alternation tries them in order).
_VENUE_KINDS = (
    "奥林匹克体育中心", "卫星发射中心", "航天发射场", "国际会议中心", "国际会展中心", "国际机场", "体育中心",
    "奥体中心", "会展中心", "展览中心", "足球场", "体育场", "体育馆", "游泳馆", "网球中心", "发射场", "火车站",
    "高铁站", "大剧院", "音乐厅", "机场", "码头", "博览中心",
    # a pier named by its use after its name ("XX客运码头": the name before the use, which alone
    # names no pier, "新建客运码头")
    "客运码头", "货运码头", "轮渡码头", "渡轮码头",
    # hotels where summits and banquets are held keep their whole name ("XX锦江国际酒店")
    "国际大酒店", "国际酒店", "大酒店", "国宾馆", "酒店", "宾馆",
    # resorts and inns are places to stay, film studios places to visit ("XX影视城"): LOC always
    "度假村", "大饭店", "饭店", "民宿", "影视城", "影视基地",
    # a spa town's hotels name their hot spring between name and kind ("XX温泉度假村"): the
    # spring is what the guest stays for, no name of its own, so the kind runs over it
    "温泉度假村", "温泉大酒店", "温泉酒店", "温泉宾馆",
    # youth palaces and workers' culture palaces are halls where ceremonies are held: LOC
    "青少年宫", "少年宫", "青少年活动中心", "工人文化宫",
    # esports finals are played in arenas named as halls of sport are ("XX电竞中心"): a place
    "电竞中心", "电竞馆", "电竞场馆",
)  # fmt: skip
# A hotel's word before a firm's ("酒店集团", "酒店管理公司") or a trade ("酒店业") is the chain
# or the trade, no place.
_HOTEL_KINDS = frozenset(
    {"国际大酒店", "国际酒店", "大酒店", "国宾馆", "酒店", "宾馆", "度假村", "大饭店", "饭店", "民宿"}
    | {"温泉度假村", "温泉大酒店", "温泉酒店", "温泉宾馆"}
)
# Hotels and film studios bear names of four characters as often as of two ("XX天域酒店"): a
# name of four, no half of it a word of kind or a common word, is read before them.
_FOUR_NAME_KINDS = _HOTEL_KINDS | {"影视城", "影视基地"}
_HALF_ZIPF = 4.0
# ... and so is one listed with the trades beside it ("带动酒店、餐饮和零售"): hotels as a trade.
_HOTEL_FIRM = re.compile(r"集团|公司|管理|业|行业|品牌|连锁|[、和及与]?(?:餐饮|住宿|零售|娱乐|购物|商超)")
# Courts, circuits and halls of sport, read only after a place ("上海国际赛车场", "武汉网球
# 场"): a rare word before them is as often a phrase ("，来到新球馆") as a name.
_SPORT_VENUE_KINDS = (
    "国际赛车场", "赛车场", "中心球场", "网球场", "高尔夫球场", "球场", "篮球馆", "冰球馆", "球馆", "竞技场",
    "滑雪场", "田径场", "跳水馆", "自行车馆", "射击馆", "水上运动中心", "马术中心",
)  # fmt: skip
# ... but a ski resort is named as a hotel is ("与XX滑雪场相邻的YY滑雪场"): its operator's
# trade name opens it, and a court's "phrase" reading ("来到新球馆") has no like for a resort.
_RESORT_KINDS = frozenset({"滑雪场"})
_VENUE = re.compile("|".join(sorted(_VENUE_KINDS + _SPORT_VENUE_KINDS, key=len, reverse=True)))
_MAX_FIELD = 4
_MAX_SOUNDS = 4  # sounds before a place that read with it as one transliterated name
# Characters a name or a field never holds: particles, prepositions, determiners, measure
# words and time words ("北京一座体育场", "上海今年机场"): they open a clause.
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向举召今昨一两几各该这那其每此某个位名些家座所还又再就被把从给让为于说称与及"
    # "到" joins two venues ("XX机场到滑雪场": from the airport to the resort), never a name
    "到"
)
# What stands before a name that no place opens: punctuation, a preposition, a particle.
_BEFORE_NAME = frozenset("，。；：！？、“”「」（）《》\n 在于到至从往赴自与和同及跟对向据由被把让给的了是为")
# A name this common as a word is a kind, not a name ("新建体育场", "国际机场").
_NAME_ZIPF = 4.5
# Kinds of institution, ORG when a name that is no place stands before them.
_INSTITUTION = re.compile(r"博物院|博物馆|美术馆|科学院|研究院|研究所|大学|学院|医院")
_MUSEUMS = ("博物院", "博物馆", "美术馆")
# Words before an institution's kind that say what sort it is, rarer than the bar above.
_KINDS_OF_INSTITUTION_WORDS = (
    "知名 著名 重点 顶尖 名牌 一流 综合 医科 理工 师范 财经 政法 外国语 民族 开放 老年 社区 职业 技术 "
    "科技 工业 农业 高等 公立 私立 公办 民办 军医 中医 西医 儿童 妇幼 专科 附属 教学 定点 方舱 野战 精神 "
    "肿瘤 眼科 口腔 传染病 县级 市级 省级 三甲 乡镇 当地 本地 国内 海外 国外 其他 多所 各大 大型 人民 "
    "商学院 医学院 研究型 私营 考古 历史 自然 艺术 航空 航天 海洋 交通 电子 邮电"
)
# ... and before a venue's kind ("新建体育场": a new stadium).
_KINDS_OF_VENUE_WORDS = (
    "新建 在建 改建 扩建 露天 室内 主场 客场 临时 专用 军用 民用 支线 枢纽 国际 国内 附近 周边 "
    # kinds of hotel ("五星级酒店", "隔离酒店")
    "五星级 四星级 星级 快捷 豪华 度假 精品 连锁 经济型 隔离 涉事 高档 商务 当地 主题"
    # kinds of pier ("游艇码头": a marina, "客运码头": a passenger pier), no pier's name
    " 游艇 客运 货运 集装箱 散货 渔业"
    # a region's or a size's venues ("全省滑雪场", "大型滑雪场"): a scope, no name
    " 全省 全市 全县 全区 全国 全球 省内 市内 县内 境内 大型 小型 中型 热门 人工 户外 室外"
)
_KINDS_OF_INSTITUTION = frozenset(_KINDS_OF_INSTITUTION_WORDS.split()) | frozenset(_KINDS_OF_VENUE_WORDS.split())
# Where something happens at a museum: "在"/"于" right before its name.
_AT = frozenset("在于")
# Working for a museum, after its name: a post or a verb of employment ("做了三年助理研究员").
_EMPLOYED = re.compile(
    r"(?:工作|任职|供职|就职|实习)|(?:做|当|任|担任)了?[^，。；！？]{0,6}?"
    r"(?:研究员|馆员|策展人|讲解员|助理|主任|馆长|志愿者|实习生|修复师|顾问)"
)
# A university's departments, and what a field before them never opens with: a verb that
# makes the university act
_DEPARTMENT = re.compile(r"学院|研究所|研究院|研究中心|实验室|学系|系")
_UNIVERSITIES = ("大学", "学院")
_FIELD = (2, 7)
# ("北京大学成立研究院", "学院合建茶叶研究中心"): a field that opens with one is a phrase.
_NOT_FIELDS_WORDS = (
    "成立 设立 建立 组建 新建 创办 创建 筹建 合建 共建 联建 合办 开设 设有 下设 增设 建设 建成 打造 投资 拥有 "
    "联合 携手 合作 签约 宣布 发布 旗下 下属 所属 多个 多所 各个"
)
_NOT_FIELDS = tuple(_NOT_FIELDS_WORDS.split())
_FIELD_WORD_ZIPF = 3.5
# A landform ending a scenic area's name, and the words for the area after it.
_LANDFORMS = frozenset("湖山岛江河峡谷峰泉洞寺潭湾滩岭池")
_SCENIC_AREA = re.compile(r"风景名胜区|国家级风景区|风景区|景区|旅游区|度假区|国家公园|湿地公园|森林公园|自然保护区")

# The best-known scenic places of China (lakes, mountains, sites), general knowledge.  Left
# out: names that are as often something else ("泰山", a club of the Super League; "长城",
# a carmaker and a figure of speech: "钢铁长城").
_SCENIC_PLACES = (
    "西湖", "太湖", "洞庭湖", "鄱阳湖", "青海湖", "洪泽湖", "滇池", "洱海", "千岛湖", "纳木错", "日月潭",
    "玄武湖", "华山", "衡山", "嵩山", "恒山", "峨眉山", "庐山", "五台山", "普陀山", "九华山", "长白山",
    "天山", "昆仑山", "秦岭", "珠峰", "故宫", "颐和园", "圆明园", "天坛", "八达岭", "兵马俑", "布达拉宫",
    "莫高窟", "九寨沟", "漓江", "外滩", "鼓浪屿", "西双版纳", "黄果树瀑布", "乐山大佛", "少林寺", "灵隐寺",
    "万里长城", "八达岭长城", "趵突泉", "雅鲁藏布江", "喀纳斯",
    # mountains, water towns, old towns and film bases of travel news
    "苍山", "玉龙雪山", "梅里雪山", "武当山", "雁荡山", "三清山", "梵净山", "天门山", "乌镇", "周庄", "西塘",
    "宏村", "西递", "横店", "丽江古城", "大理古城", "平遥古城", "凤凰古城", "亚龙湾",
    # the ski towns and crater lakes of winter travel news
    "崇礼", "亚布力", "天池",
)  # fmt: skip


@functools.cache
def scenic_names() -> dict[str, EntityType]:
    """The best-known scenic places, for the substring matcher."""
    return dict.fromkeys(_SCENIC_PLACES, "LOC")


def landmarks(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with venues (LOC), named institutions (ORG; a museum LOC after "在") and
    scenic areas (LOC) added, each replacing the shorter mentions it holds."""
    out = _venues(text, mentions)
    out = _named_institutions(text, out)
    out = _scenic_areas(text, out)
    return _departments(text, _museums_as_places(text, out))


def _clean(chars: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in chars)


def _venues(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place, a field of up to four characters and a venue's kind ("浦东足球场"), or a rare
    name after a preposition and the kind ("在鸟巢体育场"), as one LOC."""
    out = list(mentions)
    countries = country_names("zh")
    places = {m.end: m for m in mentions if m.type == "LOC"}
    ends = {m.end for m in mentions}
    for hit in _VENUE.finditer(text):
        if hit.group() in _HOTEL_KINDS and _HOTEL_FIRM.match(text, hit.end()):
            continue
        start = None
        aged = False
        for n in range(_MAX_FIELD + 1):
            place = places.get(hit.start() - n)
            field = text[hit.start() - n : hit.start()]
            if field in _NEW_OLD and place is not None:
                aged = True  # "大理新影视城": the town's new studio, no name of its own
                break
            if place is not None and (n or place.text not in countries) and _clean(field):
                # a country's venues with no name of their own are a kind ("中国机场": China's airports);
                # a place read at the end of a longer transliteration is part of its name
                # ("哈利法国际体育场": Khalifa, not France)
                start = _sounds_before(text, place.start, place.end, ends)
                break
        resort = hit.group() in _RESORT_KINDS
        if start is None and not aged and (hit.group() not in _SPORT_VENUE_KINDS or resort):
            four = hit.group() in _FOUR_NAME_KINDS
            start = _name_start(text, hit.start(), taken=out, four=four, firm_yields=four or resort)
        if start is not None and hit.group() in _HOTEL_KINDS:
            # a hotel keeps its town before the place it is named after ("昆明" + "滇池国际酒店")
            town = places.get(start)
            start = town.start if town is not None and town.text not in countries else start
        if start is not None:
            out = replace_holding(
                out, Mention(start, hit.end(), text[start : hit.end()], "LOC", model="rules:zh", confidence=0.6)
            )
    return out


# A field of one character saying a venue's age is no name ("北京新体育场": Beijing's new stadium).
_NEW_OLD = frozenset({"新", "老", "旧"})


def _sounds_before(text: str, start: int, end: int, ends: set[int]) -> int:
    """The start of a run of transliteration sounds that ends at `start`, opens after a
    character that is none (or a mention's end) and makes no word with the place up to
    `end` ("坎|普诺球场"); `start` itself where there is none."""
    run = start
    while run > 0 and start - run < _MAX_SOUNDS and text[run - 1] in foreign_sounds() and run not in ends:
        run -= 1
    if run == start or (run > 0 and text[run - 1] in foreign_sounds()) or zipf(text[run:end], "zh") > 0:
        return start
    return run


def _name_start(text: str, at: int, taken: list[Mention], four: bool = False, firm_yields: bool = False) -> int | None:
    """Where a name of two or three characters (or four, with `four`) before `at` opens:
    after a preposition, particle, punctuation or a verb of going or staying, rare as a word,
    no kind word, overlapping no mention."""
    for size in (2, 3, 4) if four else (2, 3):
        start = at - size
        # a firm's short name opening the studio's ("XX影视" of "XX影视城") gives way to it
        crossed = [
            m
            for m in taken
            if m.start < at and start < m.end and not (firm_yields and m.start == start and m.type == "ORG")
        ]
        name = text[start:at]
        if (
            start < 0
            or (start > 0 and text[start - 1] not in _BEFORE_NAME and text[start - 2 : start] not in _VISIT_VERBS)
            or not (_clean(name) or _clan_place(name))
            or name in _KINDS_OF_INSTITUTION
            or zipf(name, "zh") >= _NAME_ZIPF
            or (size == 4 and not _four_name(name))
            or crossed
        ):
            continue
        return start
    return None


def _clan_place(name: str) -> bool:
    """A place named after a clan, "家" between a surname and a landform ("沈家湾", "李家坝"):
    three characters and no word, where "家" elsewhere counts venues ("一家酒店")."""
    return len(name) == 3 and name[1] == "家" and _clean(name[0] + name[2]) and zipf(name, "zh") == 0


# Verbs of going to or staying at a venue, right before its name ("入住XX酒店", "进驻XX影视城").
_VISIT_VERBS = frozenset({"入住", "进驻", "来到", "前往", "走进", "下榻", "抵达", "参观", "游览", "落户"})


def _four_name(name: str) -> bool:
    """A name of four characters, neither half a kind ("豪华度假") nor a common word ("当地最好")."""
    return not any(half in _KINDS_OF_INSTITUTION or zipf(half, "zh") >= _HALF_ZIPF for half in (name[:2], name[2:]))


def _named_institutions(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name that is no place and the kind of institution ("清华大学", "故宫博物院") as one
    ORG; a scenic place may name one ("故宫" opens "故宫博物院")."""
    out = list(mentions)
    scenic = scenic_names()
    for hit in _INSTITUTION.finditer(text):
        if any(o.start < hit.end() and hit.start() < o.end for o in out):
            continue  # a body of a place has it already ("北京协和医院")
        landmark = next((m for m in out if m.end == hit.start() and m.text in scenic), None)
        others = [m for m in out if m is not landmark]
        start = landmark.start if landmark is not None else _name_start(text, hit.start(), taken=others)
        if start is None:
            continue
        org = Mention(start, hit.end(), text[start : hit.end()], "ORG", model="rules:zh", confidence=0.6)
        out = sorted([*others, org], key=lambda m: (m.start, m.end))
    return out


def _scenic_areas(text: str, mentions: list[Mention]) -> list[Mention]:
    """The name before a scenic area's word, ending in a landform ("西湖景区" -> "西湖")."""
    out = list(mentions)
    place_ends = {m.end for m in mentions if m.type == "LOC"}
    for hit in _SCENIC_AREA.finditer(text):
        at = hit.start()
        if at == 0 or text[at - 1] not in _LANDFORMS:
            continue
        for size in (2, 3, 4):
            start = at - size
            name = text[start:at]
            before_ok = start == 0 or text[start - 1] in _BEFORE_NAME or start in place_ends
            if start < 0 or not before_ok or not _clean(name) or zipf(name, "zh") >= _NAME_ZIPF:
                continue
            out = replace_holding(out, Mention(start, at, name, "LOC", model="rules:zh", confidence=0.6))
            break
    return out


def _museums_as_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """A museum's ORG right after "在"/"于" is where something happens: a LOC, unless one
    works for it there."""
    out: list[Mention] = []
    for m in mentions:
        at = m.start > 0 and text[m.start - 1] in _AT and not _EMPLOYED.match(text, m.end)
        if m.type == "ORG" and m.text.endswith(_MUSEUMS) and at:
            m = Mention(m.start, m.end, m.text, "LOC", model=m.model, confidence=m.confidence)
        out.append(m)
    return out


def _departments(text: str, mentions: list[Mention]) -> list[Mention]:
    """A university's ORG with its department after it made one ORG ("北京大学考古系")."""
    out = list(mentions)
    for m in mentions:
        if m.type != "ORG" or not m.text.endswith(_UNIVERSITIES):
            continue
        for hit in _DEPARTMENT.finditer(text, m.end + _FIELD[0], m.end + _FIELD[1] + 2):
            field = text[m.end : hit.start()]
            # "与" joins two fields inside one ("化学与分子工程学院"), never opens or ends one
            inner = field[:1] + field[1:-1].replace("与", "") + field[-1:]
            if not _FIELD[0] <= len(field) <= _FIELD[1] or not _clean(inner) or field.startswith(_NOT_FIELDS):
                break
            after = text[hit.end() : hit.end() + 1]
            if zipf(field[-1] + hit.group()[0], "zh") >= _FIELD_WORD_ZIPF or (
                after and zipf(hit.group()[-1] + after, "zh") >= _FIELD_WORD_ZIPF
            ):
                continue  # "体系", "关系" end no department; "系统", "系列" run past it
            new = Mention(m.start, hit.end(), text[m.start : hit.end()], "ORG", model="rules:zh", confidence=0.6)
            out = replace_holding(out, new)
            break
    return out
