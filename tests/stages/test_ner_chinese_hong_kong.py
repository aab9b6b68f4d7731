"""Hong Kong news in traditional characters: departments, districts, estates and their blocks,
roads, tunnels, stations, community halls, regions, and the article's short names.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_hong_kong import hong_kong_places, repeated_names


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("渠務署表示，已派員清理淤塞的雨水渠。", "渠務署", "ORG"),  # a department's "署"
        ("地政總署今日收回一幅官地。", "地政總署", "ORG"),
        ("入境事務處提醒市民留意旅遊證件有效期。", "入境事務處", "ORG"),  # "處" is "处" folded
        ("運輸及物流局公布新的巴士路線安排。", "運輸及物流局", "ORG"),  # a bureau of two fields
        ("油尖旺區及深水埗區的街道嚴重水浸。", "油尖旺區", "LOC"),  # a district keeps "區"
        ("油尖旺區及深水埗區的街道嚴重水浸。", "深水埗區", "LOC"),
        ("香港社會服務聯會呼籲各界捐款。", "香港社會服務聯會", "ORG"),  # a federation ("聯會")
    ],
)
def test_departments_districts_and_federations(text: str, name: str, etype: str) -> None:
    assert (name, etype) in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("大雨期間，住在華富邨的居民被安排撤離。", "華富邨"),  # an estate: a name and "邨"
        ("一名住在華富邨華昌樓的男子報案。", "華昌樓"),  # a block right after its estate
        ("受塌樹影響，彌敦道往尖沙咀方向一度封閉。", "彌敦道"),  # a road, then a direction
        ("早上，窩打老道近九龍塘一段出現水浸。", "窩打老道"),  # a road, then "近"
        ("大批車輛改經城門隧道前往市區。", "城門隧道"),  # a tunnel keeps "隧道"
        ("港鐵旺角站一度暫停開放。", "旺角站"),  # a station after the railway
        ("政府在葵涌社區會堂開設臨時庇護中心。", "葵涌社區會堂"),  # a district's hall
        ("冷空氣為華北及東北帶來降溫。", "華北"),  # a region before a list's "及"
    ],
)
def test_estates_roads_tunnels_stations_halls(text: str, name: str) -> None:
    assert (name, "LOC") in _found(text)


def test_railway_and_station_are_two() -> None:
    found = _found("港鐵旺角站一度暫停開放。")
    assert ("港鐵", "ORG") in found and ("旺角站", "LOC") in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("一道低壓槽為沿岸帶來大雨。", "一道"),  # a measure word, no road
        ("據電視台報道，大雨持續到晚上。", "報道"),  # "道" closing a word
        ("當局將優先處理鄰近公共屋邨的斜坡。", "公共屋邨"),  # the kind of estate, no name
        ("工程師正檢查海底隧道的結構。", "海底隧道"),  # a kind of tunnel
        ("乘客在地鐵站內避雨。", "地鐵站"),  # a station with no name
        ("華南虎是瀕危動物。", "華南"),  # no word of extent after it: the tiger
        ("區內發展局面良好。", "發展局"),  # a listed bureau read across a word ("局面")
        ("州議會經歷了一場混亂的立法會議。", "立法會"),  # a legislative session ("會議")
    ],
)
def test_kind_words_alone_are_no_names(text: str, word: str) -> None:
    assert all(word not in name for name, _ in _found(text))


def test_a_division_under_its_parent_is_two_bodies() -> None:
    found = _found("土木工程拓展署轄下的土力工程處派員視察。")
    assert ("土木工程拓展署", "ORG") in found and ("土力工程處", "ORG") in found


def test_a_title_before_a_name_wins_over_a_town_across_it() -> None:
    # "議員林" holds 員林 (a Taiwanese town) across the title's end: the member's name wins
    found = _found("立法會議員林國華批評有關安排。")
    assert ("林國華", "PER") in found and ("立法會", "ORG") in found
    assert all(etype != "LOC" for _, etype in found)


def test_a_clause_after_a_body_is_no_office_of_it() -> None:
    found = _found("香港紅十字會則派出義工到社區中心派發物資。")
    assert ("香港紅十字會", "ORG") in found


def test_a_hill_then_a_landslide() -> None:
    assert ("秀茂坪", "LOC") in _found("秀茂坪山泥傾瀉，居民撤離。")
    assert ("慈雲山", "LOC") in _found("慈雲山山泥傾瀉，居民撤離。")


def test_article_short_names() -> None:
    # the article passes read the simplified fold of the whole article
    text = (
        "香港天文台发出红色暴雨警告。\n\n天文台表示，雨势会持续。\n\n"
        + "利兴建筑工程有限公司承建。利兴一名发言人称会跟进。"
    )
    found = [(m.text, m.type) for m in repeated_names(text, extract_entities_from_text(text, "zh"))]
    assert found.count(("天文台", "ORG")) == 1 and ("香港天文台", "ORG") in found
    assert ("利兴", "ORG") in found


def test_a_firm_head_needs_a_firms_voice() -> None:
    text = "利兴建筑工程有限公司承建。利兴街的居民不满。"
    found = [(m.text, m.type) for m in repeated_names(text, extract_entities_from_text(text, "zh"))]
    assert ("利兴", "ORG") not in found


def test_repeated_names_needs_the_full_name() -> None:
    # no "香港天文台" in the article: a bare observatory stays unnamed
    assert repeated_names("天文台表示，雨勢會持續。", []) == []


def test_no_trigger_no_change() -> None:
    assert hong_kong_places("今天天气很好。", []) == []


def _station(text: str, name: str) -> list[Mention]:
    start = text.index(name)
    return [Mention(start, start + len(name), name, "LOC", model="rules:zh", confidence=0.6)]


def test_a_station_by_its_side_repeated_alone() -> None:
    text = "在宁波南站候车的旅客说，“以前从南站打车到市区很方便。”"
    found = [(m.text, m.type) for m in repeated_names(text, _station(text, "宁波南站"))]
    assert found == [("宁波南站", "LOC"), ("南站", "LOC")]


def test_a_station_side_before_another_word_is_no_station() -> None:
    # "站台" (platform) opens with the station's "站"
    text = "在宁波南站候车的旅客说，南站台上挤满了人。"
    assert [m.text for m in repeated_names(text, _station(text, "宁波南站"))] == ["宁波南站"]
