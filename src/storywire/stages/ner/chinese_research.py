"""Chinese universities named by a region or a foreign name, their short names, and the
spacecraft science news names after a place.

* A university named by a region of China, not a province or a town ("西北工业大学", "华南
  理工大学", "东北师范大学"): the region ("西北", "华东") is no place of the gazetteer, and the
  field after it is a kind word of a school ("工业", "师范", "交通"), so the generic reader of
  institutions (two or three characters of a rare name) takes none of it.  The region, the
  fields (one or more of a closed list) and "大学"/"学院" make one ORG; a department after it
  joins it in `chinese_venues` ("...大学航天学院").
* A foreign university by a hyphenated or dotted transliterated name ("阿布-巴克尔国立大学"):
  the transliteration sounds on both sides of the hyphen, an optional "国立"/"州立"/"联邦"
  and "大学"/"学院", one ORG; a country right before it stays a place of its own.
* A university's short name ("哈工大" for 哈尔滨工业大学, "北师大" for 北京师范大学): three or four
  characters ending in "大" whose characters follow, in order, a university the article names
  in full, opening with its first character; spread over the article (headlines are their own
  paragraph), where no mention stands (`university_short_names`, from
  `chinese_ports.repeated_places`).
* A spacecraft, ship or programme named after a place in quotes ("“泰山二号”", "“海南一号”
  卫星"): the guidelines label no satellite, rocket or craft, so a place read inside such a
  quoted name is dropped (`craft_names`).
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.chinese_foreign import foreign_sounds
from storywire.stages.ner.word_frequency import zipf

# China's regions as universities name themselves by them (none is a place of the gazetteer).
_REGIONS = ("华东", "华南", "华北", "华中", "西北", "西南", "东北", "东南", "中南", "西部", "东部")
# The fields of a school that the name holds between its region and "大学" ("工业", "师范").
_FIELDS = (
    "工业", "理工", "师范", "交通", "科技", "农林", "农业", "林业", "政法", "财经", "石油", "电力", "医科", "民族",
    "航空", "航天", "外国语", "电子", "邮电", "水利", "矿业", "冶金", "化工", "纺织", "建筑", "工程", "海洋",
    "体育", "艺术", "音乐", "美术", "传媒", "中医药", "医药", "药科", "经济", "金融", "科学", "技术", "大学",
)  # fmt: skip
_FIELD = "|".join(sorted(_FIELDS, key=len, reverse=True))
_REGIONAL = re.compile(rf"(?:{'|'.join(_REGIONS)})(?:{_FIELD}){{1,3}}(?:大学|学院)")
# Four universities bear a region's name alone ("西北大学", "东北大学"); a student ("大学生")
# or a town of colleges ("大学城") runs on past them.
_REGION_ALONE = re.compile(r"(?:西北|西南|东北|东南)大学(?![生城里])")
# Before a regional name: a clause's edge, a preposition or particle, a verb of where one
# studies or works, or a place ("陕西西北工业大学" is rare, but a mention's end is an edge).
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 在于到至从往赴自与和同及跟对向据由被把让给的了是为")
_BEFORE_VERBS = ("毕业于", "来自", "就读于", "任职于", "联合", "携手", "考入", "入读")


def _mention(text: str, start: int, end: int, etype: EntityType = "ORG") -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.6)


def _place(out: list[Mention], new: Mention) -> list[Mention]:
    """`out` with `new` in place of the places it holds; unchanged where it cuts a mention or
    holds a person or a body."""
    overlaps = [o for o in out if o.start < new.end and new.start < o.end]
    if any(o.type != "LOC" or o.start < new.start or o.end > new.end for o in overlaps):
        return out
    return sorted([o for o in out if o.end <= new.start or o.start >= new.end] + [new], key=lambda m: (m.start, m.end))


def regional_universities(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with universities named by a region of China and their fields ("西北工业
    大学") as one ORG; only where "大学"/"学院" occurs."""
    if "大学" not in text and "学院" not in text:
        return mentions
    out = list(mentions)
    ends = {m.end for m in mentions}
    for hit in [*_REGIONAL.finditer(text), *_REGION_ALONE.finditer(text)]:
        start = hit.start()
        edge = start == 0 or text[start - 1] in _BEFORE or start in ends
        if not edge and not text[:start].endswith(_BEFORE_VERBS):
            continue  # "中国西北工业基地大学城": the region is read inside another phrase
        out = _place(out, _mention(text, start, hit.end()))
    return out


