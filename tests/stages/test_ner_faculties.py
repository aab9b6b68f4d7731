"""A faculty or department named with its university is one organisation (ner/faculties.py).

Sentences are written for these tests.
"""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.faculties import faculties_with_universities


def test_a_faculty_before_its_university_joins_it_in_each_language() -> None:
    cases = [
        ("Sie forscht an der Philosophischen Fakultät der Universität Bonn.", "Universität Bonn"),
        ("Badania prowadzi Wydział Fizyki Uniwersytetu Wrocławskiego od roku.", "Uniwersytetu Wrocławskiego"),
        ("Он окончил химический факультет МГУ в 2019 году.", "МГУ"),
        ("Вона працює на кафедрі органічної хімії КНУ вже десять років.", "КНУ"),
        ("He chairs the Department of Geology of the University of Bergen.", "University of Bergen"),
        ("Lavora al Dipartimento di Fisica dell'Università di Pisa da anni.", "Università di Pisa"),
    ]
    expected = [
        "Philosophischen Fakultät der Universität Bonn",
        "Wydział Fizyki Uniwersytetu Wrocławskiego",
        "химический факультет МГУ",
        None,  # "КНУ" is no university by its letters: nothing to join
        "Department of Geology of the University of Bergen",
        "Dipartimento di Fisica dell'Università di Pisa",
    ]
    for (text, university), want in zip(cases, expected, strict=True):
        got = spans(faculties_with_universities(text, [mention(text, university, "ORG")]))
        assert got == [(want or university, "ORG")]


def test_no_faculty_word_no_join_and_a_mention_across_the_faculty_blocks_it() -> None:
    text = "Studenten der Universität Wien protestieren."
    assert spans(faculties_with_universities(text, [mention(text, "Universität Wien", "ORG")])) == [
        ("Universität Wien", "ORG")
    ]
    text = "Students, the school of the University of Leeds said."  # punctuation ends the phrase
    assert spans(faculties_with_universities(text, [mention(text, "University of Leeds", "ORG")])) == [
        ("University of Leeds", "ORG")
    ]


def test_an_english_institution_with_its_town_and_a_saints_hospital_are_one_body() -> None:
    from storywire.stages.ner.faculties import english_institutions

    text = "He trained at the Royal College of Glasgow and at St Mary's Hospital in Leeds."
    found = [mention(text, "Royal College", "ORG"), mention(text, "Glasgow", "LOC"), mention(text, "St Mary", "PER")]
    found.append(mention(text, "Leeds", "LOC"))
    assert spans(english_institutions(text, found, "en")) == [
        ("Royal College of Glasgow", "ORG"),
        ("St Mary's Hospital", "ORG"),
        ("Leeds", "LOC"),
    ]
    text = "The Mayor of London spoke."  # no institution's head before "of"
    found = [mention(text, "Mayor", "ORG"), mention(text, "London", "LOC")]
    assert spans(english_institutions(text, found, "en")) == [("Mayor", "ORG"), ("London", "LOC")]


def test_a_body_whose_fixed_name_ends_with_its_country_is_one_body() -> None:
    from storywire.stages.ner.faculties import english_institutions

    text = "The Law Society of Scotland and the Brewing Communities of Wales met Anna Reid of Ireland."
    found = [
        mention(text, "Law Society", "ORG"),
        mention(text, "Scotland", "LOC"),
        mention(text, "Brewing Communities", "PER"),
        mention(text, "Wales", "LOC"),
        mention(text, "Anna Reid", "PER"),
        mention(text, "Ireland", "LOC"),
    ]
    assert spans(english_institutions(text, found, "en")) == [
        ("Law Society of Scotland", "ORG"),
        ("Brewing Communities of Wales", "ORG"),
        ("Anna Reid", "PER"),
        ("Ireland", "LOC"),
    ]


def test_a_polish_faculty_whose_field_holds_o_joins_the_university_the_tagger_began_inside_it() -> None:
    text = "Projekt prowadzi Wydział Nauk o Ziemi Uniwersytetu Gdańskiego od roku."
    got = spans(faculties_with_universities(text, [mention(text, "Ziemi Uniwersytetu Gdańskiego", "ORG")]))
    assert got == [("Wydział Nauk o Ziemi Uniwersytetu Gdańskiego", "ORG")]
