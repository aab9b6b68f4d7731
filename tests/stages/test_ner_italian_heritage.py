"""Italian superintendencies, partners' firms with their legal form and seat, museums with their
adjective, "Duomo" and national associations."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_heritage import italian_heritage


def test_a_superintendency_with_its_fields_and_provinces_is_one_body() -> None:
    text = (
        "Il via libera della Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di Lucca e "
        "Massa Carrara è arrivato."
    )
    found = [
        mention(text, "Soprintendenza Archeologia", "PER"),
        mention(text, "Belle Arti", "PER"),
        mention(text, "Lucca", "LOC"),
        mention(text, "Massa Carrara", "LOC"),
    ]
    assert spans(italian_heritage(text, found, "it")) == [
        ("Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di Lucca e Massa Carrara", "ORG"),
    ]


def test_a_superintendency_of_a_city_and_a_lower_case_one() -> None:
    text = "Lo dice la Soprintendenza speciale di Roma. La soprintendenza tace."
    found = [mention(text, "Roma", "LOC")]
    assert spans(italian_heritage(text, found, "it")) == [("Soprintendenza speciale di Roma", "ORG")]


def test_partners_with_a_legal_form_are_one_firm_and_its_seat_a_place() -> None:
    text = "Lavori alla ditta Edilizia Marchetti & Pellegrini S.p.A. di Jesi, non a Rossi & Bianchi."
    found = [
        mention(text, "Edilizia Marchetti", "ORG"),
        mention(text, "Pellegrini S.p.A. di Jesi", "PER"),
        mention(text, "Rossi & Bianchi", "ORG"),
    ]
    assert spans(italian_heritage(text, found, "it")) == [
        ("Edilizia Marchetti & Pellegrini S.p.A.", "ORG"),
        ("Jesi", "LOC"),
        ("Rossi & Bianchi", "ORG"),
    ]


def test_a_museum_keeps_its_adjective_but_not_a_following_word() -> None:
    text = "Esposta al Museo civico di Bassano, poi al Museo per tre mesi."
    found = [mention(text, "Museo", "LOC"), mention(text, "Bassano", "LOC"), mention(text, "Museo", "LOC", 1)]
    assert spans(italian_heritage(text, found, "it")) == [
        ("Museo civico", "LOC"),
        ("Bassano", "LOC"),
        ("Museo", "LOC"),
    ]


def test_duomo_is_a_place_and_known_associations_are_bodies() -> None:
    text = "Legambiente e il Fondo Ambiente Italiano chiedono di riaprire il Duomo. Lo dice Rossi."
    found = [
        mention(text, "Legambiente", "PER"),
        mention(text, "Fondo Ambiente Italiano", "LOC"),
        mention(text, "Duomo", "MISC"),
        mention(text, "Rossi", "PER"),
    ]
    assert spans(italian_heritage(text, found, "it")) == [
        ("Legambiente", "ORG"),
        ("Fondo Ambiente Italiano", "ORG"),
        ("Duomo", "LOC"),
        ("Rossi", "PER"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "La Soprintendenza Archeologia de Madrid."
    found = [mention(text, "Soprintendenza Archeologia", "PER")]
    assert spans(italian_heritage(text, found, "es")) == [("Soprintendenza Archeologia", "PER")]
