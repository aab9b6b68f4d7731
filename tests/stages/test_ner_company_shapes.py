"""Companies by the shape of their names (ner/company_shapes.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.company_shapes import companies_by_shape, rare_acronyms


def test_a_firms_last_word_makes_a_person_a_company_and_its_first_word_too() -> None:
    text = "Rahman Textiles and Kivu Mining grew; Rahman hired. Maria Holding spoke."
    found = [
        mention(text, "Rahman Textiles", "PER"),
        mention(text, "Kivu Mining", "PER"),
        mention(text, "Rahman", "PER", nth=1),
        mention(text, "Maria Holding", "PER"),
    ]
    assert spans(companies_by_shape(text, found, "en")) == [
        ("Rahman Textiles", "ORG"),
        ("Kivu Mining", "ORG"),
        ("Rahman", "ORG"),
        ("Maria Holding", "ORG"),
    ]


def test_a_country_ends_a_firm_only_after_no_given_name() -> None:
    text = "Levante Hellas crece; Carolina España habló."
    found = [mention(text, "Levante Hellas", "PER"), mention(text, "Carolina España", "PER")]
    assert spans(companies_by_shape(text, found, "es")) == [("Levante Hellas", "ORG"), ("Carolina España", "PER")]


def test_a_family_firm_and_a_latin_name_in_cyrillic_text() -> None:
    text = "Фабрика Okoye & Sons і компанія Lithium Americas підписали угоду з Олегом Петренком."
    found = [
        mention(text, "Okoye", "PER"),
        mention(text, "Lithium Americas", "PER"),
        mention(text, "Олегом Петренком", "PER"),
    ]
    assert spans(companies_by_shape(text, found, "uk")) == [
        ("Okoye & Sons", "ORG"),
        ("Lithium Americas", "ORG"),
        ("Олегом Петренком", "PER"),
    ]


def test_a_rare_acronym_is_a_body_a_common_one_or_a_shouted_headline_is_not() -> None:
    text = "Le groupe KMCC a déposé plainte; le PIB a baissé. FLOODS HIT PORT. Louis XIV régnait."
    found = [mention(text, "KMCC", "MISC")]
    assert spans(rare_acronyms(text, found, "fr")) == [("KMCC", "ORG")]
    assert rare_acronyms("Сообщил КМСС.", [], "ru") == []
    assert rare_acronyms("The file holds one JSON object per line.", [], "en") == []


def test_founders_joined_by_an_ampersand_and_a_practice_with_partners_are_firms() -> None:
    text = "Das Büro Brenner & Sohm baut, nicht Anna Berg & Jan Wolf. Projekt: Lindqvist Nash Architects."
    found = [
        mention(text, "Brenner", "PER"),
        mention(text, "Sohm", "MISC"),
        mention(text, "Anna Berg", "PER"),
        mention(text, "Jan Wolf", "PER"),
        mention(text, "Lindqvist Nash Architects", "PER"),
    ]
    assert spans(companies_by_shape(text, found, "de")) == [
        ("Brenner & Sohm", "ORG"),
        ("Anna Berg", "PER"),
        ("Jan Wolf", "PER"),
        ("Lindqvist Nash Architects", "ORG"),
    ]
    text = "Проєкт підготувало бюро Гнатюк і партнери."
    assert spans(companies_by_shape(text, [mention(text, "Гнатюк", "PER")], "uk")) == [("Гнатюк і партнери", "ORG")]


def test_a_radio_station_and_a_photo_agency_are_bodies() -> None:
    text = "Lavorò per Radio Popolare e per Contrasto Photos."
    found = [mention(text, "Radio Popolare", "PER"), mention(text, "Contrasto Photos", "PER")]
    assert spans(companies_by_shape(text, found, "it")) == [("Radio Popolare", "ORG"), ("Contrasto Photos", "ORG")]


def test_a_cooperative_is_a_body() -> None:
    text = "La Cooperativa Agricola Brenta vende."
    found = [mention(text, "Cooperativa Agricola Brenta", "PER")]
    assert spans(companies_by_shape(text, found, "it")) == [("Cooperativa Agricola Brenta", "ORG")]


def test_an_italian_acronym_in_title_case_after_an_article_is_a_body() -> None:
    from storywire.stages.ner.company_shapes import italian_acronyms

    text = "Intanto dalla Figc arriva il via libera, e alla Covisoc i conti; a Brest e nel Sindh piove."
    found = [
        mention(text, "Figc", "LOC"),
        mention(text, "Covisoc", "MISC"),
        mention(text, "Brest", "LOC"),
        mention(text, "Sindh", "LOC"),
    ]
    assert spans(italian_acronyms(text, found, "it")) == [
        ("Figc", "ORG"),
        ("Covisoc", "ORG"),
        ("Brest", "LOC"),
        ("Sindh", "LOC"),
    ]
    assert spans(italian_acronyms(text, [mention(text, "Figc", "LOC")], "es")) == [("Figc", "LOC")]


def test_a_bodys_head_or_a_labs_word_makes_a_span_typed_person_a_body() -> None:
    from storywire.stages.ner.company_shapes import companies_by_shape

    text = "del Dipartimento di Fisica e da Novartis Diagnostics, disse Anna Rossi."
    found = [
        mention(text, "Dipartimento di Fisica", "PER"),
        mention(text, "Novartis Diagnostics", "PER"),
        mention(text, "Anna Rossi", "PER"),
    ]
    assert spans(companies_by_shape(text, found, "it")) == [
        ("Dipartimento di Fisica", "ORG"),
        ("Novartis Diagnostics", "ORG"),
        ("Anna Rossi", "PER"),
    ]


def test_a_camel_case_name_is_a_body_but_not_a_surname_or_a_longer_names_end() -> None:
    from storywire.stages.ner.company_shapes import camel_case_bodies

    text = "Un groupe appelé DarkVault, selon McCarthy et DeepMind, au Geneva BioCampus."
    found = [mention(text, "McCarthy", "PER"), mention(text, "DeepMind", "PER")]
    assert spans(camel_case_bodies(text, found, "fr")) == [
        ("DarkVault", "ORG"),
        ("McCarthy", "PER"),
        ("DeepMind", "ORG"),
    ]
    assert camel_case_bodies(text, [], "ru") == []


def test_a_firm_written_as_its_web_address_is_one_body_but_a_url_is_not() -> None:
    from storywire.stages.ner.company_shapes import web_address_firms

    text = "Prenotazioni su Booking.com e Allegro.pl; dettagli su www.Booking.com o info@Hotel.it."
    found = [mention(text, "Booking", "MISC")]
    assert spans(web_address_firms(text, found)) == [("Booking.com", "ORG"), ("Allegro.pl", "ORG")]
    assert web_address_firms("Nessun sito qui", []) == []


def test_a_label_or_publisher_read_as_a_work_is_a_firm() -> None:
    text = "Le label Vent & Marée Records publie le disque ; « Marée Haute » sort en mai."
    found = [mention(text, "Vent & Marée Records", "MISC"), mention(text, "Marée Haute", "MISC")]
    assert spans(companies_by_shape(text, found, "fr")) == [("Vent & Marée Records", "ORG"), ("Marée Haute", "MISC")]


def test_a_camel_case_name_with_an_umlaut_is_a_body_but_not_a_surname() -> None:
    from storywire.stages.ner.company_shapes import camel_case_bodies

    text = "HessenFörster hat geliefert, sagte Müller. EtwasÄhnliches nicht."
    found = [mention(text, "Müller", "PER")]
    assert spans(camel_case_bodies(text, found, "de")) == [("HessenFörster", "ORG"), ("Müller", "PER")]


def test_a_hauliers_freight_or_haulage_word_makes_a_firm_not_a_person() -> None:
    text = "Wearside Freight and Pennine Haulage took over; Tom Freeman drove."
    found = [
        mention(text, "Wearside Freight", "PER"),
        mention(text, "Pennine Haulage", "PER"),
        mention(text, "Tom Freeman", "PER"),
    ]
    assert spans(companies_by_shape(text, found, "en")) == [
        ("Wearside Freight", "ORG"),
        ("Pennine Haulage", "ORG"),
        ("Tom Freeman", "PER"),
    ]


def test_a_cooperative_cut_at_its_saints_word_takes_the_saints_name() -> None:
    text = "Parla il presidente della Cooperativa Pescatori San Marco, che riunisce 40 barche."
    found = [mention(text, "Cooperativa Pescatori San", "PER")]
    assert spans(companies_by_shape(text, found, "it")) == [("Cooperativa Pescatori San Marco", "ORG")]


def test_a_cooperative_not_ending_on_a_saints_word_keeps_its_span() -> None:
    text = "Parla il presidente della Cooperativa Pescatori Adriatici Marco Rossi, oggi."
    found = [mention(text, "Cooperativa Pescatori Adriatici", "PER"), mention(text, "Marco Rossi", "PER")]
    assert spans(companies_by_shape(text, found, "it")) == [
        ("Cooperativa Pescatori Adriatici", "ORG"),
        ("Marco Rossi", "PER"),
    ]
