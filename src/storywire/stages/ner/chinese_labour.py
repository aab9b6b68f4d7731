"""Chinese labour, social and education news: its bylines, departments, unions and districts.

* A byline names its reporters after a space ("（记者 王小红）", "本报记者 张三 李四", "记者 王明
  通讯员 李海"): each name is a surname and a given name standing between spaces, "、" or the
  bracket, so where it ends is plain.
* A department whose field joins two fields by "和" ("人力资源和社会保障部", "住房和城乡建设局",
  "国家发展和改革委员会"): one ORG, and the chain of places before it is part of its name
  ("XX市人力资源和社会保障局"), as `chinese_suffixes.place_bodies` reads a shorter field.  A
  ministry ("部") or a national body ("国家...") needs no place; a bureau with none is any
  town's ("当地住房和城乡建设局"), no name.
* A unit's own body names the unit: a district, county or city ("XX区", "XX县", "XX市"), then
  its union, its bureau or its court ("XX区总工会", "XX县教育局", "XX市民政局"); the unit is a
  place where no gazetteer holds it, and the chain of places, the unit and the body are one ORG
  ("XX市民政局" is no "市民": the body's word is read whole after a place).
* A subdistrict is a level of its own in a chain of places, as a town is ("XX区XX街道": two
  places), read by "街道" after a name that is no word, or after a place.
* The short names of ministries and national commissions ("人社部", "工信部", "发改委"): not
  "人社部门" (the labour departments, any town's).
* The units and subdistricts read so are places where the article names them again
  (`repeated_units`, from `chinese_ports.repeated_places`: each paragraph is read alone).
  A headline chains a city and its district by their short names ("XX市YY区" in the body,
  "XXYY" in the headline): the district's name without its suffix, right after a place, is
  that district too (`chained_short_units`).
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.chinese_names import MULTI_SURNAMES, SURNAMES
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.word_frequency import zipf

# --- bylines ---------------------------------------------------------------------------------
_BYLINE_TITLES = ("本报记者", "特约记者", "见习记者", "实习记者", "摄影记者", "记者", "通讯员", "实习生")
_BYLINE = re.compile(rf"(?:{'|'.join(_BYLINE_TITLES)})[ \u3000]+")
_BYLINE_TOKEN = re.compile(r"([\u4e00-\u9fff]{2,4})(?=[ \u3000、）)\n]|$)")
_BYLINE_GAP = re.compile(r"[ \u3000、]+")


def byline_people(text: str) -> dict[str, EntityType]:
    """The reporters a byline names after a space: "（记者 王小红 通讯员 李海）"."""
    out: dict[str, EntityType] = {}
    for hit in _BYLINE.finditer(text):
        at = hit.end()
        while (token := _BYLINE_TOKEN.match(text, at)) is not None:
            word = token.group(1)
            if word not in _BYLINE_TITLES:
                if not _person_name(word):
                    break
                out.setdefault(word, "PER")
            gap = _BYLINE_GAP.match(text, token.end())
            if gap is None:
                break
            at = gap.end()
    return out


def _person_name(word: str) -> bool:
    surname = next((s for s in MULTI_SURNAMES if word.startswith(s)), word[0])
    if surname not in SURNAMES and surname not in MULTI_SURNAMES:
        return False
    return 1 <= len(word) - len(surname) <= 2 and zipf(word, "zh") == 0


# --- places ----------------------------------------------------------------------------------
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 的了在于到至从往赴自和与及同跟对向由经据是为被把让给住离接")
# Characters no unit's or subdistrict's name holds: particles, determiners, pronouns, numerals.
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向举召今昨一二三四五六七八九十百千万两几各该这那其每此某个位名些家都还又再就被把从给让"
    "为于说称与及或等全本我你他她它们上下前后时日月年内外地得着过据由"
)
_ADMIN = frozenset("省市州盟县区镇乡村旗")
_UNIT_SUFFIXES = frozenset("区县市")
# Kinds of area a unit's suffix makes with a word ("主城区", "老城区", "开发区"), no unit's name.
_KINDS_OF_AREA = frozenset({"主城", "老城", "新城", "城中", "开发", "高新", "保税", "自贸", "经济", "示范", "园区"})
# A unit's name may be a word ("长兴", "安吉"), not one as common as this ("城市", "地方").
_UNIT_NAME_ZIPF = 4.0
# A subdistrict's name with no place before it is rarer ("城市街道", "附近街道" are streets),
# and after "的" rarer still ("城里的狭窄街道": what a street is like).
_SUBDISTRICT_ZIPF = 3.5
_DESCRIBED_ZIPF = 2.0
# The last character of a kind of street ("老街道", "大街道", "步行街道").
_KIND_BEFORE_STREET = frozenset("大小老古旧新主后前宽窄行")
_SUBDISTRICT = "街道"
# Words of a street after "街道" ("街道两旁", "街道上"): the street, no subdistrict.
_STREET_AFTER = re.compile(r"两旁|两侧|两边|上|边|旁|中|里|口|拥堵|狭窄|干净|整洁|宽阔")
_SUBDISTRICT_BODY = re.compile(r"办事处|党工委|办")
_OFFICE = "办事处"


def _mention(text: str, start: int, end: int, etype: EntityType) -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.6)


def _free(out: list[Mention], start: int, end: int) -> bool:
    return not any(o.start < end and start < o.end for o in out)


def _opens(text: str, start: int, place_ends: set[int]) -> bool:
    return start == 0 or text[start - 1] in _BEFORE or start in place_ends


def _name(chars: str) -> bool:
    return (
        all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in chars)
        and chars[0] not in _ADMIN
        and chars not in _KINDS_OF_AREA
    )


def units(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the subdistricts ("XX街道") and the units a unit's body names ("XX区
    总工会": "XX区") added as places, and the text's other mentions of them."""
    out = list(mentions)
    names: set[str] = set()
    place_ends = {m.end for m in out if m.type == "LOC"}
    for hit in _UNIT_BODY.finditer(text):
        at = hit.start() - 1
        if at < 0 or text[at] not in _UNIT_SUFFIXES or at + 1 in place_ends:
            continue
        for size in (2, 3):
            start = at - size
            opens = _opens(text, start, place_ends) or _after_word(text, start)
            if start < 0 or not opens or not _free(out, start, at + 1):
                continue
            if _name(text[start:at]) and zipf(text[start:at], "zh") < _UNIT_NAME_ZIPF:
                out.append(_mention(text, start, at + 1, "LOC"))
                names.add(text[start : at + 1])
                place_ends.add(at + 1)
                break
    at = text.find(_SUBDISTRICT)
    while at >= 0:
        found = _subdistrict(text, at, out, place_ends)
        if found is not None:  # in place of a town of its name ("朝阳街道" holds "朝阳")
            out = [o for o in out if o.end <= found.start or o.start >= found.end] + [found]
            names.add(found.text)
            place_ends.add(found.end)
            if text.startswith(_OFFICE, found.end):  # "XX街道办事处": the subdistrict's office
                chain = _chain_start(text, found.start, out, frozenset(), ministry=False)
                out = replace_holding(
                    out, _mention(text, found.start if chain is None else chain, found.end + 3, "ORG")
                )
        at = text.find(_SUBDISTRICT, at + 1)
    return _spread(text, sorted(out, key=lambda m: (m.start, m.end)), names)


