"""Chinese local places and bodies that regional news names and no gazetteer holds.

* Streets, squares and bridges: a name and the word for what it is ("红旗路", "解放大道",
  "骆驼桥", "人民广场"); the word stays in the name, as the guidelines keep a street's head.
  Street names are often common words ("人民", "红旗", "和平"), so a common name needs a
  sign of a street: a place before it ("杭州人民路"), a house number or a crossing after it
  ("人民路88号", "...交叉口"), or another street beside it ("红旗路与人民路").
* Streams, rivers, lakes, reservoirs and mountains ("东苕溪", "秦淮河"): their names are rarer
  than the words that end in these characters ("小溪", "江湖", "冰山"), so only a name that
  is no word reads as one, or a place ("苏州河").
* A county or district keeps its "县"/"区"/"市" ("安吉县"): a place the text names with its
  suffix is that unit, as a province keeps "省".
* Places listed before "两地", "三地", "等地" ("停靠德清和长兴两地"): each item is a place.
* A temple ("铁佛寺") acts as a body (ORG: it donates, it joins others); after "在", "到"
  it is where something happens (LOC), as a museum is in `chinese_venues`.

Guards shared by all: the name opens after punctuation, a particle, a preposition, a place
or a common word that ends there ("施工期间红旗路"); it holds no particle, determiner,
measure word or numeral ("这条路", "一座桥"); its last character and the head make no
common word ("马路", "公路", "小溪", "寺庙"); and no word crosses the name's end ("路线",
"桥梁", "人山人海"), but a word of position after it ("路口", "河边", "山上") is allowed.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.word_frequency import zipf

# Heads, longest first at each offset.
# A road with its direction ("解放北路") is a street whatever its name: no common word ends so.
# ... as is an avenue's or a high street's ("XX南大道", "XX东大街"): "南大" would read as a word
_DIRECTION_HEADS: tuple[str, ...] = (
    *("东路", "西路", "南路", "北路", "中路"),
    *(d + h for h in ("大道", "大街") for d in "东西南北"),
)
_STREET_HEADS = (*_DIRECTION_HEADS, "大街", "大道", "大桥", "广场", "胡同", "路", "街", "巷", "桥")
# "京杭大运河": a canal's "大运河" is its head, the "大" no kind of canal before it
_WATER_HEADS = ("大运河", "运河", "水库", "溪", "河", "江", "湖", "山")
_TEMPLE_HEADS = ("寺", "庵", "庙")
# Sites of the past keep their word as a building does ("德济门遗址", "灵山圣墓", "明孝陵"); a
# name of an era before it is a kind of site ("宋代遗址"), no name.
_SITE_HEADS = ("遗址", "圣墓", "陵园", "陵", "墓")
# A clan's ancestral hall is named by its surname and "氏" ("陈氏宗祠", "欧阳氏祠堂"), and keeps
# its word as a temple does; "修缮宗祠" (a verb before the kind) names none.
_CLAN_HEADS = ("宗祠", "祠堂", "家庙", "祖祠")
_ERA_ENDS = frozenset("代朝期纪")
# Buildings, gardens, inns and landmarks of a coast ("钟鼓楼", "菽庄花园", "料罗湾", "日光岩"): the
# guidelines keep a building's word in its name.  Their names are often words ("八卦", "日光"),
# rarer than a street's: a common word is a kind of building ("居民楼", "观景台") only above the
# street's bar or in the list below.
_BUILDING_HEADS = ("花园", "公园", "客栈", "楼", "塔", "阁", "宫", "城", "岛", "屿", "湾", "岩")
_HEADS = tuple(
    sorted(
        _STREET_HEADS + _WATER_HEADS + _TEMPLE_HEADS + _BUILDING_HEADS + _SITE_HEADS + _CLAN_HEADS,
        key=len,
        reverse=True,
    )
)
_HEAD = re.compile("|".join(_HEADS))

# Characters a name never holds: particles, prepositions, determiners, numerals, measure
# words, words of position and time ("这条路", "一座桥", "门前小溪", "山间小路").
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向举召今昨一二三四五六七八九十百千万两几各该这那其每此某个位名些家都还又再就"
    "被把从给让为于说称与及或着过得地上下前后里内外中间边旁条座所栋只道片段处到走去来往沿经绕穿跨不没等"
)
# A measure word before the name counts roads, not names one: "一条不归路", "这座新桥".
_MEASURE_WORDS = frozenset("条座所栋只道片段处个")
# What stands right before a name: punctuation, a particle, a preposition, a verb of place.
# An aspect particle ends the verb before a name ("拍完开元寺", "路过天后宫", "沿着中山路").
_BEFORE_NAME = frozenset("，。；：！？、“”「」（）《》\n 的了在于到至从往赴去自和与及同跟对向由经沿近完过着")
# The character right before the head that makes a kind of road, stream or temple, not a
# name: "小溪", "大河", "老街", "古寺", "石桥", "木桥", "土路".
_KIND_BEFORE_HEAD = frozenset("小大老古旧石木土")
# Kinds of road or bridge (its make, its use, where it runs) rarer than the word bar:
# "石拱桥", "立交桥", "柏油路", "盘山路", "主干路网", "斜拉桥".
_KINDS_OF_ROAD_WORDS = (
    "石拱 立交 高架 盘山 人行 人行天 步行 商业 美食 小吃 跨海 跨江 跨河 跨线 柏油 沥青 水泥 石板 泥土 砂石 "
    "碎石 青石 环城 环山 滨海 沿海 沿江 沿河 乡间 田间 林间 山间 国道 省道 县道 乡道 主干 次干 单行 双向 "
    "斜拉 悬索 铁索 风雨 钢架 浮"
)
_KINDS_OF_ROAD = frozenset(_KINDS_OF_ROAD_WORDS.split())
_KINDS_OF_BUILDING_WORDS = (
    "门诊 住院 急诊 医技 观景 瞭望 钟鼓 教学 办公 宿舍 实验 综合 科研 商务 住宅 居民 写字 附属 配套 裙 电视 "
    "信号 烽火 仿古 别墅 高层 多层 空中 屋顶 儿童 主题 城市 社区 小区 街心 植物 动物 森林 湿地 郊野 海滨 滨江 "
    "遗址 地质 文化 体育 生态 农业 科技 工业 产业 创业 物流 游乐 水上 亲子 私家 皇家 国家 市民 休闲 影视 购物 "
    "美食 商业 新城 老城 古城 人工 无人 海上 离岛 外岛 本岛 主岛 小岛 珊瑚 火山 礁 港 海 内 外 "
    # kinds of grave and of site ("烈士陵园", "合葬墓", "考古遗址")
    "烈士 合葬 衣冠 家族 夫妻 祖先 先人 公共 考古 历史 古代 重要 世界 "
    # what a pagoda or hall is made of ("琉璃塔", "砖塔", "铁塔")
    "琉璃 砖 铁 铜"
)
_KINDS_OF_BUILDING = frozenset(_KINDS_OF_BUILDING_WORDS.split())
# An airport's terminal is a building's kind, whatever stands before it ("新航站楼").
_TERMINAL_WORDS = ("航站", "候机")
_BUILDING_NAME_ZIPF = 4.2
# A name as common as this is a word of its own before a palace's "宫" ("天后宫").
_NAME_WORD_ZIPF = 3.0
_SHRINE_HEADS = frozenset({"宫", *_TEMPLE_HEADS})
# Who lives in a temple names its kind ("尼姑庵", "和尚庙").
_KINDS_OF_TEMPLE = frozenset({"尼姑", "和尚", "喇嘛", "道士", "土地", "家族", "祖先"})
# A street's one-character name is a direction ("西街", "北街"), as every old town names one.
_DIRECTIONS = frozenset("东西南北")
# Words of position after a head ("路口", "河边", "山上"): the place, then where at it.
_POSITION_AFTER = frozenset("上下口段边旁头畔岸里内外中侧面底脚顶水")
# After a street: a house number or a crossing shows a street however common its name.
_STREET_AFTER = re.compile(r"\d|[与和、及][\u4e00-\u9fff]{2,3}(?:路|街|大道)|交叉口|十字路口|路口|路段|沿线|一带|两侧")
_STREET_BEFORE = re.compile(r"(?:路|街|大道)[与和、及]$")
# A word ending right before a name marks its start ("期间", "横跨").
_BOUNDARY_WORD_ZIPF = 3.5
# A name this common is a word, not a name, unless a sign of a street stands by it.
_COMMON_NAME_ZIPF = 4.0
# The last character of a name and the head as common as this are a word ("佛寺" is not:
# "铁佛寺"; "马路", "公路", "寺庙" are).
_HEAD_WORD_ZIPF = 3.5
_AT = frozenset("在于到赴去")
_AT_VERBS = ("游览", "参观", "前往", "来到", "走进")
# Verbs of where a place lies, right before its name ("地处松溪上游", "毗邻X河"): "处" of
# "地处" is no measure word there ("一处").
_LIES_VERBS = ("地处", "身处", "地跨", "毗邻", "紧邻", "临近", "靠近", "流经", "汇入", "注入",
               # what a site borders on each side ("东临XX大道，南靠XX河")
               *(d + v for d in "东西南北" for v in "临靠邻依接"))  # fmt: skip
# What a temple does as a body, right after its name, and the words that make it a partner.
_TEMPLE_ACTS = re.compile(r"向|捐|表示|宣布|发布|发表|声明|举办|主办|承办|组织|联合|方丈|住持|僧众|回应")
_JOINT_ACTS = ("联合", "携手", "协同")


def local_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with streets, streams, counties with their suffix, listed places and
    temples added; a new mention replaces a place it holds and yields to any other."""
    out = _heads(text, mentions)
    out = _counties(text, out)
    return _listed_places(text, out)