# A foreign university: sounds, a hyphen or an interpunct, sounds, and the kind.
_JOIN = "-‐‑–－·•・"
_JOINS = re.compile(f"[{_JOIN}]")
_FOREIGN_KIND = re.compile(r"(?:国立|州立|联邦|国家)?(?:研究|技术|理工|师范|医科)?(?:大学|学院)")
_MAX_SOUNDS = 12


def foreign_universities(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a hyphenated (or dotted) transliterated name and "大学"/"学院" as one
    ORG ("阿布-巴克尔国立大学"); the name opens after a mention (a country) or where the sounds
    do; only where a hyphen or a dot stands."""
    if not any(ch in text for ch in _JOIN):
        return mentions
    sounds = foreign_sounds()
    ends = {m.end for m in mentions}
    out = list(mentions)
    for hit in _JOINS.finditer(text):
        at = hit.start()
        if at == 0 or text[at - 1] not in sounds:
            continue
        start = at
        while start > 0 and text[start - 1] in sounds and at - start < _MAX_SOUNDS and start not in ends:
            start -= 1
        end = at + 1
        while end < len(text) and end - at <= _MAX_SOUNDS:
            kind = _FOREIGN_KIND.match(text, end)
            if kind is not None and end > at + 1:
                out = _place(out, _mention(text, start, kind.end()))
                break
            if text[end] not in sounds and text[end] not in _JOIN:
                break
            end += 1
    return out


# A university's short name: three or four characters, the last "大" ("哈工大", "北师大"),
# not opening a word with the character after it ("大陆", "大会", "大幅": "中国大陆").
_SHORT = re.compile(r"[\u4e00-\u9fff]{2,3}大(?!学)")
_BIG_WORD_ZIPF = 4.0


def university_short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the short names of the universities the article names in full: the
    short name opens with the university's first character and its characters follow the
    full name in order, the "大" being that of "大学" ("西工大" for "西北工业大学")."""
    fulls = {m.text[: m.text.index("大学") + 2] for m in mentions if m.type == "ORG" and "大学" in m.text}
    fulls = {f for f in fulls if len(f) >= 5}
    if not fulls:
        return mentions
    out = list(mentions)
    for hit in _SHORT.finditer(text):
        start, end = hit.span()
        short = hit.group()
        if any(o.start < end and start < o.end for o in out) or zipf(text[end - 1 : end + 1], "zh") >= _BIG_WORD_ZIPF:
            continue
        for size in (len(short), len(short) - 1):  # the run read may open one character early
            cand, cstart = short[-size:], end - size
            if size >= 3 and any(_abbreviates(cand, full) for full in fulls):
                if any(o.start < end and cstart < o.end for o in out):
                    break
                out = sorted([*out, _mention(text, cstart, end)], key=lambda m: (m.start, m.end))
                break
    return out


def _abbreviates(short: str, full: str) -> bool:
    """`short` opens with `full`'s first character, ends with the "大" of its "大学", and its
    other characters follow the full name in order ("上海交大"; three skip some)."""
    if short[0] != full[0] or (len(short) == 3 and short[:2] == full[:2]):
        return False  # three characters must skip some: "中国大" is no "中国科学技术大学"
    body = full[1:-2]  # between the first character and "大学"
    pos = 0
    for ch in short[1:-1]:
        pos = body.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


# A quoted craft's name: its words, a Chinese numeral and "号" ("“天宫二号”", "“泰山一号”").
_CRAFT = re.compile(r"“([^“”]{1,8}?)[一二三四五六七八九十百零〇]{1,3}号[^“”]{0,4}”")


def craft_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the places read inside a quoted craft's name ("“泰山二号”"): a
    satellite, ship or programme named after a place is labelled by no convention."""
    if "号”" not in text:
        return mentions
    spans = [hit.span(1) for hit in _CRAFT.finditer(text)]
    return [m for m in mentions if not (m.type == "LOC" and any(s <= m.start and m.end <= e for s, e in spans))]
