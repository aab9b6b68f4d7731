"""The sky's objects are no names (ner/french_sky.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.french_sky import without_sky_objects


def test_the_galaxy_and_constellations_are_dropped_but_a_town_is_kept() -> None:
    text = "Depuis Aurillac, on voit la Voie lactée et la Grande Ourse."
    found = [
        mention(text, "Aurillac", "LOC"),
        mention(text, "Voie lactée", "LOC"),
        mention(text, "Grande Ourse", "LOC"),
    ]
    assert spans(without_sky_objects(text, found, "fr")) == [("Aurillac", "LOC")]
    assert without_sky_objects(text, found, "de") == found
