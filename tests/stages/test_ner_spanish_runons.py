"""A Spanish tagger span run on across prose: "más" between two names, a range's two ends, a
known firm and its site, a name and an article with a noun, a connective or number opening a
sentence (ner/refine.py, ner/runaway.py).  Sentences written for the tests."""

from __future__ import annotations

from storywire.model import EntityType, Mention
from storywire.stages.ner.refine import refine


def refined(text: str, span: str, etype: EntityType) -> list[tuple[str, str]]:
    start = text.index(span)
    out = refine(text, [Mention(start, start + len(span), span, etype, model="test")], "es")
    return [(m.text, m.type) for m in out]


def test_mas_between_two_names_splits_them() -> None:
    text = "Los padres piden a la Diputación de Soria más plazas de Bachillerato Internacional."
    span = "Diputación de Soria más plazas de Bachillerato Internacional"
    assert ("Diputación de Soria", "ORG") in refined(text, span, "ORG")


def test_mas_without_a_name_after_it_is_no_split() -> None:
    text = "Dijo que Juan Pérez tiene más de 40 años."
    assert refined(text, "Juan Pérez", "PER") == [("Juan Pérez", "PER")]


def test_a_range_of_two_towns_is_two_places() -> None:
    text = "Las colas van de Reinosa a Aguilar de Campoo cada mañana."
    assert refined(text, "Reinosa a Aguilar de Campoo", "ORG") == [("Reinosa", "LOC"), ("Aguilar de Campoo", "LOC")]


def test_a_name_holding_a_is_not_a_range() -> None:
    text = "Habló la Asociación de Ayuda a Víctimas del Terrorismo ayer."
    span = "Asociación de Ayuda a Víctimas del Terrorismo"
    assert refined(text, span, "ORG") == [(span, "ORG")]


def test_a_known_firm_and_its_site_are_a_firm_and_a_place() -> None:
    text = "Trabaja en la planta de Renault en Villamayor de Campos desde 2010."
    assert refined(text, "Renault en Villamayor de Campos", "ORG") == [
        ("Renault", "ORG"),
        ("Villamayor de Campos", "LOC"),
    ]


def test_an_embassy_in_a_country_stays_one_body() -> None:
    text = "Lo confirmó la Embajada de España en Marruecos el lunes."
    assert refined(text, "Embajada de España en Marruecos", "ORG") == [("Embajada de España en Marruecos", "ORG")]


def test_a_name_then_an_article_and_a_noun_is_cut() -> None:
    text = "Lo contó a Radio Tordesillas el portavoz de la cooperativa."
    span = "Radio Tordesillas el portavoz de la cooperativa"
    assert refined(text, span, "ORG") == [("Radio Tordesillas", "ORG")]


def test_an_article_before_a_capitalised_epithet_stays() -> None:
    text = "El rey Alfonso X el Sabio fundó la escuela."
    assert refined(text, "Alfonso X el Sabio", "PER") == [("Alfonso X el Sabio", "PER")]


def test_a_connective_or_number_opening_a_sentence_is_no_name() -> None:
    text = "BURGOS, 3 (EFE) – Tres talleres cierran. Además, los clientes esperan."
    assert refined(text, "Tres talleres", "ORG") == []
    assert refined(text, "Además", "LOC") == []


def test_a_town_opening_a_sentence_stays() -> None:
    text = "Entonces llegó. Soria, por su parte, espera."
    assert refined(text, "Soria", "LOC") == [("Soria", "LOC")]


def test_a_capitalised_preposition_after_a_name_is_the_next_sentence() -> None:
    text = "Las tropas siguen en Irak Tras el brote de gripe, dijo."
    assert refined(text, "Irak Tras el brote de gripe", "ORG") == [("Irak", "LOC")]


def test_one_capitalised_word_before_an_article_may_open_the_sentence() -> None:
    text = "Vea los horarios del tren de hoy."
    assert ("Vea", "ORG") not in refined(text, "Vea los horarios", "ORG")
