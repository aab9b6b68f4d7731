"""Chinese local news: streets, streams, counties, listed places, temples, local bodies and
people named with no title of office.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("家住杭州市解放路88号的张先生说，最近噪音很大。", "解放路"),  # a common name and a house number
        ("暴雨导致建设路与和平路交叉口积水。", "建设路"),  # two streets at a crossing
        ("暴雨导致建设路与和平路交叉口积水。", "和平路"),
        ("沿着中山路往东走就是火车站。", "中山路"),  # a town names the street
        ("延安东路隧道将封闭施工。", "延安东路"),  # a road with its direction
        ("绍兴将对解放北路进行提升改造。", "解放北路"),
        ("市里决定翻修横跨运河的拱宸桥。", "拱宸桥"),  # a name that is no word, after "的"
        ("傍晚的秦淮河畔游人如织。", "秦淮河"),  # a river, then a word of position
        ("汛期以来楠溪江水位持续上涨。", "楠溪江"),  # after a word that ends there ("以来")
        ("苏州河沿岸新建了步道。", "苏州河"),
        ("新安江水库开闸泄洪。", "新安江水库"),
        ("游客在莫干山看日出。", "莫干山"),
    ],
)
def test_streets_streams_and_mountains_are_places(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "我们沿着这条道路一直往前走。",
        "他的思路非常清晰。",
        "网络上有很多讨论。",
        "一路上风景很美。",
        "过桥的时候要注意安全。",
        "一条清澈的小溪从村中流过。",
        "高速公路上发生了一起事故。",
        "在回家的路上，他遇见了老朋友。",
        "他们走上了一条不归路。",
        "城市的主干路网基本形成。",
        "新修的柏油路又宽又平。",
        "学校门口新建了一座人行天桥。",
        "每逢节假日，景区都人山人海。",
        "江湖上流传着他的故事。",
        "这是冰山一角。",
        "路过的行人纷纷驻足。",
        "这条桥梁的设计寿命为一百年。",
        "大街小巷都挂满了灯笼。",
        "我们要走自己的道路。",
        "他们在寺庙里烧香祈福。",
        "清真寺里挤满了做礼拜的人。",
        "尼姑庵里住着几位老尼。",
    ],
)
def test_common_words_with_a_place_head_are_no_places(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("在安吉县溪龙乡，茶农增收明显。", "安吉县"),  # the county keeps its suffix
        ("新昌和嵊州两地联合开展执法行动。", "新昌"),  # places counted by "两地"
        ("新昌和嵊州两地联合开展执法行动。", "嵊州"),
        ("平湖市、海宁市等地举办招聘会。", "海宁市"),
        ("客运站开通了桐庐和杭州两地的直达班车。", "桐庐"),  # beside a city already found
    ],
)
def test_counties_and_listed_places(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


@pytest.mark.parametrize("text", ["城乡两地差距正在缩小。", "他往返于两地之间。", "各地的游客纷纷前来观光。"])
def test_no_place_from_a_count_of_places_alone(text: str) -> None:
    assert _found(text) == []


def test_a_temple_that_acts_is_a_body_and_one_visited_is_a_place() -> None:
    assert ("国清寺", "ORG") in _found("国清寺向灾区捐赠了一批物资。")
    assert ("国清寺", "LOC") in _found("游客在国清寺拍照留念。")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("金华足球俱乐部主场迎战温州足球俱乐部。", "金华足球俱乐部"),  # a club named by its town
        ("杭州市余杭区慈善总会发起募捐。", "杭州市余杭区慈善总会"),
        ("浙江省围棋协会主办了这次比赛。", "浙江省围棋协会"),
        ("义乌小商品城集团发布公告。", "义乌小商品城集团"),  # a firm of a town
        ("广东商会组织企业考察。", "广东商会"),
        ("舟山市公安局普陀分局破获一起盗窃案。", "舟山市公安局普陀分局"),  # a branch of a bureau
        ("中国银行杭州分行推出新产品。", "中国银行杭州分行"),
    ],
)
def test_a_local_body_holds_its_place(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "上海总会下雨，大家习惯了。",  # "总会": always
        "他在北京学会了滑冰。",  # "学会": learnt
        "美国科技公司股价普遍下跌。",  # a country's kind of firm
        "杭州本地公司纷纷响应。",
        "北京多家公司宣布裁员。",
        "美国公司与中国公司合作。",
        "南京联合会谈取得成果。",  # "会谈": talks
    ],
)
def test_no_body_from_a_clause(text: str) -> None:
    assert not any(etype == "ORG" for _, etype in _found(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("副市长王建国在会上表示，工程将按期完工。", "王建国"),  # a given name that is a word
        ("市民李胜利说，新路修好后方便多了。", "李胜利"),
        ("县长赵建国强调，要确保群众安全。", "赵建国"),  # a verb after the given name
        ("犯罪嫌疑人吴某某已被刑事拘留。", "吴某某"),  # a party of a case
        ("被告人李文军当庭认罪。", "李文军"),
        ("非遗传承人朱金宝在家中接受采访。", "朱金宝"),  # a craft's master
        ("方丈释可明主持了仪式。", "释可明"),  # a monk's dharma name
        ("据了解，陈志明（化名）今年45岁。", "陈志明"),  # a bracket that says who they are
        ("。李华（女，45岁）是一名教师。", "李华"),
    ],
)
def test_people_named_by_a_role_or_a_bracket(text: str, person: str) -> None:
    assert (person, "PER") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "王国的历史很悠久。",  # a surname character opening a word
        "高速发展的经济带来了新问题。",
        "张开双臂迎接新的一天。",
        "李子和桃子都熟了。",
        "他被告知需要补交材料。",  # "被告" inside "被告知"
        "据负责人介绍，项目进展顺利。",
        "，江苏（南京）举办展会。",  # a place in brackets
        "释放压力很重要。",
    ],
)
def test_no_person_from_a_word(text: str) -> None:
    assert not any(etype == "PER" for _, etype in _found(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("其中包括吉祥寺、慈悲庵和朝天门遗址。", "吉祥寺"),  # a temple named by a word, in a list of sites
        ("其中包括吉祥寺、慈悲庵和朝天门遗址。", "慈悲庵"),
        ("其中包括吉祥寺、慈悲庵和朝天门遗址。", "朝天门遗址"),  # a site keeps its word
        ("游客拍完太平寺的钟楼就走了。", "太平寺"),  # after a verb and its particle
        ("他每天路过文昌宫时都会停下。", "文昌宫"),  # a shrine whose name is a word ("昌宫" is none)
        ("考古队在镇东的云峰圣墓附近发掘。", "云峰圣墓"),
    ],
)
def test_temples_shrines_and_sites_named_by_a_word_are_places(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    ["他们发现了一处宋代遗址和几座合葬墓。", "后宫佳丽三千。", "他家附近有座尼姑庵。", "最后宫里的人都走了。"],
)
def test_no_place_from_a_kind_of_site_or_a_palace_word(text: str) -> None:
    assert [n for n, t in _found(text) if t == "LOC"] == []


def test_a_temple_that_gives_is_a_body_and_one_listed_a_place() -> None:
    assert ("吉祥寺", "ORG") in _found("吉祥寺向灾民捐赠了大米。")
    assert ("吉祥寺", "LOC") in _found("吉祥寺和朝天门遗址都在城南。")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("该村地处楠溪江上游，风景秀丽。", "楠溪江"),  # "地处": a verb of where, "处" no measure word
        ("小镇毗邻浦阳江下游，交通便利。", "浦阳江"),
    ],
)
def test_stream_after_a_verb_of_where(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


@pytest.mark.parametrize(
    ("text", "hall"),
    [
        ("村民在吴氏宗祠前办起了百家宴。", "吴氏宗祠"),
        ("，欧阳氏祠堂也将对外开放。", "欧阳氏祠堂"),
    ],
)
def test_clan_hall_keeps_its_word(text: str, hall: str) -> None:
    assert (hall, "LOC") in _found(text)


def test_hall_without_a_clan_is_no_name() -> None:
    found = _found("镇里出资，修缮宗祠和祠堂。")
    assert not any("祠" in name for name, _ in found)


def test_bridge_right_after_a_subdistrict() -> None:
    # the "道" of "街道" closes a subdistrict there, no measure word ("一道桥")
    found = _found("仪式在城关街道双溪桥畔举行。")
    assert ("双溪桥", "LOC") in found


def test_water_name_does_not_open_with_the_county_unit_before_it() -> None:
    found = _found("浙江省温州市永嘉县楠溪江边建起了驿站。")
    assert not any(name.startswith("县") for name, _ in found)


def test_an_island_named_after_its_reef_is_a_place() -> None:
    assert ("蓬礁岛", "LOC") in _found("旅客滞留在蓬礁岛的码头。")


def test_a_small_reef_island_is_a_kind() -> None:
    assert _found("游客去小礁岛游玩。") == []


def test_streets_and_canals_after_a_sites_sides() -> None:
    # "西临", "南靠": what a site borders on each side; a canal's "大运河" is its head
    found = _found("项目西临滨江大道，南靠京杭大运河。")
    assert ("滨江大道", "LOC") in found and ("京杭大运河", "LOC") in found, found
    assert not any("西临" in name or "南靠" in name for name, _ in found), found


def test_a_numbered_mountain_in_its_county_is_listed_before_the_places_word() -> None:
    found = [(m.text, m.type) for m in extract_entities_from_text("在宜昌市、兴山县五指山等地推出线路。", "zh")]
    assert found == [("宜昌市", "LOC"), ("兴山县", "LOC"), ("五指山", "LOC")]
