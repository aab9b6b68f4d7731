"""Spanish bylines, cemeteries' towns, memorial sites, acting parishes, craft firms named
"Hermanos X", DNA and run-on spans."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.model import Mention
from storywire.stages.ner.spanish_memorials import spanish_memorials


def test_a_byline_in_capitals_is_the_reporter_and_the_town() -> None:
    text = "Titular\n\nLUCÍA MARTÍN | OLITE\n\nTexto."
    found = [mention(text, "LUCÍA MARTÍN", "ORG")]
    assert spans(spanish_memorials(text, found, "es")) == [("LUCÍA MARTÍN", "PER"), ("OLITE", "LOC")]


def test_a_cemeterys_town_is_the_place_where_the_town_is_named_alone() -> None:
    text = "Los vecinos de Olite llenaron el cementerio de Olite."
    found = [mention(text, "Olite", "LOC"), mention(text, "cementerio de Olite", "LOC")]
    assert spans(spanish_memorials(text, found, "es")) == [("Olite", "LOC"), ("Olite", "LOC")]


def test_a_cemeterys_own_name_keeps_its_kind_word() -> None:
    text = "Fue enterrado en el cementerio de Vista Alegre, en Derio."
    found = [mention(text, "cementerio de Vista Alegre", "LOC"), mention(text, "Derio", "LOC")]
    assert spans(spanish_memorials(text, found, "es")) == [("cementerio de Vista Alegre", "LOC"), ("Derio", "LOC")]


def test_a_memorial_site_and_its_town_are_two_places() -> None:
    text = "Las flores se dejaron en el Parque de la Memoria de Paterna."
    found = [mention(text, "Parque de la Memoria de Paterna", "ORG")]
    assert spans(spanish_memorials(text, found, "es")) == [("Parque de la Memoria", "LOC"), ("Paterna", "LOC")]


def test_a_park_of_another_kind_is_left_alone() -> None:
    text = "Pasearon por el Parque de la Ciudadela de Barcelona."
    found = [mention(text, "Parque de la Ciudadela de Barcelona", "LOC")]
    assert spans(spanish_memorials(text, found, "es")) == [("Parque de la Ciudadela de Barcelona", "LOC")]


def test_a_parish_that_acts_is_a_body_but_a_parish_where_something_happens_is_not() -> None:
    text = "La parroquia de San Pedro ha cedido sus salones. La misa fue en la parroquia de San Juan."
    found = [mention(text, "parroquia de San Pedro", "LOC"), mention(text, "parroquia de San Juan", "LOC")]
    assert spans(spanish_memorials(text, found, "es")) == [
        ("parroquia de San Pedro", "ORG"),
        ("parroquia de San Juan", "LOC"),
    ]


def test_a_craft_firm_named_brothers_and_its_town() -> None:
    text = "La carpintería Hermanos Soto, de Estella, hará los bancos. Los hermanos Soto lo celebran."
    found = [mention(text, "Hermanos Soto", "PER"), mention(text, "Estella", "PER")]
    assert spans(spanish_memorials(text, found, "es")) == [("Hermanos Soto", "ORG"), ("Estella", "LOC")]


def test_dna_is_no_name() -> None:
    text = "Entregaron muestras de ADN al ICO."
    found = [mention(text, "ADN", "ORG"), mention(text, "ICO", "ORG")]
    assert spans(spanish_memorials(text, found, "es")) == [("ICO", "ORG")]


def test_a_models_span_running_on_into_lower_case_words_ends_at_the_name() -> None:
    text = "El Gobierno de Aragón financia las obras. La Asociación de vecinos protesta."
    run_on = text.index("Gobierno")
    kept = text.index("Asociación")
    found = [
        Mention(run_on, run_on + 27, text[run_on : run_on + 27], "ORG", model="neural:es"),
        Mention(kept, kept + 21, text[kept : kept + 21], "ORG", model="neural:es"),
    ]
    assert spans(spanish_memorials(text, found, "es")) == [
        ("Gobierno de Aragón", "ORG"),
        ("Asociación de vecinos", "ORG"),
    ]


def test_a_lone_adjective_after_a_name_is_not_cut() -> None:
    text = "El Gobierno italiano lo aprobó."
    at = text.index("Gobierno")
    found = [Mention(at, at + 17, text[at : at + 17], "ORG", model="neural:es")]
    assert spans(spanish_memorials(text, found, "es")) == [("Gobierno italiano", "ORG")]


def test_a_craft_firm_typed_already_is_left_to_its_model() -> None:
    text = "Cierra la panadería Hermanos Ruiz tras 40 años."
    found = [Mention(20, 33, "Hermanos Ruiz", "ORG", model="body-noun")]
    assert [(m.text, m.model) for m in spanish_memorials(text, found, "es")] == [("Hermanos Ruiz", "body-noun")]
