"""Spanish prison news: prisons and reintegration centres, numbered courts with their town,
papers after their kind word, the regional government and programmes in guillemets."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_prisons import spanish_prisons


def test_a_prison_with_its_numeral_and_a_reintegration_centre_are_places() -> None:
    text = "Presos del Centro Penitenciario Sevilla II y del Centro de Inserción Social Manuel Pérez Díaz salen hoy."
    found = [
        mention(text, "Centro Penitenciario Sevilla", "ORG"),
        mention(text, "Centro de Inserción Social Manuel Pérez Díaz", "ORG"),
    ]
    assert spans(spanish_prisons(text, found, "es")) == [
        ("Centro Penitenciario Sevilla II", "LOC"),
        ("Centro de Inserción Social Manuel Pérez Díaz", "LOC"),
    ]


def test_a_numbered_court_with_its_town_is_one_body_but_an_unnumbered_one_is_left() -> None:
    text = "El Juzgado de Primera Instancia e Instrucción n.º 3 de Cádiz falló. El Juzgado de Guardia no."
    found = [
        mention(text, "Juzgado de Primera Instancia e Instrucción", "ORG"),
        mention(text, "3 de Cádiz", "LOC"),
        mention(text, "Juzgado de Guardia", "ORG"),
    ]
    assert spans(spanish_prisons(text, found, "es")) == [
        ("Juzgado de Primera Instancia e Instrucción n.º 3 de Cádiz", "ORG"),
        ("Juzgado de Guardia", "ORG"),
    ]


def test_a_paper_after_its_kind_word_is_a_body() -> None:
    text = "Según el diario Ideal, la cifra crece en el norte de Granada."
    found = [mention(text, "Ideal", "LOC"), mention(text, "Granada", "LOC")]
    assert spans(spanish_prisons(text, found, "es")) == [("Ideal", "ORG"), ("Granada", "LOC")]


def test_the_regional_government_without_its_article_and_bare() -> None:
    text = (
        "La Junta de Extremadura paga. El plan sigue.\n\nLa Junta prevé más plazas, dijo la Junta Directiva del club."
    )
    found = [mention(text, "La Junta de Extremadura", "ORG"), mention(text, "Junta Directiva", "ORG")]
    assert spans(spanish_prisons(text, found, "es")) == [
        ("Junta de Extremadura", "ORG"),
        ("Junta", "ORG"),
        ("Junta Directiva", "ORG"),
    ]


def test_a_programme_in_guillemets_is_no_name_but_a_quoted_body_stays() -> None:
    text = "El programa, llamado «Nuevo Rumbo», empieza. La ONG «Manos Unidas» colabora."
    found = [mention(text, "Nuevo Rumbo", "ORG"), mention(text, "Manos Unidas", "ORG")]
    assert spans(spanish_prisons(text, found, "es")) == [("Manos Unidas", "ORG")]


def test_other_languages_are_left_alone() -> None:
    text = "Centro Penitenciario Sevilla II."
    found = [mention(text, "Centro Penitenciario Sevilla", "ORG")]
    assert spans(spanish_prisons(text, found, "it")) == [("Centro Penitenciario Sevilla", "ORG")]


def test_two_prisons_the_model_ran_together_are_two_places() -> None:
    text = "Internos del Centro Penitenciario de Topas y de la Prisión Provincial de Huelva."
    found = [mention(text, "Centro Penitenciario de Topas y de la Prisión Provincial de Huelva", "ORG")]
    assert spans(spanish_prisons(text, found, "es")) == [
        ("Centro Penitenciario de Topas", "LOC"),
        ("Prisión Provincial de Huelva", "LOC"),
    ]


def test_a_court_after_its_lower_case_kind_word_is_its_town() -> None:
    text = "Un juzgado de Teruel imputa al dueño. El juzgado de Guardia cerró."
    found = [mention(text, "juzgado de Teruel", "ORG"), mention(text, "juzgado de Guardia", "ORG")]
    assert spans(spanish_prisons(text, found, "es")) == [("Teruel", "LOC"), ("juzgado de Guardia", "ORG")]


def test_a_courts_complex_and_its_town_are_two_places() -> None:
    text = "La vista será en la Ciudad de la Justicia de Valencia. Otra, en la Ciudad Judicial."
    found = [mention(text, "Valencia", "LOC")]
    assert spans(spanish_prisons(text, found, "es")) == [
        ("Ciudad de la Justicia", "LOC"),
        ("Valencia", "LOC"),
        ("Ciudad Judicial", "LOC"),
    ]
