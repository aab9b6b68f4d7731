"""Spanish mountains and ski resorts: names after mountain kind words, datelines, council
towns, courts without a number, county councils, percentages and trailing commas."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_mountains import spanish_mountains


def test_a_name_after_a_mountain_kind_word_is_a_place_everywhere() -> None:
    text = "La estación de esquí de Cerler abrió. Los guardas del refugio de Góriz avisan. Cerler cerrará."
    found = [mention(text, "Cerler", "ORG"), mention(text, "Góriz", "ORG"), mention(text, "Cerler", "ORG", 1)]
    found[2].model = "neural:es"
    assert spans(spanish_mountains(text, found, "es")) == [("Cerler", "LOC"), ("Góriz", "LOC"), ("Cerler", "LOC")]


def test_a_refuge_for_animals_is_not_a_mountain_hut() -> None:
    text = "El refugio de animales Patas Felices pide ayuda."
    found = [mention(text, "Patas Felices", "ORG")]
    assert spans(spanish_mountains(text, found, "es")) == [("Patas Felices", "ORG")]


def test_a_dateline_in_capitals_is_town_and_province() -> None:
    text = "Ana Gil\nJACA (HUESCA)\n\nEl pueblo espera la nieve."
    found = [mention(text, "JACA", "ORG"), mention(text, "HUESCA", "ORG")]
    assert spans(spanish_mountains(text, found, "es")) == [("JACA", "LOC"), ("HUESCA", "LOC")]


def test_a_council_town_bare_is_the_town() -> None:
    text = "En Benasque hay inquietud. El Ayuntamiento de Benasque pide ayuda."
    found = [mention(text, "Benasque", "ORG"), mention(text, "Ayuntamiento de Benasque", "ORG")]
    found[0].model = "neural:es"
    assert spans(spanish_mountains(text, found, "es")) == [("Benasque", "LOC"), ("Ayuntamiento de Benasque", "ORG")]


def test_a_court_without_a_number_is_one_body() -> None:
    text = "Lo comunicó al Juzgado de lo Social de Teruel el lunes."
    found = [mention(text, "Juzgado", "ORG"), mention(text, "Social de Teruel", "ORG")]
    assert spans(spanish_mountains(text, found, "es")) == [("Juzgado de lo Social de Teruel", "ORG")]


def test_a_county_council_beside_a_town_council_is_a_body_and_alone_is_left() -> None:
    text = "El Ayuntamiento de Aínsa y la Comarca del Sobrarbe ofrecen terrenos. La Comarca de la Litera es llana."
    found = [mention(text, "Comarca del Sobrarbe", "LOC"), mention(text, "Comarca de la Litera", "LOC")]
    assert spans(spanish_mountains(text, found, "es")) == [
        ("Comarca del Sobrarbe", "ORG"),
        ("Comarca de la Litera", "LOC"),
    ]


def test_a_percentage_is_no_name_and_a_comma_is_trimmed() -> None:
    text = "Cayó un 40 % menos de lluvia, dijo el GREIM de Jaca, ayer."
    found = [mention(text, "40 % menos de lluvia", "ORG"), mention(text, "GREIM de Jaca,", "ORG")]
    assert spans(spanish_mountains(text, found, "es")) == [("GREIM de Jaca", "ORG")]


def test_other_languages_are_left_alone() -> None:
    text = "refugio de Góriz"
    found = [mention(text, "Góriz", "ORG")]
    assert spans(spanish_mountains(text, found, "it")) == [("Góriz", "ORG")]
