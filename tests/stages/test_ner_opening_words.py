"""A common word opening a headline or a sentence is no name when the article writes it in lower
case elsewhere (ner/opening_words.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.opening_words import without_opening_common_words


def test_a_headlines_common_word_written_in_lower_case_below_is_no_name() -> None:
    text = (
        "Incendies : le village évacué\n\nLes incendies ont repris hier. Collision près de Tours. "
        "La collision a fait un mort."
    )
    found = [mention(text, "Incendies", "LOC"), mention(text, "Collision", "ORG"), mention(text, "Tours", "LOC")]
    assert spans(without_opening_common_words(text, found, "fr")) == [("Tours", "LOC")]


def test_a_name_a_known_place_and_a_word_capitalised_inside_a_sentence_stay() -> None:
    # "Airbus" is capitalised inside a sentence too; "Tours" is a known place; "Ventes" never
    # stands in lower case
    text = "Airbus a annoncé un plan. Les airbus et Airbus. Tours a voté ; les tours penchent. Ventes du jour."
    found = [mention(text, "Airbus", "ORG"), mention(text, "Tours", "LOC"), mention(text, "Ventes", "MISC")]
    assert without_opening_common_words(text, found, "fr") == found
    # German capitalises every noun
    text = "Häuser beschädigt. Die Häuser sind alt, die häuser nicht."
    found = [mention(text, "Häuser", "LOC")]
    assert without_opening_common_words(text, found, "de") == found
