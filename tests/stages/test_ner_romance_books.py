"""Italian and Spanish news of publishers, libraries, book fairs and observatories: kind words
opening a firm's or a library's name, fair venues, long bodies' names, towns named as a
council's territory, distances to a site, celestial bodies and auxiliary verbs."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.romance_books import romance_books


def test_a_publisher_or_bookshop_opened_by_its_kind_word_is_a_body() -> None:
    text = "Esce per le Edizioni della Brenta, si trova alla Libreria Gulliver, lo pubblica la Wydawnictwo Biały Kruk."
    found = [
        mention(text, "Edizioni della Brenta", "PER"),
        mention(text, "Libreria Gulliver", "PER"),
        mention(text, "Wydawnictwo Biały Kruk", "PER"),
    ]
    assert spans(romance_books(text, found, "it")) == [
        ("Edizioni della Brenta", "ORG"),
        ("Libreria Gulliver", "ORG"),
        ("Wydawnictwo Biały Kruk", "ORG"),
    ]
    text = "La novela sale con Ediciones del Tormes."
    assert spans(romance_books(text, [mention(text, "Ediciones del Tormes", "LOC")], "es")) == [
        ("Ediciones del Tormes", "ORG")
    ]


def test_a_library_with_a_name_of_its_own_and_its_town_are_two_but_a_civic_library_is_one() -> None:
    text = "La Biblioteca Estense di Modena e la Biblioteca Civica di Rovereto prestano i volumi."
    found = [
        mention(text, "Biblioteca Estense di Modena", "ORG"),
        mention(text, "Biblioteca Civica di Rovereto", "ORG"),
    ]
    assert spans(romance_books(text, found, "it")) == [
        ("Biblioteca Estense", "ORG"),
        ("Modena", "LOC"),
        ("Biblioteca Civica di Rovereto", "ORG"),
    ]


def test_a_fair_venue_after_a_locative_is_a_place_and_so_is_its_head() -> None:
    text = "Il Portello fa il pieno. La fiera apre negli spazi di Portello Fiere con 300 espositori."
    found = [mention(text, "Portello", "ORG"), mention(text, "Portello Fiere", "PER")]
    assert spans(romance_books(text, found, "it")) == [("Portello", "LOC"), ("Portello Fiere", "LOC")]


def test_a_fair_named_by_its_goods_is_no_name_where_the_article_speaks_of_a_fair() -> None:
    text = "Salone del Mobile, record di visitatori. La fiera chiude domenica."
    assert spans(romance_books(text, [mention(text, "Salone del Mobile", "PER")], "it")) == []
    text = "Il Salone del Mobile era affollato."
    assert spans(romance_books(text, [mention(text, "Salone del Mobile", "PER")], "it")) == [
        ("Salone del Mobile", "PER")
    ]


def test_an_association_runs_to_its_agreeing_adjective_and_a_foundation_to_its_aims() -> None:
    text = "Lo dice l'Associazione dei librai antiquari, con la Fondazione per la scuola, il teatro e la lettura."
    found = [mention(text, "Associazione dei librai", "ORG"), mention(text, "Fondazione", "ORG")]
    assert spans(romance_books(text, found, "it")) == [
        ("Associazione dei librai antiquari", "ORG"),
        ("Fondazione per la scuola, il teatro e la lettura", "ORG"),
    ]
    text = "Lo dice l'Associazione dei librai oggi."
    found = [mention(text, "Associazione dei librai", "ORG")]
    assert spans(romance_books(text, found, "it")) == [("Associazione dei librai", "ORG")]


def test_a_town_named_as_a_councils_territory_is_a_place_everywhere() -> None:
    text = (
        "Villar del Salz (Teruel) – El Ayuntamiento de Villar del Salz cede el solar. "
        "La alcaldesa de Villar del Salz, Ana Gil, lo celebra con chavales de Cedrillas."
    )
    found = [
        mention(text, "Villar del Salz", "ORG"),
        mention(text, "Ayuntamiento de Villar del Salz", "ORG"),
        mention(text, "Ana Gil", "PER"),
        mention(text, "Cedrillas", "ORG"),
    ]
    assert spans(romance_books(text, found, "es")) == [
        ("Villar del Salz", "LOC"),
        ("Ayuntamiento de Villar del Salz", "ORG"),
        ("Villar del Salz", "LOC"),
        ("Ana Gil", "PER"),
        ("Cedrillas", "LOC"),
    ]


def test_a_portfolio_after_a_councillor_is_no_town() -> None:
    text = "La concejala de Cultura, Eva Ruiz, lo anunció."
    assert spans(romance_books(text, [mention(text, "Eva Ruiz", "PER")], "es")) == [("Eva Ruiz", "PER")]


def test_a_site_a_distance_is_measured_to_is_a_place() -> None:
    text = "La cúpula está a cinco kilómetros del Observatorio de Calar Alto."
    found = [mention(text, "Observatorio de Calar Alto", "ORG")]
    assert spans(romance_books(text, found, "es")) == [("Observatorio de Calar Alto", "LOC")]


def test_celestial_bodies_in_astronomy_news_and_opening_auxiliaries_are_no_names() -> None:
    text = 'Los socios siguen asteroides cercanos a la Tierra y la Vía Láctea. "Hay mucho cielo", dijo. Habrá cola.'
    found = [
        mention(text, "Tierra", "LOC"),
        mention(text, "Vía Láctea", "ORG"),
        mention(text, "Hay", "ORG"),
        mention(text, "Habrá", "ORG"),
    ]
    assert spans(romance_books(text, found, "es")) == []
    text = "La ong Tierra y Libertad reparte ayuda: la Tierra prometida."
    assert spans(romance_books(text, [mention(text, "Tierra", "ORG")], "es")) == [("Tierra", "ORG")]


def test_a_miscellany_the_article_also_types_a_place_is_the_place() -> None:
    text = "La casa editrice di Vigevano apre una sede a Vigevano."
    found = [mention(text, "Vigevano", "MISC"), mention(text, "Vigevano", "LOC", nth=1)]
    assert spans(romance_books(text, found, "it")) == [("Vigevano", "LOC"), ("Vigevano", "LOC")]
    text = "Aperto il negozio dei regali di Zalando. Chi compra a Zalando?"
    found = [mention(text, "Zalando", "MISC"), mention(text, "Zalando", "LOC", nth=1)]
    assert spans(romance_books(text, found, "it")) == [("Zalando", "MISC"), ("Zalando", "LOC")]
