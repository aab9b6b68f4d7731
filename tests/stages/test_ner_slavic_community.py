"""Places, families and bodies of Polish, Russian and Ukrainian local news
(ner/slavic_community.py).  Sentences and names written for the tests."""

from __future__ import annotations

import pytest
from ner_mentions import mention, spans

from storywire.stages.ner.morph import analyzer
from storywire.stages.ner.slavic_community import slavic_community


def test_a_numbered_regional_road_is_one_place_with_its_kind_words() -> None:
    text = "Ciężarówka wypadła z drogi krajowej nr 22 pod Człuchowem, a korek sięgał drodze wojewódzkiej nr 7."
    found = slavic_community(text, [mention(text, "drogi krajowej", "ORG")], "pl")
    assert spans(found) == [("drogi krajowej nr 22", "LOC"), ("drodze wojewódzkiej nr 7", "LOC")]
    # no number, no road's name
    assert slavic_community("Remont drogi gminnej potrwa rok.", [], "pl") == []


def test_a_forest_region_is_a_place() -> None:
    text = "Harcerze obozowali w Puszczy Noteckiej, a potem w Borach Dolnośląskich."
    found = slavic_community(text, [mention(text, "Borach Dolnośląskich", "ORG")], "pl")
    assert spans(found) == [("Puszczy Noteckiej", "LOC"), ("Borach Dolnośląskich", "LOC")]


def test_a_family_named_by_its_surname_is_a_person_a_common_word_is_not() -> None:
    text = "Rodzina Nowaków podziękowała sąsiadom. Rodzina Zastępcza z Gniewu też."
    assert spans(slavic_community(text, [], "pl")) == [("Nowaków", "PER")]


def test_a_village_heads_town_and_his_name_are_two() -> None:
    text = "Wójt gminy Brusy Piotr Kowalczyk zapowiedział remont."
    found = slavic_community(text, [mention(text, "Brusy Piotr Kowalczyk", "PER")], "pl")
    assert spans(found) == [("Brusy", "LOC"), ("Piotr Kowalczyk", "PER")]
    # a person alone after "gminy" stays whole
    text = "Sekretarz gminy Piotr Kowalczyk Nowak mówi."
    assert spans(slavic_community(text, [mention(text, "Piotr Kowalczyk Nowak", "PER")], "pl")) == [
        ("Piotr Kowalczyk Nowak", "PER")
    ]


def test_a_river_after_nad_is_a_place_a_beaten_club_is_not() -> None:
    text = "Most nad Wartą zamknięto. Zwycięstwo nad Legią cieszy kibiców."
    assert spans(slavic_community(text, [mention(text, "Legią", "ORG")], "pl")) == [
        ("Wartą", "LOC"),
        ("Legią", "ORG"),
    ]
    text = "Frankfurcie nad Odrą padało."
    held = [mention(text, "Frankfurcie nad Odrą", "LOC")]
    assert spans(slavic_community(text, held, "pl")) == [("Frankfurcie nad Odrą", "LOC")]


@pytest.mark.skipif(analyzer("uk") is None, reason="pymorphy3 Ukrainian dictionary missing")
def test_a_ukrainian_river_after_nad_is_a_place_a_person_is_not() -> None:
    text = "Садиба над Прутом стоїть століття. Перемога над Шевченком далася важко."
    found = slavic_community(text, [mention(text, "Прутом", "MISC")], "uk")
    assert spans(found) == [("Прутом", "LOC")]


def test_a_river_named_after_its_kind_word_is_a_place_in_its_other_cases() -> None:
    text = "Канал соединил Мологу и Шексну. Набережную реки Мологи отремонтируют."
    found = [mention(text, "Мологу", "PER"), mention(text, "Шексну", "PER"), mention(text, "Мологи", "LOC")]
    assert spans(slavic_community(text, found, "ru")) == [("Мологу", "LOC"), ("Шексну", "PER"), ("Мологи", "LOC")]


def test_datelines_in_capitals_and_with_their_region_are_towns() -> None:
    text = "СТАРЫЙ ОСКОЛ. В субботу открылась выставка."
    found = slavic_community(text, [mention(text, "СТАРЫЙ ОСКОЛ", "ORG")], "ru")
    assert spans(found) == [("СТАРЫЙ ОСКОЛ", "LOC")]
    text = "Рогатин, Івано-Франківська область\n\nУ місті відкрили музей."
    found = slavic_community(text, [mention(text, "Рогатин", "PER")], "uk")
    assert spans(found) == [("Рогатин", "LOC")]
    # a capitalised word opening a sentence mid-article is no dateline
    text = "Він приїхав. ФСБ. Рогатин мовчить."
    assert spans(slavic_community(text, [], "ru")) == []


