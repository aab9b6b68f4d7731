"""Spanish orchestras, concert halls, schools, composers, regional departments and routes."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_music import spanish_music


def test_an_orchestra_is_one_body_without_the_sentences_article_or_a_run_on() -> None:
    text = "La Orquesta Sinfónica de Galicia (OSG) abrirá el lunes su temporada de conciertos."
    found = [mention(text, "La Orquesta Sinfónica de Galicia (OSG) abrirá el lunes su temporada", "ORG")]
    assert spans(spanish_music(text, found, "es")) == [("Orquesta Sinfónica de Galicia", "ORG")]


def test_a_hall_with_its_own_name_and_its_town_is_two_places() -> None:
    text = "Tocarán en el Teatro Arriaga de Bilbao y en el Auditorio de Tenerife."
    found = [mention(text, "Teatro Arriaga de Bilbao", "ORG"), mention(text, "Auditorio de Tenerife", "ORG")]
    assert spans(spanish_music(text, found, "es")) == [
        ("Teatro Arriaga", "LOC"),
        ("Bilbao", "LOC"),
        ("Auditorio de Tenerife", "LOC"),
    ]


def test_a_hall_named_with_its_art_keeps_it_and_a_list_run_on_is_split() -> None:
    text = "Irán desde el Palau de la Música de Valencia, el Teatro Arriaga de Bilbao y el Auditorio de Tenerife."
    found = [mention(text, "Teatro Arriaga de Bilbao y el Auditorio de Tenerife", "ORG")]
    assert spans(spanish_music(text, found, "es")) == [
        ("Palau de la Música", "LOC"),
        ("Valencia", "LOC"),
        ("Teatro Arriaga", "LOC"),
        ("Bilbao", "LOC"),
        ("Auditorio de Tenerife", "LOC"),
    ]


def test_a_hall_that_opens_a_sentence_acts_and_keeps_its_type() -> None:
    text = "Ayer. El Teatro Real presentó su temporada."
    found = [mention(text, "Teatro Real", "ORG")]
    assert spans(spanish_music(text, found, "es")) == [("Teatro Real", "ORG")]


def test_a_school_with_its_own_name_and_its_town_is_a_body_and_a_place() -> None:
    text = "Estudia en la Escuela Superior de Canto Reina Isabel de Madrid desde 2020."
    found = [mention(text, "Escuela Superior de Canto Reina Isabel de Madrid", "ORG")]
    assert spans(spanish_music(text, found, "es")) == [
        ("Escuela Superior de Canto Reina Isabel", "ORG"),
        ("Madrid", "LOC"),
    ]


def test_a_generic_school_with_its_town_stays_one_body() -> None:
    text = "Estudia en el Conservatorio Superior de Música de Sevilla desde 2020."
    found = [mention(text, "Conservatorio Superior de Música de Sevilla", "ORG")]
    assert spans(spanish_music(text, found, "es")) == [("Conservatorio Superior de Música de Sevilla", "ORG")]


def test_the_surname_after_a_work_is_the_composer_but_not_a_place() -> None:
    text = "Tocarán el Concierto para violín de Brahms y el Concierto de Aranjuez."
    found = [mention(text, "Concierto para violín de Brahms", "ORG"), mention(text, "Aranjuez", "LOC")]
    assert spans(spanish_music(text, found, "es")) == [("Brahms", "PER"), ("Aranjuez", "LOC")]


def test_a_regional_department_and_its_government_are_two_bodies() -> None:
    text = "Con el apoyo de la Consejería de Sanidad y Familia de la Junta de Andalucía."
    found = [mention(text, "de la Consejería de Sanidad y Familia de la Junta de Andalucía", "ORG")]
    assert spans(spanish_music(text, found, "es")) == [
        ("Consejería de Sanidad y Familia", "ORG"),
        ("Junta de Andalucía", "ORG"),
    ]


def test_a_route_between_two_known_places_is_two_places() -> None:
    text = "El tren va de Sevilla a Lisboa cada día."
    found = [mention(text, "Sevilla a Lisboa", "ORG")]
    assert spans(spanish_music(text, found, "es")) == [("Sevilla", "LOC"), ("Lisboa", "LOC")]


def test_a_route_with_an_unknown_end_is_left_alone() -> None:
    text = "El premio va de Ramírez a Tomasa Vidal."
    found = [mention(text, "Ramírez a Tomasa Vidal", "PER")]
    assert spans(spanish_music(text, found, "es")) == [("Ramírez a Tomasa Vidal", "PER")]


def test_a_field_after_de_is_no_own_name_and_the_school_stays_whole() -> None:
    text = "Estudió en el Instituto de Cocina Andina de Lima en 2010."
    found = [mention(text, "Instituto de Cocina Andina de Lima", "ORG")]
    assert spans(spanish_music(text, found, "es")) == [("Instituto de Cocina Andina de Lima", "ORG")]


def test_a_coral_with_a_choirs_adjective_is_a_body_but_a_woman_named_coral_is_not() -> None:
    text = "La Coral Universitaria Oscense cantará en mayo. Coral Benedí presentó el disco."
    found = [mention(text, "Coral Universitaria Oscense", "PER"), mention(text, "Coral Benedí", "PER")]
    assert spans(spanish_music(text, found, "es")) == [
        ("Coral Universitaria Oscense", "ORG"),
        ("Coral Benedí", "PER"),
    ]


def test_a_named_hall_opening_its_sentence_with_its_town_is_the_body_and_the_town() -> None:
    text = "Jerez (Cádiz) – El Teatro Villamarta de Jerez presentó ayer su nueva temporada."
    found = [mention(text, "Teatro Villamarta de Jerez", "ORG")]
    assert [(m.text, m.type, m.model) for m in spanish_music(text, found, "es")] == [
        ("Teatro Villamarta", "ORG", "hall-acting"),
        ("Jerez", "LOC", "spanish-music"),
    ]


def test_a_hall_named_by_its_kind_and_town_opening_a_sentence_stays() -> None:
    text = "El Auditorio de Tenerife presentó ayer su nueva temporada."
    found = [mention(text, "Auditorio de Tenerife", "ORG")]
    assert spans(spanish_music(text, found, "es")) == [("Auditorio de Tenerife", "ORG")]
