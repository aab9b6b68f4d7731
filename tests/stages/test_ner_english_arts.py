"""English bodies without a sentence's "The", unions after their noun, towns before "-based"
dropped and streets after a venue's "on"."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_arts import english_arts


def test_a_sentence_the_before_a_theatre_is_dropped() -> None:
    text = "The Bridgewater Civic Theatre has closed. The Northern Echo said so."
    found = [mention(text, "The Bridgewater Civic Theatre", "ORG"), mention(text, "The Northern Echo", "ORG")]
    assert spans(english_arts(text, found, "en")) == [
        ("Bridgewater Civic Theatre", "ORG"),
        ("The Northern Echo", "ORG"),
    ]


def test_a_union_after_its_noun_is_a_body() -> None:
    text = "The nurses' union Unison said it would ballot, and the union on Monday walked out."
    assert spans(english_arts(text, [], "en")) == [("Unison", "ORG")]


def test_a_town_before_based_is_dropped() -> None:
    text = "The Leeds-based charity met officials in Leeds."
    found = [mention(text, "Leeds", "ORG"), mention(text, "Leeds", "LOC", 1)]
    assert spans(english_arts(text, found, "en")) == [("Leeds", "LOC")]


def test_a_name_after_a_venue_and_on_is_a_street() -> None:
    text = "The theatre on Stramongate reopened, and a report on Unilever followed."
    found = [mention(text, "Stramongate", "ORG"), mention(text, "Unilever", "ORG")]
    assert spans(english_arts(text, found, "en")) == [("Stramongate", "LOC"), ("Unilever", "ORG")]


def test_other_languages_are_left() -> None:
    assert english_arts("union Unite", [], "de") == []


def test_a_game_after_its_kind_is_a_work_not_a_body() -> None:
    text = "The studio launched its online shooter Ironvale; the puzzle game Scotland won was new."
    found = [mention(text, "Ironvale", "ORG"), mention(text, "Scotland", "LOC")]
    assert spans(english_arts(text, found, "en")) == [("Scotland", "LOC")]


def test_a_town_before_based_read_as_a_person_is_no_mention() -> None:
    text = "A Kington-based packer, run by Kington Jones, said so."
    found = [mention(text, "Kington", "PER"), mention(text, "Kington Jones", "PER")]
    assert spans(english_arts(text, found, "en")) == [("Kington Jones", "PER")]


def test_a_named_scheme_after_the_is_no_body() -> None:
    text = "It asked ministers to widen the Clean Growth Booster scheme to smaller plants."
    found = [mention(text, "Clean Growth Booster", "ORG")]
    assert english_arts(text, found, "en") == []


def test_a_body_or_an_acronym_before_its_scheme_stays() -> None:
    text = "She joined the Arts Council England programme and the NHS Health Check scheme."
    found = [mention(text, "Arts Council England", "ORG"), mention(text, "NHS Health Check", "ORG")]
    assert spans(english_arts(text, found, "en")) == [("Arts Council England", "ORG"), ("NHS Health Check", "ORG")]
