"""Chinese names of companies and football clubs that news writes with no cue word.

"比亚迪的销量超过特斯拉": nothing in the sentence says these are firms, so a modest table names
the best-known ones.  The list is general knowledge (China's largest listed companies and
carmakers, its airlines and internet firms, the world's best-known firms and container
shipping lines as Chinese news writes them, and the clubs of the Chinese Super League); it
was not drawn from any evaluation text.  Names that are common words ("苹果" apple, "美的", "理想", "大众" the
public) are listed only with the word that makes them a firm ("苹果公司", "美的集团").

A firm's registered name is its short name (or its city), its field and its legal form:
"宁德时代新能源科技股份有限公司", "深圳市腾讯计算机系统有限公司", one ORG over the short name
or the city inside it (`registered_names`).

A club named by its city is found by a rule besides (`club_names`): a city or province,
then a two-character name that is no common word, and next to a club word or a word of a
match ("...队", "...在主场", "战胜..."): "上海申花", "山东泰山", not "北京时间".
"""

from __future__ import annotations

import functools
import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.word_frequency import zipf

_COMPANIES = (
    # China: carmakers, technology, energy, finance, airlines
    "比亚迪", "吉利汽车", "长城汽车", "蔚来", "小鹏汽车", "理想汽车", "宁德时代", "华为", "腾讯", "阿里巴巴",
    "百度", "京东", "美团", "拼多多", "字节跳动", "网易", "小米", "联想", "中兴通讯", "大疆", "海尔", "格力",
    "贵州茅台", "中国石油", "中国石化", "中石油", "中石化", "中海油", "中国移动", "中国电信", "中国联通",
    "国家电网", "工商银行", "建设银行", "农业银行", "招商银行", "中国平安", "中国国航", "东方航空", "南方航空",
    "海南航空", "国航", "东航", "南航", "顺丰", "中芯国际", "商汤科技",
    # the state's aircraft, engine, power and nuclear groups energy and aviation news names short
    "中国商飞", "中国航发", "中国华能", "中国大唐", "中国华电", "国家电投", "中广核", "中国核电", "中国中车",
    # the national railway operator and the express carriers rail and logistics news names
    "国铁集团", "中国国家铁路集团", "中国邮政", "中通快递", "圆通速递", "申通快递", "韵达快递", "极兔速递",
    # the shopping, travel and video platforms that run as firms of their own ("天猫", "抖音"),
    # where local news has shops and farms sell
    "天猫", "淘宝", "抖音", "携程", "小红书", "唯品会", "饿了么",
    # the world's best-known firms
    "特斯拉", "苹果公司", "微软", "谷歌", "亚马逊", "英伟达", "三星", "丰田", "大众汽车", "波音", "空客",
    "脸书", "开放人工智能", "英特尔", "索尼", "壳牌", "埃克森美孚", "雀巢", "现代汽车", "宝马", "奔驰",
    # the world's largest container shipping lines, which port and trade news names bare
    "马士基", "地中海航运", "达飞轮船", "达飞海运", "赫伯罗特", "中远海运", "长荣海运", "阳明海运",
    "海洋网联船务", "现代商船", "以星航运", "万海航运", "太平船务",
)  # fmt: skip
# Firms whose short name is a common word or holds a particle ("美的" is "beautiful's", "长安" a
# city, "光明" light), named only with their firm word.
_WORD_FIRMS = (
    "美的集团", "美的电器", "长安汽车", "东风汽车", "光明乳业", "上汽集团", "广汽集团", "北汽集团", "一汽集团",
    "万科集团", "华润集团", "中信集团", "保利集团", "海信集团", "恒大集团", "万达集团", "复星集团", "格力电器",
)  # fmt: skip
# Chinese Super League clubs (and a few of the league's recent past).
_CLUBS = (
    "上海申花", "上海海港", "北京国安", "山东泰山", "成都蓉城", "天津津门虎", "武汉三镇", "长春亚泰",
    "浙江绿城", "河南建业", "青岛海牛", "沧州雄狮", "梅州客家", "深圳新鹏城", "大连人", "广州恒大", "广州队",
)  # fmt: skip
# A firm's name with the word for what it is stays one name ("华为公司", "小米集团").
_FIRM_WORDS = ("公司", "集团")
# A firm's line of business after its short name names the firm's arm, one ORG ("京东物流",
# "顺丰速运", "顺丰航空"), as its "公司" does.
_LINE_WORDS = ("物流", "速运", "快递", "速递", "航空", "科技", "控股", "健康", "金融")


