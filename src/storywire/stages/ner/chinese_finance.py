"""Chinese finance, technology and market news: exchanges, regulators, funds and brokers, the
districts markets are named by, and a place written by its one-character abbreviation.

* Exchanges and regulators are named short more often than in full ("港交所", "上交所", "证监会",
  "央行", "金融监管总局"): a short list of the well-known national ones and their full names,
  for the substring matcher (`finance_names`).  A place right before one is part of its fixed
  name ("中国证监会", "香港证监会", "美国证交会"), one ORG over the place (`finance_bodies`); the
  central banks in general ("各国央行", "全球央行") are no body.
* A fund, a broker or an investment firm is its trade name and its field ("XX资本", "XX基金",
  "XX证券", "XX创投"): the trade name is no common word nor a kind of capital ("风险资本",
  "私募基金", "主权基金"), and opens after punctuation, a particle, a conjunction or the word
  of what the firm is to the deal ("投资方", "股东", "机构"); a place before it is part of the
  name.  The name is read again wherever the text repeats it (`funds`, `repeated_funds`).
* The districts markets and technology are named by ("硅谷", "华尔街", "陆家嘴", "中关村") are
  places; Hong Kong's "中环" is one where no ring road is meant ("中环路", "中环线").
* A place written by its one-character abbreviation after a verb of travel ("赴港上市", "访华",
  "来沪"): a LOC, where the character does not open a word with the next one ("港股", "港口",
  "华人"); a word holding such a character is no place ("港股", "港元").
"""

from __future__ import annotations

import functools
import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.word_frequency import zipf

# --- exchanges and regulators ---------------------------------------------------------------
_EXCHANGES = (
    "港交所", "联交所", "上交所", "深交所", "北交所", "纽交所", "伦交所", "东交所", "新交所",
    "香港交易所", "香港联合交易所", "上海证券交易所", "深圳证券交易所", "北京证券交易所",
    "纽约证券交易所", "伦敦证券交易所", "东京证券交易所", "新加坡交易所", "纳斯达克交易所",
)  # fmt: skip
_REGULATORS = (
    "证监会", "银保监会", "银监会", "保监会", "金融监管总局", "国家金融监督管理总局", "央行", "人民银行",
    "中国人民银行", "外汇局", "国家外汇管理局", "证交会", "美国证券交易委员会", "美联储", "欧洲央行",
    "中国证券业协会", "中证协", "中国证券登记结算有限责任公司", "中国结算",
)  # fmt: skip
_DISTRICTS = ("硅谷", "华尔街", "陆家嘴", "中关村", "金丝雀码头", "伦敦金融城")
_BODIES = frozenset(_EXCHANGES + _REGULATORS)
# The central banks or regulators of many countries, no one body ("各国央行", "全球央行").
_GENERIC_BEFORE = re.compile(r"(?:各国|多国|本国|他国|全球|主要|部分|其他|一些|这些|各地|各大|各)$")


@functools.cache
def finance_names() -> dict[str, EntityType]:
    """The listed exchanges and regulators (ORG) and market districts (LOC), for the
    substring matcher."""
    names: dict[str, EntityType] = dict.fromkeys(_BODIES, "ORG")
    names.update(dict.fromkeys(_DISTRICTS, "LOC"))
    return names


def _mention(text: str, start: int, end: int, etype: EntityType = "ORG") -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.6)


def _sorted(mentions: list[Mention]) -> list[Mention]:
    return sorted(mentions, key=lambda m: (m.start, m.end))


def finance_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a place joined to the listed exchange or regulator after it ("香港证监会"),
    the generic central banks ("各国央行") dropped, and Hong Kong's "中环" added."""
    out = [m for m in mentions if not (m.text in _BODIES and _GENERIC_BEFORE.search(text, 0, m.start))]
    places = {m.end: m for m in out if m.type == "LOC"}
    for m in list(out):
        place = places.get(m.start)
        if m.type == "ORG" and m.text in _BODIES and place is not None:
            out = replace_holding(out, _mention(text, place.start, m.end))
    for hit in _CENTRAL.finditer(text):
        if all(o.end <= hit.start() or o.start >= hit.end() for o in out):
            out = _sorted([*out, _mention(text, hit.start(), hit.end(), "LOC")])
    return out


# Hong Kong's Central, not Shanghai's middle ring road ("中环路", "中环线", "中环高架") nor what
# lies inside or outside it.
_CENTRAL = re.compile(r"中环(?![路线高内外以沿])")

