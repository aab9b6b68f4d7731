"""Spanish bodies cut from their town, technology parks, campuses, counts and spacecraft."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_science import spanish_science


def test_a_body_s_kind_word_and_its_town_are_one_body() -> None:
    text = "La Universidad de Córdoba y el Juzgado de Lugo; Córdoba no."
    found = [
        mention(text, "Universidad", "ORG"),
        mention(text, "Córdoba", "LOC"),
        mention(text, "Juzgado", "ORG"),
        mention(text, "Lugo", "LOC"),
        mention(text, "Córdoba", "LOC", 1),
    ]
    assert spans(spanish_science(text, found, "es")) == [
        ("Universidad de Córdoba", "ORG"),
        ("Juzgado de Lugo", "ORG"),
        ("Córdoba", "LOC"),
    ]


def test_a_technology_park_is_a_place_and_a_campus_its_name() -> None:
    text = "Fabrica en el Parque Científico de Leganés, junto al campus de Rabanales."
    found = [mention(text, "Parque Científico de Leganés", "ORG"), mention(text, "campus de Rabanales", "LOC")]
    assert spans(spanish_science(text, found, "es")) == [
        ("Parque Científico de Leganés", "LOC"),
        ("Rabanales", "LOC"),
    ]


def test_counts_and_numbered_spacecraft_are_no_names() -> None:
    text = "El satélite, bautizado Halcón-2, orbita a 600 kilómetros de altura. El grupo Mostra-3 no."
    found = [
        mention(text, "Halcón-2", "ORG"),
        mention(text, "600 kilómetros de altura", "ORG"),
        mention(text, "Mostra-3", "ORG"),
    ]
    assert spans(spanish_science(text, found, "es")) == [("Mostra-3", "ORG")]


def test_other_languages_are_left_alone() -> None:
    text = "La Universidad de Córdoba."
    found = [mention(text, "Universidad", "ORG"), mention(text, "Córdoba", "LOC")]
    assert spans(spanish_science(text, found, "it")) == [("Universidad", "ORG"), ("Córdoba", "LOC")]
