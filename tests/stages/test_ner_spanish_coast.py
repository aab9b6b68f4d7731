"""Spanish coast and fisheries news: lighthouses, coasts, ministries with their portfolios."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_coast import spanish_coast


def test_a_lighthouse_keeps_its_kind_word_but_the_town_faro_is_left_alone() -> None:
    text = "El temporal dañó el faro de Cabo Peñas. Viajó a Faro, en Portugal."
    found = [mention(text, "Cabo Peñas", "ORG"), mention(text, "Faro", "LOC"), mention(text, "Portugal", "LOC")]
    assert spans(spanish_coast(text, found, "es")) == [
        ("faro de Cabo Peñas", "LOC"),
        ("Faro", "LOC"),
        ("Portugal", "LOC"),
    ]


def test_a_named_coast_is_a_place_but_a_surname_costa_is_not() -> None:
    text = "Los hoteles de la Costa del Sol, según Costa Gavras, están llenos."
    found = [mention(text, "Costa del Sol", "ORG"), mention(text, "Costa Gavras", "PER")]
    assert spans(spanish_coast(text, found, "es")) == [("Costa del Sol", "LOC"), ("Costa Gavras", "PER")]


def test_a_ministry_keeps_its_portfolios_and_a_directorate_is_cut_before_it() -> None:
    text = "Lo pidió la Dirección General de Costas del Ministerio de Transición Ecológica, Energía y Reto Demográfico."
    found = [
        mention(text, "Dirección General de Costas del Ministerio de Transición Ecológica", "ORG"),
        mention(text, "Energía", "LOC"),
        mention(text, "Reto Demográfico", "MISC"),
    ]
    assert spans(spanish_coast(text, found, "es")) == [
        ("Dirección General de Costas", "ORG"),
        ("Ministerio de Transición Ecológica, Energía y Reto Demográfico", "ORG"),
    ]


def test_a_known_body_ends_before_para_but_a_name_with_para_stays_whole() -> None:
    text = "El Parlamento Europeo para el Caribe oriental decidió. La Agencia para la Calidad opinó."
    found = [
        mention(text, "Parlamento Europeo para el Caribe", "ORG"),
        mention(text, "Agencia para la Calidad", "ORG"),
    ]
    assert spans(spanish_coast(text, found, "es")) == [
        ("Parlamento Europeo", "ORG"),
        ("Caribe", "LOC"),
        ("Agencia para la Calidad", "ORG"),
    ]


def test_a_bare_acting_ministry_is_a_body_but_a_lowercase_one_is_not() -> None:
    text = "Los armadores esperan la respuesta del Ministerio. Otro ministerio calla."
    assert spans(spanish_coast(text, [], "es")) == [("Ministerio", "ORG")]


def test_other_languages_are_left_alone() -> None:
    text = "Il faro di Capo Testa."
    assert spanish_coast(text, [], "it") == []


def test_a_list_of_places_after_a_ministry_is_no_list_of_portfolios_nor_the_newspaper_a_lighthouse() -> None:
    text = "Lo firmaron el Ministerio de Sanidad, Cataluña y Aragón, según el Faro de Vigo."
    found = [
        mention(text, "Ministerio de Sanidad", "ORG"),
        mention(text, "Cataluña", "LOC"),
        mention(text, "Aragón", "LOC"),
        mention(text, "Faro de Vigo", "ORG"),
    ]
    assert spans(spanish_coast(text, found, "es")) == [
        ("Ministerio de Sanidad", "ORG"),
        ("Cataluña", "LOC"),
        ("Aragón", "LOC"),
        ("Faro de Vigo", "ORG"),
    ]