# --- funds, brokers and investment firms ----------------------------------------------------
_FUND_FIELDS = ("资本", "创投", "基金", "证券", "期货", "信托", "资管")
_FUND = re.compile("|".join(_FUND_FIELDS))
# What runs a field word on into another word or a longer name: "基金会" (a foundation), "证券
# 交易所", "证券时报"; a legal form is the registered name's (`chinese_companies`).
_NOT_AFTER_FIELD = re.compile(
    r"会|交易|时报|日报|报|市场|业|法|账户|化|主义|家|市|公司|股份|有限|集团|管理|投资|控股|经理人"
)
# Kinds of capital and of fund, no firm's name ("风险资本", "私募基金", "主权基金", "社保基金").
_KIND_WORDS = (
    "风险 私募 公募 风投 创投 产业 主权 养老 社保 对冲 指数 货币 债券 股票 混合 专项 引导 天使 并购 成长 "
    "国有 民间 社会 外国 境外 海外 外资 内资 私人 金融 投资 上市 头部 知名 大型 中小 多家 各类 这只 该只 "
    "股权 创业 政府 国家 地方 市场 工业 商业 人力 医疗 教育 慈善 公益 救助 发展 基础 专业 长期 短期 "
    "保险 银行 机构 证券 期货 信托"
)
_KINDS = frozenset(_KIND_WORDS.split())
# Where a firm's name opens: punctuation, a particle or a conjunction, or the word for what
# the firm is to the deal ("投资方", "股东", "基石投资者").
_OPENERS = frozenset("，。；：！？、“”「」（）《》\n 的和与及同跟对向由从被为是在于据")
_ROLES = re.compile(
    r"(?:投资方|领投方|跟投方|出资方|股东|投资者|投资人|机构|管理人|承销商|保荐人|保荐机构|券商|合作方|"
    r"以及|包括|其中|旗下|联合|携手)$"
)
_NOT_IN_NAME = frozenset("的了在和与及是对将已也并向从被把为以说称该这那其每此某个位名些家都还又再就让给一两各")
_MIN_NAME, _MAX_NAME = 2, 4
# A trade name is rare as a word ("翠峰", "高瓴"); a brand as common as "中信" (3.6) is read
# where no kind is meant.
_NAME_ZIPF = 3.0


def _trade_name(name: str) -> bool:
    return (
        all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in name)
        and name not in _KINDS
        and name[-2:] not in _KINDS
        and zipf(name, "zh") < _NAME_ZIPF
    )


def _fund_start(text: str, at: int, places: dict[int, Mention]) -> int | None:
    """Where the firm's name before the field at `at` opens, or None."""
    for size in range(_MIN_NAME, _MAX_NAME + 1):
        start = at - size
        if start < 0:
            return None
        if not _trade_name(text[start:at]):
            continue
        place = places.get(start)
        if place is not None:
            return place.start  # "新加坡翠峰资本": the firm's town opens its name
        if start == 0 or text[start - 1] in _OPENERS or _ROLES.search(text, 0, start):
            return start
    return None


def funds(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with funds, brokers and investment firms named by a trade name and their
    field ("...资本", "...证券") as ORG, and the text's other mentions of them."""
    out = list(mentions)
    places = {m.end: m for m in out if m.type == "LOC"}
    names: set[str] = set()
    for hit in _FUND.finditer(text):
        if _NOT_AFTER_FIELD.match(text, hit.end()):
            continue
        start = _fund_start(text, hit.start(), places)
        if start is None:
            continue
        new = _mention(text, start, hit.end())
        if any(o.start < new.end and new.start < o.end and o.type != "LOC" for o in out):
            continue  # a body or a person there already
        out = replace_holding(out, new)
        names.add(new.text)
    return _spread(text, out, names)


def _spread(text: str, out: list[Mention], names: set[str]) -> list[Mention]:
    for name in sorted(names, key=len, reverse=True):
        for hit in re.finditer(re.escape(name), text):
            if all(o.end <= hit.start() or o.start >= hit.end() or o.type == "LOC" for o in out):
                out = replace_holding(out, _mention(text, hit.start(), hit.end()))
    return out


def repeated_funds(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the article's funds and brokers read in one paragraph named again in
    another (each paragraph is read alone)."""
    names = {
        m.text
        for m in mentions
        if m.type == "ORG"
        and m.text.endswith(_FUND_FIELDS)
        and len(m.text) >= _MIN_NAME + 2
        and _trade_name(m.text[:-2])
    }
    return _spread(text, list(mentions), names)


# --- a place by its one-character abbreviation ----------------------------------------------
_TRAVEL = re.compile(r"(?<=[赴访来抵袭])[港澳台京沪华美日韩英法德俄]")
# "未来", "后来", "以来": "来" closing a word is no verb of travel; nor is "来日" (days to come).
_WORD_BEFORE_ZIPF = 4.0
_NEXT_WORD_ZIPF = 3.0


def abbreviated_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a place named by its abbreviation after a verb of travel ("赴港上市")."""
    out = list(mentions)
    for hit in _TRAVEL.finditer(text):
        at = hit.start()
        verb = text[at - 1]
        if verb == "来" and (hit.group() == "日" or zipf(text[at - 2 : at], "zh") >= _WORD_BEFORE_ZIPF):
            continue
        if zipf(text[at : at + 2], "zh") >= _NEXT_WORD_ZIPF:
            continue  # "港股", "港口", "华人", "美元": a word holding the character
        if any(o.start < at + 1 and at - 1 < o.end for o in out):
            continue  # "采访美国": the verb or the place is another mention's
        out = _sorted([*out, _mention(text, at, at + 1, "LOC")])
    return out
