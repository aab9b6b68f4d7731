"""Chinese seas, straits and regions, national bodies named by abbreviation, armed forces,
hospitals of a university, and the parties and chambers of other countries.

* Seas, straits and economic regions that the gazetteer (cities and countries) lacks:
  "南海", "台湾海峡", "粤港澳大湾区"; a strait is also read from a place before "海峡"
  ("琼州海峡" has no entry, "琼州" is the old name of Hainan: any place word works).
* A national body written short after "国家": "国家卫健委", "国家发改委", "国家医保局" (the
  full names are in `chinese_suffixes`); the field is two to four characters.
* A country's armed force named as a body: "以色列国防军", "日本自卫队", "伊朗革命卫队".
* A hospital or school of a university is one body with it: "四川大学华西医院", "北京大学
  第一医院" (an ordinal "第一" is a name's, not the numeral of a clause), "复旦大学附属华山医院".
* A part of a province named by its abbreviation and a direction: "皖北", "鲁西南".
* Parties and chambers of other countries, which news writes short once the country is
  named ("在日本，执政的自民党 ..." "众议院"): a list of the well-known ones, read as ORG
  where a country stands earlier in the text.
"""

from __future__ import annotations

import functools
import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.word_frequency import zipf

# Oceans, seas, straits, gulfs, peninsulas and economic regions news names with no cue (general
# knowledge; the gazetteer already holds "东海", "红海", "黑海", "地中海").
_REGIONS = (
    "南海", "黄海", "渤海", "台湾海峡", "马六甲海峡", "英吉利海峡", "白令海峡", "朝鲜海峡", "对马海峡",
    "直布罗陀海峡", "博斯普鲁斯海峡", "曼德海峡", "刻赤海峡", "麦哲伦海峡", "波罗的海", "加勒比海",
    "太平洋", "大西洋", "印度洋", "北冰洋", "南大洋", "阿拉伯海", "北海", "日本海", "鄂霍次克海", "波斯湾",
    "亚丁湾", "墨西哥湾", "孟加拉湾", "北极", "南极",
    "朝鲜半岛", "巴尔干半岛", "克里米亚半岛", "西奈半岛", "阿拉伯半岛", "中东", "东南亚", "中亚", "南亚",
    "粤港澳大湾区", "长三角", "长江三角洲", "珠三角", "珠江三角洲", "京津冀", "成渝地区", "东北亚",
)  # fmt: skip


@functools.cache
def region_names() -> dict[str, EntityType]:
    """The listed seas and regions, for the substring matcher."""
    return dict.fromkeys(_REGIONS, "LOC")


# A strait named by a place: two to four characters that are no function word before "海峡".
_STRAIT = re.compile(r"([\u4e00-\u9fff]{2,4}?)海峡")
_BEFORE = frozenset("的在和与及、，。；：！？（）“”「」《》 \n从到至经过穿越")
_NOT_IN_NAME = frozenset("的在和是了对将已也并向一两这那其每此该各")

# "国家" + the field + the kind; not "国家部委" (the ministries in general) nor "当局".
_NATIONAL_SHORT = re.compile(r"国家([\u4e00-\u9fff]{2,4}?)(委员会|总局|委|局|署)")
_NOT_AFTER_BODY = frozenset("员势面长")  # "委员", "局势", "局面", "局长": another word
_NOT_FIELD = frozenset("的和与及在是有了对将这那其各该部门当关")

# A country's forces named as one body.
_FORCES = ("国防军", "自卫队", "陆上自卫队", "海上自卫队", "航空自卫队", "革命卫队", "伊斯兰革命卫队", "国民警卫队")
_FORCE = re.compile("|".join(sorted(_FORCES, key=len, reverse=True)))

# What a university holds: hospitals, schools, institutes, after a name of up to six characters.
_UNIVERSITY_PART = re.compile(r"(?:附属)?([\u4e00-\u9fff]{0,6}?)(医院|医学院|学院|研究院|研究所)")
_UNIVERSITY_ENDS = ("大学", "医科大学")
# "北京大学与中国科学院": a conjunction joins two bodies, no part of one
_NOT_IN_PART = _NOT_IN_NAME | frozenset("与及")

# Well-known parties and chambers of other countries, written short once the country is named.
_FOREIGN_BODIES = (
    "自民党", "立宪民主党", "公明党", "日本维新会", "国民民主党", "共和党", "民主党", "工党", "保守党",
    "自由民主党", "社会民主党", "社民党", "基民盟", "基社盟", "绿党", "国大党", "印度人民党", "利库德集团",
    "国民力量党", "共同民主党", "统一俄罗斯党", "正义与发展党", "国民联盟", "复兴党",
    "众议院", "参议院", "上议院", "下议院", "国民议会", "联邦议院", "联邦参议院", "国家杜马", "联邦委员会",
    "最高拉达",
)  # fmt: skip
_MEMBER = frozenset("人员籍")
_LONGEST_BODIES = tuple(sorted(_FOREIGN_BODIES, key=len, reverse=True))


