"""Chinese names the gazetteer and the transliteration cues miss.

* People with a Chinese (or Korean, or Chinese-spelled) name after a title: "发言人毛宁",
  "总统尹锡悦", "总干事谭德塞".  Such a name is a surname from the common list and one or two
  given characters; where it ends is read from the character after it, which opens the
  verb or particle that follows a name in a news sentence ("在", "表示", "会见").  A surname
  followed by a run of transliteration characters is a foreign name spelled with a Chinese
  surname first ("冯德莱恩", von der Leyen) and runs to the run's end.
* Provinces and regions (geonames has cities only), with or without their suffix
  ("河南省", "新疆"), and the buildings news names as places.
* Firms named by a transliterated or a native name and a company word ("阿里巴巴集团",
  "腾讯公司"); state bodies and a body joined to its country or parent ("中国外交部") are read
  by `chinese_state_bodies`.
"""

from __future__ import annotations

import functools
import re

from storywire.identity.xinhua import transliteration_characters
from storywire.model import EntityType, Mention
from storywire.stages.ner.chinese_titles import TITLES
from storywire.stages.ner.word_frequency import zipf

# The common single-character surnames (about nine in ten Chinese people bear one of
# them), and the compound ones.  Characters that are mostly function words ("和", "于",
# "向", "将") are left out: after a title they open a clause, not a name.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
    "纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农卓古吉缪简车项芦"
    "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
    "佘池麻苑迟邝习朴郁阎"
    # "释": the surname every Buddhist monk and nun takes with the dharma name ("住持释永信")
    "释"
)
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容", "司徒", "夏侯")
# Common Japanese surnames as Chinese news writes them (the kanji, simplified): none of the
# two-character ones is among the Chinese surnames, so "首相岸田文雄" had no name after its
# title.  Read like a Chinese surname: the given name (one or two characters) follows.
_JAPANESE_SURNAMES = (
    "安倍", "岸田", "石破", "野田", "鸠山", "小泉", "麻生", "福田", "桥本", "小渊", "宫泽", "竹下", "田中",
    "中曾根", "海部", "细川", "羽田", "村山", "佐藤", "铃木", "高桥", "渡边", "伊藤", "山本", "中村", "小林",
    "加藤", "吉田", "山田", "山口", "松本", "井上", "木村", "清水", "山崎", "池田", "阿部", "石川", "前田",
    "藤田", "后藤", "冈田", "长谷川", "村上", "近藤", "石井", "坂本", "远藤", "青木", "藤井", "西村", "太田",
    "三浦", "藤原", "冈本", "松田", "中川", "中野", "原田", "小川", "中岛", "上田", "森田", "河野", "茂木",
    "上川", "高市", "小池", "松野", "岩屋", "枝野", "玉木", "稻田", "二阶", "甘利", "菅", "岸",
)  # fmt: skip
_MULTI_SURNAMES = tuple(sorted(_COMPOUND_SURNAMES + _JAPANESE_SURNAMES, key=len, reverse=True))
_SURNAME_OPENERS = _SURNAMES | frozenset(s[0] for s in _MULTI_SURNAMES)
# shared with `chinese_people`, which reads names from the cue after them
SURNAMES, MULTI_SURNAMES = _SURNAMES, _MULTI_SURNAMES
_TITLES = TITLES  # the table lives in `chinese_titles`, shared with `chinese_people`
_TITLED = re.compile(rf"(?:{_TITLES})(?=[\u4e00-\u9fff])")
# Characters that open what follows a name in a news sentence (a verb, a preposition, a
# particle, a time word): a name stops before them.
_AFTER_NAME = frozenset(
    "在于与和同及跟对向将已也还就则又都曾却说称表指介透回答告宣警呼提希认会访抵到出入参率发签致报"
    "接举召谈当今昨日周月年的地得了着过是为被把让给等一上下后前时此这那其并而但以由从自据因所亦均"
    "各该本首再、，。；：！？（）“”《》"
)
# A name whose first two characters are a common word is no name ("高度评价": "highly praised").
_COMMON_WORD_ZIPF = 4.0
# Characters common in given names open common words too ("强调", "明确", "中国"): a given
# name stops before such a word, not before the character.
_NEXT_WORD_ZIPF = 4.5
_FOREIGN_RUN = 3  # transliteration characters after a surname that make it a foreign name
_MAX_FOREIGN = 7


