"""English bodies and places by shape (ner/english_bodies.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_bodies import english_bodies


def test_a_department_named_after_a_list_of_fields_is_one_body() -> None:
    text = "The Department for Culture, Media and Sport and the Department of Health, John Reid and Ann Lee."
    found = [
        mention(text, "Department for Culture", "ORG"),
        mention(text, "Sport", "ORG"),
        mention(text, "Department of Health", "ORG"),
        mention(text, "John Reid", "PER"),
    ]
    assert spans(english_bodies(text, found, "en")) == [
        ("Department for Culture, Media and Sport", "ORG"),
        ("Department of Health", "ORG"),
        ("John Reid", "PER"),
    ]


def test_a_parliaments_committee_is_a_body_beside_its_parliament() -> None:
    text = "She told the Seanad Select Committee on Finance on Monday."
    found = [mention(text, "Seanad Select Committee on Finance", "ORG")]
    assert spans(english_bodies(text, found, "en")) == [("Seanad", "ORG"), ("Select Committee on Finance", "ORG")]


def test_a_house_outside_which_people_stand_and_a_street_after_on() -> None:
    text = "Nurses rallied outside Stormont House on Dawson Street, then met at Chatham House."
    found = [mention(text, "Stormont House", "ORG"), mention(text, "Chatham House", "ORG")]
    assert spans(english_bodies(text, found, "en")) == [
        ("Stormont House", "LOC"),
        ("Dawson Street", "LOC"),
        ("Chatham House", "ORG"),
    ]
    assert english_bodies(text, found, "fr") == found


def test_a_local_paper_by_its_shape_and_a_station_with_its_kind_word() -> None:
    text = "At Kilmarnock station, the Ayr Evening Gazette was sold; readers of the Ayr Gazette met."
    found = [mention(text, "Kilmarnock", "LOC"), mention(text, "Ayr", "LOC"), mention(text, "Ayr", "LOC", 1)]
    assert spans(english_bodies(text, found, "en")) == [
        ("Kilmarnock station", "LOC"),
        ("Ayr Evening Gazette", "ORG"),
        ("Ayr Gazette", "ORG"),
    ]


def test_a_faculty_or_school_named_after_its_fields_is_one_body() -> None:
    text = "The Faculty of Science and Engineering and the School of Law, said Ann Lee and Tom Reid."
    found = [
        mention(text, "Faculty of Science", "ORG"),
        mention(text, "School of Law", "ORG"),
        mention(text, "Ann Lee", "PER"),
    ]
    assert spans(english_bodies(text, found, "en")) == [
        ("Faculty of Science and Engineering", "ORG"),
        ("School of Law", "ORG"),
        ("Ann Lee", "PER"),
    ]
