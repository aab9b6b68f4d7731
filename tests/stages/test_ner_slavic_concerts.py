"""Stages, churches, brands, policies, zones, ministries and surnames in Polish, Russian and
Ukrainian (ner/slavic_concerts.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_concerts import slavic_concerts


def test_a_theatre_on_whose_stage_a_concert_is_given_is_a_place_not_one_that_acts() -> None:
    text = "Концерт пройдёт на сцене Омского музыкального театра. Омский драматический театр объявил сезон."
    found = [mention(text, "Омского музыкального театра", "ORG"), mention(text, "Омский драматический театр", "ORG")]
    assert spans(slavic_concerts(text, found, "ru")) == [
        ("Омского музыкального театра", "LOC"),
        ("Омский драматический театр", "ORG"),
    ]


def test_a_temple_is_a_place_a_church_that_acts_is_not_retyped() -> None:
    text = "Ансамбль возник при Никольском храме. Русская православная церковь заявила иное."
    found = [mention(text, "Никольском храме", "ORG"), mention(text, "Русская православная церковь", "ORG")]
    assert spans(slavic_concerts(text, found, "ru")) == [
        ("Никольском храме", "LOC"),
        ("Русская православная церковь", "ORG"),
    ]


def test_a_brand_and_a_policy_are_not_names_a_firm_after_them_stays() -> None:
    text = "Spółka sprzedaje lek pod marką Zorvax. Polisa „Bezpieczny Dom” od firmy Asekurant."
    found = [mention(text, "Zorvax", "PER"), mention(text, "Bezpieczny Dom", "ORG"), mention(text, "Asekurant", "ORG")]
    assert spans(slavic_concerts(text, found, "pl")) == [("Asekurant", "ORG")]
    uk = "Клієнти купували поліс «Тиха гавань» у компанії «Оберіг»."
    found = [mention(uk, "Тиха гавань", "ORG"), mention(uk, "Оберіг", "ORG")]
    assert spans(slavic_concerts(uk, found, "uk")) == [("Оберіг", "ORG")]


def test_a_zones_name_is_a_place_a_lower_case_zone_word_alone_is_not() -> None:
    text = "Hala stanie w strefie Tech-Park Sandomierz, a nie w strefie przemysłowej."
    found = [mention(text, "Tech-Park Sandomierz", "PER")]
    assert spans(slavic_concerts(text, found, "pl")) == [("Tech-Park Sandomierz", "LOC")]


def test_a_polish_ministry_with_its_portfolio_is_one_body_a_person_after_it_is_not_taken() -> None:
    text = (
        "Wiadomo, że Ministerstwo Rodziny, Pracy i Polityki Społecznej milczy, "
        "a rzecznik Ministerstwa Sportu Jan Nowak nie."
    )
    found = [mention(text, "Ministerstwa Sportu Jan Nowak", "PER")]
    assert spans(slavic_concerts(text, found, "pl")) == [
        ("Ministerstwo Rodziny, Pracy i Polityki Społecznej", "ORG"),
        ("Ministerstwa Sportu Jan Nowak", "PER"),
    ]
    country = "Umowę z Ministerstwem Infrastruktury Ukrainy podpisano."
    found = [mention(country, "Ministerstwem Infrastruktury", "ORG"), mention(country, "Ukrainy", "LOC")]
    assert spans(slavic_concerts(country, found, "pl")) == [("Ministerstwem Infrastruktury", "ORG"), ("Ukrainy", "LOC")]


def test_a_genitive_surname_is_the_person_bare_too_a_town_in_its_locative_is_not() -> None:
    text = "Прозвучит симфония Калинникова. «Калинников писал её в Ялте», — сказал дирижёр. В Калинникове тихо."
    found = [mention(text, "Калинникова", "PER")]
    assert spans(slavic_concerts(text, found, "ru")) == [("Калинникова", "PER"), ("Калинников", "PER")]


def test_a_special_economic_zone_where_a_plant_stands_is_a_place_cut_at_its_name() -> None:
    text = "Huta działa na terenie Kostrzyńsko-Słubickiej Specjalnej Strefy Ekonomicznej od 2015 roku."
    found = [mention(text, "Kostrzyńsko-Słubickiej Specjalnej Strefy Ekonomicznej od 2015", "ORG")]
    assert spans(slavic_concerts(text, found, "pl")) == [
        ("Kostrzyńsko-Słubickiej Specjalnej Strefy Ekonomicznej", "LOC")
    ]
    # the zone's operator, a longer body, stays
    body = "Zarząd Kostrzyńsko-Słubickiej Specjalnej Strefy Ekonomicznej ogłosił przetarg."
    held = [mention(body, "Zarząd Kostrzyńsko-Słubickiej Specjalnej Strefy Ekonomicznej", "ORG")]
    assert spans(slavic_concerts(body, held, "pl")) == [
        ("Zarząd Kostrzyńsko-Słubickiej Specjalnej Strefy Ekonomicznej", "ORG")
    ]


def test_a_foods_quoted_name_after_its_kind_is_no_name() -> None:
    text = "Крамниці мережі «Сільпо» продають сиру «Лісовий» мало, а sera „Bursztyn” більше."
    found = [mention(text, "Сільпо", "ORG"), mention(text, "Лісовий", "ORG"), mention(text, "Bursztyn", "LOC")]
    assert spans(slavic_concerts(text, found, "uk")) == [("Сільпо", "ORG")]
