"""Italian and Spanish hotels, restaurants, airports and families (ner/romance_hospitality.py).
Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.romance_hospitality import romance_hospitality


def test_a_capitalised_hotel_or_restaurant_is_one_place_and_its_town_another() -> None:
    text = "Lo chef ha lavorato al Grand Hotel Miramare di Sanremo e alla Trattoria del Ponte di Bra."
    found = [mention(text, "Grand Hotel Miramare di Sanremo", "ORG"), mention(text, "Trattoria del Ponte", "PER")]
    assert spans(romance_hospitality(text, found, "it")) == [
        ("Grand Hotel Miramare", "LOC"),
        ("Sanremo", "LOC"),
        ("Trattoria del Ponte", "LOC"),
        ("Bra", "LOC"),
    ]


def test_the_hotels_name_without_its_kind_word_is_the_same_place() -> None:
    text = "Il Relais Villa Gemma apre a maggio. Villa Gemma avrà venti camere."
    found = [mention(text, "Relais Villa Gemma", "ORG"), mention(text, "Villa Gemma", "PER")]
    assert spans(romance_hospitality(text, found, "it")) == [("Relais Villa Gemma", "LOC"), ("Villa Gemma", "LOC")]


def test_after_a_lower_case_kind_word_the_name_alone_is_the_place() -> None:
    text = "Se formó en el restaurante Arzak de San Sebastián y en el Hotel Reina Victoria de Ronda."
    found = [mention(text, "Arzak de San Sebastián", "ORG"), mention(text, "Hotel Reina Victoria de Ronda", "LOC")]
    assert spans(romance_hospitality(text, found, "es")) == [
        ("Arzak", "LOC"),
        ("San Sebastián", "LOC"),
        ("Hotel Reina Victoria", "LOC"),
        ("Ronda", "LOC"),
    ]


def test_a_parador_named_by_its_town_keeps_it() -> None:
    text = "Durmieron en el Parador de Cardona."
    assert spans(romance_hospitality(text, [mention(text, "Parador de Cardona", "ORG")], "es")) == [
        ("Parador de Cardona", "LOC")
    ]


def test_the_name_after_an_airports_lower_case_kind_word_is_a_place() -> None:
    text = "La ruta unirá el aeropuerto de Noáin con Roma."
    assert spans(romance_hospitality(text, [mention(text, "Noáin", "ORG")], "es")) == [("Noáin", "LOC")]
    text = "Un volo collegherà l'aeroporto di Cuneo con Parigi."
    assert spans(romance_hospitality(text, [], "it")) == [("Cuneo", "LOC")]


def test_a_family_named_by_its_surname_is_a_person_but_not_a_full_name() -> None:
    text = "Compra verduras a los hermanos Garmendia y a la familia Juan Pérez."
    found = [mention(text, "Garmendia", "LOC"), mention(text, "Juan Pérez", "PER")]
    assert spans(romance_hospitality(text, found, "es")) == [("Garmendia", "PER"), ("Juan Pérez", "PER")]


def test_lower_case_words_and_other_languages_are_left_alone() -> None:
    text = "Il ristorante è chiuso; un hotel di lusso aprirà."
    assert romance_hospitality(text, [], "it") == []
    text = "Das Hotel Adlon in Berlin."
    found = [mention(text, "Hotel Adlon", "ORG")]
    assert spans(romance_hospitality(text, found, "de")) == [("Hotel Adlon", "ORG")]


def test_an_english_shaped_hotel_and_a_brands_family_are_left_alone() -> None:
    text = "Posa al Post Oak Hotel di Uptown con la famiglia Caterpillar e i fratelli Abbona."
    found = [mention(text, "Caterpillar", "MISC"), mention(text, "Abbona", "ORG")]
    assert spans(romance_hospitality(text, found, "it")) == [("Caterpillar", "MISC"), ("Abbona", "PER")]


def test_a_hostel_is_a_place_but_its_name_inside_a_monastery_stays_there() -> None:
    text = "Abre la Hospedería San Bruno junto al monasterio de San Bruno."
    found = [mention(text, "Hospedería San Bruno", "ORG"), mention(text, "monasterio de San Bruno", "LOC")]
    assert spans(romance_hospitality(text, found, "es")) == [
        ("Hospedería San Bruno", "LOC"),
        ("monasterio de San Bruno", "LOC"),
    ]


def test_an_italian_lido_by_its_number_or_name_is_a_place_and_its_beach_another() -> None:
    text = "Il bagnino del Bagno 47 di Torre Pedrera è tornato. Al Bagno Nettuno si balla, a Bagno a Ripoli no."
    found = [
        mention(text, "Bagno", "LOC"),
        mention(text, "Torre Pedrera", "MISC"),
        mention(text, "Bagno a Ripoli", "LOC"),
    ]
    assert spans(romance_hospitality(text, found, "it")) == [
        ("Bagno 47", "LOC"),
        ("Torre Pedrera", "LOC"),
        ("Bagno Nettuno", "LOC"),
        ("Bagno a Ripoli", "LOC"),
    ]
