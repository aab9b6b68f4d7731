"""Chinese diplomacy and border news: datelines, missions abroad, UN agencies, border crossings.

* A dateline names where the report was filed ("本报凭祥10月15日电", "新华社北京5月12日电"):
  the place between the outlet and the date is a place wherever the text names it again.
* A mission abroad is its country, "驻", its host and its kind ("越南驻南宁总领事馆", "中国驻
  美国大使馆"): one ORG, as the settled Chinese convention keeps it (the country and the town
  inside are not labelled apart).  With no country before "驻" it is no name ("驻华使馆").
* A UN agency is "联合国", its field and its kind ("联合国难民署", "联合国开发计划署"): one ORG
  over the "联合国" the gazetteer read in it.
* A border crossing keeps "口岸" ("友谊关口岸", "东兴口岸"), and its name is a place where the
  text names it alone ("经友谊关入境"); a border market gives its name only ("X边民互市点" ->
  "X"), as a camp after its kind word does.
* A province abroad written with "省" ("谅山省", a Vietnamese province read in Sino-Vietnamese
  characters, which no transliteration table bounds): a rare name of two characters.
* Places joined by "与"/"和" before "之间" ("X与友谊关之间"): where one side is a place, the
  other is one too.

Each reader looks only where its trigger ("电", "驻", "联合国", "口岸", "互市", "省", "之间")
occurs.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner import chinese_suffixes, chinese_transport
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.word_frequency import zipf

# Outlets that open a dateline, the place, then the date and "电".
_DATELINE = re.compile(
    r"(?:本报|新华社|中新社|中新网|人民网|新华网|央视网|国际在线|环球网|光明网|中国日报网)"
    r"([\u4e00-\u9fff·]{2,10}?)\d{1,2}月\d{1,2}日电"
)
# Words of a reporter's byline that a place never holds ("本报记者").
_NOT_DATELINE = re.compile(r"记者|讯|专电|消息")
_MISSION = re.compile(r"驻([\u4e00-\u9fff]{1,8}?)(总领事馆|领事馆|大使馆|使馆|代表处|领事办公室)")
_UN_AGENCY = re.compile(
    r"联合国([\u4e00-\u9fff]{1,10}?)(专员办事处|计划署|规划署|协调厅|基金会|理事会|委员会|办事处|组织|基金|署)"
)
# Fields that say what sort of UN body is meant, not which ("联合国有关组织", "联合国各机构").
_KINDS_OF_UN_BODY = frozenset({"有关", "相关", "其他", "下属", "附属", "专门", "多个", "各个", "主要", "成员"})
_CROSSING = re.compile(r"口岸")
# International and UN bodies, named again in another paragraph ("国际移民组织（IOM）" ... "国际移民组织驻华")
_INTERNATIONAL = re.compile(r"国际|联合国|世界")
_MARKET = re.compile(r"边民互市(?:贸易区|贸易点|市场|点|区)|互市贸易区|互市点")
_PROVINCE = re.compile(r"省")
# Characters a name never holds: particles, prepositions, determiners, numerals, measure words.
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向今昨一二三四五六七八九十两几各该这那其每此某个位名些家都还又再就被把从给让为于说称"
    "与及等到往经从我本全邻外"
)
# What stands before a name: punctuation, a particle, a preposition, a verb of going.
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 的了在于到至从往赴自和与及同跟对向由经沿过")
# Words before "口岸" that say what sort of crossing it is ("陆路口岸", "一类口岸").
_KINDS_OF_CROSSING = frozenset({
    "陆路", "公路", "铁路", "航空", "水运", "水路", "边境", "国际", "开放", "通商", "一类", "二类", "国家级",
    "沿边", "沿海", "内陆", "主要", "重要", "现有", "两国", "双边", "货运", "客运", "各个", "指定", "对外",
})  # fmt: skip
# "省" after a character that makes a word with it ("节省", "反省", "全省") or before one
# that makes a verb of saving ("省钱", "省去").
_SAVING_AFTER = frozenset("钱力心去下时事得掉略")
_WORD_ZIPF = 3.0
_RARE_ZIPF = 3.0
# A word this common opening a long name is a clause's word before it ("去年", "目前"), where
# a crossing's own name may open with a rarer one ("满洲里", "阿拉山口").
_TIME_WORD_ZIPF = 4.5


def _mention(text: str, start: int, end: int, etype: EntityType) -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.7)


def _clean(name: str) -> bool:
    return bool(name) and all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in name)


def _add_everywhere(text: str, out: list[Mention], name: str, etype: EntityType) -> list[Mention]:
    """`name` as a mention wherever the text names it and no mention stands."""
    for hit in re.finditer(re.escape(name), text):
        if not any(o.start < hit.end() and hit.start() < o.end for o in out):
            out = sorted([*out, _mention(text, hit.start(), hit.end(), etype)], key=lambda m: (m.start, m.end))
    return out


def dateline_places(text: str) -> dict[str, EntityType]:
    """The places of the text's datelines ("本报凭祥10月15日电" -> "凭祥")."""
    if "电" not in text:
        return {}
    return {
        hit.group(1): "LOC"
        for hit in _DATELINE.finditer(text)
        if not _NOT_DATELINE.search(hit.group(1)) and _clean(hit.group(1).replace("·", "国"))
    }


