"""Chinese names of travel and entertainment news read from their shape.

* A town or village after the unit that holds it ("丽江市古城区束河镇白沙村"): a county,
  city or town, then two or three characters and "镇", "乡" or "村", one LOC per level as the
  guidelines cut place chains; a shorter place the gazetteer reads in the name ("白沙" of
  "白沙村") gives way, and the town is read again where the text repeats it with its suffix.
* A pagoda of a temple ("开元寺双塔", "崇福寺塔"): the temple, a count and "塔", one LOC, as a
  site's whole name; "寺的塔" is the temple's pagoda, no name.
* An airline ("春风航空"): a name of two to four characters that is no word and "航空", an
  ORG; "航空业", "航空港", "航空器" are the trade and its things, no firm.
* A broadcaster ("东方卫视"): a name and "卫视" (a satellite channel), an ORG; "省级卫视",
  "各大卫视" are kinds.  A video platform ("橙子视频") is a name and "视频" joined to a
  broadcaster or an outlet ("由...卫视和...视频联合播出"), or before a verb of airing: alone,
  "...视频" is as often a clip ("监控视频").
* Places one goes to, listed after a verb of travel ("去乌镇、西塘和周庄走走"): where one
  item is a place the text names, the others of two or three characters that are no word
  are places too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storywire.model import EntityType, Mention
from storywire.stages.ner.word_frequency import zipf

_CJK = re.compile(r"[\u4e00-\u9fff]+")
# Particles, prepositions, determiners, numerals and measure words open a clause: no name holds them.
_NOT_IN_NAME = frozenset(
    "的了在和与及是对将已也并向从被把为以说称该这那其每此某个位名些家都还又再就让给一二三四五六七八九十百千万"
    "两几各上下前后里内外中等或着过得地"
)
_WORD_ZIPF = 3.5


def tourism(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with towns in their chain, temples' pagodas, airlines, broadcasters, video
    platforms and listed destinations; each rule looks only where its head word stands."""
    out = mentions
    if any(ch in text for ch in "镇乡村"):
        out = _town_chains(text, out)
    if "塔" in text:
        out = _pagodas(text, out)
    if "航空" in text:
        out = _heads(text, out, _AIRLINE, _airline_name)
    if "卫视" in text:
        out = _heads(text, out, _CHANNEL, _channel_name)
    if "视频" in text:
        out = _platforms(text, out)
    if any(verb in text for verb in _TRAVEL_VERBS):
        out = _destinations(text, out)
    return out


def _mention(text: str, start: int, end: int, etype: EntityType) -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.6)


def _put(out: list[Mention], new: Mention, yield_to_places: bool = False) -> list[Mention]:
    """`out` with `new` in place of the places it holds whole; unchanged where `new` crosses a
    mention's edge, or holds a person or a body (or any place, with `yield_to_places`)."""
    overlaps = [o for o in out if o.start < new.end and new.start < o.end]
    if any(o.type != "LOC" or o.start < new.start or o.end > new.end or yield_to_places for o in overlaps):
        return out
    return sorted([o for o in out if o not in overlaps] + [new], key=lambda m: (m.start, m.end))


def _clean(name: str) -> bool:
    return bool(_CJK.fullmatch(name)) and not any(ch in _NOT_IN_NAME for ch in name)


# ---- towns and villages in their chain ------------------------------------------------------

_UNIT_ENDS = frozenset("省市州县区镇乡")
_TOWN_SUFFIXES = frozenset("镇乡村")
# A kind of town or village, not a name ("城乡", "农村", "山村", "新村" are words; these are rarer).
# Right after its unit a name's left edge is sure: "向" opens names there ("向阳村"), not a clause.
_NOT_IN_TOWN = _NOT_IN_NAME - frozenset("向")
_KINDS_OF_TOWN = frozenset({"偏远", "边远", "贫困", "沿海", "山区", "城中", "示范", "重点", "特色", "美丽", "周边"})


def _town_chains(text: str, mentions: list[Mention]) -> list[Mention]:
    out = _suffixed_places(text, mentions)
    towns: set[str] = set()
    chain_ends = [m.end for m in out if m.type == "LOC" and m.text[-1] in _UNIT_ENDS and len(m.text) >= 2]
    while chain_ends:
        at = chain_ends.pop(0)
        town = _town_at(text, at, out)
        if town is None:
            continue
        new = _mention(text, at, town, "LOC")
        replaced = _put(out, new)
        if replaced is not out:
            out = replaced
            towns.add(new.text)
            chain_ends.append(town)  # a village after its town: "束河镇白沙村"
    return _named_again(text, out, towns)


def _named_again(text: str, mentions: list[Mention], towns: set[str]) -> list[Mention]:
    """`mentions` with `towns` read again where the text repeats them with their suffix and no
    county before them, and a village right after such a town ("束河镇白沙村")."""
    out = mentions
    for name in sorted(towns):
        for hit in re.finditer(re.escape(name), text):
            out = _put(out, _mention(text, hit.start(), hit.end(), "LOC"))
            village = _town_at(text, hit.end(), out)
            if village is not None:
                out = _put(out, _mention(text, hit.end(), village, "LOC"))
    return out