@functools.cache
def _sounds() -> frozenset[str]:
    return frozenset(transliteration_characters())


_INTERPUNCTS = frozenset("·•・")


def titled_people(text: str) -> list[Mention]:
    """People named after a title by a Chinese surname and given name."""
    out: list[Mention] = []
    for hit in _TITLED.finditer(text):
        name = _name_at(text, hit.end()) or _titled_name_at(text, hit.end())
        # "首相安瓦尔·易卜拉欣": a given name with a surname-like sound, the dotted full name follows
        if name is not None and text[hit.end() + len(name) : hit.end() + len(name) + 1] not in _INTERPUNCTS:
            out.append(Mention(hit.end(), hit.end() + len(name), name, "PER", model="rules:zh", confidence=0.7))
    return out


# A name with no title before it: at a clause's start (after punctuation or at the text's
# start), and followed by a verb of speech or announcement, or "将" (will).  A given name
# never ends in the characters that make a side or a body of a surname-like word ("韩方",
# "欧方": the Korean, the European side; "车队": a team) nor opens with a numeral ("周三表示":
# on Wednesday).
_CLAUSE_START = frozenset("，。；：！？、“”「」（）\n")
_SPEECH_VERBS = r"表示|说|称|指出|认为|强调|宣布|透露|告诉|回应|坦言|介绍|补充|解释|警告|呼吁|承认|将(?!军)"
# A match report names the scorer the same way, before the verb of the goal ("，武磊梅开二度",
# "。李明第60分钟头球破门"): only a player scores, so the verb is cue enough.
_SCORING_VERBS = (
    r"梅开二度|上演帽子戏法|帽子戏法|打进|攻入|攻进|踢进|罚进|头球破门|破门|建功|扳平比分|首开纪录|锁定胜局"
)
# Between the name and the verb, news puts when and where ("任正非日前在深圳表示", "李明12日在
# 北京说"): a time word, an adverb, and "在" with the place (no punctuation in it).
_SPEECH_TIME = (
    r"日前|近日|近期|当天|当日|今天|今日|昨天|昨日|同日|此前|周[一二三四五六日末]|\d{1,2}日|[上下]午|晚间|"
    r"第\d{1,3}分钟|[上下]半场|补时阶段|伤停补时"  # the minute of a goal
)
# ... and whom they speak to ("王明对记者说", "李华向媒体表示"): "对"/"向" and the listener.
_SPEECH = re.compile(
    rf"(?:{_SPEECH_TIME})?(?:也|还|再次|又|则|曾|亦)?(?:在[^，。；：！？、“”（）\s]{{1,10}}?)?"
    rf"(?:[对向][^，。；：！？、“”（）\s]{{1,8}}?)?(?:{_SPEECH_VERBS}|{_SCORING_VERBS})"
)
# A person introduced with a bracket that says who they are: a pseudonym, sex and age, or a
# role ("，陈某（化名）", "。李华（女，45岁）", "，王强（村党支部书记）"), where a place or a
# body in brackets holds none of these ("江苏（南京）").
_ROLE_BRACKET = re.compile(rf"[（(][^）)]{{0,12}}?(?:化名|\d{{1,3}}岁|[男女][，,）)]|{_TITLES})")
_NOT_GIVEN_END = frozenset("方国军府委局部省市队团会社厂站所院处")
_NUMERALS = frozenset("一二三四五六七八九十百千万两日天末")
AFTER_NAME, CLAUSE_START, NOT_GIVEN_END, SPEECH_VERBS = _AFTER_NAME, _CLAUSE_START, _NOT_GIVEN_END, _SPEECH_VERBS
SURNAME_OPENERS = _SURNAME_OPENERS


def speaking_people(text: str) -> list[Mention]:
    """People named at a clause's start with no title, by a Chinese or Japanese surname and
    a given name, when a verb of speech follows ("，马云将卸任", "。李明表示"), also after
    a time, a place and a listener ("任正非日前在深圳表示", "，李明对记者说"), or a bracket
    that says who they are ("。陈志明（化名）")."""
    out: list[Mention] = []
    for at, ch in enumerate(text):
        if ch not in _SURNAME_OPENERS or (at > 0 and text[at - 1] not in _CLAUSE_START):
            continue
        name = speaker_at(text, at)
        if name is not None:
            out.append(Mention(at, at + len(name), name, "PER", model="rules:zh", confidence=0.6))
    return out


