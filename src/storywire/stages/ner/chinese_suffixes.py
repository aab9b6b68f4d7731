"""Chinese organisations and places read from the word that ends them.

* A body of a place: a province, city or country, then the body's field and its kind
  ("湖北省防汛抗旱指挥部", "深圳市公安局", "北京市第一中级人民法院", "伦敦证券交易所"): one
  ORG that holds the place, as "中国红十字会" is.  A country's "政府" stays a place and the
  word after it ("美国新政府": the new US government, not a body's name).  Local news names
  its clubs, associations and firms the same way ("湖州足球俱乐部", "浙江省围棋协会",
  "义乌小商品城集团"), and a branch after its body ("...公安局南浔分局") is part of it.
* A party: a country (or another place) and the party's name before "党" ("德国社会民主党",
  "英国工党"), not a kind of party ("执政党", "右翼政党", "两党").
* The national bodies whose name holds no place ("最高人民法院", "全国政协").
* Towns, townships, villages, counties and districts: two or three characters and "镇",
  "乡", "村", "县" or "区" ("汤口镇"), where the characters open after a place, a particle or
  punctuation and are no common word: not "城镇", "家乡", "乡村振兴", "贫困县", "地区".
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.word_frequency import zipf

# The kinds of body, longest first at each offset; a generic one (a court, a bureau)
# needs the field between it and the place: "北京法院" is Beijing's courts, "美国医院"
# American hospitals.
_BODY_KINDS = (
    "组织", "委员会", "管理局", "红十字会", "会议", "议会", "通讯社", "银行", "大学", "指挥部", "公安局",
    "公安厅", "人民政府", "人民法院", "人民检察院", "人民代表大会", "人大常委会", "政协", "气象台", "气象局",
    "海关", "日报", "电视台", "新闻社", "卫健委", "消防救援支队", "消防救援总队", "交易所", "博物院", "博物馆",
    "美术馆",
    # academies and disease control, a country's or a province's ("中国工程院", "上海社科院",
    # "北京市疾控中心"): no field makes them a kind
    "科学院", "工程院", "社科院", "农科院", "医科院", "疾控中心",
    # rescue and fire services of a province or city ("广东省海上搜救中心", "XX市消防救援大队"):
    # no field makes them a kind, the place names the one body
    "搜救中心", "海上搜救中心", "救援中心", "急救中心", "消防救援大队", "消防救援局", "消防支队", "消防大队",
    # a park's or a plant's own fire brigade and a town's fire station ("XX化工园区专职消防队")
    "专职消防队", "消防救援站", "消防队", "消防站",
    # a town's people's congress by its short name ("XX区人大代表", "XX县人大常委会"), and its
    # radio stations ("XX交通广播", "XX人民广播电台"): the place names the one body
    "人大", "交通广播", "新闻广播", "音乐广播", "经济广播", "人民广播电台", "广播电台",
    # local bodies named by their town: clubs, associations, chambers, foundations
    "俱乐部", "协会", "商会", "基金会", "联合会", "研究会", "促进会", "职工会", "工会",
    # border and foreign-affairs bodies of a town or a region ("XX出入境边防检查站", "XX省外事办公室")
    "出入境边防检查总站", "出入境边防检查站", "边防检查站", "边检站", "外事办公室", "外事办",
    # a town's or county's party committee ("XX镇党委", "XX街道党工委"), in a job title or acting
    "党委", "党工委",
)  # fmt: skip
# "总会" and "学会" are also words of a clause ("上海总会下雨": it always rains; "在北京学会了"):
# with the field between them and the place they are a body ("湖州市慈善总会").  A firm
# needs its field too ("浙江交工集团"), and a country's field of firms is a kind of firm
# ("美国科技公司": American tech firms), see `_FIRM_KINDS`.
_FIRM_KINDS = ("集团", "公司")
_GENERIC_KINDS = (
    "法院", "检察院", "医院", "中学", "小学", "学院", "研究院", "研究所", "局", "厅", "委", "总会", "学会",
    # Hong Kong's federations ("香港保险业联会"): "联会" alone is also "联" + "会" (will)
    "联会",
    # centres of a service and cooperatives ("江西省水文监测中心", "XX县XX种植专业合作社")
    "监测中心", "预报中心", "研究中心", "控制中心", "指挥中心", "救助中心", "专业合作社", "合作社",
    # science and health: a town's computing, testing and medical centres, its laboratories, and
    # its law and audit firms ("上海超级计算中心", "北京市中伦律师事务所")
    "计算中心", "审评中心", "评价中心", "检测中心", "检验中心", "医学中心", "研发中心", "实验室",
    # space and survey centres that act, track and receive ("XX卫星测控中心", "XX遥感应用中心")
    "测控中心", "应用中心", "遥感中心", "气象中心",
    "律师事务所", "会计师事务所",
    # a town's testing institutes for drugs, food and products ("XX市药品检验所"), as its
    # testing centres are: the field says which
    "检验所", "检测所", "检疫所",
    # a town's vocational and nursing schools ("XX卫生高等职业技术学校", "XX市技工学校"): the kind
    # is long enough to be no clause, and "学校" alone stays out ("北京多所学校": many schools)
    "职业技术学校", "职业技术学院", "职业学校", "卫生学校", "技工学校",
    *_FIRM_KINDS,
)  # fmt: skip
_KINDS = tuple(sorted(_BODY_KINDS + _GENERIC_KINDS, key=len, reverse=True))
_BRIGADES = frozenset({"专职消防队", "消防救援站", "消防队", "消防站"})
_NEEDS_FIELD = frozenset(_GENERIC_KINDS)
_MAX_FIELD = 6
# A trade association lists the trades it gathers ("XX市美容美发化妆品行业协会", "XX省餐饮烹饪
# 行业协会"): a field closed by "行业" may run this long before its kind.
_TRADE_BODY_KINDS = ("协会", "商会", "联合会", "促进会")
_MAX_TRADE_FIELD = 12
# A testing institute names what it tests and its task ("XX省特种设备监督检验研究院"): no clause.
_TESTING_FIELD_ENDS, _TESTING_KINDS = ("检验", "检测", "监测", "检疫", "鉴定"), ("研究院", "研究所")
# Characters a body's field never holds: particles, verbs that hold a meeting ("日内瓦举行
# 会议"), determiners and measure words ("深圳一家银行"), time words ("今年").
_NOT_IN_FIELD = frozenset("的在和是了对将已也并向举召今昨一两几各该这那其每此某个位名些家都还又再就被把从给让为于说称")
# "格局", "政局", "当局" end in "局" and are words; so are "局势", "委员" that open with it.
_WORD_ZIPF = 3.5
# A field holding an office is a title and what its holder does ("湖北省委书记主持会议": the
# provincial party secretary chaired a meeting), no body's name.
_OFFICE_IN_FIELD = re.compile(r"书记|主席|省长|市长|县长|区长|镇长|主任|局长|厅长|部长|院长|行长|发言人|总理|总统|议员")
# A field opening with a verb of founding is what is done at the place ("在大湾区共建研究院":
# will jointly build an institute in the Bay Area), no body's name.
_FOUNDING_IN_FIELD = re.compile(r"^(?:共建|新建|筹建|建设|建立|成立|设立|组建|打造|兴建|合建|联合建)")


def place_bodies(text: str, mentions: list[Mention], countries: frozenset[str] = frozenset()) -> list[Mention]:
    """`mentions` with each place that opens a body's name made that body (an ORG); the
    first of a chain of places opens it ("浙江省宁波市鄞州区人民法院", as the court names itself)."""
    out = list(mentions)
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.type != "LOC" or any(o.type == "ORG" and o.start <= m.start and m.end <= o.end for o in out):
            continue
        end = _body_end(text, m.end, m.text in countries)
        if end is not None:
            org = Mention(m.start, end, text[m.start : end], "ORG", model="rules:zh", confidence=0.7)
            out = [o for o in out if o.end <= org.start or o.start >= org.end]
            out.append(org)
    return sorted(out, key=lambda m: (m.start, m.end))


def _body_end(text: str, at: int, country: bool = False) -> int | None:
    for n in range(_MAX_TRADE_FIELD + 1):
        field = text[at : at + n]
        if len(field) < n or not _field(field, text[at + n : at + n + 1]) or _OFFICE_IN_FIELD.search(field):
            return None
        if _FOUNDING_IN_FIELD.match(field):
            return None
        long_kinds: tuple[str, ...] = _TRADE_BODY_KINDS if field.endswith("行业") else ()
        if field.endswith(_TESTING_FIELD_ENDS):
            long_kinds = _TESTING_KINDS
        for kind in _KINDS if n <= _MAX_FIELD else long_kinds:
            if not text.startswith(kind, at + n):
                continue
            end = at + n + len(kind)
            if kind in _NEEDS_FIELD and not field and not _town_college(text, kind, end, country):
                continue
            if kind in _FIRM_KINDS and not _firm_field(field, country):
                continue
            if kind.endswith("会") and _word(text[end - 1 : end + 1]):
                continue  # "研究会议", "联合会谈": a meeting, a talk
            if kind in _BRIGADES and (country or text[end : end + 1] == "员"):
                continue  # "XX市消防队员": the town's firefighters; "美国消防队": a country's, none
            if len(kind) == 1 and (_word(field[-1] + kind) or _word(text[end - 1 : end + 1])):
                continue
            return end
    return None


# A college named by its town alone ("台州学院", "三明学院") is one school; "学院路" is a
# street, "学院派" a school of thought, and a country's colleges are many.
_COLLEGE_WORDS = frozenset("路街派风")
_DIRECTED_STREET = re.compile(r"[东西南北中](?:路|街|大道|大街)")


def _town_college(text: str, kind: str, end: int, country: bool) -> bool:
    # "学院南路" is a street by its direction, as "学院路" is
    street = _DIRECTED_STREET.match(text, end) is not None
    return kind == "学院" and not country and text[end : end + 1] not in _COLLEGE_WORDS and not street


# A field of firms that says what sort they are, after a country ("美国科技公司", "日本汽车
# 公司"); after a town the same words name one firm ("上海汽车集团").  A determiner or a word
# of place in the field makes it no name anywhere ("杭州本地公司", "当地企业").
_KINDS_OF_FIRM_WORDS = (
    "科技 石油 保险 航空 运输 电力 投资 能源 电信 媒体 物流 建筑 地产 房地产 贸易 咨询 制药 化工 食品 服装 "
    "钢铁 电子 软件 网络 游戏 汽车 铁路 航运 矿业 证券 金融 控股 跨国 上市 国有 私营 民营 外资 大型 小型 "
    "知名 相关 其他 所有 互联网 医药 生物 传媒 零售 旅游 芯片 半导体 新能源 建设 工程 化学 军工"
)
_KINDS_OF_FIRM = frozenset(_KINDS_OF_FIRM_WORDS.split())
_NOT_IN_FIRM_FIELD = frozenset("本当外该这那其每各此某多与及或")


def _firm_field(field: str, country: bool) -> bool:
    if any(ch in _NOT_IN_FIRM_FIELD for ch in field) or any(kind in field for kind in _FIRM_KINDS):
        return False  # "美国公司与中国公司": two kinds of firm, no one name
    return not country or field not in _KINDS_OF_FIRM


def _field(chars: str, after: str = "") -> bool:
    # "一" of "一家" (a firm) is no field, that of "第一" (the first court) is (`_WORDS_IN_FIELD`); "和" of "和平",
    # "协和" (a hospital's name: "北京协和医院") is a word's, not "and" (`after`: the next character)
    return all(
        _cjk(ch)
        and (ch not in _NOT_IN_FIELD or chars[i - 1 : i + 1] in _WORDS_IN_FIELD or _word_with_he(chars + after, i))
        for i, ch in enumerate(chars)
    )


# Words whose second character is a measure word elsewhere: "第一" (the first court), "国家"
# (a country's news agency: "马来西亚国家新闻社"), not "一家" (a firm).
_WORDS_IN_FIELD = frozenset({"第一", "国家"})


def _word_with_he(chars: str, i: int) -> bool:
    """ "和" at `i` inside a word of the field ("协和", "和平"), not the conjunction."""
    return chars[i] == "和" and any(len(w) == 2 and _word(w) for w in (chars[max(i - 1, 0) : i + 1], chars[i : i + 2]))


# A branch of a body is named after it: the body, the branch's place or name, and the kind
# of branch ("湖州市公安局南浔分局", "中国银行湖州分行", "XX派出所"): one body, as a court
# of a city is.  The branch's name is short and holds no clause ("公安局今天分局" is none).
_BRANCH = re.compile(r"([\u4e00-\u9fff]{1,5}?)(分局|分行|支行|分公司|分院|分会|分所|派出所|支队|大队|中队)")


def branches(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each body followed by a branch of it made one ORG over both."""
    out = list(mentions)
    for m in mentions:
        hit = _BRANCH.match(text, m.end)
        if m.type != "ORG" or hit is None or not _field(hit.group(1)) or _OFFICE_IN_FIELD.search(hit.group(1)):
            continue
        if hit.group(1).startswith("副") or text[hit.end() : hit.end() + 1] == "长":
            continue  # "...支队副支队长", "...公安局分局长": a title after the body, no branch
        inside = [o for o in out if o.start < hit.end() and m.start < o.end]
        if any(o.type == "PER" or o.start < m.start or o.end > hit.end() for o in inside):
            continue  # a person, or a name running past the branch
        org = Mention(m.start, hit.end(), text[m.start : hit.end()], "ORG", model="rules:zh", confidence=0.7)
        out = sorted([o for o in out if o not in inside] + [org], key=lambda o: (o.start, o.end))
    return out


