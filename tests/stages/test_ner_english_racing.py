"""English cycling and motorsport news: sponsored teams, a sponsor's "X Homes", passes and
forests, upland ranges, national park authorities, hotel chains before a noun, and a rider's
given name alone."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_racing import english_racing


def test_a_team_under_its_sponsors_name_is_one_body() -> None:
    text = "Jo Price won for Harlow Windows Racing ahead of Velo Freight Pro Cycling."
    found = [mention(text, "Jo Price", "PER"), mention(text, "Harlow Windows", "PER")]
    assert spans(english_racing(text, found, "en")) == [
        ("Jo Price", "PER"),
        ("Harlow Windows Racing", "ORG"),
        ("Velo Freight Pro Cycling", "ORG"),
    ]


def test_lower_case_racing_is_no_team() -> None:
    text = "He loves horse racing and road cycling."
    assert spans(english_racing(text, [], "en")) == []


def test_a_housebuilder_is_a_body_but_care_homes_are_none() -> None:
    text = "Tarnbeck Homes paid for it; Care Homes in the town were shut."
    found = [mention(text, "Tarnbeck Homes", "PER")]
    assert spans(english_racing(text, found, "en")) == [("Tarnbeck Homes", "ORG")]


def test_a_pass_or_a_forest_is_a_place_and_a_runaway_span_across_as_is_split() -> None:
    text = "Rider wins on Hardknott Pass as Tarnbeck Homes renews; then Grizedale Forest."
    found = [mention(text, "Hardknott Pass as Tarnbeck Homes", "ORG"), mention(text, "Grizedale Forest", "ORG")]
    assert spans(english_racing(text, found, "en")) == [
        ("Hardknott Pass", "LOC"),
        ("Tarnbeck Homes", "ORG"),
        ("Grizedale Forest", "LOC"),
    ]


def test_a_football_club_or_a_common_pass_is_no_place() -> None:
    text = "Nottingham Forest bought a Bus Pass."
    found = [mention(text, "Nottingham Forest", "ORG")]
    assert spans(english_racing(text, found, "en")) == [("Nottingham Forest", "ORG")]


def test_a_range_is_a_place_and_a_park_authority_one_body() -> None:
    text = "The route crosses the Cheviots. The Peak District National Park Authority agreed."
    found = [mention(text, "Cheviots", "ORG"), mention(text, "Peak District", "LOC")]
    assert spans(english_racing(text, found, "en")) == [
        ("Cheviots", "LOC"),
        ("Peak District National Park Authority", "ORG"),
    ]


def test_a_hotel_chain_before_a_noun_is_the_chain() -> None:
    text = "They slept in a Premier Inn car park."
    assert spans(english_racing(text, [], "en")) == [("Premier Inn", "ORG")]


def test_a_given_name_alone_after_the_full_name_is_the_person() -> None:
    text = "Jack Hollins led. Now I ride for Jack. Kendal won."
    found = [mention(text, "Jack Hollins", "PER"), mention(text, "Jack", "ORG", 1), mention(text, "Kendal", "ORG")]
    assert spans(english_racing(text, found, "en")) == [
        ("Jack Hollins", "PER"),
        ("Jack", "PER"),
        ("Kendal", "ORG"),
    ]


def test_a_teams_span_leaves_the_opening_words_out() -> None:
    text = "On Sunday Harlow Windows Racing won. The Racing Team lost."
    assert spans(english_racing(text, [], "en")) == [("Harlow Windows Racing", "ORG")]