def test_a_quoted_name_after_a_lower_case_museum_is_the_place() -> None:
    text = "Учні відвідали музей «Бойківська хата», а театр «Березіль» дав виставу."
    assert spans(slavic_community(text, [], "uk")) == [("Бойківська хата", "LOC")]


def test_a_regional_ministry_is_one_body_a_ministers_title_leaves_the_region() -> None:
    text = "Грамоту Министерства здравоохранения Курской области вручил заместитель министра культуры Курской области."
    found = [
        mention(text, "Министерства здравоохранения", "ORG"),
        mention(text, "Курской области", "LOC"),
        mention(text, "Курской области", "LOC", 1),
    ]
    assert spans(slavic_community(text, found, "ru")) == [
        ("Министерства здравоохранения Курской области", "ORG"),
        ("Курской области", "LOC"),
    ]


def test_a_ministry_with_a_long_remit_and_a_public_chamber_take_their_region() -> None:
    text = (
        "Министерство транспорта и жилищно-коммунального хозяйства Омской области и член Общественной "
        "палаты Омской области. Общественное мнение Омской области разделилось."
    )
    found = [
        mention(text, "Министерство транспорта и жилищно-коммунального хозяйства", "ORG"),
        mention(text, "Омской области", "LOC"),
        mention(text, "Общественной палаты", "ORG"),
        mention(text, "Омской области", "LOC", 1),
        mention(text, "Омской области", "LOC", 2),
    ]
    assert spans(slavic_community(text, found, "ru")) == [
        ("Министерство транспорта и жилищно-коммунального хозяйства Омской области", "ORG"),
        ("Общественной палаты Омской области", "ORG"),
        ("Омской области", "LOC"),
    ]


def test_a_polish_office_is_one_body_with_its_fields_and_town() -> None:
    text = (
        "Zarząd Dróg Powiatowych w Kartuzach wymieni bariery, a Urząd Gminy Brusy złoży wniosek do "
        "Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Olsztynie."
    )
    found = [mention(text, "Kartuzach", "LOC"), mention(text, "Wojewódzkiego Funduszu Ochrony Środowiska", "ORG")]
    assert spans(slavic_community(text, found, "pl")) == [
        ("Zarząd Dróg Powiatowych w Kartuzach", "ORG"),
        ("Urząd Gminy Brusy", "ORG"),
        ("Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Olsztynie", "ORG"),
    ]


def test_a_communes_council_and_a_volunteer_fire_brigade_are_one_body_with_their_town() -> None:
    text = "Sołtys zasiadał w Radzie Gminy Cisna, a wóz dostała OSP Wetlina. Rada Nadzorcza milczy."
    found = [mention(text, "Radzie Gminy Cisna", "LOC"), mention(text, "OSP Wetlina", "PER")]
    assert spans(slavic_community(text, found, "pl")) == [("Radzie Gminy Cisna", "ORG"), ("OSP Wetlina", "ORG")]
    # a council of no commune, town or county is no office of this kind
    assert spans(slavic_community("Rada Nadzorcza Orlenu zebrała się.", [], "pl")) == []


def test_an_office_stops_before_a_person_and_takes_no_sentences_first_word() -> None:
    text = "Według Urzędu Skarbowego Piotr Kowalczyk zapłacił. Zarząd zebrał się w piątek."
    assert spans(slavic_community(text, [], "pl")) == [("Urzędu Skarbowego", "ORG")]


def test_a_firms_board_after_its_presidents_title_is_no_office() -> None:
    text = "Mówi prezes Zarządu Mlekpolu Jan Nowak, a Zarząd Transportu Miejskiego milczy."
    assert spans(slavic_community(text, [], "pl")) == [("Zarząd Transportu Miejskiego", "ORG")]


@pytest.mark.skipif(analyzer("ru") is None, reason="pymorphy3 Russian dictionary missing")
def test_a_name_ending_on_an_adjective_takes_its_noun() -> None:
    text = "Музей Беломорской гидрографической экспедиции открылся. Прокуратура Каменского по делу молчит."
    found = [mention(text, "Музей Беломорской", "LOC"), mention(text, "Прокуратура Каменского", "ORG")]
    assert spans(slavic_community(text, found, "ru")) == [
        ("Музей Беломорской гидрографической экспедиции", "ORG"),
        ("Прокуратура Каменского", "ORG"),
    ]


