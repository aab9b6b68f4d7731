"""Spanish motor trade and school news: the carmaker an official dealer sells, a school after
its lower-case kind word, the employers' association after "la patronal" (ner/spanish_garages.py).
Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_garages import spanish_garages


def test_the_brand_of_an_official_dealer_is_a_firm() -> None:
    text = "Motor Duero, concesionario oficial de Kia en la calle Mayor, amplía su taller."
    found = [mention(text, "Motor Duero", "ORG"), mention(text, "Kia", "LOC")]
    assert spans(spanish_garages(text, found, "es")) == [("Motor Duero", "ORG"), ("Kia", "ORG")]


def test_a_garage_of_a_town_stays_a_place() -> None:
    text = "Derivaron la reparación a un taller de Zamora y a un concesionario de Toro."
    found = [mention(text, "Zamora", "LOC"), mention(text, "Toro", "LOC")]
    assert spans(spanish_garages(text, found, "es")) == [("Zamora", "LOC"), ("Toro", "LOC")]


def test_a_school_after_its_kind_word_is_a_body() -> None:
    text = "Los alumnos del instituto Vega del Tajo estrenan un taller de robótica."
    found = [mention(text, "Vega del Tajo", "LOC")]
    assert spans(spanish_garages(text, found, "es")) == [("Vega del Tajo", "ORG")]


def test_a_capitalised_institute_or_a_place_without_the_kind_word_is_left() -> None:
    text = "Estudió en la Vega del Tajo y trabajó en el Instituto Cervantes."
    found = [mention(text, "Vega del Tajo", "LOC"), mention(text, "Instituto Cervantes", "ORG")]
    assert spans(spanish_garages(text, found, "es")) == [("Vega del Tajo", "LOC"), ("Instituto Cervantes", "ORG")]


def test_the_employers_association_after_la_patronal_is_a_body() -> None:
    text = "La patronal provincial Fecoval pide más ayudas; la patronal de transportistas Asetra también."
    assert spans(spanish_garages(text, [], "es")) == [("Fecoval", "ORG"), ("Asetra", "ORG")]


def test_la_patronal_before_a_verb_or_a_longer_name_adds_nothing() -> None:
    text = "La patronal reclamó ayudas; la patronal de Castilla y León también."
    found = [mention(text, "Castilla y León", "LOC")]
    assert spans(spanish_garages(text, found, "es")) == [("Castilla y León", "LOC")]


def test_other_languages_are_left() -> None:
    text = "la patronal Fecoval"
    assert spanish_garages(text, [], "fr") == []
