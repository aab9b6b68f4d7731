"""English scouting news: the movement's sections are no names, a numbered group keeps its
ordinal, a member's section before a given name is her role (ner/english_scouts.py). Sentences
written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_scouts import english_scouts


def test_sections_of_the_movement_are_no_names() -> None:
    text = "Forty Beavers and Brownies joined the Scout Association's day at Ambleside."
    found = [
        mention(text, "Beavers", "ORG"),
        mention(text, "Brownies", "ORG"),
        mention(text, "Scout Association", "ORG"),
        mention(text, "Ambleside", "LOC"),
    ]
    assert spans(english_scouts(text, found, "en")) == [("Scout Association", "ORG"), ("Ambleside", "LOC")]


def test_sections_stay_where_the_article_names_no_body_of_the_movement() -> None:
    text = "The Cubs beat the Brewers 4-2 at Wrigley Field."
    found = [mention(text, "Cubs", "ORG"), mention(text, "Brewers", "ORG"), mention(text, "Wrigley Field", "LOC")]
    assert english_scouts(text, found, "en") == found


def test_a_numbered_group_keeps_its_ordinal() -> None:
    text = "The 3rd Keswick Scout Group and the 21st Bootle Brownies camped with their Scout leader."
    found = [mention(text, "Keswick Scout Group", "ORG"), mention(text, "Bootle", "LOC")]
    assert spans(english_scouts(text, found, "en")) == [
        ("3rd Keswick Scout Group", "ORG"),
        ("21st Bootle Brownies", "ORG"),
    ]


def test_a_members_section_before_a_given_name_is_a_role() -> None:
    text = "Ten-year-old Cub Oliver said the Scout camp was great; Guide Dogs Trust came too."
    found = [mention(text, "Cub Oliver", "ORG"), mention(text, "Guide Dogs Trust", "ORG")]
    assert spans(english_scouts(text, found, "en")) == [("Oliver", "PER"), ("Guide Dogs Trust", "ORG")]