def _mention(text: str, start: int, end: int, etype: EntityType) -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.6)


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _opens(text: str, start: int, place_ends: set[int]) -> bool:
    """A name may open at `start`: after punctuation, a particle, a preposition, a place, or
    a common word that ends there and does not run on into the name ("期间|红旗路")."""
    if start == 0 or text[start - 1] in _BEFORE_NAME or start in place_ends:
        return True
    if text[max(0, start - 2) : start] in _LIES_VERBS:
        return True
    if text[max(0, start - 2) : start] == "街道":
        return True  # a subdistrict closes there ("XX街道水南桥"): its "道" is no measure word
    if text[start - 1] in _MEASURE_WORDS:
        return False
    word = text[start - 2 : start]
    return len(word) == 2 and zipf(word, "zh") >= _BOUNDARY_WORD_ZIPF and zipf(text[start - 1 : start + 1], "zh") == 0


def _clean(name: str, word_zipf: float = _COMMON_NAME_ZIPF) -> bool:
    """No particle, numeral or measure word, unless the name is itself a word ("和平")."""
    if not all(_cjk(ch) for ch in name):
        return False
    return all(ch not in _NOT_IN_NAME for ch in name) or zipf(name, "zh") >= word_zipf


def _crosses_end(text: str, at: int, end: int) -> bool:
    """A word that opens in the head (`at` to `end`) or on the character before it and runs
    past the head's end: "路线", "桥梁", "人山人海"; a word of position after the head is no
    such word ("路口", "河边")."""
    for i in range(max(at - 1, 0), end):
        for j in range(end + 1, min(i + 4, len(text)) + 1):
            if j - i < 2 or zipf(text[i:j], "zh") == 0:
                continue
            if i == end - 1 and j == end + 1 and text[end] in _POSITION_AFTER and text[i:j] != "山水":
                continue  # ("山水相连": a landscape, no mountain's water)
            return True
    return False