# A common word ending right before the unit's name (a verb: "要求XX市市场监督管理局",
# "通知XX县教育局") bounds it on the left, where no word runs across the name's start.
_BOUNDARY_WORD_ZIPF = 4.0


def _after_word(text: str, start: int) -> bool:
    return (
        start >= 2
        and zipf(text[start - 2 : start], "zh") >= _BOUNDARY_WORD_ZIPF
        and zipf(text[start - 1 : start + 1], "zh") == 0
    )


def _subdistrict(text: str, at: int, out: list[Mention], place_ends: set[int]) -> Mention | None:
    end = at + len(_SUBDISTRICT)
    body = _SUBDISTRICT_BODY.match(text, end) is not None
    if _STREET_AFTER.match(text, end) and not body:
        return None
    for size in (2, 3):
        start = at - size
        name = text[start:at]
        if start < 0 or not _opens(text, start, place_ends) or not _name(name):
            continue
        if any(o.start < end and start < o.end and (o.type != "LOC" or o.start < start) for o in out):
            continue  # a body or a person there, or a place running into the name
        if name[-1] in _KIND_BEFORE_STREET or zipf(text[start : at + 1], "zh") > 0:
            continue  # "老街道", "步行街道": a kind of street
        bar = _UNIT_NAME_ZIPF if start in place_ends or body else _SUBDISTRICT_ZIPF
        bar = _DESCRIBED_ZIPF if text[start - 1 : start] == "的" and start not in place_ends else bar
        if zipf(name, "zh") < bar:
            return _mention(text, start, end, "LOC")
    return None