def speaker_at(text: str, at: int) -> str | None:
    """The name opening at `at` that a verb of speech or a bracket of who they are follows."""
    name = _name_at(text, at)
    # a given name of two characters may have taken the verb's first ("武磊梅开二度": 梅 opens
    # no common word with 开): the shorter name is read where the verb then follows it
    for cand in (name, _shorter(name)):
        if cand is None or cand[-1] in _NOT_GIVEN_END or cand[1] in _NUMERALS:
            continue
        if _SPEECH.match(text, at + len(cand)) or _ROLE_BRACKET.match(text, at + len(cand)):
            return cand
    return None


def _shorter(name: str | None) -> str | None:
    """`name` without its last given character, where a given character is left."""
    if name is None or len(name) < 3:
        return None
    surname = next((s for s in _MULTI_SURNAMES if name.startswith(s)), name[0])
    return name[:-1] if len(name) - len(surname) == 2 else None


def _name_at(text: str, at: int) -> str | None:
    surname = next((s for s in _MULTI_SURNAMES if text.startswith(s, at)), text[at : at + 1])
    if surname not in _SURNAMES and surname not in _MULTI_SURNAMES:
        return None
    rest = at + len(surname)
    run = rest
    while run < len(text) and run - at < _MAX_FOREIGN and text[run] in _sounds() and text[run] not in _AFTER_NAME:
        run += 1
    if run - rest >= _FOREIGN_RUN:
        return text[at:run]
    given = 0
    while given < 2 and rest + given < len(text) and _given_character(text, rest + given):
        given += 1
    # "刘建国带着": a verb and its aspect after the word, no given character
    ends = text[rest + 3 : rest + 4] in _ASPECT or not _given_character(text, rest + 2)
    if given == 0 and text[rest : rest + 2] in _GIVEN_NAME_WORDS and ends:
        given = 2  # "刘建国在": the given name is the word, and the clause goes on after it
    if given == 0:
        return None
    name = text[at : rest + given]
    if len(surname) == 1 and zipf(name[:2], "zh") >= _COMMON_WORD_ZIPF:
        return None  # "高度赞扬", "申报人": a word, not a surname and a given name
    return name


# After a title, a name is expected, so two shapes the bare reader turns down are read: a
# given name opening with "一" ("队长赵一鸣": "一" opens clauses, "一鸣" no word), and a surname
# and given character that make a word ("首席执行官王子昂": "王子", prince), where the given
# name of two is no word and a particle or verb opens after it.
_RARE_GIVEN_ZIPF = 2.0


def _titled_name_at(text: str, at: int) -> str | None:
    if text[at : at + 1] not in _SURNAMES or at + 3 > len(text):
        return None
    given = text[at + 1 : at + 3]
    if not all("\u4e00" <= ch <= "\u9fff" for ch in given) or given[1] in _AFTER_NAME:
        return None
    if zipf(given, "zh") >= _RARE_GIVEN_ZIPF or zipf(text[at + 2 : at + 4], "zh") >= _NEXT_WORD_ZIPF:
        return None
    if given[0] == "一" or text[at + 3 : at + 4] in _AFTER_NAME:
        return text[at : at + 3]
    return None


# Given names that are common words, too common for the bar above ("建国" founding a state,
# "胜利" victory): a generation named its children so, and the name is read whole where
# what follows it opens no given name (a verb, a particle: "市长刘建国在...").
_GIVEN_NAME_WORDS_TEXT = (
    "建国 爱国 卫国 兴国 振国 建军 建设 建成 建新 建华 建平 国庆 国强 胜利 和平 文明 光明 红军 海军 新民 "
    "为民 爱民 立新 向东 卫东 东升 永生 天明 黎明 明亮 志强 志刚 志明"
)
_GIVEN_NAME_WORDS = frozenset(_GIVEN_NAME_WORDS_TEXT.split())
# Aspect particles: the character before one is a verb ("带着", "拿了"), so it opens no given name.
_ASPECT = frozenset("着了过")


def _given_character(text: str, at: int) -> bool:
    if at >= len(text):
        return False
    ch = text[at]
    if not "\u4e00" <= ch <= "\u9fff" or ch in _AFTER_NAME:
        return False
    return zipf(text[at : at + 2], "zh") < _NEXT_WORD_ZIPF


