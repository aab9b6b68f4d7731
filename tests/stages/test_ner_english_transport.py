"""English city transport news: stations with their kind words, a union's regional branch
and the towns a route runs to (ner/english_transport.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_transport import english_transport


def test_a_bus_station_keeps_its_kind_words() -> None:
    text = "Extra staff were sent to Preston bus station on Tuesday."
    found = [mention(text, "Preston", "LOC")]
    assert spans(english_transport(text, found, "en")) == [("Preston bus station", "LOC")]


def test_a_unions_regional_branch_is_one_body_a_bare_region_is_not() -> None:
    text = "The strike was called by GMB North West, while drivers in North West towns waited."
    found = [mention(text, "GMB North", "PER"), mention(text, "West", "LOC")]
    found.append(mention(text, "North West", "LOC", 1))
    assert spans(english_transport(text, found, "en")) == [("GMB North West", "ORG"), ("North West", "LOC")]


def test_the_towns_a_route_runs_to_are_places_a_hospital_stays_a_body() -> None:
    text = "Buses to Otley, Ilkley and Skipton were cut, and trains to Airedale General Hospital ran."
    found = [
        mention(text, "Otley", "ORG"),
        mention(text, "Ilkley", "ORG"),
        mention(text, "Skipton", "ORG"),
        mention(text, "Airedale General Hospital", "ORG"),
    ]
    assert spans(english_transport(text, found, "en")) == [
        ("Otley", "LOC"),
        ("Ilkley", "LOC"),
        ("Skipton", "LOC"),
        ("Airedale General Hospital", "ORG"),
    ]


def test_a_firm_after_to_without_a_route_word_stays_a_body() -> None:
    text = "The council sold its depot to Moorside Holdings."
    found = [mention(text, "Moorside Holdings", "ORG")]
    assert spans(english_transport(text, found, "en")) == [("Moorside Holdings", "ORG")]


def test_a_gmb_region_named_by_two_regions_is_one_branch() -> None:
    text = "An organiser for GMB Wales and South West said members at Swansea would strike."
    found = [mention(text, "GMB Wales", "ORG"), mention(text, "South West", "LOC"), mention(text, "Swansea", "LOC")]
    assert spans(english_transport(text, found, "en")) == [
        ("GMB Wales and South West", "ORG"),
        ("Swansea", "LOC"),
    ]


def test_a_vehicle_test_named_by_its_acronym_is_no_body() -> None:
    text = "The van failed its MOT at a garage run by Arnold Motors."
    found = [mention(text, "MOT", "ORG"), mention(text, "Arnold Motors", "ORG")]
    assert spans(english_transport(text, found, "en")) == [("Arnold Motors", "ORG")]
