"""An English firm's short name typed a person where its full name stands in the article."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_firms import english_firms


def test_a_firms_short_name_is_the_firm() -> None:
    text = "Harbour Print Services Ltd lost the deal. Harbour Print said it would appeal."
    found = [mention(text, "Harbour Print Services Ltd", "ORG"), mention(text, "Harbour Print", "PER", 1)]
    assert spans(english_firms(text, found, "en")) == [("Harbour Print Services Ltd", "ORG"), ("Harbour Print", "ORG")]


def test_a_one_word_short_name_of_a_group_is_the_firm() -> None:
    text = "The work went to Eastgate Freight Group. Eastgate said it would hire."
    found = [mention(text, "Eastgate Freight Group", "ORG"), mention(text, "Eastgate", "PER", 1)]
    assert spans(english_firms(text, found, "en")) == [("Eastgate Freight Group", "ORG"), ("Eastgate", "ORG")]


def test_a_founders_surname_stays_the_person() -> None:
    text = "Karen Holt runs Holt Packaging Ltd. Holt said staff were shocked."
    found = [
        mention(text, "Karen Holt", "PER"),
        mention(text, "Holt Packaging Ltd", "ORG"),
        mention(text, "Holt", "PER", 2),
    ]
    assert spans(english_firms(text, found, "en"))[-1] == ("Holt", "PER")


def test_a_name_without_a_full_firm_name_is_left_alone() -> None:
    text = "Eastgate Freight lost the deal. Eastgate said it would appeal."
    found = [mention(text, "Eastgate Freight", "ORG"), mention(text, "Eastgate", "PER", 1)]
    assert spans(english_firms(text, found, "en"))[-1] == ("Eastgate", "PER")
