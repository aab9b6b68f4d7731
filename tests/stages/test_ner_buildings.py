"""Buildings and landforms are places in whole articles (ner/buildings.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.buildings import buildings_as_places, waters_after_heads


def test_a_building_typed_org_is_a_place() -> None:
    text = "Reunión en el Palacio de Viana, luego en Pałacu Namiestnikowskim y en el Rathaus."
    found = [
        mention(text, "Palacio de Viana", "ORG"),
        mention(text, "Pałacu Namiestnikowskim", "ORG"),
        mention(text, "Rathaus", "ORG"),  # no building's head the list knows: left
    ]
    assert spans(buildings_as_places(text, found, "es")) == [
        ("Palacio de Viana", "LOC"),
        ("Pałacu Namiestnikowskim", "LOC"),
        ("Rathaus", "ORG"),
    ]


def test_a_french_lower_case_head_joins_its_place_and_a_german_palace_is_found() -> None:
    text = "Au pied du mont Ventoux, puis au palais Bourbon."
    found = [mention(text, "Ventoux", "LOC"), mention(text, "Bourbon", "LOC")]
    assert spans(buildings_as_places(text, found, "fr")) == [("mont Ventoux", "LOC"), ("palais Bourbon", "LOC")]
    text = "Der Landtag tagt im Neuen Schloss und im Elbschloss."
    assert spans(buildings_as_places(text, [], "de")) == [("Elbschloss", "LOC")]


def test_landforms_named_with_their_kind_are_places() -> None:
    text = "Rain over Ashby Pike, Mount Hood and Kielder Valley; John Hill and Jane Lake said."
    found = [
        mention(text, "Ashby Pike", "ORG"),
        mention(text, "Mount Hood", "ORG"),
        mention(text, "Kielder Valley", "PER"),
        mention(text, "John Hill", "PER"),
        mention(text, "Jane Lake", "PER"),
    ]
    assert [t for _, t in spans(buildings_as_places(text, found, "en"))] == ["LOC", "LOC", "LOC", "PER", "PER"]
    text = "Die Bahn auf die Alpspitze fuhr, die Spitze der Partei tagte."
    assert spans(buildings_as_places(text, [], "de")) == [("Alpspitze", "LOC")]


def test_a_capitalised_word_after_a_lower_case_water_word_is_a_place() -> None:
    text = "Crece el río Tormes y el lago Sanabria; Juan Río habló. Біля річки Тиса."
    found = [mention(text, "Sanabria", "PER"), mention(text, "Juan Río", "PER")]
    assert spans(waters_after_heads(text, found)) == [
        ("Tormes", "LOC"),
        ("Sanabria", "LOC"),
        ("Juan Río", "PER"),
        ("Тиса", "LOC"),
    ]
