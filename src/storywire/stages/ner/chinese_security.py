"""Chinese security and crime news: police and border bodies of a place, anonymised suspects,
river mouths, island groups, districts after their city, and a direction cut as a sea.

* A police, coast-guard or customs body is named by its place and its kind ("广东海警局",
  "中国海警局", "马来西亚皇家警察", "新加坡警察海岸卫队"): the place read before the kind word
  and the kind are one body (ORG), its country kept as part of the fixed name.  The bare
  "海警" or "警察" after no place is a kind of officer, no body.  "海关总署" names one body alone.
* A suspect is written with the surname and "某某" or "某" ("邓某某", "王某"): a person.  A
  measure word or a noun after "某" makes it "some X" ("某地", "某种"), no name.
* A river's mouth is the river and "口" ("珠江口", "长江口"): one place, not the river and a
  stray "口"; an island group is a name and "群岛" or "列岛" ("万山群岛").
* A district or county after its city ("X市Y区") is a place of its own, one per level, as the
  guidelines label a chain; a generic "城区" or "开发区" is none.
* "以南海域" (the waters south of ...) holds no South China Sea: a direction after "以" is no sea.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.chinese_names import MULTI_SURNAMES, SURNAMES
from storywire.stages.ner.chinese_waters import places_before_kind, replace_places
from storywire.stages.ner.word_frequency import zipf

# The kinds of body that follow their place, longest first.
_BODY_HEADS = re.compile(
    r"海关总署|海警局|海警|海关|公安局|公安厅|警察局|警察厅|警察总署|皇家警察|国家警察|"
    r"警察海岸卫队|海岸警卫队|海岸卫队|边防检查总站|边检总站|海事局|缉私局|移民局|移民管理局"
)
# Bodies named by their kind alone.
_NATIONAL_BODIES = re.compile(r"海关总署|国家移民管理局")
# What follows "某" when it means "some": a measure word or a noun, not a name's end.
_NOT_AFTER_MOU = frozenset("些种个项地处日天年月时国省市县区家公部单位方件样次类物事段位人名条")
_SUSPECT = re.compile(
    rf"({'|'.join(MULTI_SURNAMES)}|[{''.join(sorted(SURNAMES))}])(某某|某)(?!某)",
)
_MOUTH_RIVER = re.compile(r"[江河]$")
# What "口" starts when it is no river's mouth: "江口岸" is a riverside port, "河口子" a word.
_NOT_AFTER_MOUTH = frozenset("岸子径罩号味感气音头语碑")
_ISLANDS = re.compile(r"群岛|列岛")
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 的了在于到至从往赴自和与及经沿由向对据是为但而")
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向举召今昨一二三四五六七八九十百千万两几各该这那其每此某个位名些家都还又再就"
    "被把从给让为于说称与及或着过得地上下前后里内外中间边旁条座所只道片段处到走去来往沿经不没"
)
# Numerals name islands ("万山群岛", "三沙"): an island's name may hold them.
_NOT_IN_ISLAND_NAME = _NOT_IN_NAME - frozenset("一二三四五六七八九十百千万两")
_NAME_ZIPF = 4.0
_DISTRICT = re.compile(r"([\u4e00-\u9fff]{2})(区|县)")
# Districts named by their kind, no place's name.
_GENERIC_DISTRICTS = frozenset({
    "主城区", "老城区", "新城区", "城区", "开发区", "示范区", "保护区", "自贸区", "试验区", "风景区", "旅游区",
    "工业区", "商业区", "住宅区", "居民区", "管辖区", "中心区", "核心区", "功能区", "园区", "景区", "中心城区",
    "新开发区", "高新区", "经开区", "保税区", "管理区", "生态区", "商务区", "核心城区", "大学城区",
})  # fmt: skip
_DIRECTION_CUT = re.compile(r"以[东南西北]")


def _mention(text: str, start: int, end: int, etype: EntityType) -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.6)


def security(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the bodies, suspects and places above added."""
    out = _direction_cuts(text, mentions)
    out = _mouths(text, out)
    out = _islands(text, out)
    out = _districts(text, out)
    out = _bodies(text, out)
    return _suspects(text, out)


def _bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for m in mentions:
        hit = _BODY_HEADS.match(text, m.end) if m.type == "LOC" else None
        if hit is not None:
            out = replace_places(out, _mention(text, m.start, hit.end(), "ORG"))
    for hit in _NATIONAL_BODIES.finditer(text):
        overlaps = [o for o in out if o.start < hit.end() and hit.start() < o.end]
        if all(o.type == "LOC" for o in overlaps):  # "会同海关总署": no "同海" read across the body
            body = _mention(text, hit.start(), hit.end(), "ORG")
            out = sorted([o for o in out if o not in overlaps] + [body], key=lambda m: (m.start, m.end))
    return out


def _suspects(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _SUSPECT.finditer(text):
        if text[hit.end() : hit.end() + 1] in _NOT_AFTER_MOU:
            continue  # "高某种", "向某地": "some" kind or place, no name
        out = replace_places(out, _mention(text, hit.start(), hit.end(), "PER"))
    return out


def _mouths(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for m in mentions:
        if m.type != "LOC" or not _MOUTH_RIVER.search(m.text) or text[m.end : m.end + 1] != "口":
            continue
        if text[m.end + 1 : m.end + 2] in _NOT_AFTER_MOUTH:
            continue
        # "口海域" or "口附近": a place read after the mouth gives way to the mouth
        out = [o for o in out if not (o.type == "LOC" and o.start == m.end)]
        out = replace_places(out, _mention(text, m.start, m.end + 1, "LOC"))
    return out


def _islands(text: str, mentions: list[Mention]) -> list[Mention]:
    return places_before_kind(text, mentions, _ISLANDS, _name_start)


def _name_start(text: str, at: int) -> int | None:
    """Where a name of two to four characters ending at `at` opens, or None."""
    for size in (2, 3, 4):
        start = at - size
        name = text[start:at]
        if start < 0 or (start > 0 and text[start - 1] not in _BEFORE):
            continue
        clean = all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_ISLAND_NAME for ch in name)
        if clean and zipf(name, "zh") < _NAME_ZIPF:
            return start
    return None


def _districts(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for m in mentions:
        if m.type != "LOC" or not m.text.endswith(("市", "州", "盟")):
            continue
        hit = _DISTRICT.match(text, m.end)
        if hit is None or hit.group() in _GENERIC_DISTRICTS or any(ch in _NOT_IN_NAME for ch in hit.group(1)):
            continue
        out = replace_places(out, _mention(text, hit.start(), hit.end(), "LOC"))
    return out


def _direction_cuts(text: str, mentions: list[Mention]) -> list[Mention]:
    """Places opening with the direction of "以南", "以东" ...: no sea, a direction."""
    cuts = {hit.start() + 1 for hit in _DIRECTION_CUT.finditer(text)}
    return [m for m in mentions if not (m.type == "LOC" and m.start in cuts)]
