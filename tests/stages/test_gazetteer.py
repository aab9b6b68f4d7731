"""The place gazetteer per language: countries, cities and their news forms."""

from __future__ import annotations

from storywire.stages.ner.gazetteer import place_names


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