# Parties: a kind of party before "党" is no party's name; "...党人", "...党员" are members.
_PARTY = "党"
_KINDS_OF_PARTY = frozenset({
    "执政", "在野", "反对", "两", "各", "全", "本", "该", "我", "主要", "其他", "少数", "多数", "右翼", "左翼",
    "极右翼", "极左翼", "极右", "极左", "小", "大", "朝野", "入", "退", "建", "民主党派", "联合执政",
})  # fmt: skip
_NOT_AFTER_PARTY = frozenset("人员派籍性校龄史章徽旗风纪务建委支")
_MAX_PARTY_NAME = 6


def parties(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """A place and a party's name before "党" as one ORG: "德国社会民主党", "日本自由民主党"; a
    party of a place that is no country needs a name of two characters or more."""
    out = list(mentions)
    for m in mentions:
        if m.type != "LOC":
            continue
        at = text.find(_PARTY, m.end, m.end + _MAX_PARTY_NAME + 1)
        name = text[m.end : at] if at >= 0 else ""
        if (
            not name
            or (len(name) < 2 and m.text not in countries)
            or any(not _cjk(ch) or ch in _NOT_IN_FIELD for ch in name)
            or name in _KINDS_OF_PARTY
            or name.endswith("政")  # "右翼政党": a right-wing party
            or text[at + 1 : at + 2] in _NOT_AFTER_PARTY
        ):
            continue
        org = Mention(m.start, at + 1, text[m.start : at + 1], "ORG", model="rules:zh", confidence=0.7)
        out = [o for o in out if o.end <= org.start or o.start >= org.end]
        out.append(org)
    return sorted(out, key=lambda m: (m.start, m.end))


# National bodies named by their standing, not by a place.  "国务院" only on its own: news
# writes it mostly as part of a title ("国务院总理李强", as "中共中央总书记") or of an office
# of it ("国务院办公厅", "国务院新闻办", "国务院国资委"), which other rules read.
_NATIONAL = re.compile(
    r"最高人民(?:法院|检察院)|最高(?:法院|检察院)|全国人民代表大会(?:常务委员会)?|全国人大常委会|"
    r"全国政协|全国总工会|全国妇联|国务院(?![总副办新国台侨发扶常参秘委港安研应食学])"
)
_NATIONAL_TITLES = re.compile(r"(?:副)?(?:总理|主席|委员长|总书记)")


def national_bodies(text: str) -> list[Mention]:
    """The Supreme People's Court, the National People's Congress and their like."""
    return [
        Mention(hit.start(), hit.end(), hit.group(), "ORG", model="rules:zh", confidence=0.7)
        for hit in _NATIONAL.finditer(text)
        if not _NATIONAL_TITLES.match(text, hit.end())
    ]


_TOWN_SUFFIXES = frozenset("镇乡村县区")
_ADMIN = frozenset("省市州盟县区镇乡村")
# A county or district name is as often a kind of area ("保税区", "自贸区", "贫困县"): it
# needs a place before it ("北京市海淀区") or a name that is no word at all ("汤口").
_AREA_SUFFIXES = frozenset("县区")
# What stands before a town's name: a particle, a preposition or "and", or punctuation.
# Verbs of where one lives or what a road joins end before a name too ("家住鼎湖区", "连接端州区",
# "离海珠区"): the single character that closes them; "据" opens a source ("据苍南县卫健委介绍").
_BEFORE_TOWN = frozenset("的了在于到至从往赴自和与及住离接据、，。；：！？（）“”「」《》 \n")
# "由" opens an organiser ("由XX县慈善总会主办"), no town
_NOT_IN_TOWN = _NOT_IN_FIELD | frozenset("上下后前时日月年中内外等与及或地得着过由")
# Names of a kind of place ("边远山村", "沿海乡镇", "示范区"); most are common words and
# fall to the frequency bar, these are rarer than it.
_KINDS_OF_AREA = frozenset({
    "偏远", "边远", "保税", "自贸", "大湾", "牧业", "产粮", "老城", "新城", "主城", "城郊", "城中", "直辖",
    "欠发达", "禁飞", "临港", "毗邻", "相邻", "受灾", "名胜", "高新", "缓冲", "交战", "警戒", "丘陵", "边疆",
    # climate zones after a region ("中亚干旱区"): a kind of area, no district
    "干旱", "半干旱", "湿润", "半湿润", "高寒", "季风", "荒漠",
    # the zones of a ski resort or a mountain ("野雪区": off-piste, "戏雪区": snow play)
    "野雪", "戏雪", "滑雪", "雪道", "初级", "中级", "高级", "缆车", "索道", "攀岩",
})  # fmt: skip
_TOWN_NAME_ZIPF = 4.0
_UNIT_BODY = re.compile(r"人民(?:法院|检察院|政府|医院)|公安(?:分)?局|市场监管局|卫生健康局|教育局")


def townships(text: str, mentions: list[Mention]) -> list[Mention]:
    """Towns, villages, counties and districts by their suffix: "汤口镇", "小岗村"."""
    taken = [(m.start, m.end) for m in mentions]
    place_ends = {m.end for m in mentions if m.type == "LOC"}
    out: list[Mention] = []
    for at, ch in enumerate(text):
        if ch not in _TOWN_SUFFIXES or (at + 1 < len(text) and _word(text[at : at + 2])):
            continue  # "乡村", "村民", "镇压", "区域", "县城"
        for size in (2, 3):
            start = at - size
            name = text[start:at]
            if start < 0 or any(s < at + 1 and start < e for s, e in taken):
                continue
            # after a place, or after the suffix of one the gazetteer cut short ("恩施" in "恩施州")
            after_place = start in place_ends or (start - 1 in place_ends and text[start - 1] in _ADMIN)
            visited = text[max(0, start - 2) : start] in _VISIT_VERBS
            if not (after_place or start == 0 or text[start - 1] in _BEFORE_TOWN or visited):
                continue
            # "都" is "all" before a verb, a name's first character after a preposition ("在都昌县")
            lead = after_place or text[start - 1 : start] in _PREPOSITIONS
            # a county's or district's own body after it names the unit ("海淀区人民法院")
            unit = after_place or (ch in _AREA_SUFFIXES and _UNIT_BODY.match(text, at + 1) is not None)
            # a county or district before a town of its own names the unit ("XX县YY镇": a chain)
            unit = unit or (ch in _AREA_SUFFIXES and _town_follows(text, at + 1))
            # ... and so does a street of it, as an address gives one ("XX区YY西路")
            unit = unit or (ch == "区" and _street_follows(text, at + 1))
            if not _town_name(name, ch, unit, lead) and not _town_before_area(text, name, at, after_place):
                continue
            out.append(Mention(start, at + 1, text[start : at + 1], "LOC", model="rules:zh", confidence=0.6))
            place_ends.add(at + 1)  # a village after its county: "凤阳县小岗村"
            break
    return _repeated_towns(text, mentions, out)


_PREPOSITIONS = frozenset("在于到至从往赴自")


def _town_follows(text: str, at: int) -> bool:
    """A town or township by its suffix right at `at` ("闽X镇"): two characters, no word."""
    suffix = text[at + 2 : at + 3]
    if suffix not in ("镇", "乡") or _word(text[at + 2 : at + 4]):
        return False
    return _town_name(text[at : at + 2], suffix, False)


# Verbs of going to a place end before a town's name as its prepositions do ("走访XX区").
_VISIT_VERBS = frozenset({"走访", "探访", "暗访", "来到", "前往", "走进", "抵达", "途经", "位于", "地处"})
# A street named after its district: a name and a road's word ("XX区体育西路", "XX区中山大道").
_STREET_AFTER_DISTRICT = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:[东西南北中]路|大道|大街|路)")


