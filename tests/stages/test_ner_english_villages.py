"""English villages by their place cues and a firm's acting short name (ner/english_villages.py).
Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_villages import english_villages


def test_a_town_near_which_a_site_lies_is_a_place_wherever_repeated() -> None:
    text = "SEDGEHILL — A quarry near Sedgehill was shut. Sedgehill has one pub, said Tom Hale."
    found = [
        mention(text, "SEDGEHILL", "ORG"),
        mention(text, "Sedgehill", "PER"),
        mention(text, "Sedgehill", "PER", 1),
        mention(text, "Tom Hale", "PER"),
    ]
    assert spans(english_villages(text, found, "en")) == [
        ("SEDGEHILL", "LOC"),
        ("Sedgehill", "LOC"),
        ("Sedgehill", "LOC"),
        ("Tom Hale", "PER"),
    ]


def test_a_councillors_ward_and_the_edge_of_a_town_are_places() -> None:
    text = "Ms Lee, who represents Esh on the parish council, lives on the edge of Tow Law."
    found = [mention(text, "Esh", "PER"), mention(text, "Tow Law", "PER")]
    assert spans(english_villages(text, found, "en")) == [("Esh", "LOC"), ("Tow Law", "LOC")]


def test_a_surname_of_a_named_person_or_a_lawyer_representing_a_client_stays_a_person() -> None:
    text = "Anna Sedgehill spoke. The firm near Sedgehill's office grew. Mr Kay represents Hale in court."
    found = [
        mention(text, "Anna Sedgehill", "PER"),
        mention(text, "Sedgehill", "PER", 1),
        mention(text, "Hale", "PER"),
    ]
    assert spans(english_villages(text, found, "en")) == [
        ("Anna Sedgehill", "PER"),
        ("Sedgehill", "PER"),
        ("Hale", "PER"),
    ]


def test_people_in_a_village_is_the_village() -> None:
    text = "People in Low Ash were angry."
    found = [mention(text, "People in Low Ash", "MISC")]
    assert spans(english_villages(text, found, "en")) == [("Low Ash", "LOC")]


def test_a_firms_short_name_that_is_a_town_is_the_firm_where_it_acts() -> None:
    text = "Ashford Waste Ltd was fined. Ashford, which runs the tip, paid. Lorries left Ashford at dawn."
    found = [
        mention(text, "Ashford Waste Ltd", "ORG"),
        mention(text, "Ashford", "LOC", 1),
        mention(text, "Ashford", "LOC", 2),
    ]
    assert spans(english_villages(text, found, "en")) == [
        ("Ashford Waste Ltd", "ORG"),
        ("Ashford", "ORG"),
        ("Ashford", "LOC"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "Ein Lager near Sedgehill."
    found = [mention(text, "Sedgehill", "PER")]
    assert spans(english_villages(text, found, "de")) == [("Sedgehill", "PER")]


def test_a_town_on_the_edge_of_which_a_site_lies_is_a_place_even_typed_a_body() -> None:
    text = "Two nests were found on the edge of Tenbury and near Tesco in the same week."
    found = [mention(text, "Tenbury", "ORG"), mention(text, "Tesco", "ORG")]
    assert spans(english_villages(text, found, "en")) == [("Tenbury", "LOC"), ("Tesco", "ORG")]


def test_one_word_with_a_gaelic_head_after_a_locative_is_a_village() -> None:
    text = "The ferry runs from Glenarrow twice a day, and hikers start at Strathmoran."
    assert spans(english_villages(text, [], "en")) == [("Glenarrow", "LOC"), ("Strathmoran", "LOC")]


def test_a_gaelic_head_without_a_locative_or_a_persons_surname_is_left() -> None:
    # "Glendower" is the surname of the person named in full; "Abernethy" has no locative before it
    text = "Owen Glendower spoke. A letter from Glendower came. Abernethy won the vote."
    found = [mention(text, "Owen Glendower", "PER")]
    assert spans(english_villages(text, found, "en")) == [("Owen Glendower", "PER")]
