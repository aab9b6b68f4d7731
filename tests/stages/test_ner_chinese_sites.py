"""Chinese buildings, islands, inns and temples named with their kind word, a town after its
country, a city after a conjunction, and countries that "人" makes a people.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_sites import conjunction_splits, towns_in_countries, without_demonyms


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("。钟灵楼由一位本地匠人设计。", "钟灵楼"),  # a building after a clause's edge
        ("游客走到听涛花园，又拐进小巷。", "听涛花园"),  # a garden after "到"
        ("晚上住在老城改建的云栖客栈，很安静。", "云栖客栈"),  # an inn after "的"
        ("渔船从崇武湾出发，傍晚返航。", "崇武湾"),  # a bay after "从"
        ("厦门白鹭岩下有一座亭子。", "白鹭岩"),  # a rock after its town
        ("她第二天去报恩寺烧香。", "报恩寺"),  # a temple named by a word, where one goes
        ("我们沿东风路走到海边。", "东风路"),  # a common name along which one walks
        ("他住在南街的一座老宅里。", "南街"),  # a direction's street
        ("旅客在宁波轮渡码头排队。", "宁波轮渡码头"),  # a town, a field and a pier
    ],
)
def test_buildings_inns_bays_and_streets_are_places(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "他住在居民楼里，每天去公园散步。",  # kinds of building, and a word alone
        "游客在步行街和商业城购物，晚上住在海边的小岛上。",
        "这座城市有很多高楼，市中心的钟楼是地标。",
        "孩子们在儿童公园和动物园玩了一天。",
        "大湾区建设加快推进，港口城市受益。",
        "他去年去寺庙烧香，在古寺里住了一晚。",
        "他们在山上发现了花岗岩和石灰岩。",
        "他住在门诊楼对面。",
    ],
)
def test_no_place_from_a_kind_of_building(text: str) -> None:
    assert [n for n, t in _found(text) if t == "LOC"] == []


def test_a_country_before_people_is_no_place() -> None:
    text = "日本人交出了报告，美国人权组织表示关切。"
    found = [Mention(0, 2, "日本", "LOC"), Mention(6, 8, "美国", "LOC")]
    found[1] = Mention(text.index("美国"), text.index("美国") + 2, "美国", "LOC")
    kept = without_demonyms(text, found, frozenset({"日本", "美国"}))
    assert [m.text for m in kept] == ["美国"]  # "人权": a word, the country stays


def test_a_town_after_its_country() -> None:
    text = "他出生于意大利佩鲁贾，后来移居罗马。"
    at = text.index("意大利")
    found = [Mention(at, at + 3, "意大利", "LOC")]
    towns = towns_in_countries(text, found, frozenset({"意大利"}))
    assert [m.text for m in towns] == ["意大利", "佩鲁贾"]
    assert len(towns_in_countries("他生于意大利北部。", [Mention(3, 6, "意大利", "LOC")], frozenset({"意大利"}))) == 1


def test_a_city_after_a_conjunction() -> None:
    text = "工匠和泉州的石头"
    found = [Mention(2, 4, "和泉", "LOC")]
    assert [m.text for m in conjunction_splits(text, found, frozenset({"泉州"}))] == ["泉州"]
    assert [m.text for m in conjunction_splits("和泉市", found[:0], frozenset({"泉州"}))] == []
    assert ("泉州", "LOC") in _found("他用本地工匠和泉州的花岗岩。")


def test_a_country_after_its_direction_is_a_part_of_it() -> None:
    assert ("北意大利", "LOC") in _found("这位僧侣来自北意大利的小镇。")
    assert ("日本", "LOC") in _found("船队向南日本驶去。")  # a direction of travel
    assert ("南日本", "LOC") not in _found("船队向南日本驶去。")


def test_a_places_other_name_in_quotes_after_a_verb_of_naming() -> None:
    assert _found("旅行家把这座城市称为“温陵”，说温陵很美。") == [("温陵", "LOC"), ("温陵", "LOC")]
    assert ("甬东", "LOC") in _found("舟山古称“甬东”。")
    assert _found("这座城市被称为“火炉”。") == []  # an epithet is a word
    assert _found("大家称他为“老黄牛”。") == []  # a person's nickname: no word for a place


def test_a_sea_area_names_its_place_without_its_word() -> None:
    assert ("大陈", "LOC") in _found("渔政船在大陈海域巡逻。")
    assert _found("船只在相关海域巡逻，这片海域很深。") == []


def test_no_town_inside_a_word_that_holds_its_name() -> None:
    assert _found("渔船停在江口的入海口附近。") == []  # an estuary, not Haikou
    assert ("海口", "LOC") in _found("他从海口出发。")


def test_a_countrys_people_is_no_town() -> None:
    text = "模型在中国人群中的表现尚待验证。"
    at = text.index("中国")
    assert len(towns_in_countries(text, [Mention(at, at + 2, "中国", "LOC")], frozenset({"中国"}))) == 1