def regional_bodies(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`mentions` with the straits, short national bodies, armed forces, university parts
    and foreign parties and chambers of this module added, each replacing what it holds."""
    out = _straits(text, mentions)
    out = _national_short(text, out)
    out = _forces(text, out, countries)
    out = _university_parts(text, out)
    out = _province_parts(text, out)
    return _foreign_bodies(text, out, countries)


# A part of a province named by its one-character abbreviation and a direction ("皖北", "苏南",
# "鲁西南", "赣东北"): a region, one LOC.  It opens after punctuation or a particle (not inside a
# word: "江苏北部", "四川西部", "希冀"), and the direction makes no word with what follows ("苏北京"
# never, "鲁南部", "皖北方"; nor "苏东坡", the poet).
_PROVINCE_PART = re.compile(r"[皖苏豫鲁冀晋陕川湘鄂赣浙闽粤桂滇黔辽](?:东北|西北|东南|西南|[东南西北])")
_BEFORE_PART = frozenset("，。；：！？、“”「」（）《》\n 的在于到至从往赴自和与及经对")
_DIRECTION_WORD_ZIPF = 3.5


def _province_parts(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _PROVINCE_PART.finditer(text):
        start, end = hit.span()
        if start > 0 and text[start - 1] not in _BEFORE_PART:
            continue
        if zipf(text[end - 1 : end + 1], "zh") >= _DIRECTION_WORD_ZIPF or text[start : end + 1] == "苏东坡":
            continue
        if any(o.start < end and start < o.end for o in out):
            continue
        out = sorted([*out, _mention(text, start, end, "LOC")], key=lambda m: (m.start, m.end))
    return out


def _mention(text: str, start: int, end: int, etype: EntityType) -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.6)


def _straits(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place or a name after punctuation or a preposition, then "海峡": one LOC."""
    out = list(mentions)
    place_starts = {m.end: m.start for m in mentions if m.type == "LOC"}
    for at in (hit.start() for hit in re.finditer("海峡", text)):
        if at in place_starts:
            out = replace_holding(out, _mention(text, place_starts[at], at + 2, "LOC"))
            continue
        for size in (2, 3, 4):
            start = at - size
            name = text[start:at]
            if start < 0 or any(ch in _NOT_IN_NAME for ch in name) or not all("\u4e00" <= c <= "\u9fff" for c in name):
                break
            if start == 0 or text[start - 1] in _BEFORE:
                out = replace_holding(out, _mention(text, start, at + 2, "LOC"))
                break
    return out


def _national_short(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _NATIONAL_SHORT.finditer(text):
        field = hit.group(1)
        if any(ch in _NOT_FIELD for ch in field) or text[hit.end() : hit.end() + 1] in _NOT_AFTER_BODY:
            continue
        out = replace_holding(out, _mention(text, hit.start(), hit.end(), "ORG"))
    return out


def _forces(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """A country right before a force's name: "以色列国防军" is one ORG."""
    out = list(mentions)
    by_end = {m.end: m for m in mentions if m.type == "LOC" and m.text in countries}
    for hit in _FORCE.finditer(text):
        country = by_end.get(hit.start())
        if country is not None:
            out = replace_holding(out, _mention(text, country.start, hit.end(), "ORG"))
    return out


def _university_parts(text: str, mentions: list[Mention]) -> list[Mention]:
    """A university's ORG and the hospital or school right after it, as one ORG."""
    out = list(mentions)
    for m in mentions:
        if m.type != "ORG" or not m.text.endswith(_UNIVERSITY_ENDS):
            continue
        hit = _UNIVERSITY_PART.match(text, m.end)
        if hit is None or any(ch in _NOT_IN_PART for ch in hit.group(1).replace("第一", "")):
            continue
        out = replace_holding(out, _mention(text, m.start, hit.end(), "ORG"))
    return out


def _foreign_bodies(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """The listed parties and chambers, after the text has named a country (of its own
    bodies news writes the full name: "全国人大"), where no mention covers them."""
    first_country = min((m.start for m in mentions if m.type == "LOC" and m.text in countries), default=None)
    if first_country is None:
        return mentions
    out = list(mentions)
    at = first_country
    while at < len(text):
        name = next((b for b in _LONGEST_BODIES if text.startswith(b, at)), None)
        if name is None:
            at += 1
            continue
        end = at + len(name)
        member = name.endswith("党") and text[end : end + 1] in _MEMBER  # "民主党人": a Democrat
        if not member and not any(o.start < end and at < o.end for o in out) and not _inside_word(text, at):
            out = sorted([*out, _mention(text, at, end, "ORG")], key=lambda m: (m.start, m.end))
        at = end
    return out


def _inside_word(text: str, at: int) -> bool:
    """A determiner before the name makes it a kind or another word ("该国会", this country
    will; "两院"): no body's name."""
    return at > 0 and text[at - 1] in "该本我各两"
