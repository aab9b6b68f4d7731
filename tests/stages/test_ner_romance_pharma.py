"""Medicines named with their kind noun, industrial estates, newspapers' titles and runs
cut to the body or acronym they end with."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.romance_pharma import romance_pharma


def test_a_medicine_named_with_its_kind_noun_is_no_name_anywhere() -> None:
    text = "Vendrá Cardiolix, un antibiótico. Aprobó el fármaco Neuroval. Venderá Neuroval en Chile."
    found = [
        mention(text, "Cardiolix", "PER"),
        mention(text, "Neuroval", "LOC"),
        mention(text, "Neuroval", "LOC", 1),
        mention(text, "Chile", "LOC"),
    ]
    assert spans(romance_pharma(text, found, "es")) == [("Chile", "LOC")]


def test_an_italian_vaccine_is_no_name_a_firm_before_a_comma_is() -> None:
    text = "Il vaccino Immunex arriva. Pfizer, una multinazionale, lo vende."
    found = [mention(text, "Immunex", "ORG"), mention(text, "Pfizer", "ORG")]
    assert spans(romance_pharma(text, found, "it")) == [("Pfizer", "ORG")]


def test_an_estate_gives_its_town_and_a_newspaper_is_a_body() -> None:
    text = "La nave del polígono industrial de Onzonilla, según El Diario de Burgos y La Rioja."
    found = [
        mention(text, "Onzonilla", "ORG"),
        mention(text, "El Diario de Burgos", "LOC"),
        mention(text, "La Rioja", "LOC"),
    ]
    assert spans(romance_pharma(text, found, "es")) == [
        ("Onzonilla", "LOC"),
        ("El Diario de Burgos", "ORG"),
        ("La Rioja", "LOC"),
    ]


def test_a_run_is_cut_to_the_body_or_the_acronym_it_ends_with() -> None:
    text = "El dinero llega por el plan del Ministerio de Sanidad. Si la OMS aprueba. Agencia Estatal de Meteorología."
    found = [
        mention(text, "El dinero llega por el plan del Ministerio de Sanidad", "ORG"),
        mention(text, "OMS aprueba", "ORG"),
        mention(text, "Agencia Estatal de Meteorología", "ORG"),
    ]
    assert spans(romance_pharma(text, found, "es")) == [
        ("Ministerio de Sanidad", "ORG"),
        ("OMS", "ORG"),
        ("Agencia Estatal de Meteorología", "ORG"),
    ]


def test_an_estate_without_its_de_gives_its_district() -> None:
    text = "Un taller del polígono Malpica, en la ciudad."
    found = [mention(text, "Malpica", "ORG")]
    assert spans(romance_pharma(text, found, "es")) == [("Malpica", "LOC")]


def test_a_plant_named_by_a_known_town_is_the_place_a_firm_plant_is_not() -> None:
    text = "Produce en la planta de Almussafes. Cierra la fábrica de Mercedes en Vitoria."
    found = [mention(text, "Almussafes", "ORG"), mention(text, "Mercedes", "ORG"), mention(text, "Vitoria", "LOC")]
    assert spans(romance_pharma(text, found, "es")) == [("Almussafes", "LOC"), ("Mercedes", "ORG"), ("Vitoria", "LOC")]


def test_a_paper_named_by_its_kind_and_town_without_article_is_a_body() -> None:
    text = "El alcalde lo dijo a Heraldo Huesca y a Diario Soria el lunes."
    found = [mention(text, "Heraldo Huesca", "PER"), mention(text, "Diario Soria", "PER")]
    assert spans(romance_pharma(text, found, "es")) == [("Heraldo Huesca", "ORG"), ("Diario Soria", "ORG")]


def test_a_person_beside_a_paper_stays_a_person() -> None:
    text = "Lo contó Diego Soria al periódico Diario Soria."
    found = [mention(text, "Diego Soria", "PER"), mention(text, "Diario Soria", "PER")]
    assert spans(romance_pharma(text, found, "es")) == [("Diego Soria", "PER"), ("Diario Soria", "ORG")]
