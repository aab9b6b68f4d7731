"""English venues cut from their streets, palaces "of" a name, camps and crossings, seats
speaking, "Office of the" bodies."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_sites import english_sites


def test_a_venue_is_cut_from_the_street_it_stands_on() -> None:
    text = "Talks at the Grand Hotel on George Street began."
    found = [mention(text, "Grand Hotel on George Street", "LOC")]
    assert spans(english_sites(text, found, "en")) == [("Grand Hotel", "LOC"), ("George Street", "LOC")]


def test_a_palace_of_a_name_is_one_place() -> None:
    text = "A dinner at the Palace of Westminster."
    found = [mention(text, "Palace", "LOC"), mention(text, "Westminster", "ORG")]
    assert spans(english_sites(text, found, "en")) == [("Palace of Westminster", "LOC")]


def test_a_camp_or_a_crossing_gives_its_name_as_a_place() -> None:
    text = "Near the Horgos crossing and the Lipa transit centre, people waited. The Remain camp lost."
    found = [mention(text, "Horgos", "PER"), mention(text, "Lipa", "ORG"), mention(text, "Remain", "ORG")]
    assert spans(english_sites(text, found, "en")) == [("Horgos", "LOC"), ("Lipa", "LOC"), ("Remain", "ORG")]


def test_a_seat_speaking_is_a_body_and_a_seat_visited_a_place() -> None:
    text = "A Downing Street spokesperson said so. He arrived at Downing Street."
    found = [mention(text, "Downing Street", "LOC"), mention(text, "Downing Street", "LOC", 1)]
    assert spans(english_sites(text, found, "en")) == [("Downing Street", "ORG"), ("Downing Street", "LOC")]


def test_office_of_the_body_and_a_title_alone() -> None:
    text = "Dame Jane Hall of the Office of the Commissioner for Standards."
    found = [
        mention(text, "Dame", "ORG"),
        mention(text, "Jane Hall", "PER"),
        mention(text, "Commissioner for Standards", "ORG"),
    ]
    assert spans(english_sites(text, found, "en")) == [
        ("Jane Hall", "PER"),
        ("Office of the Commissioner for Standards", "ORG"),
    ]


def test_a_place_run_into_its_county_is_two_places_but_not_without_a_county() -> None:
    text = "The trust, based at Elmcote in Gloucestershire, met. A fair at Ashby in Bloom followed."
    found = [mention(text, "Elmcote in Gloucestershire", "LOC"), mention(text, "Ashby in Bloom", "LOC")]
    assert spans(english_sites(text, found, "en")) == [
        ("Elmcote", "LOC"),
        ("Gloucestershire", "LOC"),
        ("Ashby in Bloom", "LOC"),
    ]


def test_a_rare_word_before_spokesperson_is_the_body_but_not_an_adjective() -> None:
    text = "An Ofgem spokesperson said prices would fall. A French spokeswoman and a Labour spokesman disagreed."
    assert spans(english_sites(text, [], "en")) == [("Ofgem", "ORG")]
