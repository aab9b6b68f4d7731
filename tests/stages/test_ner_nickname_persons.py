"""German and English people with a quoted nickname or a maiden name."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.nickname_persons import nickname_persons


def test_a_german_nickname_stays_in_the_persons_span() -> None:
    text = "Sein Vorgänger Hans „Bulle“ Berger trat ab."
    assert spans(nickname_persons(text, [], "de")) == [("Hans „Bulle“ Berger", "PER")]


def test_an_english_nickname_joins_two_tagged_halves() -> None:
    text = 'The pilot Tom "Ace" Miller retired.'
    found = [mention(text, "Tom", "PER"), mention(text, "Miller", "PER")]
    assert spans(nickname_persons(text, found, "en")) == [('Tom "Ace" Miller', "PER")]


def test_a_quoted_word_between_other_words_is_no_nickname() -> None:
    text = 'Die Partei „Zukunft“ Berlin tritt an. The Union "Now" Campaign began.'
    assert spans(nickname_persons(text, [], "de")) == []


def test_a_maiden_name_is_a_person_of_its_own() -> None:
    text = "She married Peter Wynn and his wife Ann Wynn (née Hart) survives him; Eva Koch, geb. Lange."
    found = [mention(text, "Ann Wynn", "PER")]
    assert spans(nickname_persons(text, found, "en")) == [("Ann Wynn", "PER"), ("Hart", "PER"), ("Lange", "PER")]
