"""English news of libraries, publishers and archives: a library after "at", a MISC town after
a preposition, a lone given name and a denomination's adjective (ner/english_libraries.py).
Sentences written for the tests."""

from __future__ import annotations

from dataclasses import replace

from ner_mentions import mention, spans

from storywire.stages.ner.english_libraries import english_libraries
from storywire.stages.ner.venues import LOCATED_HOUSE


def test_a_library_after_at_is_a_body() -> None:
    text = "The papers will be kept at Skipton Central Library from May."
    found = [replace(mention(text, "Skipton Central Library", "LOC"), model=LOCATED_HOUSE)]
    assert spans(english_libraries(text, found, "en")) == [("Skipton Central Library", "ORG")]


def test_a_misc_town_after_a_preposition_is_a_place() -> None:
    text = "Poet's letters move to Sheffield"
    found = [mention(text, "Sheffield", "MISC")]
    assert spans(english_libraries(text, found, "en")) == [("Sheffield", "LOC")]


def test_a_lone_given_name_of_a_named_person_is_the_person() -> None:
    text = "Peter Harbottle ran the shop. 'Peter never sold a book he disliked,' she said."
    found = [mention(text, "Peter Harbottle", "PER"), mention(text, "Peter", "MISC", 1)]
    assert spans(english_libraries(text, found, "en")) == [("Peter Harbottle", "PER"), ("Peter", "PER")]


def test_a_word_of_a_faith_stays_misc() -> None:
    text = "Christian Falk spoke. Christian charities agreed."
    found = [mention(text, "Christian Falk", "PER"), mention(text, "Christian", "MISC", 1)]
    assert spans(english_libraries(text, found, "en")) == [("Christian Falk", "PER"), ("Christian", "MISC")]


def test_a_denominations_adjective_before_a_noun_is_no_body() -> None:
    text = "The books sat in a Baptist schoolroom beside the Baptist Union offices."
    found = [mention(text, "Baptist", "ORG"), mention(text, "Baptist Union", "ORG")]
    assert spans(english_libraries(text, found, "en")) == [("Baptist Union", "ORG")]
