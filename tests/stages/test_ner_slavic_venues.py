"""Venues, resorts, hotels and restaurants, datelines' towns and regional administrations in
Polish, Russian and Ukrainian (ner/slavic_venues.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_venues import slavic_venues


def test_a_venues_quoted_name_is_a_place_and_so_is_the_name_quoted_again() -> None:
    text = (
        "Концертный зал «Северное сияние» открылся. Певица вернётся в «Северное сияние» весной, "
        "а в «Северном сиянии» уже ремонт."
    )
    found = [
        mention(text, "Северное сияние", "ORG"),
        mention(text, "Северное сияние", "ORG", 1),
        mention(text, "Северном сиянии", "ORG"),
    ]
    assert spans(slavic_venues(text, found, "ru")) == [
        ("Северное сияние", "LOC"),
        ("Северное сияние", "LOC"),
        ("Северном сиянии", "LOC"),
    ]


def test_a_resort_and_a_restaurant_are_places_a_firm_and_a_theatre_are_not() -> None:
    text = (
        "Гірськолижний курорт «Гірська казка» відкрили, ресторан «Стара пошта» теж. "
        "Театр «Перлина» оголосив сезон, ТОВ «Гірська пошта» мовчить."
    )
    found = [
        mention(text, "Гірська казка", "ORG"),
        mention(text, "Стара пошта", "ORG"),
        mention(text, "Перлина", "ORG"),
        mention(text, "ТОВ «Гірська пошта»", "ORG"),
    ]
    assert spans(slavic_venues(text, found, "uk")) == [
        ("Гірська казка", "LOC"),
        ("Стара пошта", "LOC"),
        ("Перлина", "ORG"),
        ("ТОВ «Гірська пошта»", "ORG"),
    ]


def test_quoted_speech_is_no_venue() -> None:
    text = "«Курорт готовий», — сказав директор. Гості приїхали до «Смереки»."
    found = [mention(text, "Смереки", "ORG")]
    assert spans(slavic_venues(text, found, "uk")) == [("Смереки", "ORG")]


def test_a_polish_hotels_and_restaurants_name_is_a_place_but_not_a_persons() -> None:
    text = (
        "Goście nocują w hotelu Grand Resort & Spa, a obiad jedzą w restauracji Chata pod Lasem. "
        "Kolację zjedli w restauracji Magdy Gessler."
    )
    found = [
        mention(text, "Grand Resort & Spa", "ORG"),
        mention(text, "Lasem", "LOC"),
        mention(text, "Magdy Gessler", "PER"),
    ]
    assert spans(slavic_venues(text, found, "pl")) == [
        ("Grand Resort & Spa", "LOC"),
        ("Chata pod Lasem", "LOC"),
        ("Magdy Gessler", "PER"),
    ]


def test_a_datelines_town_named_again_is_a_place_everywhere() -> None:
    text = "Zakopane szykuje sezon\n\nZAKOPANE – Burmistrz Zakopanego zapowiedział zmiany. Zakopane tętni życiem."
    found = [mention(text, "Zakopane", "ORG"), mention(text, "Zakopane", "ORG", 1)]
    assert spans(slavic_venues(text, found, "pl")) == [
        ("Zakopane", "LOC"),
        ("ZAKOPANE", "LOC"),
        ("Zakopanego", "LOC"),
        ("Zakopane", "LOC"),
    ]


def test_a_datelines_town_before_its_mayors_name_is_split_its_adjective_is_not_taken() -> None:
    text = "Новини\n\nКОСІВ – Міський голова Косова Петро Гнатюк відкрив ярмарок. Косівська міська рада погодила."
    found = [mention(text, "Косова Петро Гнатюк", "PER"), mention(text, "Косівська міська рада", "ORG")]
    assert spans(slavic_venues(text, found, "uk")) == [
        ("КОСІВ", "LOC"),
        ("Косова", "LOC"),
        ("Петро Гнатюк", "PER"),
        ("Косівська міська рада", "ORG"),
    ]


def test_no_dateline_named_again_no_change() -> None:
    text = "Новини\n\nНАТО – союз, який провів навчання."
    assert spans(slavic_venues(text, [mention(text, "НАТО", "ORG")], "uk")) == [("НАТО", "ORG")]


def test_a_regional_administration_with_its_regions_adjective_is_one_body() -> None:
    text = "Заступник голови Львівської ОВА прибув до Львівської області."
    found = [
        mention(text, "Львівської", "LOC"),
        mention(text, "ОВА", "ORG"),
        mention(text, "Львівської області", "LOC"),
    ]
    assert spans(slavic_venues(text, found, "uk")) == [("Львівської ОВА", "ORG"), ("Львівської області", "LOC")]


def test_a_settlement_of_modular_homes_gives_its_quoted_name() -> None:
    text = "Переселенців поселили в модульному містечку «Сонячна долина» біля Луцька."
    found = slavic_venues(text, [mention(text, "Сонячна долина", "ORG"), mention(text, "Луцька", "LOC")], "uk")
    assert spans(found) == [("Сонячна долина", "LOC"), ("Луцька", "LOC")]
    # a quoted firm with no settlement's kind word stays a firm
    text = "Будівельна фірма «Сонячна долина» виграла тендер."
    found = slavic_venues(text, [mention(text, "Сонячна долина", "ORG")], "uk")
    assert spans(found) == [("Сонячна долина", "ORG")]


def test_a_cinemas_quoted_name_is_a_place() -> None:
    text = "Репетиции идут в бывшем кинотеатре «Рассвет», а театр «Маяк» объявил сезон."
    found = [mention(text, "Рассвет", "ORG"), mention(text, "Маяк", "ORG")]
    assert spans(slavic_venues(text, found, "ru")) == [("Рассвет", "LOC"), ("Маяк", "ORG")]


def test_a_datelines_town_with_a_fleeting_e_is_the_town_in_its_other_cases() -> None:
    text = (
        "BOLESŁAWIEC, Jan Nowak\n\nFabryka w Bolesławcu rośnie, a burmistrz Bolesławca chwali plan. "
        "Prezes Bolesławski milczy."
    )
    found = [
        mention(text, "Bolesławcu", "PER"),
        mention(text, "Bolesławca", "PER"),
        mention(text, "Bolesławski", "PER"),
    ]
    assert spans(slavic_venues(text, found, "pl")) == [
        ("BOLESŁAWIEC", "LOC"),
        ("Bolesławcu", "LOC"),
        ("Bolesławca", "LOC"),
        ("Bolesławski", "PER"),
    ]


def test_a_film_studio_is_a_place_where_sets_are_built_and_a_body_where_it_acts() -> None:
    text = (
        "Декорации построят в павильонах Приморской киностудии. Приморская киностудия также даст "
        "реквизит. Зйомки пройдуть на Волинській кіностудії."
    )
    found = [mention(text, "Приморской киностудии", "ORG")]
    assert spans(slavic_venues(text, found, "ru")) == [
        ("Приморской киностудии", "LOC"),
        ("Приморская киностудия", "ORG"),
        ("Волинській кіностудії", "LOC"),
    ]


def test_a_casinos_quoted_name_is_a_place_without_its_quotes() -> None:
    text = "Spółka prowadzi kasyno „Jantar” w Sopocie."
    found = [mention(text, "kasyno „Jantar”", "ORG"), mention(text, "Sopocie", "LOC")]
    assert spans(slavic_venues(text, found, "pl")) == [("Jantar", "LOC"), ("Sopocie", "LOC")]
    text = "Посетители казино «Фортуна» в Сочи пожаловались."
    found = [mention(text, "Фортуна", "ORG"), mention(text, "Сочи", "LOC")]
    assert spans(slavic_venues(text, found, "ru")) == [("Фортуна", "LOC"), ("Сочи", "LOC")]


def test_a_pool_a_sports_complex_a_beach_and_an_exhibition_centre_are_places() -> None:
    text = (
        "Воду в басейні «Дельфін» перевірили, а басейну спорткомплексу «Спартак» ні. "
        "Ярмарок відбудеться у виставковому центрі «Полтава Експо». Выставку проведут в выставочном "
        "центре «Кама Экспо», а на пляже «Золотой берег» дежурят спасатели."
    )
    found = [
        mention(text, "Дельфін", "ORG"),
        mention(text, "Спартак", "ORG"),
        mention(text, "Полтава Експо", "ORG"),
        mention(text, "Кама Экспо", "ORG"),
        mention(text, "Золотой берег", "ORG"),
    ]
    assert spans(slavic_venues(text, found, "uk")) == [
        ("Дельфін", "LOC"),
        ("Спартак", "LOC"),
        ("Полтава Експо", "LOC"),
        ("Кама Экспо", "LOC"),
        ("Золотой берег", "LOC"),
    ]


def test_a_centre_that_is_no_exhibition_centre_keeps_its_type() -> None:
    text = "Правозахисний центр «Право на дім» подав позов."
    found = [mention(text, "Право на дім", "ORG")]
    assert spans(slavic_venues(text, found, "uk")) == [("Право на дім", "ORG")]


def test_a_polish_hotels_one_word_name_is_the_hotel_even_where_it_reads_as_a_given_name() -> None:
    text = "Goście z hotelu Bolesław narzekają, a w restauracji Anny Nowak brakuje miejsc."
    found = [mention(text, "Bolesław", "PER"), mention(text, "Anny Nowak", "PER")]
    assert spans(slavic_venues(text, found, "pl")) == [("Bolesław", "LOC"), ("Anny Nowak", "PER")]


def test_a_chairlifts_quoted_name_is_a_place_a_quoted_firm_is_not() -> None:
    text = "Nowa kolej krzesełkowa „Skalny Wierch” ruszy w sobotę, a firma „Górskie Koleje” ją serwisuje."
    found = [mention(text, "Skalny Wierch", "ORG"), mention(text, "Górskie Koleje", "ORG")]
    assert spans(slavic_venues(text, found, "pl")) == [("Skalny Wierch", "LOC"), ("Górskie Koleje", "ORG")]


def test_a_quoted_name_joined_to_a_venues_is_a_place_there_a_firm_joined_later_is_not() -> None:
    text = (
        "Фирме принадлежат кинотеатры «Заря» на проспекте Победы и «Искра» в центре. "
        "Залы сдаёт ООО «Прокат» и «Кинопоиск» помогает."
    )
    found = [
        mention(text, "Заря", "ORG"),
        mention(text, "Искра", "ORG"),
        mention(text, "Прокат", "ORG"),
        mention(text, "Кинопоиск", "ORG"),
    ]
    assert spans(slavic_venues(text, found, "ru")) == [
        ("Заря", "LOC"),
        ("Искра", "LOC"),
        ("Прокат", "ORG"),
        ("Кинопоиск", "ORG"),
    ]
