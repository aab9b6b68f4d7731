"""English club and charity news: events dropped, community venues and the streets after
them places, a named person's lone given name the person, a county after "from" a place
(ner/english_clubs.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_clubs import english_clubs
from storywire.stages.ner.titles import is_title_word


def test_a_championship_is_an_event_not_a_name() -> None:
    text = "She won at the Scottish Championships, run by Chess Scotland."
    found = [mention(text, "Scottish Championships", "LOC"), mention(text, "Chess Scotland", "ORG")]
    assert spans(english_clubs(text, found, "en")) == [("Chess Scotland", "ORG")]


def test_a_community_venue_where_a_club_meets_is_a_place() -> None:
    text = "The bridge club meets at the Rosehill Arts Centre; the Rosehill Arts Centre said it was pleased."
    found = [mention(text, "Rosehill Arts Centre", "ORG"), mention(text, "Rosehill Arts Centre", "ORG", 1)]
    assert spans(english_clubs(text, found, "en")) == [
        ("Rosehill Arts Centre", "LOC"),
        ("Rosehill Arts Centre", "ORG"),
    ]


def test_a_name_after_a_named_venue_and_on_is_its_street() -> None:
    text = "Volunteers gather at the Corn Exchange on Fenkle. A report by Oxfam on Tesco followed."
    found = [
        mention(text, "Corn Exchange", "LOC"),
        mention(text, "Fenkle", "ORG"),
        mention(text, "Oxfam", "ORG"),
        mention(text, "Tesco", "ORG"),
    ]
    assert spans(english_clubs(text, found, "en")) == [
        ("Corn Exchange", "LOC"),
        ("Fenkle", "LOC"),
        ("Oxfam", "ORG"),
        ("Tesco", "ORG"),
    ]


def test_a_lone_given_name_of_a_named_person_is_the_person() -> None:
    text = "Tobiah Garside, 11, won the title. Tobiah's coach was proud. Christian Holt is a Christian."
    found = [
        mention(text, "Tobiah Garside", "PER"),
        mention(text, "Tobiah", "MISC", 1),
        mention(text, "Christian Holt", "PER"),
        mention(text, "Christian", "MISC", 1),
    ]
    assert spans(english_clubs(text, found, "en")) == [
        ("Tobiah Garside", "PER"),
        ("Tobiah", "PER"),
        ("Christian Holt", "PER"),
        ("Christian", "MISC"),
    ]


def test_a_county_after_from_is_a_place_a_person_is_not() -> None:
    text = "She drew with a player from Essex and lost to a boy from Sophie's school, coached by Jones."
    found = [mention(text, "Essex", "PER"), mention(text, "Jones", "PER")]
    assert spans(english_clubs(text, found, "en")) == [("Essex", "LOC"), ("Jones", "PER")]


def test_a_councillors_abbreviation_is_a_title() -> None:
    assert is_title_word("cllr", "en")


def test_other_languages_are_left() -> None:
    text = "die Deutschen Meisterschaften"
    assert english_clubs(text, [mention(text, "Deutschen Meisterschaften", "ORG")], "de")[0].type == "ORG"


def test_councillor_in_full_is_a_title_like_its_abbreviation() -> None:
    assert is_title_word("councillor", "en")
    assert not is_title_word("council", "en")


def test_a_town_teams_nickname_alone_is_the_team() -> None:
    text = "Arbroath Falcons won. The Falcons' coach was pleased, and the Falcons fly home; the Falcon's nest is empty."
    found = [mention(text, "Arbroath Falcons", "ORG")]
    assert spans(english_clubs(text, found, "en")) == [
        ("Arbroath Falcons", "ORG"),
        ("Falcons", "ORG"),
        ("Falcons", "ORG"),
    ]


def test_an_events_plural_after_a_town_is_no_team() -> None:
    text = "Flights for the Sapporo Olympics sold out; the Olympics open in May."
    found = [mention(text, "Sapporo Olympics", "ORG")]
    assert spans(english_clubs(text, found, "en")) == [("Sapporo Olympics", "ORG")]
