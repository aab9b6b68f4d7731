"""Chinese firms named by their trade name and their field ("瞳影科技", "云脉生物").

* A registered name is the firm's town, its trade name, its fields and its legal form ("上海
  某某智能科技有限公司": town "上海", trade name "某某", fields "智能", "科技"), and news names the
  firm after it by the trade name and one of the fields ("某某科技", "某某智能"), or by a trade
  name of three characters or more alone ("启明星辰").  Each paragraph is read alone, so the
  short names are spread over the article (`short_names`, from `chinese_ports.repeated_places`).
* With no registered name in the text, a trade name that is no word, a field of industry and
  what a firm does or has after it ("，云脉生物宣布", "旷视科技总部位于", a salon chain's
  "XX美发门店") name a firm
  (`bare_firms`): the verb of a firm, not the characters, says a firm is meant; such a name
  is spread over the article as well.

Guards: the trade name holds no particle, is no place and no word ("中国科技", "量子科技" are
kinds of technology), and the short name stands where no other mention does.
"""

from __future__ import annotations

import functools
import re

from storywire.model import Mention
from storywire.stages.ner import chinese_names
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

# The fields of a registered name, as news keeps one of them in a firm's short name.
_FIELD_WORDS = (
    "智能 科技 生物 医药 医疗 健康 信息 技术 网络 数据 软件 电子 通信 通讯 材料 新材料 能源 新能源 环保 "
    "创新 投资 管理 创业 资本 基因 制药 药业 机器人 半导体 微电子 光电 汽车 传媒 文化 教育 物流 实业 控股 "
    "电气 化工 集成电路 人工智能 互联网 计算机 系统 芯片 云计算 航天 精密 仪器 设备 工程 咨询 服务 "
    # the trades of manufacturing towns ("XX鞋业有限公司" ... "XX鞋业")
    "鞋业 服饰 服装 制衣 纺织 针织 印染 皮革 皮业 机械 电器 家电 家具 家居 五金 建材 陶瓷 眼镜 灯饰 卫浴 "
    "塑业 塑胶 纸业 印刷 包装 食品 乳业 酒业 茶业 矿业 钢铁 汽配 电缆 阀门 泵业 光伏 照明 "
    # the trades of a village's collective firm ("XX果业有限公司", "XX农业开发有限公司")
    "果业 农业 林业 牧业 渔业 粮油 米业 蜂业 竹业 木业 茶叶 开发 "
    # the trades of property, building and tourism firms ("XX置业有限公司" ... "XX置业",
    # "XX文旅建设有限公司" ... "XX文旅")
    "置业 地产 房地产 物业 建设 建筑 城建 园林 文旅 旅游 "
    # the trades of game studios and esports clubs ("XX互动娱乐有限公司" ... "XX互动", "XX互娱"), and
    # of parcel and freight carriers ("XX供应链管理有限公司" ... "XX供应链", "XX速运")
    "互动 娱乐 互娱 游戏 电竞 动漫 数字 快递 速运 速递 快运 货运 运输 供应链 冷链 仓储 配送 "
    # the trades of ferry and shipping firms ("XX客运有限公司" ... "XX客运", "XX船务")
    "客运 航运 船务 海运 轮渡"
)
_FIELDS = frozenset(_FIELD_WORDS.split())
_LONGEST_FIELD = max(len(f) for f in _FIELDS)
_LEGAL_FORM = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$")
_GROUP_FORM = re.compile(r"集团(?:股份有限公司|有限责任公司|有限公司)$")
_NOT_IN_TRADE = frozenset("的了在和与及是对将已也并向从被把为以说称该这那其每此某个位名些家都还又再就让给一")
# A trade name is rare as a word: "中国", "量子", "未来" before a field are kinds, not names.
_TRADE_ZIPF = 1.0
_MIN_TRADE, _MAX_TRADE = 2, 4
_MIN_ALONE = 3  # a trade name named alone: two characters are too often another word's


@functools.cache
def _places() -> frozenset[str]:
    names = {n for n, t in place_names("zh").items() if t == "LOC"}
    return frozenset(names | {n for n, t in chinese_names.place_names().items() if t == "LOC"})


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "ORG", model="rules:zh", confidence=0.6)


def _fields(chars: str) -> list[str] | None:
    """`chars` read as fields, longest first at each offset; None where one is none."""
    out: list[str] = []
    at = 0
    while at < len(chars):
        word = next((chars[at : at + n] for n in range(_LONGEST_FIELD, 1, -1) if chars[at : at + n] in _FIELDS), None)
        if word is None:
            return out or None  # the fields read before an unknown word still name the firm
        out.append(word)
        at += len(word)
    return out or None


def _trade_name(trade: str, bar: float = _TRADE_ZIPF) -> bool:
    return (
        _MIN_TRADE <= len(trade) <= _MAX_TRADE
        and all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_TRADE for ch in trade)
        and trade not in _places()
        and zipf(trade, "zh") < bar
    )


