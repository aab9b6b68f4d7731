"""Spanish pilgrims' news: routes, joined bodies, religious persons, jubilees and datelines."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_pilgrims import spanish_pilgrims


def test_a_named_pilgrim_route_is_a_place_but_a_body_holding_it_stays() -> None:
    text = "Llegan por el Camino del Norte. La Asociación de Amigos del Camino de Madrid opina."
    found = [
        mention(text, "Camino del Norte", "ORG"),
        mention(text, "Asociación de Amigos del Camino de Madrid", "ORG"),
    ]
    assert spans(spanish_pilgrims(text, found, "es")) == [
        ("Camino del Norte", "LOC"),
        ("Asociación de Amigos del Camino de Madrid", "ORG"),
    ]


def test_two_bodies_joined_by_y_de_la_are_two_but_a_portfolio_stays_inside() -> None:
    text = (
        "Con el apoyo del Arzobispado de Toledo y de la Fundación Santa María. La Consejería de Cultura y del Deporte."
    )
    found = [
        mention(text, "Arzobispado de Toledo y de la Fundación Santa María", "ORG"),
        mention(text, "Consejería de Cultura y del Deporte", "ORG"),
    ]
    assert spans(spanish_pilgrims(text, found, "es")) == [
        ("Arzobispado de Toledo", "ORG"),
        ("Fundación Santa María", "ORG"),
        ("Consejería de Cultura y del Deporte", "ORG"),
    ]


def test_a_religious_first_name_is_a_person_and_a_jubilee_no_name() -> None:
    text = "Lo contó sor Lucía en el Año Jubilar de Caravaca. Viven en Lucena."
    found = [
        mention(text, "Lucía", "LOC"),
        mention(text, "Año Jubilar de Caravaca", "ORG"),
        mention(text, "Lucena", "LOC"),
    ]
    assert spans(spanish_pilgrims(text, found, "es")) == [("Lucía", "PER"), ("Lucena", "LOC")]


def test_a_bylines_dateline_is_a_place_but_not_in_running_text() -> None:
    text = "ANA GIL | PONFERRADA\nLa ONCE | CRUZ ROJA colaboran."
    found = [mention(text, "ANA GIL", "PER"), mention(text, "PONFERRADA", "ORG"), mention(text, "CRUZ ROJA", "ORG")]
    assert spans(spanish_pilgrims(text, found, "es")) == [
        ("ANA GIL", "PER"),
        ("PONFERRADA", "LOC"),
        ("CRUZ ROJA", "ORG"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "Il Camino Francés."
    found = [mention(text, "Camino Francés", "ORG")]
    assert spans(spanish_pilgrims(text, found, "it")) == [("Camino Francés", "ORG")]


def test_a_credit_after_por_is_the_paper() -> None:
    text = "Fotos del nacimiento. Por| EL DIARIO"
    assert spans(spanish_pilgrims(text, [mention(text, "EL DIARIO", "ORG")], "es")) == [("EL DIARIO", "ORG")]
