"""English customs, port and freight news: a unit of its parent, a terminal or estate, a
company of two fields, a body after a job title and taxes' acronyms
(ner/english_customs.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_customs import english_customs


def test_a_unit_of_its_parent_is_two_bodies() -> None:
    text = "Officers from the Dover Drugs Team of Border Force searched it."
    found = [mention(text, "Dover Drugs Team of Border Force", "ORG")]
    assert spans(english_customs(text, found, "en")) == [("Dover Drugs Team", "ORG"), ("Border Force", "ORG")]


def test_a_body_of_a_field_is_not_split() -> None:
    text = "The Department of Health said so."
    found = [mention(text, "Department of Health", "ORG")]
    assert spans(english_customs(text, found, "en")) == [("Department of Health", "ORG")]


def test_a_terminal_and_an_estate_are_places() -> None:
    text = "It was unloaded at Seaforth Terminal and taken to the Kingsway Industrial Estate."
    found = [mention(text, "Seaforth Terminal", "ORG"), mention(text, "Kingsway Industrial Estate", "ORG")]
    assert spans(english_customs(text, found, "en")) == [
        ("Seaforth Terminal", "LOC"),
        ("Kingsway Industrial Estate", "LOC"),
    ]


def test_a_company_of_two_fields_is_one_body() -> None:
    text = "The Mersey Docks and Harbour Company, which runs the port, agreed."
    found = [mention(text, "Mersey Docks", "PER")]
    assert spans(english_customs(text, found, "en")) == [("Mersey Docks and Harbour Company", "ORG")]


def test_a_lone_kind_word_after_and_is_no_company() -> None:
    text = "Fish and Chips Company"
    assert spans(english_customs(text, [], "en")) == [("Fish and Chips Company", "ORG")]
    text = "He came and Board met."
    assert spans(english_customs(text, [], "en")) == []


def test_an_office_after_a_job_title_is_not_taken_when_it_is_no_service() -> None:
    text = "Ann Cole, deputy director of the Serious Fraud Office, said it was wrong."
    found = [mention(text, "Ann Cole", "PER")]
    assert spans(english_customs(text, found, "en")) == [("Ann Cole", "PER")]


def test_a_service_after_of_the_is_a_body_but_not_a_common_phrase() -> None:
    text = "Ann Cole, head of the Insolvency Service, spoke of the service."
    found = [mention(text, "Ann Cole", "PER")]
    assert spans(english_customs(text, found, "en")) == [("Ann Cole", "PER"), ("Insolvency Service", "ORG")]


def test_a_tax_acronym_is_no_body() -> None:
    text = "The duty and VAT at stake were paid by Acme."
    found = [mention(text, "VAT", "ORG"), mention(text, "Acme", "ORG")]
    assert spans(english_customs(text, found, "en")) == [("Acme", "ORG")]


def test_other_languages_are_left_alone() -> None:
    text = "VAT"
    found = [mention(text, "VAT", "ORG")]
    assert spans(english_customs(text, found, "de")) == [("VAT", "ORG")]