# Registered trade names are often literary words ("星河", "雷霆", "天宇"): beside its field, such a
# trade name read out of a registered name the text gives names that firm, where the two together
# are no word; named alone it must still be rare.
_FIELD_TRADE_ZIPF = 3.5


def _registered_shorts(name: str, towns: frozenset[str] = frozenset()) -> set[str]:
    """The short names of a registered name: the trade name with each of its fields.  `towns`:
    the places the article reads, where the gazetteer lacks the firm's town ("XX某某客运有限公司",
    an island county's firm)."""
    core = _LEGAL_FORM.sub("", name)
    town = next((n for n in range(min(len(core) - 2, 5), 1, -1) if core[:n] in _places() or core[:n] in towns), 0)
    core = core[town:].removeprefix("市").removeprefix("省")
    # a county or town the gazetteer lacks, named with its unit ("XX县某某茶业有限公司")
    unit = _UNIT_PREFIX.match(core)
    if unit is not None and len(core) - unit.end() >= _MIN_TRADE + 2:
        core, town = core[unit.end() :], town or unit.end()
    named = _LEGAL_FORM.sub("", name)
    for size in range(_MIN_TRADE, _MAX_TRADE + 1):
        trade, fields = core[:size], _fields(core[size:])
        if fields is not None and _trade_name(trade, _FIELD_TRADE_ZIPF):
            rare = _trade_name(trade)
            paired = {trade + f for f in fields if rare or zipf(trade + f, "zh") < _TRADE_ZIPF}
            if not paired:
                continue
            shorts = paired | ({trade} if rare and len(trade) >= _MIN_ALONE else set())
            # with its town, as a headline names it ("上海某某科技"): one name, the town inside
            town_shorts = {named} | {named[: len(named) - len(core)] + short for short in paired}
            # "某某科技公司": the legal form cut to the firm's word, as news writes it again
            shorts |= {short + "公司" for short in shorts if short != trade}
            if _GROUP_FORM.search(name):
                # a group keeps its "集团" in its short names ("某某医药集团", "某某集团"): cut
                # before it, the short name would leave "集团" outside the firm
                shorts |= ({trade + "集团"} if rare else set()) | {short + "集团" for short in paired}
                town_shorts |= {short + "集团" for short in town_shorts}
            return shorts | (town_shorts if town else set())
    return set()


# Two or three characters and a unit ("松溪县", "大洋镇"), one or two levels, opening a registered name.
_UNIT_PREFIX = re.compile(r"(?:[\u4e00-\u9fff]{2,3}?[省市县区镇乡]){1,2}")


_BARE_FIELDS = (
    "科技", "生物", "医药", "智能", "药业", "基因", "制药", "鞋业", "服饰", "纺织", "电器", "乳业", "酒业",
    # salon and beauty chains, named by a brand and their trade ("XX美发", "XX美容", "XX美甲")
    "美发", "美容", "美甲", "美业", "造型", "发艺",
)  # fmt: skip
# What a firm does or has, right after its name; a chain has its shops ("XX美发门店", "XX美容连锁店").
_FIRM_ACTS = (
    r"宣布|表示|回应|发布|推出|总部|成立于|创始人|董事长|首席执行官|CEO|股价|公告|旗下|官方|完成|获得"
    r"|门店|连锁店|分店|总店"
)
_BARE = re.compile(rf"([\u4e00-\u9fff]{{2}})({'|'.join(_BARE_FIELDS)})(?={_FIRM_ACTS})")
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 由与和据对向被让给从在")


def bare_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with firms named by a trade name and a field before a firm's deed."""
    out = list(mentions)
    for hit in _BARE.finditer(text):
        start, end = hit.span()
        if start > 0 and text[start - 1] not in _BEFORE:
            continue
        if not _trade_name(hit.group(1)) or any(o.start < end and start < o.end for o in out):
            continue
        out = sorted([*out, _mention(text, start, end)], key=lambda m: (m.start, m.end))
    return out


def short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the article's firms named by their short names wherever the text names
    them so and no mention stands (a town inside one gives way: "浦江创新" holds "浦江")."""
    shorts: set[str] = set()
    towns = frozenset(m.text for m in mentions if m.type == "LOC")
    for m in mentions:
        if m.type != "ORG":
            continue
        if _LEGAL_FORM.search(m.text):
            shorts |= _registered_shorts(m.text, towns)
        elif m.text.endswith(_BARE_FIELDS) and len(m.text) == 4 and _trade_name(m.text[:2]):
            shorts.add(m.text)
    out = list(mentions)
    for short in sorted(shorts, key=len, reverse=True):
        for hit in re.finditer(re.escape(short), text):
            new = _mention(text, hit.start(), hit.end())
            overlaps = [o for o in out if o.start < new.end and new.start < o.end]
            if any(o.type != "LOC" or o.start < new.start or o.end > new.end for o in overlaps):
                continue
            out = sorted([o for o in out if o not in overlaps] + [new], key=lambda m: (m.start, m.end))
    return out
