"""Historical states and empires with their kind word (ner/historical_states.py). Sentences
written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.historical_states import historical_states


def test_a_state_named_with_its_kind_word_is_one_place() -> None:
    text = "La città passò dall'Impero bizantino alla Repubblica di Genova."
    found = [mention(text, "Repubblica", "ORG"), mention(text, "Genova", "LOC")]
    assert spans(historical_states(text, found, "it")) == [
        ("Impero bizantino", "LOC"),
        ("Repubblica di Genova", "LOC"),
    ]
    text = "Землі належали Литовському князівству, потім Османській імперії."
    assert spans(historical_states(text, [], "uk")) == [
        ("Литовському князівству", "LOC"),
        ("Османській імперії", "LOC"),
    ]
    text = "Trade grew under the Ottoman Empire and the Kingdom of Naples."
    assert spans(historical_states(text, [mention(text, "Naples", "LOC")], "en")) == [
        ("Ottoman Empire", "LOC"),
        ("Kingdom of Naples", "LOC"),
    ]


def test_a_newspapers_article_gives_way_but_a_longer_name_stays() -> None:
    text = "La Repubblica di Venezia governava. Il Regno di Napoli Football Club vinse."
    found = [mention(text, "La Repubblica", "ORG"), mention(text, "Regno di Napoli Football Club", "ORG")]
    assert spans(historical_states(text, found, "it")) == [
        ("Repubblica di Venezia", "LOC"),
        ("Regno di Napoli Football Club", "ORG"),
    ]


def test_no_kind_word_no_state_and_no_rule_for_other_scripts() -> None:
    assert historical_states("Die Stadt wuchs im Mittelalter.", [], "de") == []
    assert historical_states("罗马帝国", [], "zh") == []


def test_an_italian_crown_after_its_article_is_a_state_and_a_surname_is_not() -> None:
    text = "Il porto passò alla Corona di Castiglia. Lo scalatore Mauro Corona di Erto."
    found = [mention(text, "Corona", "PER"), mention(text, "Mauro Corona", "PER")]
    assert spans(historical_states(text, found, "it")) == [("Corona di Castiglia", "LOC"), ("Mauro Corona", "PER")]
