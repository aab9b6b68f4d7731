"""Polish places declined in a case the tagger missed (ner/polish_places.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.polish_places import declined_places


def test_a_declined_city_inside_a_sentence_is_a_place() -> None:
    text = "Fala minęła już Ostrawę i zbliża się do granicy."
    assert spans(declined_places(text, [], "pl")) == [("Ostrawę", "LOC")]


def test_a_sentences_opening_a_taken_word_a_given_name_or_another_language_is_left() -> None:
    text = "Ostrawę zalała woda, a rozmawiał z Karolem."
    assert declined_places(text, [], "pl") == []
    text = "Fala minęła już Ostrawę."
    taken = [mention(text, "Ostrawę", "ORG")]
    assert spans(declined_places(text, taken, "pl")) == [("Ostrawę", "ORG")]
    assert declined_places(text, [], "cs") == []
