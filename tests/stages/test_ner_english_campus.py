"""English halls and buildings as places, papers by "The" and one word, members after their
seat's title, and listed bodies and towns."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_campus import english_campus


def test_a_hall_or_a_building_is_a_place_unless_a_given_name_opens_it() -> None:
    text = "Students left Pentland Hall and met in the Murray Building; Stuart Hall wrote about it."
    found = [
        mention(text, "Pentland Hall", "PER"),
        mention(text, "Murray Building", "ORG"),
        mention(text, "Stuart Hall", "PER"),
    ]
    assert spans(english_campus(text, found, "en")) == [
        ("Pentland Hall", "LOC"),
        ("Murray Building", "LOC"),
        ("Stuart Hall", "PER"),
    ]


def test_a_paper_by_the_and_one_word_inside_a_sentence() -> None:
    text = "The minister told The Scotsman on Friday. The Times Square crowd cheered."
    found = [mention(text, "Scotsman", "PER")]
    assert spans(english_campus(text, found, "en")) == [("The Scotsman", "ORG")]


def test_a_member_after_his_seat_title_is_a_person() -> None:
    text = "Local MSP Fiona Grant will raise it, while the MP Office stays shut."
    assert spans(english_campus(text, [], "en")) == [("Fiona Grant", "PER")]


def test_listed_bodies_and_towns() -> None:
    text = "Talks went through Acas, said a man from Bridge of Weir."
    found = [mention(text, "Acas", "PER"), mention(text, "Weir", "PER")]
    assert spans(english_campus(text, found, "en")) == [("Acas", "ORG"), ("Bridge of Weir", "LOC")]


def test_other_languages_are_left_alone() -> None:
    text = "Pentland Hall"
    found = [mention(text, "Pentland Hall", "PER")]
    assert spans(english_campus(text, found, "de")) == [("Pentland Hall", "PER")]


def test_a_hall_opening_a_sentence_leaves_its_article_out() -> None:
    text = '"The Marlowe Hall is a lovely room," she said.'
    found = [mention(text, "The Marlowe Hall", "LOC")]
    assert spans(english_campus(text, found, "en")) == [("Marlowe Hall", "LOC")]


def test_a_regional_paper_by_the_and_its_head_mid_sentence_is_a_body() -> None:
    text = '"We will fight on," she told The Courier on Monday.'
    assert spans(english_campus(text, [], "en")) == [("The Courier", "ORG")]


def test_a_regional_papers_head_opening_a_sentence_or_before_a_name_is_left_alone() -> None:
    text = "The Courier Street shop shut. He read The Echo Chamber report."
    assert english_campus(text, [], "en") == []
