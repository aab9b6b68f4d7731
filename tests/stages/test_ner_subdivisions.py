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


def test_a_nation_or_state_typed_per_is_a_place_unless_a_name_and_a_body_named_by_it() -> None:
    text = "Scotland voted; Victoria spoke; Anna Ontario came, and later Ontario. Historic Records Scotland paid."
    found = [
        mention(text, "Scotland", "PER"),
        mention(text, "Victoria", "PER"),
        mention(text, "Anna Ontario", "PER"),
        mention(text, "Ontario", "PER", 1),
        mention(text, "Historic Records Scotland", "PER"),
    ]
    assert spans(subdivisions_as_places(found, "en")) == [
        ("Scotland", "LOC"),
        ("Victoria", "PER"),  # a given name
        ("Anna Ontario", "PER"),
        ("Ontario", "PER"),  # the surname of a person in the article
        ("Historic Records Scotland", "ORG"),
    ]