def borders(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`mentions` with missions abroad, UN agencies, border crossings and markets, foreign
    provinces and places between places added."""
    out = mentions
    if "驻" in text:
        out = _missions(text, out)
    if "联合国" in text:
        out = _un_agencies(text, out)
    if "口岸" in text:
        out = _crossings(text, out, countries)
    if "互市" in text:
        out = _markets(text, out)
    if "省" in text:
        out = _provinces(text, out)[0]
    if "之间" in text:
        out = _between(text, out)[0]
    return out


def _missions(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _MISSION.finditer(text):
        country = next((m for m in out if m.end == hit.start() and m.type == "LOC"), None)
        if country is None or not (_clean(hit.group(1)) or hit.group(1) == "华"):
            continue  # "驻华使馆": whose mission is not said
        out = replace_holding(out, _mention(text, country.start, hit.end(), "ORG"))
    return out


def _un_agencies(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _UN_AGENCY.finditer(text):
        field = hit.group(1)
        if not _clean(field) or field in _KINDS_OF_UN_BODY:
            continue
        if zipf(text[hit.end() - 1 : hit.end() + 1], "zh") >= _WORD_ZIPF:
            continue  # "...委员会委员": a member
        out = replace_holding(out, _mention(text, hit.start(), hit.end(), "ORG"))
    return out


def _opens(text: str, start: int, ends: set[int]) -> bool:
    """A name may open at `start`: after punctuation, a particle, a mention, or a common word
    that ends there and makes no word with the name's first character ("完成|友谊关口岸")."""
    if start <= 0 or text[start - 1] in _BEFORE or start in ends:
        return True
    return start >= 2 and zipf(text[start - 2 : start], "zh") >= 3.5 and zipf(text[start - 1 : start + 1], "zh") == 0


def _name_before(text: str, at: int, mentions: list[Mention], sizes: tuple[int, ...]) -> int | None:
    """The start of the name that ends at `at`: a place read there, else the longest rare name
    that opens after punctuation, a particle or a mention ("，霍尔果斯口岸"), else the shortest
    that opens after a common word ("完成|友谊关口岸")."""
    ends = {m.end for m in mentions}
    place = next((m for m in mentions if m.end == at and m.type == "LOC"), None)
    if place is not None and _opens(text, place.start, ends):
        return place.start  # (a place read across a word's end, "去年|罗湖" as "年罗湖", is none)
    for size in sorted(sizes, reverse=True):
        start = at - size
        if _rare_name(text, start, at, mentions) and (start == 0 or text[start - 1] in _BEFORE or start in ends):
            return start
    for size in sizes:
        start = at - size
        if _rare_name(text, start, at, mentions) and _opens(text, start, ends):
            return start
    return None


def _rare_name(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    name = text[start:end]
    if start < 0 or not _clean(name) or zipf(name, "zh") >= _RARE_ZIPF or name[-2:] in _KINDS_OF_CROSSING:
        return False  # ("中越边境口岸": the sort of crossing, no name)
    if len(name) >= 3 and zipf(name[:2], "zh") >= _TIME_WORD_ZIPF:
        return False  # "去年|罗湖"
    return not any(m.start < end and start < m.end and m.start < start for m in mentions)


def _crossings(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    out = list(mentions)
    names: set[str] = set()
    for hit in _CROSSING.finditer(text):
        at = hit.start()
        # a pass keeps its "关" and the two or three characters of its name ("友谊关口岸")
        sizes = (3, 4) if text[at - 1 : at] == "关" else (2, 3, 4)
        # a place read across the name's end ("关口" of "友谊关口岸") is no name of its own
        inner = [m for m in out if not (m.type == "LOC" and m.start < at < m.end)]
        start = _name_before(text, at, inner, sizes)
        if start is None or text[start:at] in countries or text[start:at] in _KINDS_OF_CROSSING:
            continue
        new = _mention(text, start, hit.end(), "LOC")
        replaced = replace_holding(out, new)
        if replaced is not out:
            out = replaced
            names.add(text[start:at])
    for name in names:  # "经友谊关入境": the crossing named without its kind word
        if len(name) >= 3 or zipf(name, "zh") == 0:
            out = _add_everywhere(text, out, name, "LOC")
    return out


def _markets(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _MARKET.finditer(text):
        start = _name_before(text, hit.start(), out, (2, 3))
        if start is not None:
            out = replace_holding(out, _mention(text, start, hit.start(), "LOC"))
    return out


def _provinces(text: str, mentions: list[Mention]) -> tuple[list[Mention], set[str]]:
    out = list(mentions)
    ends = {m.end for m in mentions}
    names: set[str] = set()
    for hit in _PROVINCE.finditer(text):
        at = hit.start()
        start = at - 2
        name = text[start:at]
        if start < 0 or not _clean(name) or zipf(name, "zh") > 0 or not _opens(text, start, ends):
            continue
        if zipf(text[at - 1 : at + 1], "zh") >= _WORD_ZIPF or text[at + 1 : at + 2] in _SAVING_AFTER:
            continue  # "节省", "省钱"
        if any(m.start < hit.end() and start < m.end for m in out):
            continue  # a province the gazetteer holds ("广东省")
        out = replace_holding(out, _mention(text, start, hit.end(), "LOC"))
        names.add(name)
    for name in names:  # "X省 ... X"
        out = _add_everywhere(text, out, name, "LOC")
    return out, names


def _between(text: str, mentions: list[Mention]) -> tuple[list[Mention], set[str]]:
    out = list(mentions)
    names: set[str] = set()
    for hit in re.finditer("之间", text):
        at = hit.start()
        places = {m.end: m for m in out if m.type == "LOC"}
        right = places.get(at)
        span = None
        if right is not None and text[right.start - 1 : right.start] in _JOINED:
            span = _side_before(text, right.start - 1, out)  # "X与友谊关之间"
        elif right is None:
            side = _side_before(text, at, out)
            if side is not None and text[side[0] - 1 : side[0]] in _JOINED and side[0] - 1 in places:
                span = side  # "友谊关与X之间"
        if span is not None:
            out = replace_holding(out, _mention(text, span[0], span[1], "LOC"))
            names.add(text[span[0] : span[1]])
    for name in names:  # "X与Y之间 ... 在X一侧"
        out = _add_everywhere(text, out, name, "LOC")
    return out, names


_JOINED = frozenset("与和")


def _side_before(text: str, end: int, mentions: list[Mention]) -> tuple[int, int] | None:
    """A rare name of two or three characters ending at `end`, opening as a name does and
    overlapping no mention."""
    ends = {m.end for m in mentions}
    for size in (2, 3):
        start = end - size
        name = text[start:end]
        if start < 0 or not _clean(name) or zipf(name, "zh") >= _RARE_ZIPF:
            continue
        if any(m.start < end and start < m.end and (m.start, m.end) != (start, end) for m in mentions):
            continue  # (a place read there already is the side: the article's second reading)
        if _opens(text, start, ends) or text[start - 1 : start] in _JOINED:
            return start, end
    return None


def repeated_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """For the whole article (each paragraph is read alone): a dateline's place, a town read
    with its "市" or "县" and a pass read with its "口岸" are places where another paragraph
    names them bare ("凭祥市" ... "凭祥将"), and a body or a station the bare name opens there
    is read as it would have been with the name known ("凭祥出入境边防检查站", "凭祥站")."""
    names = set(dateline_places(text))
    # the rare names a province's "省" or a place across "之间" made places ("在X一侧")
    names |= _provinces(text, mentions)[1] if "省" in text else set()
    names |= _between(text, mentions)[1] if "之间" in text else set()
    for m in mentions:
        if m.type != "LOC" or m.model != "rules:zh":
            continue
        if len(m.text) == 3 and m.text[-1] in "市县" and zipf(m.text[:-1], "zh") == 0:
            names.add(m.text[:-1])
        elif m.text.endswith("关口岸") and len(m.text) >= 5:
            names.add(m.text[:-2])
    bodies = {m.text for m in mentions if m.type == "ORG" and _INTERNATIONAL.match(m.text) and len(m.text) >= 6}
    new: list[Mention] = []
    for name, etype in sorted([*((n, "LOC") for n in names), *((b, "ORG") for b in bodies)], key=lambda p: -len(p[0])):
        for hit in re.finditer(re.escape(name), text):
            if text.rfind("《", 0, hit.start()) > text.rfind("》", 0, hit.start()):
                continue  # inside a work's title ("《X区工资集体协议》"), where no name is labelled
            if not any(o.start < hit.end() and hit.start() < o.end for o in [*mentions, *new]):
                new.append(_mention(text, hit.start(), hit.end(), etype))  # type: ignore[arg-type]
    if not new:
        return mentions
    countries = country_names("zh")
    grown = chinese_transport.transport_places(text, chinese_suffixes.place_bodies(text, new, countries), countries)
    out = list(mentions)
    for m in grown:  # only what holds a new name, and overlaps nothing read before
        if any(m.start <= n.start and n.end <= m.end for n in new) and not any(
            o.start < m.end and m.start < o.end for o in out
        ):
            out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end))
