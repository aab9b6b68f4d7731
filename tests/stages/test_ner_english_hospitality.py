"""English tourism news: hotels, inns and lodges as places, producers, airlines and channels as
firms, people after hospitality roles, councils of two places, a town before "firm", regions."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_hospitality import english_hospitality


def test_a_hotel_an_inn_or_a_lodge_is_one_place_without_the_or_its_town() -> None:
    text = "Guests at The Carrow Hotel moved to the Millbrook Inn in Ludlow and to Brackenfold Lodge."
    found = [
        mention(text, "The Carrow Hotel", "ORG"),
        mention(text, "Millbrook Inn in Ludlow", "ORG"),
        mention(text, "Brackenfold Lodge", "PER"),
    ]
    assert spans(english_hospitality(text, found, "en")) == [
        ("Carrow Hotel", "LOC"),
        ("Millbrook Inn", "LOC"),
        ("Ludlow", "LOC"),
        ("Brackenfold Lodge", "LOC"),
    ]


def test_a_person_whose_given_name_opens_the_span_stays_a_person() -> None:
    text = "The novelist David Lodge spoke at the festival."
    found = [mention(text, "David Lodge", "PER")]
    assert spans(english_hospitality(text, found, "en")) == [("David Lodge", "PER")]


def test_producers_airlines_and_channels_are_firms() -> None:
    text = "Ale from Greyfriars Brewery, wine from Oakmere Vineyard, flights on Tamar Air and the Lantern TV show."
    found = [mention(text, "Greyfriars Brewery", "PER"), mention(text, "Oakmere Vineyard", "LOC")]
    found.append(mention(text, "Tamar Air", "LOC"))
    assert spans(english_hospitality(text, found, "en")) == [
        ("Greyfriars Brewery", "ORG"),
        ("Oakmere Vineyard", "ORG"),
        ("Tamar Air", "ORG"),
        ("Lantern TV", "ORG"),
    ]


def test_a_name_after_a_lower_case_restaurant_is_the_place_a_speaker_is_not() -> None:
    text = "She opened a second restaurant, Driftwood. Outside the hotel, Jones, 52, said it was fine."
    found = [mention(text, "Driftwood", "PER"), mention(text, "Jones", "PER")]
    assert spans(english_hospitality(text, found, "en")) == [("Driftwood", "LOC"), ("Jones", "PER")]


def test_roles_council_town_before_firm_and_regions() -> None:
    text = (
        "Chef Ama Boateng and sommelier Rhys Talbot wrote to Brighton and Hove City Council; "
        "a Leeds firm sells across East Anglia."
    )
    found = [
        mention(text, "Chef Ama Boateng", "ORG"),
        mention(text, "Rhys Talbot", "ORG"),
        mention(text, "Brighton", "LOC"),
        mention(text, "Hove City Council", "ORG"),
        mention(text, "Leeds", "ORG"),
    ]
    assert spans(english_hospitality(text, found, "en")) == [
        ("Ama Boateng", "PER"),
        ("Rhys Talbot", "PER"),
        ("Brighton and Hove City Council", "ORG"),
        ("Leeds", "LOC"),
        ("East Anglia", "LOC"),
    ]
    assert english_hospitality(text, found, "de") == found


def test_a_town_named_like_a_common_word_is_a_place_only_with_a_cue() -> None:
    text = "READING — Reading's mayor met Fiona Reading. Reading the report, fans travelled to Reading."
    # "Reading the report" typed a person stays one: a person of the article bears the name
    found = [mention(text, "Fiona Reading", "PER"), mention(text, "Reading", "PER", 2)]
    assert spans(english_hospitality(text, found, "en")) == [
        ("READING", "LOC"),
        ("Reading", "LOC"),
        ("Fiona Reading", "PER"),
        ("Reading", "PER"),
        ("Reading", "LOC"),
    ]


def test_a_campsite_or_caravan_park_is_one_place_its_owner_a_body() -> None:
    text = "Pitches at Hollin Bank Scout Campsite and Greystones Caravan Park, owned by Lakeland Leisure, reopen."
    found = [
        mention(text, "Hollin Bank", "LOC"),
        mention(text, "Greystones", "PER"),
        mention(text, "Lakeland Leisure", "ORG"),
    ]
    assert spans(english_hospitality(text, found, "en")) == [
        ("Hollin Bank Scout Campsite", "LOC"),
        ("Greystones Caravan Park", "LOC"),
        ("Lakeland Leisure", "ORG"),
    ]


def test_a_lower_case_campsite_gives_no_span() -> None:
    text = "The Hollin Bank campsite reopens; Greystones said so."
    found = [mention(text, "Hollin Bank", "LOC"), mention(text, "Greystones", "PER")]
    assert spans(english_hospitality(text, found, "en")) == [("Hollin Bank", "LOC"), ("Greystones", "PER")]