def _spread(text: str, out: list[Mention], names: set[str]) -> list[Mention]:
    """`out` with `names` as places wherever else the text names them and no mention stands,
    but in a title ("《XX区鞋业工资协议》": the guidelines label no name inside one)."""
    for name in sorted(names, key=len, reverse=True):
        for hit in re.finditer(re.escape(name), text):
            if _free(out, hit.start(), hit.end()) and not _in_title(text, hit.start()):
                out = sorted([*out, _mention(text, hit.start(), hit.end(), "LOC")], key=lambda m: (m.start, m.end))
    return out


def _in_title(text: str, at: int) -> bool:
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


def repeated_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """For the whole article: a unit or subdistrict one paragraph read by its suffix ("XX区",
    "XX街道") whose name is no word is a place where another paragraph names it."""
    names = set()
    for m in mentions:
        if m.type != "LOC" or m.model != "rules:zh":
            continue
        name = m.text.removesuffix(_SUBDISTRICT) if m.text.endswith(_SUBDISTRICT) else m.text[:-1]
        unit = m.text.endswith(_SUBDISTRICT) or m.text[-1:] in _UNIT_SUFFIXES
        # a county's name may be a rare word ("永X县"): the county read with its suffix is a place
        county = m.text.endswith("县") and zipf(name, "zh") < _COUNTY_WORD_ZIPF
        if unit and _MIN_NAME <= len(name) <= _MAX_NAME and _name(name) and (zipf(name, "zh") == 0 or county):
            names.add(m.text)
    return _spread(text, mentions, names)


_MIN_NAME, _MAX_NAME = 2, 3
_COUNTY_WORD_ZIPF = 3.5


def chained_short_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """For the whole article: a district or county the article names with its suffix
    ("YY区") is a place where its name alone follows another place ("XXYY一工厂爆炸"); the
    place before it is the chain's upper level, so the short name is no word of the clause."""
    units = {
        m.text[:-1]: m.text
        for m in mentions
        if m.type == "LOC"
        and m.text[-1:] in ("区", "县")
        and len(m.text) - 1 == _MIN_NAME
        and _name(m.text[:-1])
        and zipf(m.text[:-1], "zh") < _UNIT_NAME_ZIPF
    }
    if not units:
        return mentions
    places = {m.end: m.text for m in mentions if m.type == "LOC"}
    out = list(mentions)
    for name, unit in sorted(units.items()):
        for hit in re.finditer(re.escape(name), text):
            start, end = hit.span()
            upper = places.get(start)
            # the article chains the two in full ("XX市YY区"): no railway's station ("XX铁路YY站")
            if upper is None or not _chained(text, upper, unit) or not _free(out, start, end):
                continue
            if text[end : end + 1] in _UNIT_SUFFIXES:
                continue
            out = sorted([*out, _mention(text, start, end, "LOC")], key=lambda m: (m.start, m.end))
    return out


def _chained(text: str, upper: str, unit: str) -> bool:
    return any(f"{upper}{suffix}{unit}" in text for suffix in ("", "市", "州", "盟"))


