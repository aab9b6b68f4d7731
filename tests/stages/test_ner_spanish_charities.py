"""Spanish charities and local bodies: Red Cross branches with their town, schools named after
people, regional newspapers."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_charities import spanish_charities


def test_a_red_cross_branch_with_its_town_is_one_body() -> None:
    text = "Los voluntarios de la Asamblea Comarcal de Cruz Roja en Gandía y de Cruz Roja reparten comida."
    found = [
        mention(text, "Asamblea Comarcal", "ORG"),
        mention(text, "Cruz Roja", "ORG"),
        mention(text, "Gandía", "LOC"),
        mention(text, "Cruz Roja", "ORG", 1),
    ]
    assert spans(spanish_charities(text, found, "es")) == [
        ("Asamblea Comarcal de Cruz Roja en Gandía", "ORG"),
        ("Cruz Roja", "ORG"),
    ]


def test_a_school_named_after_a_person_is_a_body() -> None:
    text = "Las familias duermen en el colegio Miguel de Unamuno; el instituto Nacional no, ni Ana Gil."
    found = [mention(text, "Miguel de Unamuno", "PER"), mention(text, "Ana Gil", "PER")]
    assert spans(spanish_charities(text, found, "es")) == [("Miguel de Unamuno", "ORG"), ("Ana Gil", "PER")]


def test_a_regional_newspaper_is_a_body() -> None:
    text = "Lo contó a Faro de Vigo el alcalde de Vigo."
    found = [mention(text, "Vigo", "LOC"), mention(text, "Vigo", "LOC", 1)]
    assert spans(spanish_charities(text, found, "es")) == [("Faro de Vigo", "ORG"), ("Vigo", "LOC")]


def test_other_languages_are_untouched() -> None:
    text = "Il colegio Luis Vives."
    found = [mention(text, "Luis Vives", "PER")]
    assert spans(spanish_charities(text, found, "it")) == [("Luis Vives", "PER")]


def test_a_newspaper_is_cut_out_of_a_runaway_span() -> None:
    text = "Lo dijo a Las Provincias el presidente de la Diputación."
    found = [mention(text, "Las Provincias el presidente de la Diputación", "ORG")]
    assert spans(spanish_charities(text, found, "es")) == [("Las Provincias", "ORG")]


def test_an_andalusian_port_daily_is_a_body() -> None:
    text = "El capitán lo explicó a Málaga Hoy y a Huelva Información."
    found = [mention(text, "Málaga Hoy", "LOC"), mention(text, "Huelva", "LOC")]
    assert spans(spanish_charities(text, found, "es")) == [("Málaga Hoy", "ORG"), ("Huelva Información", "ORG")]
