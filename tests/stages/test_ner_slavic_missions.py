"""Embassies and consulates, UN agencies, border crossings and hotels in Polish, Russian and
Ukrainian (ner/slavic_missions.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_missions import slavic_missions


def test_a_capitalised_embassy_is_split_into_body_country_town_and_its_consul() -> None:
    text = "Przyjechał konsul Ambasady Francji w Krakowie Pierre Martin."
    found = [mention(text, "Ambasady Francji w Krakowie Pierre Martin", "ORG")]
    assert spans(slavic_missions(text, found, "pl")) == [
        ("Ambasady", "ORG"),
        ("Francji", "LOC"),
        ("Krakowie", "LOC"),
        ("Pierre Martin", "PER"),
    ]
    # a body's head after the town is no envoy
    text = "Pismo Ambasady Francji w Krakowie Wydział Konsularny wysłał."
    found = [mention(text, "Ambasady Francji w Krakowie Wydział Konsularny", "ORG")]
    assert spans(slavic_missions(text, found, "pl"))[-1] == ("Wydział Konsularny", "ORG")


def test_a_consulate_gets_its_country_and_town_a_lower_case_one_nothing() -> None:
    text = "Генеральне консульство Польщі у Львові відкрило пункт, а консульство Польщі мовчить."
    found = [mention(text, "Польщі", "LOC"), mention(text, "Львові", "LOC"), mention(text, "Польщі", "LOC", 1)]
    assert spans(slavic_missions(text, found, "uk")) == [
        ("Генеральне консульство", "ORG"),
        ("Польщі", "LOC"),
        ("Львові", "LOC"),
        ("Польщі", "LOC"),
    ]


def test_a_un_agency_is_one_body() -> None:
    text = "Управління Верховного комісара ООН з прав людини та УВКБ ООН допомагають, як і ООН."
    found = [mention(text, "ООН", "ORG"), mention(text, "ООН", "ORG", 1), mention(text, "ООН", "ORG", 2)]
    assert spans(slavic_missions(text, found, "uk")) == [
        ("Управління Верховного комісара ООН з прав людини", "ORG"),
        ("УВКБ ООН", "ORG"),
        ("ООН", "ORG"),
    ]


def test_a_border_crossing_keeps_its_kind_words_and_quotes() -> None:
    text = "Через пункт пропуску «Рава-Руська — Гребенне» пройшли сотні людей."
    found = [mention(text, "Рава-Руська", "LOC"), mention(text, "Гребенне", "MISC")]
    assert spans(slavic_missions(text, found, "uk")) == [("пункт пропуску «Рава-Руська — Гребенне»", "LOC")]


def test_a_hotels_quoted_name_is_a_place_a_firms_is_not() -> None:
    text = "Делегации жили в гостинице «Северная звезда», а компания «Северная сталь» молчит."
    found = [mention(text, "Северная звезда", "ORG"), mention(text, "Северная сталь", "ORG")]
    assert spans(slavic_missions(text, found, "ru")) == [("Северная звезда", "LOC"), ("Северная сталь", "ORG")]


def test_a_markets_quoted_name_is_the_place_its_operators_is_a_firm() -> None:
    text = "Сир продають на ринку «Колос», а ринком керує КП «Міські ринки»."
    found = [mention(text, "Колос", "ORG"), mention(text, "КП «Міські ринки»", "ORG")]
    assert spans(slavic_missions(text, found, "uk")) == [("Колос", "LOC"), ("КП «Міські ринки»", "ORG")]