def _street_follows(text: str, at: int) -> bool:
    hit = _STREET_AFTER_DISTRICT.match(text, at)
    if hit is None or any(ch in _NOT_IN_TOWN for ch in hit.group(1)):
        return False
    name, road = hit.group(1), text[hit.end(1) : hit.end()]
    # "道路", "马路", "公路": a kind of road; "路线", "路面": a word runs on past it
    return not (_word(name[-1] + road[0]) or _word(name + road) or _word(text[hit.end() - 1 : hit.end() + 1]))


# Words of an area after a town ("吴城镇一带"): a name whose last character makes a word with
# the suffix ("城镇", "乡村") names the town there, when the name is no word ("小城镇" is).
_AREA_AFTER = re.compile(r"一带|附近|境内|周边|辖区|政府|党委")


def _town_before_area(text: str, name: str, at: int, after_place: bool) -> bool:
    if not (after_place or _AREA_AFTER.match(text, at + 1)) or len(name) != 2 or zipf(name, "zh") > 0:
        return False
    return all(_cjk(ch) and ch not in _NOT_IN_TOWN for ch in name) and name not in _KINDS_OF_AREA


def _repeated_towns(text: str, mentions: list[Mention], towns: list[Mention]) -> list[Mention]:
    """`towns` with the other places the text writes a town read by its suffix ("在都昌县..."
    ... "加入了都昌县..."): the name and the suffix together name it."""
    taken = [(m.start, m.end) for m in mentions + towns]
    out = list(towns)
    for name in {m.text for m in towns}:
        for hit in re.finditer(re.escape(name), text):
            if not any(s < hit.end() and hit.start() < e for s, e in taken):
                out.append(Mention(hit.start(), hit.end(), name, "LOC", model="rules:zh", confidence=0.6))
                taken.append(hit.span())
    return out


