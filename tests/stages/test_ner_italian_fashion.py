"""Italian fashion, design and crafts news: houses, quarters, streets, schools, districts."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.model import Mention
from storywire.stages.ner.italian_fashion import italian_fashion


def test_a_fashion_house_after_its_kind_word_is_a_body_and_so_are_its_repetitions() -> None:
    text = "Gattinoni sfila a Roma. La maison Gattinoni, fondata da Fernanda Gattinoni, cresce."
    found = [
        mention(text, "Gattinoni", "PER"),
        mention(text, "Roma", "LOC"),
        mention(text, "Gattinoni", "PER", 1),
        mention(text, "Fernanda Gattinoni", "PER"),
    ]
    assert spans(italian_fashion(text, found, "it")) == [
        ("Gattinoni", "ORG"),
        ("Roma", "LOC"),
        ("Gattinoni", "ORG"),
        ("Fernanda Gattinoni", "PER"),
    ]


def test_a_quarter_and_a_street_are_places_but_a_capitalised_via_is_not_retyped() -> None:
    text = "Nel quartiere Brera, in via San Marco, apre lo studio. Via Libera Spa investe."
    found = [mention(text, "via San Marco", "ORG"), mention(text, "Via Libera Spa", "ORG")]
    assert spans(italian_fashion(text, found, "it")) == [
        ("Brera", "LOC"),
        ("via San Marco", "LOC"),
        ("Via Libera Spa", "ORG"),
    ]


def test_a_school_named_after_a_person_is_one_body() -> None:
    text = "Gli studenti dell'Istituto tecnico Carlo Cattaneo di Lecco e dell'Accademia di Belle Arti Mario Sironi."
    found = [
        mention(text, "Istituto", "MISC"),
        mention(text, "Carlo Cattaneo di Lecco", "PER"),
        mention(text, "Mario Sironi", "PER"),
    ]
    assert spans(italian_fashion(text, found, "it")) == [
        ("Istituto tecnico Carlo Cattaneo di Lecco", "ORG"),
        ("Accademia di Belle Arti Mario Sironi", "ORG"),
    ]


def test_a_district_after_its_article_and_a_town_typed_once_are_places_but_a_bare_surname_is_not() -> None:
    text = "Da Saronno al Canavese. L'azienda di Saronno assume. Ha parlato Canavese."
    found = [
        Mention(3, 10, "Saronno", "LOC", model="italian-place"),
        mention(text, "Canavese", "MISC"),
        mention(text, "Saronno", "MISC", 1),
        mention(text, "Canavese", "MISC", 1),
    ]
    assert spans(italian_fashion(text, found, "it")) == [
        ("Saronno", "LOC"),
        ("Canavese", "LOC"),
        ("Saronno", "LOC"),
        ("Canavese", "MISC"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "La maison Dior."
    assert italian_fashion(text, [], "fr") == []


def test_a_word_the_tagger_alone_typed_a_place_is_not_spread() -> None:
    text = "Vende su Amazon. Amazon cresce."
    found = [mention(text, "Amazon", "LOC"), mention(text, "Amazon", "MISC", 1)]
    found[0].model = "rules:it"
    assert spans(italian_fashion(text, found, "it")) == [("Amazon", "LOC"), ("Amazon", "MISC")]
