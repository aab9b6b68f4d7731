"""English places named by their residents."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_places import places_by_residents, towns_before_firms


def test_residents_of_a_town_make_it_a_place() -> None:
    text = "Residents of Hexham were told to leave; a Corbridge resident said so."
    found = [mention(text, "Hexham", "ORG"), mention(text, "Corbridge", "PER")]
    assert spans(places_by_residents(text, found, "en")) == [("Hexham", "LOC"), ("Corbridge", "LOC")]


def test_a_longer_name_or_another_cue_is_left_alone() -> None:
    text = "Residents of Hexham Abbey Trust met Unilever staff."
    found = [mention(text, "Hexham Abbey Trust", "ORG"), mention(text, "Unilever", "ORG")]
    assert spans(places_by_residents(text, found, "en")) == [("Hexham Abbey Trust", "ORG"), ("Unilever", "ORG")]


def test_a_town_before_the_kind_of_firm_it_is_home_to_is_a_place() -> None:
    text = "Swansea studio wins award. A Swansea games studio and the Leeds firm; a Ford company car."
    found = [mention(text, "Swansea", "ORG", 1), mention(text, "Leeds", "ORG")]
    assert spans(towns_before_firms(text, found, "en")) == [
        ("Swansea", "LOC"),
        ("Swansea", "LOC"),
        ("Leeds", "LOC"),
    ]


def test_a_town_before_a_garage_a_dealer_or_a_salon_is_a_place() -> None:
    text = "A Darlington garage sold the car; a Wigan salon and the Bolton dealership closed."
    found = [mention(text, "Wigan", "ORG")]
    assert spans(towns_before_firms(text, found, "en")) == [
        ("Darlington", "LOC"),
        ("Wigan", "LOC"),
        ("Bolton", "LOC"),
    ]
