"""Subdivisions typed ORG are places (ner/subdivisions.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.subdivisions import subdivision_names, subdivisions_as_places


def test_a_county_or_province_typed_org_is_a_place_and_a_person_stays() -> None:
    text = "Floods across Northumberland and Ontario; Kent said."
    found = [mention(text, "Northumberland", "ORG"), mention(text, "Ontario", "LOC"), mention(text, "Kent", "PER")]
    assert spans(subdivisions_as_places(found)) == [("Northumberland", "LOC"), ("Ontario", "LOC"), ("Kent", "PER")]


def test_listed_bodies_are_no_subdivisions() -> None:
    assert "Mazowieckie" in subdivision_names()
    assert "Juventus" not in subdivision_names()


def test_a_club_typed_by_its_context_stays_the_club() -> None:
    text = "El Betis empató con el Sevilla."
    club = mention(text, "Sevilla", "ORG")
    club.model = "city-club"
    assert spans(subdivisions_as_places([club])) == [("Sevilla", "ORG")]
