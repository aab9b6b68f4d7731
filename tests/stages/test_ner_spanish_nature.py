"""Spanish nature and animal-welfare news: shelters, landforms and towns with an article."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_nature import spanish_nature


def test_a_shelter_after_its_kind_word_is_a_body_and_so_are_its_repetitions() -> None:
    text = "La protectora Patas del Sil, en Ponferrada, pide ayuda. Patas del Sil acoge 40 gatos."
    found = [
        mention(text, "Patas del Sil", "LOC"),
        mention(text, "Ponferrada", "LOC"),
        mention(text, "Patas del Sil", "LOC", 1),
    ]
    assert spans(spanish_nature(text, found, "es")) == [
        ("Patas del Sil", "ORG"),
        ("Ponferrada", "LOC"),
        ("Patas del Sil", "ORG"),
    ]


def test_a_landform_is_a_place_but_a_fan_club_stays_a_body() -> None:
    text = "Subieron al Cerro del Hierro. La Peña Madridista de Soria celebra."
    found = [mention(text, "Cerro del Hierro", "ORG"), mention(text, "Peña Madridista de Soria", "ORG")]
    assert spans(spanish_nature(text, found, "es")) == [
        ("Cerro del Hierro", "LOC"),
        ("Peña Madridista de Soria", "ORG"),
    ]


def test_a_known_town_with_an_article_is_one_place_but_two_names_stay_two() -> None:
    text = "Vecinos de Torrejón el Rubio. En Madrid el Gobierno calla."
    found = [
        mention(text, "Torrejón", "LOC"),
        mention(text, "Rubio", "ORG"),
        mention(text, "Madrid", "LOC"),
        mention(text, "Gobierno", "ORG"),
    ]
    assert spans(spanish_nature(text, found, "es")) == [
        ("Torrejón el Rubio", "LOC"),
        ("Madrid", "LOC"),
        ("Gobierno", "ORG"),
    ]
