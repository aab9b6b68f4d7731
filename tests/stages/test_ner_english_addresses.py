"""English crime news: an address split into its street and town, a town after a person's age,
rivers with "River", the Crown's bodies named with "HM"."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_addresses import english_addresses


def test_a_street_and_its_town_written_as_an_address_are_two_places() -> None:
    text = "Officers searched a house on Mill Farm Road, Harlow, on Friday."
    found = [mention(text, "Mill Farm Road, Harlow", "ORG")]
    assert spans(english_addresses(text, found, "en")) == [("Mill Farm Road", "LOC"), ("Harlow", "LOC")]


def test_a_body_and_its_town_are_left_alone() -> None:
    text = "The charge came from Acme Holdings, Harlow, on Friday."
    found = [mention(text, "Acme Holdings, Harlow", "ORG")]
    assert spans(english_addresses(text, found, "en")) == [("Acme Holdings, Harlow", "ORG")]


def test_the_town_after_a_persons_age_is_a_place() -> None:
    text = "Jane Doe, 34, of Tilbury, and a man from Acme Logistics were charged."
    found = [mention(text, "Jane Doe", "PER"), mention(text, "Tilbury", "ORG"), mention(text, "Acme Logistics", "ORG")]
    assert spans(english_addresses(text, found, "en")) == [
        ("Jane Doe", "PER"),
        ("Tilbury", "LOC"),
        ("Acme Logistics", "ORG"),  # no age before it: a body
    ]


def test_a_river_with_its_capitalised_kind_word_is_one_place_unless_a_body() -> None:
    text = "Barges moved up the River Severn; River Island opened a shop."
    found = [mention(text, "River Island", "ORG")]
    assert spans(english_addresses(text, found, "en")) == [("River Severn", "LOC"), ("River Island", "ORG")]


def test_a_crown_body_is_one_body_with_its_fields() -> None:
    text = "Officers from HM Revenue and Customs and HM Courts & Tribunals Service attended; HM is short."
    found = [mention(text, "HM Revenue", "ORG"), mention(text, "Customs", "ORG")]
    assert spans(english_addresses(text, found, "en")) == [
        ("HM Revenue and Customs", "ORG"),
        ("HM Courts & Tribunals Service", "ORG"),
    ]


def test_a_town_after_an_age_typed_a_person_is_a_place_a_full_name_is_not() -> None:
    text = "Tom Hale, 19, of Corbin, and Ann Lee, 20, of Mark Stone Ltd were held."
    found = [mention(text, "Tom Hale", "PER"), mention(text, "Corbin", "PER"), mention(text, "Ann Lee", "PER")]
    found.append(mention(text, "Mark Stone", "PER"))
    assert spans(english_addresses(text, found, "en")) == [
        ("Tom Hale", "PER"),
        ("Corbin", "LOC"),
        ("Ann Lee", "PER"),
        ("Mark Stone", "PER"),
    ]


def test_a_river_holding_a_firms_short_name_is_a_place_a_tagged_body_blocks_it() -> None:
    text = "Calder Mills Ltd runs a works beside the River Calder; River Island opened a shop."
    short = mention(text, "Calder", "ORG", 1)
    short.model = "legal-form"
    found = [mention(text, "Calder Mills Ltd", "ORG"), short, mention(text, "River Island", "ORG")]
    assert spans(english_addresses(text, found, "en")) == [
        ("Calder Mills Ltd", "ORG"),
        ("River Calder", "LOC"),
        ("River Island", "ORG"),
    ]
