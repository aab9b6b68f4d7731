"""Chinese state departments, the offices of a body, and international bodies.

* A ministry is its field and "部" ("水利部", "农业农村部", "应急管理部"): the field is a word of
  two characters, or two such words, and opens after punctuation, a particle or a place.  No
  part of a thing ("西南部", "内部", "干部": a direction, or a word with "部") nor a word
  that "部" opens ("部长", "部门", "部分", "部队"); a title's "部长" is read as a name's start
  only where a mention opens on "长" ("水利部长江水利委员会": the ministry, then the river's
  commission).
* An office of a body is named after it ("长江委水旱灾害防御局", "外交部新闻司"): the body, a
  field and "局", "司", "处", "办公室" or "中心", one ORG as a branch is (`chinese_suffixes.branches`).
* An international body is "国际", its field and the kind of body ("国际鹤类基金会",
  "国际劳工组织").
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.word_frequency import zipf

_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 的在于和与及由向对从据是为被把让给经")
_NOT_IN_FIELD = frozenset(
    "的在和是了对将已也并向举召今昨一两几各该这那其每此某个位名些家都还又再就被把从给让为于说称与及等"
    # adverbs and a verb's goal that open a clause after a body ("红十字会则派出义工到庇护中心")
    "则亦即到"
    # a division "under" its parent is a body of its own ("X署辖下Y处": two)
    "辖"
)
_DIRECTIONS = frozenset("东南西北中上下内外前后左右")
# Characters that open a word with "部" before it: "部长", "部门", "部分", "部队", "部署".
_NOT_AFTER_MINISTRY = frozenset("长门分队署落位件下委属将首")
_FIELD_WORD_ZIPF = 3.0
_WORD_ZIPF = 3.5
# Fields that make a command ("司令部"), a firm's or a school's department ("公司人事部",
# "财务部", "编辑部"), not a ministry.
_NOT_MINISTRY_FIELDS = frozenset({
    "司令", "指挥", "参谋", "俱乐", "公司", "集团", "企业", "单位", "学校", "医院", "人事", "财务", "销售",
    "市场", "技术", "编辑", "业务", "客服", "采购", "研发", "行政", "营销", "法务", "后勤", "保卫", "工程",
    # a hospital's or a care home's departments ("护理部主任", "医务部"), no ministry
    "护理", "医务", "门诊", "药剂", "病案",
})  # fmt: skip
# "部将" is a general's officer only before a word of the army ("部将领"); elsewhere it is the
# ministry and "将" (will): "民政部将XX列入试点".
_OFFICER_AFTER = frozenset("领士帅军")


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _word(chars: str, bar: float = _WORD_ZIPF) -> bool:
    return zipf(chars, "zh") >= bar


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "ORG", model="rules:zh", confidence=0.6)


def ministries(text: str, mentions: list[Mention], countries: frozenset[str] = frozenset()) -> list[Mention]:
    """`mentions` with ministries named by their field and "部" added where nothing stands;
    a country right before one is part of its name ("中国水利部")."""
    out = list(mentions)
    places = {m.end: m for m in mentions if m.type == "LOC"}
    starts = {m.start for m in mentions}
    at = text.find("部")
    while at >= 0:
        after = text[at + 1 : at + 2]
        # "部分别": the ministry, then "分别" (respectively), not "部分" (a part)
        respectively = after == "分" and text[at + 2 : at + 3] == "别"
        will = after == "将" and text[at + 2 : at + 3] not in _OFFICER_AFTER
        if after not in _NOT_AFTER_MINISTRY or (after == "长" and at + 1 in starts) or respectively or will:
            start = _ministry_start(text, at, set(places))
            if start is not None and not any(o.start < at + 1 and start < o.end for o in out):
                country = places.get(start)
                if country is not None and country.text in countries:
                    out, start = [o for o in out if o is not country], country.start
                out = sorted([*out, _mention(text, start, at + 1)], key=lambda m: (m.start, m.end))
        at = text.find("部", at + 1)
    return out


def _ministry_start(text: str, at: int, place_ends: set[int]) -> int | None:
    if at > 0 and _word(text[at - 1 : at + 1]):
        return None  # "干部", "内部", "全部", "俱乐部"
    for size in (4, 2):
        start = at - size
        field = text[start:at]
        if start < 0 or not (start == 0 or text[start - 1] in _BEFORE or start in place_ends):
            continue
        if not all(_cjk(ch) and ch not in _NOT_IN_FIELD for ch in field) or all(ch in _DIRECTIONS for ch in field):
            continue
        if size == 4 and start + 2 in place_ends:
            continue  # "中国商务部": the country, then the ministry ("商务部"), which it joins
        halves = [field[i : i + 2] for i in range(0, size, 2)]
        if any(h in _NOT_MINISTRY_FIELDS or not _word(h, _FIELD_WORD_ZIPF) for h in halves):
            continue
        if any(all(ch in _DIRECTIONS for ch in h) for h in halves):
            continue  # "西南部", "中西部"
        return start
    return None


# A regulator's centres are its offices too ("国家药监局药品审评中心", "国家卫健委统计信息中心").
_OFFICE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(办公室|中心|局|司|处)")
_OFFICE_IN_FIELD = re.compile(r"书记|主席|主任|局长|部长|司长|处长|发言人|负责人")
# A field opening with a verb of founding is what the body does ("学院合建茶叶研究中心"), no office.
_FOUNDING = re.compile(r"共建|合建|联建|新建|筹建|建设|建立|成立|设立|组建|打造|兴建|开设|设有|下设|增设")


def offices(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each body followed by one of its offices made one ORG over both."""
    out = list(mentions)
    body_starts = {m.start for m in mentions if m.type == "ORG"}
    for m in mentions:
        if m.type != "ORG" or m.end in body_starts:
            continue  # a body of its own name follows ("水利部长江水利委员会"): two bodies
        hit = _OFFICE.match(text, m.end)
        if hit is None:
            continue
        field, kind = hit.group(1), hit.group(2)
        if any(ch in _NOT_IN_FIELD for ch in field) or _OFFICE_IN_FIELD.search(field) or _FOUNDING.match(field):
            continue
        if _word(field[-1] + kind[0]) or _word(text[hit.end() - 1 : hit.end() + 1]):
            continue  # "公司", "当局", "格局"; "局长", "处理", "司机"
        out = replace_holding(out, _mention(text, m.start, hit.end()))
    return out


_INTERNATIONAL = re.compile(r"国际([\u4e00-\u9fff]{2,6}?)(基金会|组织|联合会|协会|学会|委员会|联盟|机构|理事会)")
# A Latin acronym in brackets right after names one body, however common its field ("国际移民组织（IOM）").
_ACRONYM_AFTER = re.compile(r"[（(][A-Z]{2,6}[）)]")
# A field this common says what sort of body it is ("国际金融组织": international financial bodies).
_COMMON_FIELD_ZIPF = 4.5


def international_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with "国际", a field and a body's kind added as one ORG ("国际鹤类基金会")."""
    out = list(mentions)
    for hit in _INTERNATIONAL.finditer(text):
        field = hit.group(1)
        start = hit.start()
        if start > 0 and text[start - 1] not in _BEFORE:
            continue
        if any(ch in _NOT_IN_FIELD or not _cjk(ch) for ch in field):
            continue
        if _word(field, _COMMON_FIELD_ZIPF) and not _ACRONYM_AFTER.match(text, hit.end()):
            continue
        if _word(text[hit.end() - 1 : hit.end() + 1]):
            continue  # "...委员会委员": a member
        out = replace_holding(out, _mention(text, start, hit.end()))
    return out