@functools.cache
def company_names() -> dict[str, EntityType]:
    """The table's firms (also with "公司"/"集团") and clubs, for the substring matcher."""
    names: dict[str, EntityType] = {}
    for name in _COMPANIES:
        names[name] = "ORG"
        for word in _FIRM_WORDS:
            if not name.endswith(word):
                names[name + word] = "ORG"
        if not name.endswith(_FIRM_WORDS + _LINE_WORDS):
            names.update(dict.fromkeys((name + word for word in _LINE_WORDS), "ORG"))
    names.update(dict.fromkeys(_WORD_FIRMS, "ORG"))
    names.update(dict.fromkeys(_CLUBS, "ORG"))
    return names


# What stands right after a club's name ("队", "俱乐部", "在主场", "以2比1") or right before it
# ("战胜", "迎战"): a club word or a word of a match.
_CLUB_AFTER = re.compile(r"(?:足球)?(?:俱乐部|队)|在?(?:主场|客场)|以\d|(?:战胜|击败|负于|迎战|对阵|战平|逼平|不敌)")
_CLUB_BEFORE = re.compile(r"(?:战胜|击败|负于|迎战|对阵|战平|逼平|不敌|做客|挑战)$")
# Two characters after a city this common are a word ("北京时间", "上海警方"), not a club's name.
_CLUB_NAME_ZIPF = 4.2
_NOT_IN_NAME = frozenset("的了在和与及是对将已也并向从被把为以")


def club_names(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """Clubs named by their city: a place (not a country) and two characters, as one ORG,
    next to a club word or a word of a match; the city's LOC is replaced."""
    out: list[Mention] = []
    clubs: list[Mention] = []
    for m in mentions:
        end = m.end + 2
        name = text[m.end : end]
        if (
            m.type != "LOC"
            or m.text in countries
            or len(name) < 2
            or not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in name)
            or zipf(name, "zh") >= _CLUB_NAME_ZIPF
            or not (_CLUB_AFTER.match(text, end) or _CLUB_BEFORE.search(text, max(0, m.start - 4), m.start))
        ):
            out.append(m)
            continue
        clubs.append(Mention(m.start, end, text[m.start : end], "ORG", model="rules:zh", confidence=0.6))
    # a place inside the club's name ("泰山" in "山东泰山") gives way to the club
    out = [m for m in out if all(m.end <= c.start or m.start >= c.end for c in clubs)]
    return sorted(out + clubs, key=lambda m: (m.start, m.end))


# The legal forms that close a registered name; "集团" alone only after a known firm ("中国石油
# 天然气集团"): after a city it is as often a description ("上海一家集团").
_LEGAL_FORMS = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司)|集团")
# a county and a field of eight ("XX县XX冰雪旅游开发有限公司") is a common registered name
_MAX_FIELD = 12
# A field holds no particle, verb of a clause, determiner or measure word ("深圳一家有限公司").
_NOT_IN_FIELD = frozenset("的了在和与及是对将已也并向从被把为以说称该这那其每此某个位名些家都还又再就让给")
# ... but "家" opens a field of furniture, homeware and appliances ("家具", "家居", "家电"), no
# measure word there ("一家有限公司" counts firms)
_HOME_FIELDS = frozenset("具居电纺装")
# ... and the copula of an apposition: "领投方为...有限公司", "大股东是...有限公司"; a preposition
# of place or time ("在...保险股份有限公司投保", "于...有限公司任职")
_BEFORE_NAME = frozenset("，。；：！？、“”「」（）《》\n 与和同及跟对向据由从被为是在于")
# A field this common as a word, alone at a clause's opening, is a kind of firm ("，科技有限公司
# 的数量"), not a firm's name; so is one opening with a word this common.
_KIND_OF_FIRM_ZIPF = 4.0
_PRONOUNS = frozenset("我你他她它们咱您")


