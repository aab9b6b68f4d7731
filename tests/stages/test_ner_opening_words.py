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


def test_an_english_plural_opening_a_sentence_is_no_name_where_its_singular_is_lower_case() -> None:
    text = "The last team left at noon. Teams from Leeds and Hull arrive next week."
    found = [mention(text, "Teams", "ORG"), mention(text, "Leeds", "LOC"), mention(text, "Hull", "LOC")]
    assert spans(without_opening_common_words(text, found, "en")) == [("Leeds", "LOC"), ("Hull", "LOC")]


def test_a_plural_opener_whose_singular_never_stands_lower_case_stays() -> None:
    # "Rivers" is a surname here: no "river" below; and only English plurals are read so
    text = "Rivers said the team was ready. The club agreed."
    found = [mention(text, "Rivers", "PER")]
    assert without_opening_common_words(text, found, "en") == found
    text = "Canes del puerto. El cane duerme."
    found = [mention(text, "Canes", "ORG")]
    assert without_opening_common_words(text, found, "es") == found
