"""English retail and consumer news: a store chain's possessive name, one of its stores by its
street, hospitals, newspapers, a town after an age, a family doctor and Trading Standards."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_retail import english_retail


def test_a_chains_possessive_name_keeps_its_s_and_a_store_by_its_street_is_a_place() -> None:
    text = (
        "The supermarket chain Holt's Foodstores apologised. Holt's said the pies were safe. "
        "She shopped at Holt's Station Road, and Mary's cat was fine."
    )
    found = [
        mention(text, "Holt", "LOC"),
        mention(text, "Holt", "PER", 1),
        mention(text, "Station Road", "LOC"),
        mention(text, "Mary", "PER"),
    ]
    assert spans(english_retail(text, found, "en")) == [
        ("Holt's Foodstores", "ORG"),
        ("Holt's", "ORG"),
        ("Holt's Station Road", "LOC"),
        ("Mary", "PER"),
    ]


def test_a_chain_after_its_kind_word() -> None:
    text = "The discount chain Penny's recalled the toys. Penny's will refund them."
    found = [mention(text, "Penny", "PER", 1)]
    assert spans(english_retail(text, found, "en")) == [("Penny's", "ORG"), ("Penny's", "ORG")]


def test_a_dry_cleaners_named_by_its_owner_is_a_firm() -> None:
    text = "She kept the shop, Hollins's Dry Cleaners, on Mill Street."
    found = [mention(text, "Hollins", "PER"), mention(text, "Mill Street", "LOC")]
    assert spans(english_retail(text, found, "en")) == [("Hollins's Dry Cleaners", "ORG"), ("Mill Street", "LOC")]


def test_an_owner_without_a_trade_word_stays_the_person() -> None:
    text = "Mrs Hollins's cleaners were closed."
    found = [mention(text, "Hollins", "PER")]
    assert spans(english_retail(text, found, "en")) == [("Hollins", "PER")]


def test_a_hospital_newspaper_and_town_after_an_age() -> None:
    text = (
        "Jane Roe, 64, from Ilkley, spent a night at Leeds General Infirmary, she told the "
        "Lancashire Evening Post. The Leeds Hospital Road was closed."
    )
    found = [
        mention(text, "Jane Roe", "PER"),
        mention(text, "Ilkley", "ORG"),
        mention(text, "Leeds General Infirmary", "LOC"),
        mention(text, "Lancashire Evening Post", "MISC"),
        mention(text, "Leeds Hospital Road", "LOC"),
    ]
    assert spans(english_retail(text, found, "en")) == [
        ("Jane Roe", "PER"),
        ("Ilkley", "LOC"),
        ("Leeds General Infirmary", "ORG"),
        ("Lancashire Evening Post", "ORG"),
        ("Leeds Hospital Road", "LOC"),
    ]


def test_a_family_doctor_is_no_body_and_trading_standards_is_one() -> None:
    text = "Call your GP or the GP Federation, and write to Trading Standards at the council."
    found = [mention(text, "GP", "ORG"), mention(text, "GP Federation", "ORG")]
    assert spans(english_retail(text, found, "en")) == [("GP Federation", "ORG"), ("Trading Standards", "ORG")]


def test_other_languages_are_left_alone() -> None:
    text = "Ihr GP"
    found = [mention(text, "GP", "ORG")]
    assert spans(english_retail(text, found, "de")) == [("GP", "ORG")]


def test_a_hospital_split_by_the_model_is_one_body() -> None:
    text = "When Harrogate District Hospital called, he went. Leeds Infirmary agreed."
    found = [mention(text, "Harrogate", "LOC"), mention(text, "Leeds", "LOC"), mention(text, "Infirmary", "PER")]
    assert spans(english_retail(text, found, "en")) == [
        ("Harrogate District Hospital", "ORG"),
        ("Leeds Infirmary", "ORG"),
    ]


def test_trading_standards_keeps_its_county_but_not_a_common_word() -> None:
    text = "Suffolk Trading Standards warned buyers. Contact Trading Standards today."
    found = [mention(text, "Suffolk Trading Standards", "MISC")]
    assert spans(english_retail(text, found, "en")) == [
        ("Suffolk Trading Standards", "ORG"),
        ("Trading Standards", "ORG"),
    ]


def test_a_house_named_as_a_care_home_is_a_body_and_its_first_word_alone_too() -> None:
    text = (
        "Ashcombe House, a 30-bed home near the park, was rated poor. The firm moved a nurse from its "
        "Brackley Lodge care home. Her aunt had lived at Ashcombe for years."
    )
    found = [
        mention(text, "Ashcombe House", "LOC"),
        mention(text, "Brackley Lodge", "PER"),
        mention(text, "Ashcombe", "LOC", 1),
    ]
    assert spans(english_retail(text, found, "en")) == [
        ("Ashcombe House", "ORG"),
        ("Brackley Lodge", "ORG"),
        ("Ashcombe", "ORG"),
    ]


def test_a_house_not_called_a_home_and_a_home_page_are_left() -> None:
    text = "They met at Ashcombe House in May. The Brackley Hall home page was down. She went home."
    found = [mention(text, "Ashcombe House", "LOC"), mention(text, "Brackley Hall", "LOC")]
    assert spans(english_retail(text, found, "en")) == [("Ashcombe House", "LOC"), ("Brackley Hall", "LOC")]


def test_a_care_homes_first_word_that_is_a_town_stays_the_town() -> None:
    text = "Leeds House, a care home, was praised. Residents were taken to Leeds."
    found = [mention(text, "Leeds House", "ORG"), mention(text, "Leeds", "LOC", 1)]
    assert spans(english_retail(text, found, "en")) == [("Leeds House", "ORG"), ("Leeds", "LOC")]


def test_an_areas_healthwatch_or_citizens_advice_is_one_body() -> None:
    text = "Healthwatch Wakefield said it had heard from Citizens Advice Rotherham, not from Healthwatchers."
    found = [mention(text, "Healthwatch Wakefield", "PER"), mention(text, "Rotherham", "LOC")]
    assert spans(english_retail(text, found, "en")) == [
        ("Healthwatch Wakefield", "ORG"),
        ("Citizens Advice Rotherham", "ORG"),
    ]
