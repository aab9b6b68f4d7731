"""English pensions, insurance and consumer news: ombudsmen and regulators by their field, a
select committee of two fields, courts with their town, a plant named by its town and a town
used attributively (ner/english_pensions.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_pensions import english_pensions


def test_an_ombudsman_by_its_field_is_a_body_a_bare_one_is_none() -> None:
    text = "She went to the Financial Ombudsman Service. The Ombudsman said no."
    assert spans(english_pensions(text, [], "en")) == [("Financial Ombudsman Service", "ORG")]


def test_the_pensions_regulator_keeps_its_article_others_do_not() -> None:
    text = "The Pensions Regulator and the Payment Systems Regulator met. The Regulator spoke."
    found = [mention(text, "Pensions Regulator", "ORG")]
    assert spans(english_pensions(text, found, "en")) == [
        ("The Pensions Regulator", "ORG"),
        ("Payment Systems Regulator", "ORG"),
    ]


def test_a_committee_of_two_fields_is_one_body() -> None:
    text = "The Culture, Media and Sport Committee and the Health and Social Care Committee met."
    found = [mention(text, "Sport Committee", "ORG"), mention(text, "Social Care Committee", "ORG")]
    assert spans(english_pensions(text, found, "en")) == [
        ("Culture, Media and Sport Committee", "ORG"),
        ("Health and Social Care Committee", "ORG"),
    ]


def test_courts_with_their_town_are_one_body_an_unknown_town_is_left() -> None:
    text = "A claim in the Business and Property Courts in Manchester, not the Courts in Session."
    found = [mention(text, "Business and Property Courts", "ORG"), mention(text, "Manchester", "LOC")]
    assert spans(english_pensions(text, found, "en")) == [("Business and Property Courts in Manchester", "ORG")]


def test_a_plant_named_by_its_town_is_a_place_a_firm_before_a_plant_is_not() -> None:
    text = "It closed its Gateshead plant, while the Nissan plant stays open."
    found = [mention(text, "Gateshead", "ORG"), mention(text, "Nissan", "ORG")]
    assert spans(english_pensions(text, found, "en")) == [("Gateshead", "LOC"), ("Nissan", "ORG")]


def test_a_town_used_attributively_is_a_place() -> None:
    text = "It hired the Bristol accountancy firm and the Italian design firm."
    found = [mention(text, "Bristol", "MISC"), mention(text, "Italian", "MISC")]
    assert spans(english_pensions(text, found, "en")) == [("Bristol", "LOC"), ("Italian", "MISC")]
