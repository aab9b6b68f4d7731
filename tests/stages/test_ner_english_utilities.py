"""English treatment works, rivers, river towns, listed villages, councils and firms' short
names."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_utilities import english_utilities


def test_a_treatment_works_is_one_place() -> None:
    text = "A pump failed at the Mogden Sewage Treatment Works overnight."
    found = [mention(text, "Mogden Sewage Treatment Works", "ORG")]
    assert spans(english_utilities(text, found, "en")) == [("Mogden Sewage Treatment Works", "LOC")]


def test_a_river_named_once_is_a_place_bare_and_a_real_river_after_the() -> None:
    text = "The River Wye rose and the lower Wye flooded before it met the Severn near Chepstow."
    found = [mention(text, "River Wye", "LOC"), mention(text, "Wye", "MISC", 1)]
    assert spans(english_utilities(text, found, "en")) == [
        ("River Wye", "LOC"),
        ("Wye", "LOC"),
        ("Severn", "LOC"),
    ]


def test_a_firm_after_the_river_word_is_not_a_river() -> None:
    text = "Fish died in the Thames, said the Severn Trent board."
    assert spans(english_utilities(text, [], "en")) == [("Thames", "LOC")]


def test_a_village_on_its_river_is_a_place() -> None:
    text = "Fish were found as far as Stoke upon Trent."
    found = [mention(text, "Stoke upon Trent", "ORG")]
    assert spans(english_utilities(text, found, "en")) == [("Stoke upon Trent", "LOC")]


def test_places_listed_after_a_place_are_places_but_not_a_person() -> None:
    text = "Samples were taken at Ashford, Great Chart and Kennington Bridge. In Paris, Anne Hidalgo and Tom Hart met."
    found = [
        mention(text, "Ashford", "LOC"),
        mention(text, "Great Chart", "ORG"),
        mention(text, "Kennington Bridge", "PER"),
        mention(text, "Paris", "LOC"),
        mention(text, "Anne Hidalgo", "PER"),
        mention(text, "Tom Hart", "PER"),
    ]
    assert spans(english_utilities(text, found, "en")) == [
        ("Ashford", "LOC"),
        ("Great Chart", "LOC"),
        ("Kennington Bridge", "LOC"),
        ("Paris", "LOC"),
        ("Anne Hidalgo", "PER"),
        ("Tom Hart", "PER"),
    ]


def test_a_council_cut_at_its_place_and_a_firms_short_name() -> None:
    text = "Wealden District Council fined Anglian Water Services Ltd, and Anglian Water's chief resigned."
    found = [
        mention(text, "Wealden", "LOC"),
        mention(text, "Anglian Water Services Ltd", "ORG"),
        mention(text, "Anglian Water", "PER", 1),
    ]
    assert spans(english_utilities(text, found, "en")) == [
        ("Wealden District Council", "ORG"),
        ("Anglian Water Services Ltd", "ORG"),
        ("Anglian Water", "ORG"),
    ]


def test_a_person_before_s_with_no_firm_of_that_name_stays_a_person() -> None:
    text = "Anne Hart's dog barked."
    found = [mention(text, "Anne Hart", "PER")]
    assert spans(english_utilities(text, found, "en")) == [("Anne Hart", "PER")]


def test_a_river_ending_a_longer_name_and_a_body_after_and_are_left() -> None:
    text = "The River Wye is low, said Friends of the Upper Wye, with a show in New York and Opera North."
    found = [mention(text, "River Wye", "LOC"), mention(text, "New York", "LOC"), mention(text, "Opera North", "ORG")]
    assert spans(english_utilities(text, found, "en")) == [
        ("River Wye", "LOC"),
        ("New York", "LOC"),
        ("Opera North", "ORG"),
    ]


def test_a_council_named_by_its_citys_style_is_one_body() -> None:
    text = "City of Bradford Council's planners and the Royal Borough of Kingston Council agreed."
    found = [mention(text, "Bradford", "LOC"), mention(text, "Kingston Council", "ORG")]
    assert spans(english_utilities(text, found, "en")) == [
        ("City of Bradford Council", "ORG"),
        ("Royal Borough of Kingston Council", "ORG"),
    ]


def test_places_listed_with_or_are_places_and_a_town_typed_a_person_too() -> None:
    text = "The cars were seen in York, Ripon or even Whitby that day."
    found = [mention(text, "York", "LOC"), mention(text, "Whitby", "PER")]
    assert spans(english_utilities(text, found, "en")) == [("York", "LOC"), ("Ripon", "LOC"), ("Whitby", "LOC")]


def test_a_listed_row_is_a_place_where_repeated_but_a_listed_person_is_not() -> None:
    text = "Homes in Esh Winning and Billy Row lost power. Work moved towards Billy Row. In Leeds and Jo Ward."
    found = [
        mention(text, "Esh Winning", "LOC"),
        mention(text, "Billy Row", "PER"),
        mention(text, "Billy Row", "PER", 1),
        mention(text, "Leeds", "LOC"),
        mention(text, "Jo Ward", "PER"),
    ]
    assert spans(english_utilities(text, found, "en")) == [
        ("Esh Winning", "LOC"),
        ("Billy Row", "LOC"),
        ("Billy Row", "LOC"),
        ("Leeds", "LOC"),
        ("Jo Ward", "PER"),
    ]


def test_a_lone_word_typed_a_person_in_a_list_of_places_is_a_place_unless_a_persons_name() -> None:
    text = "The firm runs homes in Thurnscoe and Bolsover. Ann Kell spoke. Stores in Leeds and Kell shut, said Tom."
    found = [
        mention(text, "Thurnscoe", "LOC"),
        mention(text, "Bolsover", "PER"),
        mention(text, "Ann Kell", "PER"),
        mention(text, "Leeds", "LOC"),
        mention(text, "Kell", "PER", 1),
        mention(text, "Tom", "PER"),
    ]
    assert spans(english_utilities(text, found, "en")) == [
        ("Thurnscoe", "LOC"),
        ("Bolsover", "LOC"),
        ("Ann Kell", "PER"),
        ("Leeds", "LOC"),
        ("Kell", "PER"),
        ("Tom", "PER"),
    ]
    text = "Offices in Leeds and Tom stayed open."
    found = [mention(text, "Leeds", "LOC"), mention(text, "Tom", "PER")]
    assert spans(english_utilities(text, found, "en")) == [("Leeds", "LOC"), ("Tom", "PER")]
