"""English news of gardens, parks and greenways: a friends' group, a "'s Way", a glasshouse, a
botanic garden as a place and as a body, the national heritage bodies and the Royal Botanic
Gardens, Kew (ner/english_gardens.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_gardens import english_gardens


def test_a_friends_group_is_one_body() -> None:
    text = "The Friends of Roundhay Park objected to the fee."
    found = [mention(text, "Roundhay Park", "LOC")]
    assert spans(english_gardens(text, found, "en")) == [("Friends of Roundhay Park", "ORG")]


def test_a_greenways_s_way_is_its_name_a_lower_case_way_is_not() -> None:
    text = "The garden links to Peddar's Way, the greenway; it is Tom's way of saying thanks."
    found = [mention(text, "Peddar", "LOC"), mention(text, "Tom", "PER")]
    assert spans(english_gardens(text, found, "en")) == [("Peddar's Way", "LOC"), ("Tom", "PER")]


def test_a_glasshouse_is_a_place_a_publisher_is_not() -> None:
    text = "The Temperate House reopens, says Penguin Random House."
    found = [mention(text, "Temperate House", "ORG"), mention(text, "Penguin Random House", "ORG")]
    assert spans(english_gardens(text, found, "en")) == [
        ("Temperate House", "LOC"),
        ("Penguin Random House", "ORG"),
    ]


def test_a_botanic_garden_is_a_place_and_a_body_where_it_acts() -> None:
    text = (
        "Ferns grow at Kirkby Botanic Garden. Kirkby Botanic Garden will lend them to the Kirkby Botanic Garden Trust."
    )
    found = [mention(text, "Kirkby Botanic Garden", "PER"), mention(text, "Kirkby Botanic Garden Trust", "ORG")]
    assert spans(english_gardens(text, found, "en")) == [
        ("Kirkby Botanic Garden", "LOC"),
        ("Kirkby Botanic Garden", "ORG"),
        ("Kirkby Botanic Garden Trust", "ORG"),
    ]


def test_a_heritage_body_is_a_body_new_england_is_not() -> None:
    text = "Natural England gave a grant, as did donors in New England."
    found = [mention(text, "Natural England", "LOC"), mention(text, "New England", "LOC")]
    assert spans(english_gardens(text, found, "en")) == [("Natural England", "ORG"), ("New England", "LOC")]


def test_kew_is_one_body_with_its_comma_and_its_short_name() -> None:
    text = "Seeds came from the Royal Botanic Gardens, Kew, and Kew's staff will study them near Kew Gardens station."
    found = [mention(text, "Royal Botanic Gardens", "ORG"), mention(text, "Kew", "PER")]
    assert spans(english_gardens(text, found, "en")) == [("Royal Botanic Gardens, Kew", "ORG"), ("Kew", "ORG")]