def repeated_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """For the whole article (each paragraph is read alone): a town read in its chain in one
    paragraph ("大理市海东镇") where another names it without its county ("海东镇向阳村")."""
    towns = {m.text for m in mentions if m.type == "LOC" and len(m.text) in (3, 4) and m.text[-1] in _TOWN_SUFFIXES}
    return _named_again(text, mentions, towns) if towns else mentions


def _suffixed_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place the gazetteer reads bare, right before "镇" or "乡", is that town ("西塘" +
    "镇"); "乡村", "镇压" (the suffix opening a word) are no town's."""
    out = list(mentions)
    for m in mentions:
        after = text[m.end : m.end + 2]
        if (
            m.type == "LOC"
            and len(m.text) in (2, 3)
            and m.text[-1] not in _UNIT_ENDS
            and after[:1] in ("镇", "乡")
            and not (len(after) == 2 and zipf(after, "zh") >= _WORD_ZIPF)
            and zipf(m.text[-1] + after[0], "zh") < _WORD_ZIPF
        ):
            out = _put(out, _mention(text, m.start, m.end + 1, "LOC"))
    return out


def _town_at(text: str, at: int, mentions: list[Mention]) -> int | None:
    """The end of a town or village whose name opens at `at`, right after its unit."""
    for size in (2, 3):
        end = at + size + 1
        name, suffix = text[at : at + size], text[at + size : end]
        if suffix not in _TOWN_SUFFIXES or not _CJK.fullmatch(name) or name in _KINDS_OF_TOWN:
            continue
        if any(ch in _NOT_IN_TOWN for ch in name):
            continue
        if zipf(name + suffix, "zh") > 0 or zipf(name[-1] + suffix, "zh") >= _WORD_ZIPF:
            continue  # "城乡", "新村": a kind, no town's name
        after = text[at + size : end + 1]
        if len(after) == 2 and zipf(after, "zh") >= _WORD_ZIPF and after[1] != suffix:
            continue  # "镇压", "村民", "乡亲": the suffix opens a word ("向阳村村民" is the village's people)
        if size == 3 and zipf(name[:2], "zh") >= _WORD_ZIPF:
            continue  # a word and one character: a phrase, no name
        if any(m.start < end and at < m.end and (m.type != "LOC" or m.end > end) for m in mentions):
            continue
        return end
    return None


# ---- a temple's pagoda ----------------------------------------------------------------------

_PAGODA = re.compile(r"[一二三四五六七八九双]?塔")
_TEMPLE_ENDS = ("寺", "庙", "宫", "观")


