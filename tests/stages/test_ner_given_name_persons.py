"""A span that opens with a given name is a person (ner/given_name_persons.py). Names invented."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.given_name_persons import given_name_persons, without_opening_word


def test_a_given_name_makes_the_span_a_person_and_splits_off_an_acronym_before_it() -> None:
    text = "Carolina Montaña y NBP Adam Kowalczyk hablaron."
    found = [mention(text, "Carolina Montaña", "ORG"), mention(text, "NBP Adam Kowalczyk", "ORG")]
    assert spans(given_name_persons(found, "pl")) == [
        ("Carolina Montaña", "ORG"),  # no Polish given name
        ("NBP", "ORG"),
        ("Adam Kowalczyk", "PER"),
    ]
    assert spans(given_name_persons(found[:1], "es")) == [("Carolina Montaña", "PER")]


def test_an_acronym_glued_to_a_person_typed_per_is_split_off_a_title_is_not() -> None:
    text = "Szef MSZ Adam Kowalczyk i Minister Adam Nowak."
    found = [mention(text, "MSZ Adam Kowalczyk", "PER"), mention(text, "Minister Adam Nowak", "PER")]
    assert spans(given_name_persons(found, "pl")) == [
        ("MSZ", "ORG"),
        ("Adam Kowalczyk", "PER"),
        ("Minister Adam Nowak", "PER"),  # titles are refine's to cut
    ]


def test_a_body_a_lower_case_word_or_a_place_before_the_name_stays() -> None:
    text = "Adam Mickiewicz Uniwersytet i Santa Maria Novella oraz Adam z Krakowa."
    found = [
        mention(text, "Adam Mickiewicz Uniwersytet", "ORG"),  # a body's head inside
        mention(text, "Santa Maria Novella", "LOC"),  # a word before the given name that is no acronym
        mention(text, "Adam z Krakowa", "ORG"),  # a lower-case word
    ]
    assert spans(given_name_persons(found, "pl")) == spans(found)


def test_what_is_named_after_a_person_and_a_clubs_prefix_stay() -> None:
    text = "Im Max Weber Centre und bei FC Anna Tallinn und in der Johannes Gutenberg-Universität."
    found = [
        mention(text, "Max Weber Centre", "ORG"),
        mention(text, "FC Anna Tallinn", "ORG"),
        mention(text, "Johannes Gutenberg-Universität", "ORG"),
    ]
    assert spans(given_name_persons(found, "de")) == spans(found)


def test_a_common_word_or_a_role_before_a_full_name_goes() -> None:
    text = "Muere Tomás Ibarrola en Bilbao."
    found = [mention(text, "Muere Tomás Ibarrola", "PER")]
    assert spans(without_opening_word(found, "es")) == [("Tomás Ibarrola", "PER")]
    text = "Тенор Андрей Волков спел."
    assert spans(without_opening_word([mention(text, "Тенор Андрей Волков", "PER")], "ru")) == [
        ("Андрей Волков", "PER")
    ]
    text = "Carlos Ruiz Zafón escribió."  # a given name first: nothing to cut
    assert spans(without_opening_word([mention(text, "Carlos Ruiz Zafón", "PER")], "es")) == [
        ("Carlos Ruiz Zafón", "PER")
    ]


def test_a_body_of_two_words_typed_with_the_person_after_it_is_split() -> None:
    text = "powiedziała rzeczniczka Lasów Państwowych Katarzyna Nowak."
    found = [mention(text, "Lasów Państwowych Katarzyna Nowak", "ORG")]
    assert spans(given_name_persons(found, "pl")) == [("Lasów Państwowych", "ORG"), ("Katarzyna Nowak", "PER")]
    found = [mention(text, "Lasów Państwowych Katarzyna Nowak", "PER")]
    assert spans(given_name_persons(found, "pl")) == [("Lasów Państwowych", "ORG"), ("Katarzyna Nowak", "PER")]
    text = "Maria Anna Katarzyna Nowak"  # given names all: one person
    assert spans(given_name_persons([mention(text, text, "PER")], "pl")) == [(text, "PER")]


def test_two_surnames_joined_by_i_or_y_are_one_person() -> None:
    text = "la doctora Núria Ferrer i Soler y el profesor"
    found = [mention(text, "Núria Ferrer i Soler", "ORG")]
    assert spans(given_name_persons(found, "es")) == [("Núria Ferrer i Soler", "PER")]