# Real counties and districts whose names are written with particles and prepositions ("来自于都县":
# Yudu county, not "来自于" + "都县"), which the characters' test refuses.
_FUNCTION_WORD_COUNTIES = frozenset({"于都", "于田", "于洪", "都昌", "都匀", "都安", "和田", "和静", "和硕", "和龙"})


def _town_name(name: str, suffix: str, after_place: bool, lead: bool = False) -> bool:
    if suffix in _AREA_SUFFIXES and name in _FUNCTION_WORD_COUNTIES:
        return True
    if any(not _cjk(ch) or (ch in _NOT_IN_TOWN and not (lead and i == 0 and ch == "都")) for i, ch in enumerate(name)):
        return False
    if name in _KINDS_OF_AREA or name[0] in _ADMIN:
        return False
    # no common word inside: "故乡" in "思念故乡", "城镇" in "小城镇", "思念" in a longer name
    inner = [name[-1] + suffix] + ([name[:2], name[1:]] if len(name) > 2 else [])
    if any(_word(w) for w in inner) or zipf(name, "zh") >= _TOWN_NAME_ZIPF:
        return False
    return after_place or suffix not in _AREA_SUFFIXES or zipf(name, "zh") == 0


def _word(chars: str) -> bool:
    return zipf(chars, "zh") >= _WORD_ZIPF


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