def registered_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each firm's registered name made one ORG: a firm, a place or a clause's
    opening, then the firm's field and its legal form ("...新能源科技股份有限公司")."""
    opens = {m.end: m for m in mentions if m.type in ("ORG", "LOC")}
    out = list(mentions)
    for hit in _LEGAL_FORMS.finditer(text):
        # a body read up to its "集团" ("深圳市XX投资集团"): its legal form follows ("...集团有限公司")
        group = hit.start() + len("集团") if hit.group().startswith("集团") and hit.group() != "集团" else None
        inner = next((o for o in out if o.type == "ORG" and o.end == group and o.start < hit.start()), None)
        found = inner.start if inner is not None else _name_start(text, hit.start(), hit.group(), opens)
        if found is None:
            continue
        org = Mention(found, hit.end(), text[found : hit.end()], "ORG", model="rules:zh", confidence=0.7)
        if any(o.start < org.start < o.end or o.start < org.end < o.end for o in out if o is not inner):
            continue  # a name crossing its start or end: no firm's name
        out = [o for o in out if o.end <= org.start or o.start >= org.end]
        out.append(org)
    return sorted(out, key=lambda m: (m.start, m.end))


def _name_start(text: str, form_at: int, form: str, opens: dict[int, Mention]) -> int | None:
    """Where the name before the legal form at `form_at` opens, or None."""
    for n in range(_MAX_FIELD + 1):
        at = form_at - n
        if at < 0 or (n and not _field_char(text[at]) and not _home_field(text, at)):
            return None
        anchor = opens.get(at)
        if anchor is not None and (anchor.type == "ORG" or form != "集团"):
            if not n and anchor.type != "ORG":
                return None
            city = opens.get(anchor.start)  # the firm's city before it: "北京字节跳动科技有限公司"
            return city.start if anchor.type == "ORG" and city is not None and city.type == "LOC" else anchor.start
        # a ship's or a train's "号" after its quoted name ends that name ("“顺航88”号属..."), no
        # firm's name opens with it
        clause = (
            at == 0 or text[at - 1] in _BEFORE_NAME or text[:at].endswith(_KIND_BEFORE_FIRM) or _placed(text, at, opens)
        ) and not (text[at] == "号" and text[at - 1 : at] in "”」")
        if clause and n >= 2 and form != "集团" and _opens_firm_name(text[at:form_at]):
            return at
    return None


# The word for what a firm is, right before its registered name ("当地旅行社XX国际旅行社有限公司",
# "运营方XX文旅有限公司"): the apposition bounds the name on the left where no punctuation does.
_KIND_BEFORE_FIRM = ("旅行社", "运营方", "运营商", "开发商", "经营方", "承办方", "管理方")


def _placed(text: str, at: int, opens: dict[int, Mention]) -> bool:
    """A place and "的" right before `at` ("XX市的...制药股份有限公司"): the firm's town bounds
    its name on the left, as punctuation does; "的" after anything else may end a clause's
    modifier ("新成立的...")."""
    place = opens.get(at - 1)
    return text[at - 1 : at] == "的" and place is not None and place.type == "LOC"


def _home_field(text: str, at: int) -> bool:
    return text[at] == "家" and text[at + 1 : at + 2] in _HOME_FIELDS


def _field_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_FIELD


def _opens_firm_name(chars: str) -> bool:
    """Characters at a clause's opening that name a firm: no pronoun, not opening with a
    common word ("他们决定成立有限责任公司": they decided to set one up), and not a kind of firm
    alone ("科技有限公司")."""
    if any(ch in _PRONOUNS for ch in chars) or zipf(chars[:2], "zh") >= _KIND_OF_FIRM_ZIPF:
        return False
    return zipf(chars, "zh") < _KIND_OF_FIRM_ZIPF