def _heads(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    place_ends = {m.end for m in mentions if m.type == "LOC"}
    places_at = {m.end: m for m in mentions if m.type == "LOC"}
    for hit in _HEAD.finditer(text):
        found = _named_head(text, hit.start(), hit.group(), place_ends, places_at)
        if found is None:
            continue
        start, end, etype = found
        out = replace_holding(out, _mention(text, start, end, etype), holds=("LOC",))
    return out


def _named_head(
    text: str, at: int, head: str, place_ends: set[int], places_at: dict[int, Mention]
) -> tuple[int, int, EntityType] | None:
    """The start, end and type of the named street, stream or temple whose head is at `at`."""
    end = at + len(head)
    if _crosses_end(text, at, end) or text.startswith("山泥", at):
        return None  # "...山泥倾泻": a landslide's mud, no mountain's "山"
    read = places_at.get(end)
    if read is not None and len(read.text) - len(head) >= 2:
        return None  # the place is read with a name of its own ("但鄱阳湖" holds "鄱阳湖"; "秦淮河" holds "淮河")
    place = places_at.get(at)
    if (
        place is not None
        and head not in _TEMPLE_HEADS
        and len(place.text) >= 2
        and place.text not in country_names("zh")
        and text[place.start - 1 : place.start] not in _MEASURE_WORDS
        and not place.text.endswith(head)  # "慈云山山泥倾泻": the hill, then a landslide's "山泥"
    ):
        return place.start, end, "LOC"  # "苏州河", "南京路": a town names it ("中国大道" is a figure of speech)
    if _date_street(text, at, head, place_ends):
        return at - 2, end, "LOC"
    direction = text[at - 1 : at] in _DIRECTIONS and zipf(text[at - 1 : end], "zh") < _HEAD_WORD_ZIPF
    if head == "街" and direction and _opens(text, at - 1, place_ends):
        return at - 1, end, "LOC"  # "住在西街": a town's west street
    if head in _BUILDING_HEADS and text.startswith(_STREET_HEADS, end):
        return None  # "龙城大道": a road named after a town's by-name, no building's "城"
    for size in (2, 3):
        start = at - size
        name = text[start:at]
        if name[:2] in _LIES_VERBS:
            continue  # "东临龙城": a site's side and what lies there
        # a shrine's name is a word of its own more often than a street's ("天后宫": the
        # goddess's palace), and may hold a character of position
        word_zipf = _NAME_WORD_ZIPF if head in _SHRINE_HEADS else _COMMON_NAME_ZIPF
        if start < 0:
            continue
        if not (_opens(text, start, place_ends) and _clean(name, word_zipf)) and not _chained_direction(
            text, name, head, start, place_ends
        ):
            continue
        if name[0] in _UNIT_SUFFIXES and start in place_ends:
            continue  # "松阳县松阴溪": the unit closes the county before, no water's name opens there
        if name.startswith("本报"):
            continue  # a dateline's outlet before a town ending in a head ("本报舟山5月3日电")
        if not _named(text, name, head, start, end, place_ends):
            continue
        if head in _TEMPLE_HEADS:
            return start, end, _temple_type(text, start, end)
        return start, end, "LOC"
    return None


# A road with its direction right after its town ("XX市|YY南大道") is a street whatever its
# name, as `_DIRECTION_HEADS` says; its name may hold an adverb's character there ("都": a
# town's epithet, "the capital of ..."), but no particle, determiner, numeral or measure word.
_NOT_IN_CHAINED = frozenset("的了在和与及是对将已也并向一二三四五六七八九十百千万两几各该这那其每此某个条座所")


def _chained_direction(text: str, name: str, head: str, start: int, place_ends: set[int]) -> bool:
    return (
        head in _DIRECTION_HEADS
        # the town may be read later, by its unit alone ("樟树市": `chinese_units`)
        and (start in place_ends or text[start - 1 : start] in ("市", "县", "区"))
        and all(_cjk(ch) and ch not in _NOT_IN_CHAINED for ch in name)
        and zipf(name, "zh") == 0
    )


# A street named for a date of the calendar ("八一大道" for 1 August, "五四路", "二七广场"):
# a month and a day in numerals, which the guards refuse as numerals.  Only after a place
# or a preposition of place ("XX区八一大道", "在五一路"), not after a count ("第三四路").
_NUMERALS = frozenset("一二三四五六七八九十")
_DATE_HEADS = frozenset({"路", "大道", "大街", "街", "广场"})


def _date_street(text: str, at: int, head: str, place_ends: set[int]) -> bool:
    start = at - 2
    if head not in _DATE_HEADS or start < 1 or not all(ch in _NUMERALS for ch in text[start:at]):
        return False
    if text[start - 1] in _NUMERALS or text[start - 1] == "第":
        return False
    # a unit's suffix closes a place that may be read later, by its unit ("芙蓉区": `chinese_units`)
    return start in place_ends or text[start - 1] in "在于沿市县区"


def _named(text: str, name: str, head: str, start: int, end: int, place_ends: set[int]) -> bool:
    """`name` before `head` names the thing rather than saying what sort it is."""
    if head in _CLAN_HEADS:
        return name.endswith("氏") and len(name) >= 2  # a surname's clan: "陈氏", "欧阳氏"
    if name in _KINDS_OF_ROAD or name[-1] in _KIND_BEFORE_HEAD:
        return False
    crossing = zipf(name[-1] + head[0], "zh") >= _HEAD_WORD_ZIPF
    if head not in _DIRECTION_HEADS and crossing and not (head == "宫" and zipf(name, "zh") >= _NAME_WORD_ZIPF):
        # "马路", "公路", "寺庙" ("延安东路": "安东" is a word, but the head holds 东); a palace
        # or a shrine whose name is a word of its own reads name and head ("天后宫", not "后宫")
        return False
    if zipf(name + head, "zh") > 0:
        return False  # "立交桥", "清真寺": a kind the word list holds
    if len(name) == 3 and (
        zipf(name, "zh") > 0 or any(zipf(w, "zh") >= _COMMON_NAME_ZIPF for w in (name[:2], name[1:]))
    ):
        return False  # a phrase before the head: "导致瓯江" (a verb and a one-character name), "回到家路"
    common = zipf(name, "zh")
    if head in _TEMPLE_HEADS:
        # a temple is named by an auspicious word ("开元寺", "光明寺", "清净寺"): no kind of
        # temple ("古寺", "佛寺", "寺庙", "清真寺") gets past the guards above, so a word rarer
        # than the common bar names one; a nun's "尼姑庵" is a kind
        return common < _COMMON_NAME_ZIPF and name not in _KINDS_OF_TEMPLE
    if head in _WATER_HEADS:
        return common == 0  # "东苕溪"; not "江湖", "冰山"
    if head in _SITE_HEADS:
        return common < _BUILDING_NAME_ZIPF and name not in _KINDS_OF_BUILDING and name[-1] not in _ERA_ENDS
    if head in _BUILDING_HEADS:
        if head == "岛" and _reef_named_island(name):
            return True  # "X礁岛": an island named after its reef, no kind ("珊瑚礁岛", "小礁岛")
        if name.endswith(_TERMINAL_WORDS):
            return False  # "新航站楼", "老候机楼": a kind of terminal (a coded one is `chinese_aviation`'s)
        return common < _BUILDING_NAME_ZIPF and name not in _KINDS_OF_BUILDING and name[-1] not in _KINDS_OF_BUILDING
    if common < _COMMON_NAME_ZIPF:
        return True
    # a common word as a street's name ("人民路") only where a street is plainly meant
    return head in _STREET_HEADS and (
        head in _DIRECTION_HEADS
        or start in place_ends
        or _STREET_AFTER.match(text, end) is not None
        or _STREET_BEFORE.search(text, max(0, start - 3), start) is not None
        or text[start - 1 : start] == "沿"  # "沿中山路走": one walks along a street
    )


def _reef_named_island(name: str) -> bool:
    """An island's name ending in "礁" (a reef, which alone says what sort of island it is):
    a name where the whole is no word and its first character is no kind ("小礁", "暗礁")."""
    return (
        len(name) == 2
        and name.endswith("礁")
        and name[0] not in _KIND_BEFORE_HEAD
        and zipf(name, "zh") == 0
        and zipf(name[0], "zh") < _REEF_FIRST_ZIPF
    )


# The first character of a reef island's name is a rare one ("泗"), not a common word ("新", "暗").
_REEF_FIRST_ZIPF = 4.0


def _temple_type(text: str, start: int, end: int) -> EntityType:
    """A temple is a body where it acts: it gives, declares, holds, joins ("国清寺向灾区捐赠",
    "联合铁佛寺"); elsewhere a place, where one goes, or one of the sites a list names
    ("包括开元寺、清净寺", "开元寺的双塔")."""
    if (start > 0 and text[start - 1] in _AT) or text[max(0, start - 2) : start] in _AT_VERBS:
        return "LOC"
    acts = _TEMPLE_ACTS.match(text, end) is not None or text[max(0, start - 2) : start] in _JOINT_ACTS
    return "ORG" if acts else "LOC"


# A county, district or city a place names with its suffix ("安吉县"); a word of the
# suffix with what follows ("县城", "县委", "区域", "市场") is another word.
_UNIT_SUFFIXES = frozenset("县区市")
_UNIT_NAME = 2  # a Chinese county's name; a longer one is foreign ("耶希尔尤尔特区": the district's name alone)


def _counties(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        suffix = text[m.end : m.end + 1]
        if (
            m.type == "LOC"
            and len(m.text) == _UNIT_NAME
            and suffix in _UNIT_SUFFIXES
            and zipf(text[m.end : m.end + 2], "zh") < _HEAD_WORD_ZIPF
            and zipf(m.text[-1] + suffix, "zh") < _HEAD_WORD_ZIPF
            and not any(o.start <= m.end < o.end for o in mentions)
        ):
            m = _mention(text, m.start, m.end + 1, "LOC")
        out.append(m)
    return out


# Places listed before a word that counts them: "德清和长兴两地", "嘉兴、湖州等地".
_LIST_END = re.compile(r"(?:两|三|四|五|多)地|等地|等县|等市|等区|等(?:水库|湖泊|河流|江河)")
# Waters listed before their kind ("三峡、丹江口等水库"): the kind word stays out, and the list
# holds two names or more, as "加固等水库工程" holds a verb.
_WATER_KINDS = ("等水库", "等湖泊", "等河流", "等江河")
_JOINERS = frozenset("和与及、")
_ITEM_ZIPF = 4.0


def _listed_places(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    names: set[str] = set()
    places = {m.end: m.start for m in mentions if m.type == "LOC"}
    for hit in _LIST_END.finditer(text):
        items = _list_items(text, hit.start(), places)
        if len(items) < 2 and (not hit.group().startswith("等") or hit.group() in _WATER_KINDS):
            continue
        for start, end in items:
            names.add(text[start:end])
            out = _add(out, _mention(text, start, end, "LOC"))
    for name in names:  # the text names them again on their own
        for hit in re.finditer(re.escape(name), text):
            out = _add(out, _mention(text, hit.start(), hit.end(), "LOC"))
    return out


def _add(out: list[Mention], new: Mention) -> list[Mention]:
    if any(o.start < new.end and new.start < o.end for o in out):
        return out
    return sorted([*out, new], key=lambda m: (m.start, m.end))


def _list_items(text: str, end: int, places: dict[int, int]) -> list[tuple[int, int]]:
    """The items before `end`, joined by "和", "与", "、": a place already found, or two or
    three characters that are no common word ("德清和上海两地": a county and a city)."""
    items: list[tuple[int, int]] = []
    place_ends = set(places)
    while True:
        item = (places[end], end) if end in places else None
        item = item or next(
            (
                (end - n, end)
                for n in (2, 3)
                if end - n >= 0
                and _list_item(text[end - n : end])
                and (end - n == 0 or text[end - n - 1] in _JOINERS or _opens(text, end - n, place_ends))
            ),
            None,
        )
        if item is None:
            return items
        while item[0] in places and text[item[0] - 1 : item[0]] not in _JOINERS:
            item = (places[item[0]], item[1])  # a place inside its county is one item ("XX县YY山")
        items.append(item)
        if item[0] == 0 or text[item[0] - 1] not in _JOINERS:
            return items
        end = item[0] - 1


def _list_item(name: str) -> bool:
    # mountains are named by numbers ("九宫山", "五指山", "六盘山"), where a numeral elsewhere counts
    allowed = _NUMERALS if len(name) == 3 and name.endswith(_PEAKS) else frozenset()
    return all(_cjk(ch) and (ch not in _NOT_IN_NAME or ch in allowed) for ch in name) and zipf(name, "zh") < _ITEM_ZIPF


_NUMERALS = frozenset("一二三四五六七八九十")
_PEAKS = ("山", "岭", "峰")