# --- bodies ----------------------------------------------------------------------------------
# The bodies every district, county or city has, by their usual names.
_UNIT_BODIES = (
    "总工会", "妇联", "团委", "残联", "工商联", "慈善总会", "红十字会", "人民政府", "人民法院", "人民检察院",
    "人民医院", "中医院", "疾控中心", "人社局", "人力社保局", "教育局", "教体局", "民政局", "财政局", "卫健委",
    "卫健局", "卫生健康局", "住建局", "公安局", "司法局", "审计局", "统计局", "税务局", "医保局", "医疗保障局",
    "应急管理局", "市场监管局", "市场监督管理局", "文旅局", "交通运输局", "农业农村局", "水利局", "生态环境局",
    "自然资源局", "退役军人事务局", "信访局", "发改局", "经信局", "科技局", "商务局", "城管局", "综合行政执法局",
    "劳动人事争议仲裁委员会",
    # the consumer council every province, city and county has by law ("XX省消费者权益保护委员会")
    "消费者权益保护委员会", "消费者协会",
)  # fmt: skip
_UNIT_BODY = re.compile("|".join(sorted(_UNIT_BODIES, key=len, reverse=True)))
# The fields of the state's departments that a "和" joins ("人力资源和社会保障", "文化广电和旅游").
_FIELD_WORDS = (
    "人力资源 社会保障 劳动 就业 住房 城乡建设 城乡规划 规划 自然资源 国土资源 工业 信息化 经济 信息 文化 广电 "
    "广播电视 旅游 体育 教育 科学 技术 科技 发展 改革 林业 草原 卫生 健康 计划生育 人口 民族 宗教 商务 农业 "
    "农村 交通 运输 水利 水务 生态 环境 生态环境 应急 管理 城市管理 综合执法 市场监督 新闻出版 粮食 物资储备 "
    "能源 海洋 渔业 外事 侨务 民政 司法 财政 审计 统计 金融 医疗保障 安全生产"
)
_FIELDS = frozenset(_FIELD_WORDS.split())
_LONGEST_FIELD = max(len(f) for f in _FIELDS)
_KIND = re.compile(r"委员会|办公室|部|厅|局|委(?!员)")
# After a department's kind, a word that the kind opens: "部门", "局长", "部署".
_NOT_AFTER_KIND = frozenset("长门分队署落属")
_NATIONAL = ("国家", "中央")


def _field_end(text: str, at: int) -> int | None:
    """The end of the one or two field words opening at `at`."""
    end = at
    for _ in range(2):
        size = next((n for n in range(_LONGEST_FIELD, 1, -1) if text[end : end + n] in _FIELDS), None)
        if size is None:
            break
        end += size
    return end if end > at else None


def _field_start(text: str, at: int) -> int | None:
    """The start of the one or two field words ending at `at`, the longest reading."""
    best = None
    for n in range(2, 2 * _LONGEST_FIELD + 1):
        start = at - n
        if start >= 0 and _field_end(text, start) == at:
            best = start
    return best


def bodies(text: str, mentions: list[Mention], countries: frozenset[str] = frozenset()) -> list[Mention]:
    """`mentions` with departments joined by "和", the bodies of a unit and the short names
    of ministries added as ORGs, each holding the chain of places before it."""
    out = _joined_departments(text, list(mentions), countries)
    out = _unit_bodies(text, out)
    return _level_forms(text, _short_forms(text, out))


def _chain_start(text: str, at: int, out: list[Mention], countries: frozenset[str], ministry: bool) -> int | None:
    """The start of the chain of places ending at `at`, or at a unit's suffix right before
    it ("瑞安" of "瑞安市民政局"); None where none ends there.  Only a country names a ministry."""
    places = {m.end: m for m in out if m.type == "LOC"}
    end = at
    if end not in places and text[at - 1 : at] in _UNIT_SUFFIXES and at - 1 in places:
        end = at - 1
    start = end
    while start in places and (not ministry or places[start].text in countries):
        start = places[start].start
    return start if start < end else None


