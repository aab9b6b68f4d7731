"""English local news: shops named by their owner's possessive, clergymen's titles, a town's
possessive before its street, parish councils named with a list of villages, streams, newspapers
and dales."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_local import english_local


def test_a_shop_named_by_its_owners_possessive_is_one_firm() -> None:
    text = "She bought bread at Pickering's Bakery, as at St Mary's Church nobody sells any."
    found = [
        mention(text, "Pickering", "PER"),
        mention(text, "Bakery", "ORG"),
        mention(text, "St Mary's Church", "LOC"),
    ]
    assert spans(english_local(text, found, "en")) == [("Pickering's Bakery", "ORG"), ("St Mary's Church", "LOC")]


def test_a_clergymans_title_stays_out_of_the_person() -> None:
    text = "The Rev Anna Price and Canon Tom Hale led the service with Revenue Scotland."
    found = [
        mention(text, "Rev Anna Price", "ORG"),
        mention(text, "Canon Tom Hale", "PER"),
        mention(text, "Revenue Scotland", "ORG"),
    ]
    assert spans(english_local(text, found, "en")) == [
        ("Anna Price", "PER"),
        ("Tom Hale", "PER"),
        ("Revenue Scotland", "ORG"),
    ]


def test_a_towns_possessive_before_its_street_is_two_places() -> None:
    text = "The cafe on Thirsk's Market Place and in Leeds's Kirkgate Market stays open."
    found = [mention(text, "Thirsk's Market Place", "LOC"), mention(text, "Leeds's Kirkgate Market", "LOC")]
    assert spans(english_local(text, found, "en")) == [
        ("Thirsk", "LOC"),
        ("Market Place", "LOC"),
        ("Leeds's Kirkgate Market", "LOC"),
    ]


def test_a_parish_council_named_with_a_list_of_villages_is_one_body() -> None:
    text = "He sat on Ash, Ewhurst and Shere Parish Council. Tom, Ewhurst and Shere Parish Council met."
    found = [
        mention(text, "Ash", "LOC"),
        mention(text, "Ewhurst and Shere Parish Council", "ORG"),
    ]
    assert spans(english_local(text, found, "en")) == [("Ash, Ewhurst and Shere Parish Council", "ORG")]


def test_a_stream_after_the_is_a_place_a_band_is_not() -> None:
    text = "When the Cover Beck flooded, the Jeff Beck Group played on."
    found = [mention(text, "Cover", "PER")]
    assert spans(english_local(text, found, "en")) == [("Cover Beck", "LOC")]


def test_a_newspaper_typed_a_place_is_a_body_with_its_article() -> None:
    text = "He told The Yorkshire Post, then The Old Post Office reopened."
    found = [mention(text, "The Yorkshire Post", "LOC"), mention(text, "The Old Post Office", "LOC")]
    assert spans(english_local(text, found, "en")) == [
        ("The Yorkshire Post", "ORG"),
        ("The Old Post Office", "LOC"),
    ]


def test_a_dale_alone_is_a_place_unless_a_person_bears_it() -> None:
    text = "Claire Teesdale drove up Wharfedale. Teesdale said so."
    found = [
        mention(text, "Claire Teesdale", "PER"),
        mention(text, "Wharfedale", "PER"),
        mention(text, "Teesdale", "PER", 1),
    ]
    assert spans(english_local(text, found, "en")) == [
        ("Claire Teesdale", "PER"),
        ("Wharfedale", "LOC"),
        ("Teesdale", "PER"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "The Rev Anna Price spoke."
    found = [mention(text, "Rev Anna Price", "ORG")]
    assert spans(english_local(text, found, "de")) == [("Rev Anna Price", "ORG")]


def test_the_seat_after_mp_for_is_a_place() -> None:
    text = "Tom Ashby, the Conservative MP for Keighley and Ilkley, spoke. The charity for Carers spoke too."
    found = [mention(text, "Tom Ashby", "PER"), mention(text, "Keighley and Ilkley", "ORG")]
    assert spans(english_local(text, found, "en")) == [("Tom Ashby", "PER"), ("Keighley and Ilkley", "LOC")]


def test_a_seat_typed_a_person_after_mp_for_is_a_place() -> None:
    text = "She wrote to the MP for Wakefield Rural about it. Jo Ward for Labour said no."
    found = [mention(text, "Wakefield Rural", "PER"), mention(text, "Jo Ward", "PER")]
    assert spans(english_local(text, found, "en")) == [("Wakefield Rural", "LOC"), ("Jo Ward", "PER")]


def test_a_name_between_commas_after_a_role_is_a_person() -> None:
    text = "Its founder, Anil Desai, said the mill would stay open."
    found = [mention(text, "Anil Desai", "ORG")]
    assert spans(english_local(text, found, "en")) == [("Anil Desai", "PER")]


def test_a_body_after_a_role_without_a_closing_comma_is_left_alone() -> None:
    text = "She is the founder of Oak Lane Trust and director, Hill Farm Dairies Ltd."
    found = [mention(text, "Oak Lane Trust", "ORG"), mention(text, "Hill Farm Dairies Ltd", "ORG")]
    assert spans(english_local(text, found, "en")) == [("Oak Lane Trust", "ORG"), ("Hill Farm Dairies Ltd", "ORG")]


def test_a_lake_by_its_ending_typed_a_person_is_a_place_and_so_where_the_headline_names_it() -> None:
    text = "Swimmers return to Coniswater\nThey swam beside Coniswater on Sunday with Ann Bridgewater."
    found = [mention(text, "Coniswater", "PER", 1), mention(text, "Ann Bridgewater", "PER")]
    assert spans(english_local(text, found, "en")) == [
        ("Coniswater", "LOC"),
        ("Coniswater", "LOC"),
        ("Ann Bridgewater", "PER"),
    ]


def test_a_lake_ending_typed_a_body_or_a_persons_surname_is_left() -> None:
    text = "Bridgewater bought the mill. Mark Tidewater spoke, and Tidewater left."
    found = [
        mention(text, "Bridgewater", "ORG"),
        mention(text, "Mark Tidewater", "PER"),
        mention(text, "Tidewater", "PER", 1),
    ]
    assert spans(english_local(text, found, "en")) == [
        ("Bridgewater", "ORG"),
        ("Mark Tidewater", "PER"),
        ("Tidewater", "PER"),
    ]


def test_a_stream_with_its_kind_word_typed_a_person_is_a_place_in_news_of_water() -> None:
    text = "The lane closed when Thorndale Beck burst its banks, said Jeff Beck's neighbour Anna Brook."
    found = [
        mention(text, "Thorndale Beck", "PER"),
        mention(text, "Jeff Beck", "PER"),
        mention(text, "Anna Brook", "PER"),
    ]
    assert spans(english_local(text, found, "en")) == [
        ("Thorndale Beck", "LOC"),
        ("Jeff Beck", "PER"),
        ("Anna Brook", "PER"),
    ]


def test_a_stream_shape_without_any_word_of_water_is_left() -> None:
    text = "Professor Ulfried Beck wrote the report."
    found = [mention(text, "Ulfried Beck", "PER")]
    assert spans(english_local(text, found, "en")) == [("Ulfried Beck", "PER")]


def test_a_hill_walked_or_climbed_up_is_a_place() -> None:
    text = "The pupils raised money with a walk up Blencathra and climbed up Skiddaw."
    found = [mention(text, "Blencathra", "ORG")]
    assert spans(english_local(text, found, "en")) == [("Blencathra", "LOC"), ("Skiddaw", "LOC")]


def test_a_capitalised_run_after_up_or_a_phrasal_verb_is_left() -> None:
    # "walked up Market Street": a street, found by other passes; "set up Acme" no climb
    text = "She walked up Market Street after they set up Acme."
    found = [mention(text, "Acme", "ORG")]
    assert spans(english_local(text, found, "en")) == [("Acme", "ORG")]