# A firm named right after the word for what it is ("棕油企业婆罗洲绿野集团", "科技巨头...公司"):
# the apposition bounds the name on the left where no punctuation does.  A retail chain is
# named so as well ("连锁超市XX超市", "超市连锁XX超市"): its "超市" ends the firm's name.
_APPOSITION = ("企业", "公司", "集团", "巨头", "厂商", "财团", "连锁", "连锁超市", "零售商")
_FIRM_END = re.compile(r"集团|控股|公司|银行|超市")
_MIN_FIRM, _MAX_FIRM = 2, 6
# A subsidiary after "子公司" ends with its field ("...精炼", "...种植"), or before "与"/"和"
# when another one follows.
_SUBSIDIARY_FIELDS = re.compile(r"种植|控股|精炼|能源|地产|置地|实业|航运|石油|产业|资源|工业|科技|矿业|银行|集团|公司")
_JOINERS = frozenset("与和及、")
# A short name this rare is the firm's own ("婆罗洲绿野"), not a word of the language.
_SHORT_NAME_ZIPF = 2.0
# "那" is a sound of transliterated names ("仙本那"); as a determiner it comes with a measure
# word ("那家公司"), which the name's characters exclude.
_NOT_IN_NAME = _NOT_IN_FIELD - frozenset("那")


def _name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME


def apposed_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the firms named after the word for what they are, their short names
    (without "集团"/"公司") where the text repeats them, and their subsidiaries listed after
    "子公司" ("旗下子公司绿野精炼与仙本那种植"), as ORG."""
    firms: list[Mention] = []
    for hit in _FIRM_END.finditer(text):
        for size in range(_MAX_FIRM, _MIN_FIRM - 1, -1):
            start = hit.start() - size
            name = text[start : hit.start()]
            if start < 0 or not all(_name_char(ch) for ch in name) or not text[:start].endswith(_APPOSITION):
                continue
            if any(word in name for word in _APPOSITION) or zipf(name, "zh") >= _KIND_OF_FIRM_ZIPF:
                continue  # "企业公司", "科技集团": a kind of firm
            if _FIRM_END.match(name):
                continue  # "连锁超市|永辉超市": the kind's own "超市" opens no name
            firms.append(Mention(start, hit.end(), text[start : hit.end()], "ORG", model="rules:zh", confidence=0.6))
            break
    for hit in re.finditer("子公司", text):
        firms += _subsidiaries(text, hit.end())
    out = list(mentions)
    for firm in firms:
        out = replace_holding(out, firm)
    shorts = {_FIRM_END.sub("", f.text) for f in firms if _FIRM_END.fullmatch(f.text[-2:])}
    for short in (s for s in shorts if len(s) >= 3 and zipf(s, "zh") < _SHORT_NAME_ZIPF):
        for hit in re.finditer(re.escape(short), text):
            out = replace_holding(out, Mention(hit.start(), hit.end(), short, "ORG", model="rules:zh", confidence=0.6))
    return out


def _subsidiaries(text: str, at: int) -> list[Mention]:
    """The firms listed at `at`: names joined by "与"/"和"/"、", the last ending with its field."""
    out: list[Mention] = []
    while True:
        joiner = next((e for e in range(at + _MIN_FIRM, at + _MAX_FIRM + 1) if text[e : e + 1] in _JOINERS), None)
        end = joiner if joiner is not None else _field_end(text, at)
        if end is None or not all(_name_char(ch) for ch in text[at:end]) or not _opens_firm_name(text[at:end]):
            return out  # "子公司数量": no firm's name
        out.append(Mention(at, end, text[at:end], "ORG", model="rules:zh", confidence=0.6))
        if joiner is None:
            return out
        at = joiner + 1


def _field_end(text: str, at: int) -> int | None:
    """The end of the first field word ("种植") closing a name of three characters or more at `at`."""
    for hit in _SUBSIDIARY_FIELDS.finditer(text, at, at + _MAX_FIRM + 2):
        if hit.end() - at > _MIN_FIRM:
            return hit.end()
    return None
