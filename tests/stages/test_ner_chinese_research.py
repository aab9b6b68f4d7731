"""Chinese universities named by a region or a hyphenated foreign name, universities' short
names, places inside a quoted craft's name, space and survey centres, climate zones, and the
titles of departments, courts and police before a name.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.evaluation.news_ner import pipeline_mentions
from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.chinese_research import (
    craft_names,
    foreign_universities,
    regional_universities,
    university_short_names,
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


def _m(text: str, name: str, etype: str = "ORG") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, etype, model="rules:zh", confidence=0.6)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他本科毕业于华南理工大学，后赴美深造。", "华南理工大学"),
        ("西南交通大学的研究团队发布了新型轨道材料。", "西南交通大学"),
        ("研究由东北师范大学与当地中学合作完成。", "东北师范大学"),
        ("中南财经政法大学教授周强表示，案件具有代表性。", "中南财经政法大学"),
    ],
)
def test_regional_university_is_one_body(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_regional_university_takes_its_department() -> None:
    text = "华东师范大学心理学院教授王丽介绍了实验结果。"
    assert ("华东师范大学心理学院", "ORG") in _found(text)


def test_region_inside_another_phrase_is_no_university() -> None:
    text = "该市打造西北工业大学城。"
    assert regional_universities("这是中国西北工业基地。", []) == []
    assert not any(m.text.startswith("西北") for m in regional_universities(text, []))


def test_foreign_hyphenated_university() -> None:
    text = "学院与伊朗阿米尔-卡比尔理工大学签署了合作协议。"
    found = _found(text)
    assert ("阿米尔-卡比尔理工大学", "ORG") in found or ("伊朗阿米尔-卡比尔理工大学", "ORG") in found


def test_country_named_again_in_the_university_stays_a_place() -> None:
    text = "团队将与吉尔吉斯斯坦尤苏普-巴拉萨金吉尔吉斯国立大学共享数据。"
    found = _found(text)
    assert ("吉尔吉斯斯坦", "LOC") in found
    assert ("尤苏普-巴拉萨金吉尔吉斯国立大学", "ORG") in found
    # a country before a body that does not name it again is part of its name
    assert ("中国外交部", "ORG") in _found("中国外交部发言人当天表示。")


def test_hyphenated_person_is_no_university() -> None:
    text = "法国作家让-保罗说，他不会去学校。"
    assert foreign_universities(text, []) == []


def test_university_short_name_spread_over_article() -> None:
    text = "哈工大团队获奖\n\n哈尔滨工业大学机器人研究所的团队昨天获得一等奖。"
    full = _m(text, "哈尔滨工业大学")
    out = university_short_names(text, [full])
    assert any(m.text == "哈工大" and m.type == "ORG" for m in out)


def test_short_name_needs_the_full_name() -> None:
    text = "西工大团队获奖\n\n浙江大学的团队昨天获得一等奖。"
    assert [m.text for m in university_short_names(text, [_m(text, "浙江大学")])] == ["浙江大学"]


def test_short_name_is_not_a_word_with_big() -> None:
    text = "北京师范大学的研究显示，北方大部地区降温。"
    out = university_short_names(text, [_m(text, "北京师范大学")])
    assert [m.text for m in out] == ["北京师范大学"]
    text = "中国科学技术大学的团队来自中国大陆各地。"
    out = university_short_names(text, [_m(text, "中国科学技术大学")])
    assert [m.text for m in out] == ["中国科学技术大学"]


def test_four_character_short_name() -> None:
    text = "上海交大团队发布成果\n\n上海交通大学的团队昨天发布了成果。"
    out = university_short_names(text, [_m(text, "上海交通大学")])
    assert any(m.text == "上海交大" for m in out)


def test_short_name_in_pipeline() -> None:
    text = "北师大发布新版教材\n\n北京师范大学出版社昨天发布了新版教材。"
    assert ("北师大", "ORG") in [(m.text, m.type) for m in pipeline_mentions(text, "zh")]


def test_place_inside_quoted_craft_is_dropped() -> None:
    text = "“泰山二号”卫星由济南的团队研制。"
    found = _found(text)
    assert ("泰山", "LOC") not in found
    assert ("济南", "LOC") in found


def test_craft_filter_keeps_places_outside_quotes() -> None:
    text = "“华山一号”在西安完成测试。"
    places = [_m(text, "华山", "LOC"), _m(text, "西安", "LOC")]
    assert [m.text for m in craft_names(text, places)] == ["西安"]
    quoted = "他说“北京很好”。"
    assert craft_names(quoted, [_m(quoted, "北京", "LOC")]) != []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("卫星入轨后由喀什卫星测控中心跟踪。", "喀什卫星测控中心"),
        ("手机里的应用中心更新了。", None),  # no place before the kind: no body
        ("数据由中国遥感卫星地面站和湖北省遥感应用中心处理。", "湖北省遥感应用中心"),
    ],
)
def test_space_and_survey_centres(text: str, name: str | None) -> None:
    found = _found(text)
    if name is None:
        assert not any(t.endswith("中心") for t, _ in found)
    else:
        assert (name, "ORG") in found


def test_climate_zone_is_no_district() -> None:
    found = _found("专家研究非洲半干旱区和东亚季风区的降水。")
    assert ("非洲", "LOC") in found
    assert not any(t.endswith("干旱区") or t.endswith("季风区") for t, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("省交通运输厅副厅长赵国平在会上通报了情况。", "赵国平"),
        ("审判长孙立新宣读了判决书。", "孙立新"),
        ("市公安局刑警支队支队长韩磊介绍案情。", "韩磊"),
        ("派出所所长吴海涛说，嫌疑人已被控制。", "吴海涛"),
    ],
)
def test_titles_of_departments_courts_and_police(text: str, name: str) -> None:
    assert (name, "PER") in _found(text)


def test_title_before_no_name() -> None:
    assert not any(t == "PER" for _, t in _found("各地厅长级干部参加了培训。"))