# Provincial-level divisions (the autonomous regions by their short names), Hong Kong and
# Macao, written with or without "省"/"自治区"/"特别行政区".
_PROVINCES = (
    "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北",
    "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
    "宁夏", "新疆", "香港", "澳门",
)  # fmt: skip
_PROVINCE_SUFFIXES = ("省", "自治区", "特别行政区", "地区")
_BUILDINGS = ("人民大会堂", "天安门广场", "中南海", "钓鱼台国宾馆", "白宫", "克里姆林宫", "爱丽舍宫", "唐宁街")


@functools.cache
def place_names() -> dict[str, EntityType]:
    """Provinces and buildings, as the substring matcher looks them up (rivers: the
    gazetteer's, `identity.places.RIVERS`)."""
    names: dict[str, EntityType] = {}
    for province in _PROVINCES:
        names[province] = "LOC"
        for suffix in _PROVINCE_SUFFIXES[:3]:
            names[province + suffix] = "LOC"
    names.update(dict.fromkeys(_BUILDINGS, "LOC"))
    return names


_MAX_RUN = 8
_PLACE_SUFFIXES = frozenset("州省市县区港镇岛")


def uncut_places(text: str, found: list[Mention], major: frozenset[str]) -> list[Mention]:
    """Gazetteer places cut out of a longer transliteration: "达沃" (Davao) in "达沃斯", "南希"
    in "南希佩洛西", "阿拉" in "阿拉巴马州".  A place spelled in transliteration characters and
    followed by more of them, where no other name starts, is cut from a longer name: the
    longer run wins where it is a word of the language and a place by what stands around it
    (a place before it, "瑞士达沃斯", or a place suffix after it, "马里兰州"); else the cut is
    refused ("戴维斯" is a word, but as often a person); with no word longer than the place,
    the cut is refused unless the place is a country or a great city, which news writes
    right before another word ("伊拉克基地", "古巴奥委会")."""
    sounds = _sounds()
    starts = {m.start for m in found}
    place_ends = {m.end for m in found if m.type == "LOC"}
    out: list[Mention] = []
    for m in found:
        end = m.end
        if (
            m.type != "LOC"
            or end >= len(text)
            or end in starts
            or not _transliterated(text[end], sounds)
            or not all(ch in sounds for ch in m.text)
            or zipf(text[end : end + 2], "zh") >= _NEXT_WORD_ZIPF  # "沙巴利益": 利益 opens after the place
        ):
            out.append(m)
            continue
        run = end
        while run < len(text) and run - m.start < _MAX_RUN and _transliterated(text[run], sounds):
            run += 1
        longer = next((k for k in range(run, end, -1) if zipf(text[m.start : k], "zh") > 0), None)
        if longer is not None:
            if text[longer : longer + 1] in _PLACE_SUFFIXES or m.start in place_ends:
                run_name = text[m.start : longer]
                out.append(Mention(m.start, longer, run_name, "LOC", model=m.model, confidence=m.confidence))
        elif m.text in major:
            out.append(m)
    return _without_overlaps(out)


def _transliterated(ch: str, sounds: frozenset[str]) -> bool:
    return ch in sounds and ch not in _AFTER_NAME


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.start - m.end)):
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


_COMPANY_SUFFIXES = "集团|公司|银行|基金会|航空|汽车"


@functools.cache
def _company() -> re.Pattern[str]:
    sounds = "".join(sorted(_sounds() - _AFTER_NAME))
    return re.compile(rf"(?<![{sounds}])[{sounds}]{{2,7}}(?:{_COMPANY_SUFFIXES})")


def companies(text: str) -> list[Mention]:
    """Companies named by a transliterated name and a company word ("阿里巴巴集团")."""
    return [
        Mention(hit.start(), hit.end(), hit.group(), "ORG", model="rules:zh", confidence=0.6)
        for hit in _company().finditer(text)
    ]


