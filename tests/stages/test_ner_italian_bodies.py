"""Italian professional orders, association branches and portfolios in job titles."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_bodies import italian_bodies


def test_an_order_with_its_province_is_one_body() -> None:
    text = "Per l'Ordine dei Geologi della Provincia di Savona e l'Ordine degli Architetti di Roma, no."
    found = [mention(text, "Ordine", "ORG"), mention(text, "Geologi della Provincia di Savona", "ORG")]
    assert spans(italian_bodies(text, found, "it")) == [
        ("Ordine dei Geologi della Provincia di Savona", "ORG"),
        ("Ordine degli Architetti di Roma", "ORG"),
    ]


def test_an_association_and_its_region_are_one_body() -> None:
    text = "Coldiretti Piemonte e Legambiente Sicilia chiedono fondi; Legambiente Mario no."
    found = [mention(text, "Coldiretti Piemonte", "PER"), mention(text, "Legambiente Sicilia", "PER")]
    assert spans(italian_bodies(text, found, "it")) == [
        ("Coldiretti Piemonte", "ORG"),
        ("Legambiente Sicilia", "ORG"),
    ]


def test_a_portfolio_after_an_assessor_is_no_body() -> None:
    text = "L'assessore regionale alla Sanità ha incontrato la Protezione civile."
    found = [mention(text, "Sanità", "ORG"), mention(text, "Protezione civile", "ORG")]
    assert spans(italian_bodies(text, found, "it")) == [("Protezione civile", "ORG")]


def test_a_diocesan_charity_with_its_diocese_is_one_body() -> None:
    text = "La Caritas diocesana di Trapani aiuta; la Caritas nazionale pure."
    found = [mention(text, "Caritas", "ORG"), mention(text, "Trapani", "LOC"), mention(text, "Caritas", "ORG", 1)]
    assert spans(italian_bodies(text, found, "it")) == [("Caritas diocesana di Trapani", "ORG"), ("Caritas", "ORG")]


def test_a_council_with_its_town_and_a_local_bank_are_one_body() -> None:
    text = "Il piano fu approvato dal Consiglio comunale di Barolo, con un mutuo della Cassa di Risparmio di Bra."
    found = [mention(text, "Consiglio", "ORG"), mention(text, "Barolo", "LOC"), mention(text, "Cassa", "PER")]
    assert spans(italian_bodies(text, found, "it")) == [
        ("Consiglio comunale di Barolo", "ORG"),
        ("Cassa di Risparmio di Bra", "ORG"),
    ]


def test_a_portfolio_read_into_a_persons_name_goes_but_not_a_name_alone() -> None:
    text = "C'era l'assessora regionale alla Sanità Giulia Ferro; parla alla Camera Luca Neri."
    found = [mention(text, "alla Sanità Giulia Ferro", "PER"), mention(text, "alla Camera Luca Neri", "PER")]
    assert spans(italian_bodies(text, found, "it")) == [("Giulia Ferro", "PER"), ("alla Camera Luca Neri", "PER")]
    text = "Il consiglio comunale di Bra."
    assert italian_bodies(text, [], "it") == []


def test_a_cyclists_section_and_a_banks_foundation_are_one_body_each() -> None:
    text = "Fiab Torino e la Fondazione Cassa di Risparmio di Cuneo finanziano la pista."
    found = [
        mention(text, "Fiab Torino", "PER"),
        mention(text, "Fondazione Cassa di Risparmio", "ORG"),
        mention(text, "Cuneo", "LOC"),
    ]
    assert spans(italian_bodies(text, found, "it")) == [
        ("Fiab Torino", "ORG"),
        ("Fondazione Cassa di Risparmio di Cuneo", "ORG"),
    ]


def test_a_portfolio_read_as_a_place_is_dropped() -> None:
    text = "L'assessore regionale ai Trasporti, Anna Neri, ha incontrato i sindaci a Cagliari."
    found = [
        mention(text, "Trasporti", "LOC"),
        mention(text, "Anna Neri", "PER"),
        mention(text, "Cagliari", "LOC"),
    ]
    assert spans(italian_bodies(text, found, "it")) == [("Anna Neri", "PER"), ("Cagliari", "LOC")]


def test_a_place_after_a_preposition_without_an_assessor_stays() -> None:
    text = "Il treno arriva alle Cinque Terre in serata."
    found = [mention(text, "Cinque Terre", "LOC")]
    assert spans(italian_bodies(text, found, "it")) == [("Cinque Terre", "LOC")]


def test_an_associations_sector_read_as_a_person_is_a_body() -> None:
    text = "Il tavolo con le cooperative e Confcommercio Imprese Turismo si tiene venerdì."
    found = [mention(text, "Confcommercio Imprese Turismo", "PER")]
    assert spans(italian_bodies(text, found, "it")) == [("Confcommercio Imprese Turismo", "ORG")]


def test_a_person_not_opened_by_an_association_stays_a_person() -> None:
    text = "Il tavolo con le cooperative e Carla Ciaccia Turrini si tiene venerdì."
    found = [mention(text, "Carla Ciaccia Turrini", "PER")]
    assert spans(italian_bodies(text, found, "it")) == [("Carla Ciaccia Turrini", "PER")]