def _pagodas(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for m in mentions:
        if m.type != "LOC" or not m.text.endswith(_TEMPLE_ENDS):
            continue
        hit = _PAGODA.match(text, m.end)
        after = text[hit.end() - 1 : hit.end() + 1] if hit is not None else ""
        if hit is None or (len(after) == 2 and zipf(after, "zh") >= _WORD_ZIPF):
            continue  # "塔楼", "塔吊": the word runs on
        out = _put(out, _mention(text, m.start, hit.end(), "LOC"))
    return out


# ---- airlines and broadcasters by their head word -----------------------------------------

_AIRLINE = re.compile(r"航空(?:股份有限公司|有限公司|公司)?")
# "航空业", "航空港", "航空器", "航空航天": the trade, a port, an aircraft, no firm.
_NOT_AFTER_AIRLINE = frozenset("业港器航母兵学史站展界运物件市安管旅燃货客领制工发医队部局网")
_KINDS_OF_AIRLINE = frozenset(
    {"民用", "通用", "商业", "国际", "国内", "中国", "民营", "廉价", "低成本", "支线", "军事", "军用", "私人", "发展"}
)
_CHANNEL = re.compile(r"卫视")
_KINDS_OF_CHANNEL = frozenset({"省级", "地方", "各大", "一线", "二线", "多家", "境外", "上星", "各地", "主流"})
# What stands before a name: punctuation, a particle, a preposition or a conjunction.
_BEFORE_NAME = frozenset("，。；：！？、“”「」（）《》\n 的在于到至从往赴自和与及同跟对向据由被把让给了是为")


def _heads(
    text: str,
    mentions: list[Mention],
    head: re.Pattern[str],
    named: Callable[[str, re.Match[str], set[tuple[int, int]]], int | None],
) -> list[Mention]:
    out = list(mentions)
    places = {(m.start, m.end) for m in mentions if m.type == "LOC"}
    for hit in head.finditer(text):
        start = named(text, hit, places)
        if start is not None:
            out = _put(out, _mention(text, start, hit.end(), "ORG"))
    return out


def _name_before(text: str, at: int, kinds: frozenset[str], sizes: tuple[int, ...]) -> int | None:
    """The start of a name of one of `sizes` before `at`: after punctuation, a particle or a
    preposition, clean, and no kind."""
    for size in sizes:
        start = at - size
        name = text[start:at]
        if start < 0 or (start > 0 and text[start - 1] not in _BEFORE_NAME) or not _clean(name):
            continue
        if name in kinds or (size == 4 and (name[:2] in kinds or name[2:] in kinds)):
            continue
        return start
    return None


# A name as common as this before "航空" is a word of the clause ("回顾航空公司": reviewing the
# airline), unless it is a place the airline is named after ("厦门航空"); a name of four
# characters has no half this common ("届时美国航空公司": "by then" and a country).
_AIRLINE_NAME_ZIPF = 4.0
_CHANNEL_NAME_ZIPF = 5.0


def _airline_name(text: str, hit: re.Match[str], places: set[tuple[int, int]]) -> int | None:
    if hit.group() == "航空" and text[hit.end() : hit.end() + 1] in _NOT_AFTER_AIRLINE:
        return None
    start = _name_before(text, hit.start(), _KINDS_OF_AIRLINE, (2, 3, 4))
    if start is None or (start, hit.start()) in places:
        return start
    name = text[start : hit.start()]
    parts = (name[:2], name[2:]) if len(name) == 4 else (name,)
    return None if any(zipf(part, "zh") >= _AIRLINE_NAME_ZIPF for part in parts) else start


def _channel_name(text: str, hit: re.Match[str], places: set[tuple[int, int]]) -> int | None:
    start = _name_before(text, hit.start(), _KINDS_OF_CHANNEL, (2, 3))
    if start is None or (start, hit.start()) in places:
        return start
    return None if zipf(text[start : hit.start()], "zh") >= _CHANNEL_NAME_ZIPF else start  # "今天卫视..."


# ---- video platforms ------------------------------------------------------------------------

_PLATFORM = re.compile(r"视频")
# Verbs of airing after a platform, and words that join it to another outlet.
_AIRING = re.compile(r"(?:联合|同步|独家|全网|首播|独播|上线|播出|播放|平台)")
_JOINERS = frozenset("和与及、")
_KINDS_OF_CLIP = frozenset({
    "监控", "宣传", "相关", "网络", "现场", "原始", "短", "长", "高清", "直播", "录制", "拍摄", "上传", "热门",
    "音乐", "教学", "演示", "新闻", "搞笑", "在线", "手机", "网友", "游客", "记者", "官方", "发布", "曝光",
})  # fmt: skip


def _platforms(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    outlets = [m for m in mentions if m.type == "ORG"]
    for hit in _PLATFORM.finditer(text):
        start = _name_before(text, hit.start(), _KINDS_OF_CLIP, (2, 3))
        if start is None or zipf(text[start : hit.end()], "zh") > 0 or zipf(text[start : hit.start()], "zh") >= 5.0:
            continue  # "短视频", or a common word before it ("今天视频...")
        joined = text[start - 1 : start] in _JOINERS and any(o.end == start - 1 for o in outlets)
        joined = joined or (
            text[hit.end() : hit.end() + 1] in _JOINERS and any(o.start == hit.end() + 1 for o in outlets)
        )
        if joined or _AIRING.match(text, hit.end()) is not None:
            out = _put(out, _mention(text, start, hit.end(), "ORG"))
    return out


# ---- destinations listed after a verb of travel -----------------------------------------

_TRAVEL_VERBS = ("去", "到", "前往", "来过", "去过", "到过", "游览", "走访", "打卡", "逛逛", "逛")
_TRAVEL = re.compile("|".join(sorted(_TRAVEL_VERBS, key=len, reverse=True)))
_ITEM_ZIPF = 2.5


def _destinations(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _TRAVEL.finditer(text):
        items = _list_items(text, hit.end(), out)
        if len(items) < 2 or not any(etype == "LOC" for _, _, etype in items):
            continue
        if any(etype not in ("LOC", None) for _, _, etype in items):
            continue  # a person or a body in the list: no list of places
        for start, end, etype in items:
            if etype is None:
                out = _put(out, _mention(text, start, end, "LOC"), yield_to_places=True)
    return out


def _list_items(text: str, at: int, mentions: list[Mention]) -> list[tuple[int, int, EntityType | None]]:
    """The items joined by "、" or "和" from `at`: a mention, or a name of two or three characters
    that is no word; the list ends at the first item that is neither."""
    items: list[tuple[int, int, EntityType | None]] = []
    starts = {m.start: m for m in mentions}
    while True:
        m = starts.get(at)
        if m is not None:
            items.append((m.start, m.end, m.type))
            at = m.end
        else:
            size = next((n for n in (2, 3) if text[at + n : at + n + 1] in _JOINERS and _item(text[at : at + n])), None)
            if size is None:
                return items
            items.append((at, at + size, None))
            at += size
        if text[at : at + 1] not in _JOINERS:
            return items
        at += 1


def _item(name: str) -> bool:
    return _clean(name) and zipf(name, "zh") < _ITEM_ZIPF
