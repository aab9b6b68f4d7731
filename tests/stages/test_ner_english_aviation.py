"""English aviation news: an acting airport a body, its town a place, destinations after a
flying verb, "X Ltd of Town" split, a body's short name after "known as", a members'
association with its plural possessive, the town after "family of"."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_aviation import english_aviation


def test_an_acting_airport_is_a_body_a_visited_one_a_place() -> None:
    text = "Bristol Airport has cut fees. Queues grew at Bristol Airport on Monday."
    found = [mention(text, "Bristol Airport", "LOC"), mention(text, "Bristol Airport", "LOC", nth=1)]
    out = english_aviation(text, found, "en")
    assert spans(out) == [("Bristol Airport", "ORG"), ("Bristol Airport", "LOC")]
    assert out[0].model == "airport-acting"  # left alone by the article-wide type vote


def test_an_airport_typed_a_person_is_a_place() -> None:
    text = "Delays hit Leeds Bradford Airport again."
    found = [mention(text, "Leeds Bradford Airport", "PER")]
    assert spans(english_aviation(text, found, "en")) == [("Leeds Bradford Airport", "LOC")]


def test_the_town_of_an_airport_standing_alone_is_a_place() -> None:
    text = "Exeter Airport said the Exeter route would start in June."
    found = [mention(text, "Exeter Airport", "ORG"), mention(text, "Exeter", "ORG", nth=1)]
    assert spans(english_aviation(text, found, "en")) == [("Exeter Airport", "ORG"), ("Exeter", "LOC")]


def test_destinations_after_a_flying_verb_are_places() -> None:
    text = "The carrier had flown to Luton, Leeds and the Isle of Man."
    found = [mention(text, "Luton", "PER"), mention(text, "Leeds", "ORG"), mention(text, "Isle of Man", "LOC")]
    assert spans(english_aviation(text, found, "en")) == [("Luton", "LOC"), ("Leeds", "LOC"), ("Isle of Man", "LOC")]


def test_a_person_after_to_without_a_flying_verb_stays() -> None:
    text = "The award went to Harris and Cole."
    found = [mention(text, "Harris", "PER"), mention(text, "Cole", "PER")]
    assert spans(english_aviation(text, found, "en")) == [("Harris", "PER"), ("Cole", "PER")]


def test_a_firm_of_a_town_is_split() -> None:
    text = "The jets went back to Harbour Leasing Ltd of Dover last week."
    found = [mention(text, "Harbour Leasing Ltd of Dover", "ORG")]
    assert spans(english_aviation(text, found, "en")) == [("Harbour Leasing Ltd", "ORG"), ("Dover", "LOC")]


def test_a_body_known_by_a_short_name_gives_it() -> None:
    text = "The Royal College of Midwives, known as Rocam, objected. Rocam's chair and Rocam agreed."
    found = [mention(text, "Royal College of Midwives", "ORG"), mention(text, "Rocam", "PER", nth=1)]
    assert spans(english_aviation(text, found, "en")) == [
        ("Royal College of Midwives", "ORG"),
        ("Rocam", "ORG"),
        ("Rocam", "ORG"),
        ("Rocam", "ORG"),
    ]


def test_a_members_association_with_its_possessive_is_one_body() -> None:
    text = "The Scottish Lorry Drivers' Association called a strike."
    assert spans(english_aviation(text, [], "en")) == [("Scottish Lorry Drivers' Association", "ORG")]


def test_the_town_after_family_of_is_a_place() -> None:
    text = "The firm belongs to the Walsh family of Dingle."
    found = [mention(text, "Walsh", "PER"), mention(text, "Dingle", "ORG")]
    assert spans(english_aviation(text, found, "en")) == [("Walsh", "PER"), ("Dingle", "LOC")]


def test_other_languages_are_left_alone() -> None:
    text = "Bristol Airport has cut fees."
    found = [mention(text, "Bristol Airport", "LOC")]
    assert spans(english_aviation(text, found, "de")) == [("Bristol Airport", "LOC")]


def test_the_town_after_a_tagged_firm_with_its_legal_form_is_a_place() -> None:
    text = "The parts came from Keld Castings Ltd of Settle, not from the Bank of England."
    found = [mention(text, "Keld Castings Ltd", "ORG"), mention(text, "Bank", "ORG")]
    # only after a legal form: "Bank of England" is left alone
    assert spans(english_aviation(text, found, "en")) == [
        ("Keld Castings Ltd", "ORG"),
        ("Settle", "LOC"),
        ("Bank", "ORG"),
    ]
