"""The place gazetteer per language: countries, cities and their news forms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storywire.stages.ner.gazetteer import PhraseMatcher, place_names


def test_countries_and_capitals_in_each_script() -> None:
    assert place_names("de")["Russland"] == "LOC"
    assert "Пекін" in place_names("uk")
    assert "Pékin" in place_names("fr")


def test_german_genitives_of_major_places() -> None:
    places = place_names("de")
    for genitive in ("Russlands", "Moskaus", "Europas", "Chinas"):
        assert places.get(genitive) == "LOC", genitive


def test_genitives_only_for_major_places_and_only_in_german() -> None:
    assert "Hans" not in place_names("de")  # not a genitive of some small "Han"
    assert "Russlands" not in place_names("en")


def test_major_places_are_countries_capitals_and_big_cities() -> None:
    from storywire.stages.ner.gazetteer import major_place_names

    major = major_place_names("de")
    assert {"China", "Moskau", "Moskaus", "Russland"} <= major
    assert major <= set(place_names("de"))


_PHRASES = {"New York": "LOC", "New York City": "LOC", "New": "ORG", "Rio de Janeiro": "LOC", "de": "MISC"}


@given(st.lists(st.sampled_from(["New", "York", "City", "Rio", "de", "Janeiro", "x"]), max_size=12), st.data())
def test_phrase_matcher_equals_trying_every_length(words: list[str], data: st.DataObject) -> None:
    # The first-word index only skips lengths at which no phrase can start.
    matcher = PhraseMatcher(_PHRASES)
    index = {tuple(p.split()): t for p, t in _PHRASES.items()}
    i = data.draw(st.integers(0, len(words)))
    expected = next(
        (
            (i + n, index[tuple(words[i : i + n])])
            for n in range(3, 0, -1)
            if tuple(words[i : i + n]) in index and i + n <= len(words)
        ),
        None,
    )
    assert matcher.match(words, i) == expected


def test_arabic_city_names_that_are_common_words_are_not_places() -> None:
    places = place_names("ar")
    # "the new", "the news", "the city", "the world", and foreign towns spelling a word
    # ("بن" Bonn is "son of", "كورونا" Corona, California)
    for word in ("الجديدة", "الجديد", "الخبر", "المدينة", "العالم", "بن", "كورونا", "كيل"):
        assert word not in places, word
    for name in ("القاهرة", "الرياض", "حمص", "إدلب", "سوهاج", "المنيا", "الدوحة", "تونس", "مسقط"):
        assert name in places, name


def test_smaller_arab_towns_by_their_own_arabic_names() -> None:
    places = place_names("ar")
    # Tipasa, Boumerdès, Safaga: under 100,000 people, named in Arabic by their own country's news
    assert {"تيبازة", "بومرداس", "سفاجا"} <= places.keys()
    assert "الفحص" not in places  # a town's name that is first a word ("the examination")


def test_the_world_is_no_place_in_any_language() -> None:
    assert "World" not in place_names("en") and "Welt" not in place_names("de") and "Monde" not in place_names("fr")


def test_chinese_place_names_in_simplified_characters_and_without_a_suffix() -> None:
    places = place_names("zh")
    # geonames holds "紐約", "基輔", "华盛顿特区": news in mainland China writes these
    for name in ("纽约", "紐約", "基辅", "华盛顿", "北京", "香港"):
        assert name in places, name
    # city names that are first common words: "democracy", "union", "victory", "freedom"
    for word in ("民主", "联合", "胜利", "自由"):
        assert word not in places, word


@pytest.mark.parametrize(
    ("language", "region"),
    [("de", "Brandenburg"), ("de", "Nordrhein-Westfalen"), ("es", "Comunidad Valenciana"), ("it", "Lombardia"),
     ("fr", "Centre-Val de Loire")],
)  # fmt: skip
def test_first_level_regions_are_places(language: str, region: str) -> None:
    # geonames lists cities only: a country's own regions are added for its language
    assert place_names(language).get(region) == "LOC"


def test_country_names_with_a_typographic_apostrophe_and_migration_islands() -> None:
    from storywire.stages.ner.gazetteer import major_place_names, place_names

    assert "Costa d'Avorio" in place_names("it") and "Costa d’Avorio" in place_names("it")
    assert "Lampedusa" in major_place_names("it") and "Lampedusa" not in place_names("zh")


def test_wine_districts_and_basque_provinces_are_places_but_no_wine() -> None:
    from storywire.stages.ner.missed_places import known_places

    assert {"Langhe", "Alta Langa", "Monferrato"} <= known_places("it")
    assert {"Rioja Alavesa", "Álava", "Gipuzkoa"} <= known_places("es")
    assert "Chianti" not in known_places("it") and "Barolo" not in set(place_names("it"))


def test_a_region_by_its_valencian_name() -> None:
    assert "Comunitat Valenciana" in place_names("es")


def test_phrase_matcher_reads_a_name_with_an_elided_article_inside_as_the_overlay_cuts_it() -> None:
    matcher = PhraseMatcher({"Agence de l'eau Loire-Bretagne": "ORG"})
    assert matcher.match(["Agence", "de", "eau", "Loire-Bretagne", "a"], 0) == (4, "ORG")
    assert matcher.match(["Agence", "de", "l'eau", "Loire-Bretagne"], 0) == (4, "ORG")