# A native company's name (a Chinese word, not a transliteration: "腾讯公司", "华为公司"):
# two or three characters opening a clause or after a preposition, then the company word.
# Not an industry or a kind of firm ("航空公司", "科技公司", "搬家公司": an airline, a tech
# firm), a place ("美国公司": American firms), nor a word as common as "使用" or "大型".
_NATIVE_COMPANY = re.compile(r"公司|集团|银行")
_BEFORE_COMPANY = frozenset("，。；：！？、“”「」（）《》\n 与和同及跟对向据由从在被把让给的了是")
DETERMINERS = frozenset("该这那其每各本此某一两几多")
_PARTICLES = frozenset("的了着过和与及或是在")
_KINDS_OF_FIRM_WORDS = (
    "科技 石油 保险 航空 搬家 运输 电力 出版 投资 商业 能源 电信 媒体 广播 物流 建筑 "
    "地产 房地产 贸易 咨询 制药 化工 食品 服装 钢铁 煤炭 电子 软件 网络 游戏 汽车 铁路 "
    "航运 船舶 矿业 电气 证券 信托 金融 控股 中央 储蓄 合作 开发 发展 跨国 上市 国有 "
    "私营 民营 外资 有限 责任 股份 实业 工业 大型 小型 知名 相关 其他 所有 美国 中国 "
    "外国 国际 全球 地方 天然气 互联网 出租车 快递 安保 保安 医药 生物 传媒 影视 唱片 "
    "广告 律师 会计 审计 评级 私人 公共 公用 各大 投行 零售 旅游 酒店 电视 通讯 通信 "
    "半导体 芯片 新能源 基金 风投 国企 央企 建设 工程 水泥 石化 电网 供电 供水 燃气 "
    "自来水 经纪 演艺 娱乐 体育 公关 营销 管理"  # an agency's kinds: "经纪公司" in sport news
    # the parties of a transport accident, which its news names by their role ("船东公司", the
    # shipowner; "承运公司", the carrier)
    " 船东 船务 承运 物业 施工 监理 租赁 担保"
    # the operators of roads and buses, which transport news names by their trade ("高速公司",
    # the expressway's operator; "公交公司", the bus company)
    " 高速 公路 路桥 公交"
)
_KINDS_OF_FIRM = frozenset(_KINDS_OF_FIRM_WORDS.split())
_COMMON_HEAD_ZIPF = 5.0


def native_companies(text: str, places: frozenset[str]) -> list[Mention]:
    """Companies named by a Chinese word and "公司", "集团" or "银行" ("腾讯公司", "华为集团"),
    or by a name of four characters, translated or a Chinese one ("空中客车公司")."""
    out: list[Mention] = []
    for hit in _NATIVE_COMPANY.finditer(text):
        for size in (2, 3, 4):
            start = hit.start() - size
            head = text[start : hit.start()]
            if (
                start < 0
                or (start > 0 and text[start - 1] not in _BEFORE_COMPANY)
                or not all("\u4e00" <= ch <= "\u9fff" for ch in head)
                or head[0] in _AFTER_NAME | DETERMINERS
                or head[-1] in DETERMINERS  # "目前该公司": "at present, the company"
                or head[-1] in _FIRM_RANKS  # "旗下子公司": a subsidiary, "母公司" a parent
                or any(ch in _PARTICLES for ch in head)
                or head in _KINDS_OF_FIRM
                or head in places
                or zipf(head, "zh") >= _COMMON_HEAD_ZIPF
                or (size == 4 and not _long_company_head(head, places))
                or _PROGRAMME_AFTER.match(text, hit.end())
            ):
                continue
            out.append(Mention(start, hit.end(), text[start : hit.end()], "ORG", model="rules:zh", confidence=0.6))
            break
    return out


def _long_company_head(head: str, places: frozenset[str]) -> bool:
    """Four characters before "公司" that name a firm ("空中客车", "通用电气"), not a phrase
    ("他说腾讯" holds a verb) nor a kind of firm with a place or an adjective ("美国航空",
    "跨国石油", "当地电力")."""
    if any(ch in _AFTER_NAME or ch in DETERMINERS or ch in _PRONOUNS for ch in head):
        return False
    return not any(half in _KINDS_OF_FIRM or half in places for half in (head[:2], head[2:]))


_PRONOUNS = frozenset("我你他她它们")
# A kind of firm a policy names in quotes, then its fund or scheme ("“强镇公司”专项资金",
# "“飞地公司”模式"): a programme, no firm.
_PROGRAMME_AFTER = re.compile(r"[”\"」](?:专项|资金|项目|模式|政策|试点|改革|建设|工程)")
# Characters that make a firm's rank with "公司" ("子公司", "分公司", "母公司", "总公司").
_FIRM_RANKS = frozenset("子分母总")