def test_a_regional_parliament_is_one_body_with_its_region_a_country_stays_apart() -> None:
    text = "Депутат Законодательного собрания Пермского края и член Союза архитекторов России выступили."
    found = [
        mention(text, "Законодательного собрания", "ORG"),
        mention(text, "Пермского края", "LOC"),
        mention(text, "Союза архитекторов", "ORG"),
        mention(text, "России", "LOC"),
    ]
    assert spans(slavic_community(text, found, "ru")) == [
        ("Законодательного собрания Пермского края", "ORG"),
        ("Союза архитекторов", "ORG"),
        ("России", "LOC"),
    ]


def test_a_regional_department_takes_its_region_and_remit_a_verb_stays_out() -> None:
    text = "Департамент Курской области по молодёжной политике и туризму уже объявил конкурс."
    found = [mention(text, "Департамент", "ORG"), mention(text, "Курской области", "LOC")]
    assert spans(slavic_community(text, found, "ru")) == [
        ("Департамент Курской области по молодёжной политике и туризму", "ORG")
    ]
    text = "Департамент Курской области по делам молодёжи и спорту сообщил."
    found = [mention(text, "Департамент", "ORG"), mention(text, "Курской области", "LOC")]
    assert spans(slavic_community(text, found, "ru")) == [
        ("Департамент Курской области по делам молодёжи и спорту", "ORG")
    ]
    text = "Глава Федерации плавания Курской области приехал."
    found = [mention(text, "Федерации плавания", "ORG"), mention(text, "Курской области", "LOC")]
    assert spans(slavic_community(text, found, "ru")) == [("Федерации плавания Курской области", "ORG")]
    # a department in lower case before a region is a title's, no body
    text = "Сотрудник департамента Курской области сказал."
    found = [mention(text, "Курской области", "LOC")]
    assert spans(slavic_community(text, found, "ru")) == [("Курской области", "LOC")]


def test_a_regional_fund_named_by_its_remit_and_its_region_is_one_body() -> None:
    text = "Грант выделил Фонд развития кинопроизводства Тульской области в марте."
    found = [mention(text, "Фонд развития кинопроизводства", "ORG"), mention(text, "Тульской области", "LOC")]
    assert spans(slavic_community(text, found, "ru")) == [("Фонд развития кинопроизводства Тульской области", "ORG")]


def test_a_firms_board_named_by_its_declined_short_name_gives_the_firm() -> None:
    text = "Magazyny spółki Kurierex Polska Sp. z o.o. stoją. Zarząd Kurierexu milczy, a Zarząd Dróg Miejskich też."
    found = [
        mention(text, "Kurierex Polska Sp. z o.o.", "ORG"),
        mention(text, "Zarząd Kurierexu", "PER"),
    ]
    assert spans(slavic_community(text, found, "pl")) == [
        ("Kurierex Polska Sp. z o.o.", "ORG"),
        ("Kurierexu", "ORG"),
        ("Zarząd Dróg Miejskich", "ORG"),
    ]


def test_a_ukrainian_town_and_a_foreign_guest_read_as_one_person_are_split() -> None:
    text = "Керівник ансамблю з міста Бельці Михай Чобану подякував організаторам."
    found = [mention(text, "Бельці Михай Чобану", "PER")]
    assert spans(slavic_community(text, found, "uk")) == [("Бельці", "LOC"), ("Михай Чобану", "PER")]


def test_a_regional_ministry_in_lower_case_is_one_body_with_its_region() -> None:
    text = "Автобус для школьников выделило министерство культуры Омской области, сообщили в клубе."
    found = [mention(text, "Омской области", "LOC")]
    assert spans(slavic_community(text, found, "ru")) == [("министерство культуры Омской области", "ORG")]
    text = "Об этом рассказал глава министерства Омской области."
    found = [mention(text, "Омской области", "LOC")]
    assert spans(slavic_community(text, found, "ru")) == [("Омской области", "LOC")]


def test_a_regional_department_in_lower_case_is_one_body_with_its_region() -> None:
    text = "Об этом сообщили в департаменте дорожной безопасности Тверской области вчера."
    found = [mention(text, "Тверской области", "LOC")]
    body = "департаменте дорожной безопасности Тверской области"
    assert spans(slavic_community(text, found, "ru")) == [(body, "ORG")]
    text = "Департамент решил, что в Тверской области всё спокойно."
    found = [mention(text, "Тверской области", "LOC")]
    assert spans(slavic_community(text, found, "ru")) == [("Тверской области", "LOC")]


def test_a_county_by_its_kind_word_and_adjective_is_one_place_a_city_county_is_not() -> None:
    text = "Sołectwa powiatu leszczyńskiego i okręgu kaliskim czekają, a powiatu grodzkiego nie."
    found = slavic_community(text, [], "pl")
    assert spans(found) == [("powiatu leszczyńskiego", "LOC"), ("okręgu kaliskim", "LOC")]