def _joined_departments(text: str, out: list[Mention], countries: frozenset[str]) -> list[Mention]:
    at = text.find("和")
    while at >= 0:
        start, right = _field_start(text, at), _field_end(text, at + 1)
        kind = _KIND.match(text, right) if right is not None else None
        if start is not None and kind is not None and text[kind.end() : kind.end() + 1] not in _NOT_AFTER_KIND:
            national = text[max(start - 2, 0) : start] in _NATIONAL
            start -= 2 if national else 0
            chain = _chain_start(text, start, out, countries, kind.group() == "部")
            if chain is not None:
                out = replace_holding(out, _mention(text, chain, kind.end(), "ORG"))
            elif (national or kind.group() == "部") and _opens(text, start, {m.end for m in out if m.type == "LOC"}):
                out = replace_holding(out, _mention(text, start, kind.end(), "ORG"))
        at = text.find("和", at + 1)
    return out


def _unit_bodies(text: str, out: list[Mention]) -> list[Mention]:
    for hit in _UNIT_BODY.finditer(text):
        if any(o.type == "ORG" and o.start < hit.start() and hit.end() <= o.end for o in out):
            continue  # inside a body read already ("XX市慈善总会")
        if text[hit.end() : hit.end() + 1] == "长":
            continue  # "...教育局长": a title
        chain = _chain_start(text, hit.start(), out, frozenset(), ministry=False)
        if chain is not None:
            out = replace_holding(out, _mention(text, chain, hit.end(), "ORG"))
    return out


# The short names of ministries and national commissions.
_SHORT_FORMS = re.compile(
    r"(?:中华人民共和国|国务院)?(?:人社|工信|住建|文旅)部|(?:国家)?发改委|(?:国务院)?国资委|"
    r"国家(?:卫健委|医保局|网信办|疾控局|药监局|林草局)|中央网信办"
)


def _short_forms(text: str, out: list[Mention]) -> list[Mention]:
    place_ends = {m.end for m in out if m.type == "LOC"}
    for hit in _SHORT_FORMS.finditer(text):
        after = text[hit.end() : hit.end() + 1]
        if after in _NOT_AFTER_KIND or (after == "员" and hit.group().endswith("委")):
            continue  # "人社部门", "发改委员会"
        if not _opens(text, hit.start(), place_ends):
            continue
        if _free(out, hit.start(), hit.end()):
            out = sorted([*out, _mention(text, hit.start(), hit.end(), "ORG")], key=lambda m: (m.start, m.end))
    return out


# A department named by its unit's level alone, for the province or city the article is about
# ("据省药监局介绍", "市卫健委通报"): the level and a department's usual name are one ORG.  Only
# at a clause's opening or after a particle: "全省", "各市", "该市" before it make any unit's.
# A province's departments are "厅", a city's or a county's "局"; "委" and the regulators'
# short names ("药监局", "医保局") are every level's.
_LEVEL_FIELDS = (
    "教育|公安|民政|司法|财政|人社|住建|交通运输|水利|农业农村|商务|文旅|卫健|应急管理|审计|统计|"
    "自然资源|生态环境|科技|退役军人事务"
)
_LEVEL_FORMS = re.compile(
    rf"(?:省(?:{_LEVEL_FIELDS})厅|[省市县区](?:(?:{_LEVEL_FIELDS}|市场监管|药监|医保|林业|城管)局|(?:卫健|发改|教)委))"
)


def _level_forms(text: str, out: list[Mention]) -> list[Mention]:
    for hit in _LEVEL_FORMS.finditer(text):
        after = text[hit.end() : hit.end() + 1]
        if after in _NOT_AFTER_KIND or (after == "员" and hit.group().endswith("委")):
            continue  # "市教育局长": a title; "市教委员会" is no short name
        if (hit.start() and text[hit.start() - 1] not in _BEFORE) or not _free(out, hit.start(), hit.end()):
            continue
        out = sorted([*out, _mention(text, hit.start(), hit.end(), "ORG")], key=lambda m: (m.start, m.end))
    return out
