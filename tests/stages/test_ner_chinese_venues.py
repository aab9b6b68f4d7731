"""Chinese venues, landmarks, named institutions and people named by a role or a goal.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("决赛在虹口足球场进行。", "虹口足球场"),  # a district and the kind of venue
        ("神舟飞船在酒泉卫星发射中心发射升空。", "酒泉卫星发射中心"),
        ("航班降落在广州白云国际机场。", "广州白云国际机场"),  # a city, a name and the kind
        ("北京首都国际机场客流回升。", "北京首都国际机场"),
        ("比赛在鸟巢体育场举行。", "鸟巢体育场"),  # a name that is no place, after "在"
    ],
)
def test_a_venue_is_one_place(text: str, venue: str) -> None:
    assert (venue, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "比赛在新建体育场举行。",  # a new stadium: a kind, not a name
        "中国机场的客流量大增。",  # a country's airports
    ],
)
def test_no_venue_for_a_kind_of_venue(text: str) -> None:
    assert not any(etype == "LOC" and text_.endswith(("体育场", "机场")) for text_, etype in _found(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("复旦大学发布了研究报告。", "复旦大学"),  # a name that is no place and the kind
        ("伤员被送往华西医院救治。", "华西医院"),
        ("上海瑞金医院的专家会诊。", "上海瑞金医院"),  # a city, the name and the kind
        ("北京和平医院宣布扩建。", "北京和平医院"),  # "和" of "和平" is a word's, not "and"
        ("南京大学与上海博物馆签署协议。", "上海博物馆"),  # a museum that acts
        ("颐和园博物馆宣布闭馆维修。", "颐和园博物馆"),  # a landmark names the museum
    ],
)
def test_named_institutions_are_organisations(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["一所知名大学宣布扩招。", "当地医院已收治伤员。", "北京和上海医院床位紧张。"])
def test_no_institution_for_a_kind(text: str) -> None:
    assert not any(t.endswith(("大学", "医院")) for t, _ in _found(text))


def test_a_museum_where_something_happens_is_a_place() -> None:
    assert ("上海博物馆", "LOC") in _found("书画展在上海博物馆开幕。")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("游客在千岛湖景区游玩。", "千岛湖"),  # a landform before the area's word
        ("他们游览了华山风景区。", "华山"),
        ("大批游客涌入洞庭湖一带。", "洞庭湖"),  # a well-known lake with no cue
        ("代表团参观了颐和园。", "颐和园"),
    ],
)
def test_scenic_places(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


def test_no_scenic_place_for_a_kind_of_area() -> None:
    assert _found("该景区今年接待游客百万人次。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("歌手周杰伦将于下月举办演唱会。", "周杰伦"),  # a role that is no office, as a title
        ("演员刘德华出席了首映式。", "刘德华"),
        ("老将郑智宣布退役。", "郑智"),
        ("国脚吴曦入选大名单。", "吴曦"),
        ("科学家钱学森的故居对外开放。", "钱学森"),
    ],
)
def test_people_after_a_role(text: str, name: str) -> None:
    assert (name, "PER") in _found(text)


@pytest.mark.parametrize("text", ["演员们纷纷表示支持。", "作家协会举办年会。", "导演表示新片将上映。"])
def test_no_person_after_a_role_alone(text: str) -> None:
    assert not any(etype == "PER" for _, etype in _found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("主队先失一球，王大雷第75分钟头球破门。", "王大雷"),  # the minute before the verb
        ("比赛中，张玉宁攻入一球。", "张玉宁"),
        ("下半场，李明梅开二度。", "李明"),  # "梅" opens the verb, not the given name
    ],
)
def test_scorer_before_a_verb_of_a_goal(text: str, name: str) -> None:
    assert (name, "PER") in _found(text)


def test_a_universitys_department_is_one_body_with_it() -> None:
    assert ("复旦大学新闻学院", "ORG") in _found("她毕业于复旦大学新闻学院。")
    assert ("清华大学经济管理学院", "ORG") in _found("他在清华大学经济管理学院任教。")
    assert ("清华大学", "ORG") in _found("清华大学体系内的课程。")  # "体系": no department
    assert ("清华大学", "ORG") in _found("清华大学合建能源研究中心。")  # a verb opens the field


def test_a_museum_one_works_for_is_a_body() -> None:
    assert ("南京博物院", "ORG") in _found("他在南京博物院做了两年讲解员。")
    assert ("南京博物院", "ORG") in _found("她在南京博物院工作多年。")
    assert ("南京博物院", "LOC") in _found("他在南京博物院举办讲座。")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("练习赛在上海国际赛车场进行。", "上海国际赛车场"),  # a place, a field and a circuit
        ("决赛在武汉网球场举行。", "武汉网球场"),
    ],
)
def test_a_places_sport_venue_is_one_place(text: str, venue: str) -> None:
    assert (venue, "LOC") in _found(text)


@pytest.mark.parametrize("text", ["，来到新球馆训练。", "，前往训练球场集合。"])
def test_no_sport_venue_after_a_phrase(text: str) -> None:
    assert _found(text) == []


def test_a_place_at_the_end_of_a_transliteration_is_part_of_the_venue() -> None:
    # "法国" (France) read inside "哈利法" (Khalifa): the stadium's name is the whole run
    assert _found("决赛在哈利法国际体育场举行。") == [("哈利法国际体育场", "LOC")]
    assert ("坎普诺球场", "LOC") in _found("在巴塞罗那的坎普诺球场，他进了两球。")  # one sound before
    assert ("四川省体育馆", "LOC") in _found("比赛在四川省体育馆举行。")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("北京大学化学与分子工程学院发布成果。", "北京大学化学与分子工程学院"),  # "与" inside a field
        ("清华大学经济管理学院举办论坛。", "清华大学经济管理学院"),
    ],
)
def test_a_department_with_two_fields(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_no_department_opening_with_and() -> None:
    assert ("北京大学", "ORG") in _found("北京大学与中国科学院合作。")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("主演入住湖畔的翠湾云庭酒店。", "翠湾云庭酒店"),  # a hotel of four characters after "的"
        ("剧组进驻松林影视城拍摄。", "松林影视城"),  # a film studio after a verb of staying
        ("他们下榻山谷里的，枫林度假村。", "枫林度假村"),  # a resort
        ("新片在太湖影视基地开机。", "太湖影视基地"),
    ],
)
def test_hotels_resorts_and_film_studios_are_places(text: str, venue: str) -> None:
    assert (venue, "LOC") in _found(text)


def test_a_film_studio_over_its_firms_short_name() -> None:
    text = "游客来到松涛影视城。影视城由松涛影视文化有限公司投资。"
    assert ("松涛影视城", "LOC") in _found(text)


@pytest.mark.parametrize("text", ["他们住在当地一家豪华度假酒店。", "，住进了海边最好酒店。"])
def test_no_hotel_of_kind_words(text: str) -> None:
    assert not any(t.endswith("酒店") for t, _ in _found(text))


def test_a_towns_new_studio_is_the_town_alone() -> None:
    assert _found("昆明新影视城正式启用") == [("昆明", "LOC")]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("总决赛在广州市天河区的云锦电竞中心举行。", "云锦电竞中心"),
        ("据云锦电竞中心运营方介绍，场馆可容纳五千人。", "云锦电竞中心"),
        ("比赛在西安曲江电竞馆进行。", "西安曲江电竞馆"),
    ],
)
def test_esports_arena_is_a_place(text: str, venue: str) -> None:
    assert (venue, "LOC") in _found(text)


def test_a_pier_named_with_its_use_keeps_the_name_of_a_clan_place() -> None:
    assert ("沈家湾客运码头", "LOC") in _found("六千名旅客滞留在沈家湾客运码头。")


def test_no_pier_from_a_kind_of_pier_or_a_count() -> None:
    assert _found("当地新建客运码头一座，还有一家码头在建。") == []


def test_a_ski_resort_named_after_a_particle_is_a_place() -> None:
    found = _found("游客从松涛岭滑雪场转往附近的白鹿滑雪场。")
    assert ("松涛岭滑雪场", "LOC") in found and ("白鹿滑雪场", "LOC") in found, found


def test_a_ski_resort_holds_its_operators_trade_name() -> None:
    text = "运营方吉林松涛岭旅游开发有限公司称，与松涛岭滑雪场相邻的雪道暂停开放。"
    assert ("松涛岭滑雪场", "LOC") in _found(text), _found(text)


def test_no_ski_resort_from_a_scope_or_a_size() -> None:
    assert _found("通知要求全省滑雪场开展自查，多家大型滑雪场已停运。") == []


def test_a_spa_hotel_keeps_its_hot_spring_between_name_and_kind() -> None:
    found = _found("位于河畔的云溪温泉度假村客房已满，游客入住松鹤山庄温泉酒店。")
    assert ("云溪温泉度假村", "LOC") in found
    assert ("松鹤山庄温泉酒店", "LOC") in found


def test_counted_spa_hotels_are_no_name() -> None:
    assert _found("多家温泉酒店周末客房爆满。") == []
