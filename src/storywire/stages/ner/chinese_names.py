"""Chinese names the gazetteer and the transliteration cues miss.

* People with a Chinese (or Korean, or Chinese-spelled) name after a title: "发言人毛宁",
  "总统尹锡悦", "总干事谭德塞".  Such a name is a surname from the common list and one or two
  given characters; where it ends is read from the character after it, which opens the
  verb or particle that follows a name in a news sentence ("在", "表示", "会见").  A surname
  followed by a run of transliteration characters is a foreign name spelled with a Chinese
  surname first ("冯德莱恩", von der Leyen) and runs to the run's end.
* Provinces and regions (geonames has cities only), with or without their suffix
  ("河南省", "新疆"), and the buildings news names as places.
* One organisation from a body named after its country or parent body: "中国外交部",
  "联合国安理会" are fixed names, as "中国红十字会" is.
"""

from __future__ import annotations

import functools
import re

from storywire.identity.xinhua import transliteration_characters
from storywire.model import EntityType, Mention
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
    "佘池麻苑迟邝习朴"
)
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容", "司徒", "夏侯")
# Titles and roles written just before a name.
_TITLES = (
    "国家主席|国务院总理|国务委员|国务卿|行政长官|特首|副总理|副主席|副总统|总统|总理|首相|主席|总书记|"
    "委员长|秘书长|总干事|总参谋长|参谋长|总检察长|财长|防长|"
    "发言人|外长|外交部长|国防部长|部长|大使|特使|行长|省长|市长|州长|司令员|司令|将军|董事长|总裁|"
    "首席执行官|主任|局长|院长|校长|教授|主教练|教练|队长|法官|检察官|议长|记者|国王|王储|亲王"
)
_TITLED = re.compile(rf"(?:{_TITLES})(?=[\u4e00-\u9fff])")
# Characters that open what follows a name in a news sentence (a verb, a preposition, a
# particle, a time word): a name stops before them.
_AFTER_NAME = frozenset(
    "在于与和同及跟对向将已也还就则又都曾却说称表指介透回答告宣警呼提希认会访抵到出参率发签致报"
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


def titled_people(text: str) -> list[Mention]:
    """People named after a title by a Chinese surname and given name."""
    out: list[Mention] = []
    for hit in _TITLED.finditer(text):
        name = _name_at(text, hit.end())
        if name is not None:
            out.append(Mention(hit.end(), hit.end() + len(name), name, "PER", model="rules:zh", confidence=0.7))
    return out


def _name_at(text: str, at: int) -> str | None:
    surname = next((s for s in _COMPOUND_SURNAMES if text.startswith(s, at)), text[at : at + 1])
    if surname not in _SURNAMES and surname not in _COMPOUND_SURNAMES:
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
    if given == 0:
        return None
    name = text[at : rest + given]
    if len(surname) == 1 and zipf(name[:2], "zh") >= _COMMON_WORD_ZIPF:
        return None  # "高度赞扬", "申报人": a word, not a surname and a given name
    return name


def _given_character(text: str, at: int) -> bool:
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


def join_bodies(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """A country or a body written right before a body is part of its name: "中国外交部",
    "联合国安理会" (Chinese writes no "of" between them)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.type == "ORG"
            and prev.end == m.start
            and (prev.type == "ORG" or (prev.type == "LOC" and prev.text in countries))
        ):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], "ORG", model="rules:zh", confidence=0.7)
            continue
        out.append(m)
    return out
