"""Companies named like common words or towns, in business paragraphs (ner/business_names.py).
Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.business_names import MODEL, with_business_names


def test_an_ambiguous_company_in_business_news_is_the_company() -> None:
    text = "Shares of Apple rose 3% after the company reported record revenue."
    found = with_business_names(text, [mention(text, "Apple", "PER")], "en")
    assert spans(found) == [("Apple", "ORG")] and found[0].model == MODEL


def test_elsewhere_and_after_a_preposition_of_place_it_is_not() -> None:
    text = "Apple trees blossomed early this spring."
    assert with_business_names(text, [], "en") == []
    text = "Le groupe a ouvert un site à Orange, avec 200 salariés."
    assert spans(with_business_names(text, [mention(text, "Orange", "LOC")], "fr")) == [("Orange", "LOC")]


def test_a_declined_polish_retailer_is_found() -> None:
    text = "Sieć sklepów Biedronki zwiększyła przychody o 8 proc."
    assert spans(with_business_names(text, [], "pl")) == [("Biedronki", "ORG")]


def test_a_street_named_with_its_kind_word_keeps_a_companys_name() -> None:
    from storywire.stages.ner.business_names import with_business_names

    text = "Le azioni della banca salgono; il corteo arriva in piazza De Ferrari, dice l'azienda."
    found = [mention(text, "piazza De Ferrari", "LOC")]
    assert ("piazza De Ferrari", "LOC") in spans(with_business_names(text, found, "it"))
