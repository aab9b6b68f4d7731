"""Polish, Russian and Ukrainian departments, bishops' sees, lavras, quoted firms after a genre
word and regional acronyms (ner/slavic_departments.py).  Sentences and names written for the
tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.morph import adjectival
from storywire.stages.ner.slavic_departments import slavic_departments


def test_a_town_halls_department_and_the_town_hall_are_two_bodies() -> None:
    text = "Decyzję wydał Wydział Geodezji i Kartografii Urzędu Miasta Krakowa w marcu."
    found = [mention(text, "Kartografii Urzędu Miasta Krakowa", "ORG")]
    assert spans(slavic_departments(text, found, "pl")) == [
        ("Wydział Geodezji i Kartografii", "ORG"),
        ("Urzędu Miasta Krakowa", "ORG"),
    ]


def test_a_faculty_of_a_university_is_left_alone() -> None:
    text = "Badania prowadzi Wydział Chemii Uniwersytetu Gdańskiego."
    found = [mention(text, "Wydział Chemii Uniwersytetu Gdańskiego", "ORG")]
    assert spans(slavic_departments(text, found, "pl")) == [("Wydział Chemii Uniwersytetu Gdańskiego", "ORG")]


def test_a_councils_department_with_its_remit_is_a_body_of_its_own() -> None:
    text = "Проєкт погодив Департамент житлового господарства Львівської міської ради."
    found = [mention(text, "Департамент", "MISC"), mention(text, "Львівської міської ради", "ORG")]
    assert spans(slavic_departments(text, found, "uk")) == [
        ("Департамент житлового господарства", "ORG"),
        ("Львівської міської ради", "ORG"),
    ]


def test_a_department_before_a_town_is_left_alone() -> None:
    text = "Управління освіти Одеси оголосило конкурс."
    found = [mention(text, "Управління", "MISC"), mention(text, "Одеси", "LOC")]
    assert spans(slavic_departments(text, found, "uk")) == [("Управління", "MISC"), ("Одеси", "LOC")]


def test_a_department_takes_its_remit_after_po() -> None:
    text = "Заявление сделал Синодальный отдел по делам молодёжи в понедельник."
    found = [mention(text, "Синодальный отдел", "ORG")]
    assert spans(slavic_departments(text, found, "ru")) == [("Синодальный отдел по делам молодёжи", "ORG")]


def test_a_bishops_see_is_part_of_his_title() -> None:
    text = "Службу возглавил митрополит Тверской и Кашинский Амвросий, он приехал из Твери."
    found = [
        mention(text, "Тверской", "LOC"),
        mention(text, "Кашинский Амвросий", "LOC"),
        mention(text, "Твери", "LOC"),
    ]
    assert spans(slavic_departments(text, found, "ru")) == [("Амвросий", "PER"), ("Твери", "LOC")]


def test_a_hyphenated_see_is_part_of_the_title_too() -> None:
    text = "Прибув єпископ Самбірсько-Дрогобицький Ярослав."
    found = [mention(text, "Самбірсько-Дрогобицький Ярослав", "PER")]
    assert spans(slavic_departments(text, found, "uk")) == [("Ярослав", "PER")]


def test_a_lavra_after_a_preposition_is_a_place_but_not_where_it_acts() -> None:
    text = "Гости прибыли из Свято-Успенской Почаевской лавры. Свято-Успенская Почаевская лавра заявила."
    found = [
        mention(text, "Свято-Успенской Почаевской лавры", "ORG"),
        mention(text, "Свято-Успенская Почаевская лавра", "ORG"),
    ]
    assert spans(slavic_departments(text, found, "ru")) == [
        ("Свято-Успенской Почаевской лавры", "LOC"),
        ("Свято-Успенская Почаевская лавра", "ORG"),
    ]


def test_a_quoted_firm_after_a_lower_case_genre_word_is_the_name() -> None:
    text = "Проєкт розробило архітектурне бюро «Простір міста», а КП «Міські сади» погодило."
    found = [mention(text, "Простір міста", "ORG"), mention(text, "КП «Міські сади»", "ORG")]
    assert spans(slavic_departments(text, found, "uk")) == [("Простір міста", "ORG"), ("КП «Міські сади»", "ORG")]
    text = "Квартиры продаёт риелторское агентство «Твой угол»."
    assert spans(slavic_departments(text, [], "ru")) == [("Твой угол", "ORG")]


def test_a_regional_environment_authoritys_acronym_is_a_body() -> None:
    text = "Opinię wydała RDOŚ, a RZGW jeszcze milczy. Na rzece ROŚ nic nie ma."
    assert spans(slavic_departments(text, [], "pl")) == [("RDOŚ", "ORG"), ("RZGW", "ORG")]


def test_a_given_name_before_a_surname_is_no_possessive_adjective() -> None:
    assert not adjectival("Ірина", "Коваленко", "uk")
    assert adjectival("Українська", "делегація", "uk")


def test_an_association_named_by_two_places_is_one_body() -> None:
    text = "Skargę złożyło Stowarzyszenie Mieszkańców Bielan i Ursynowa, a gmina i Radom milczą."
    found = [
        mention(text, "Stowarzyszenie Mieszkańców Bielan", "ORG"),
        mention(text, "Ursynowa", "LOC"),
        mention(text, "Radom", "LOC"),
    ]
    assert spans(slavic_departments(text, found, "pl")) == [
        ("Stowarzyszenie Mieszkańców Bielan i Ursynowa", "ORG"),
        ("Radom", "LOC"),
    ]
    text = "Umowę podpisały Stowarzyszenie Rowerowe i Kraków."
    found = [mention(text, "Stowarzyszenie Rowerowe", "ORG"), mention(text, "Kraków", "LOC")]
    assert spans(slavic_departments(text, found, "pl")) == [("Stowarzyszenie Rowerowe", "ORG"), ("Kraków", "LOC")]


def test_a_department_of_a_body_named_by_its_acronym_is_two_bodies_a_town_is_not_a_body() -> None:
    text = "Відповідь надіслали в Департаменті ринкового нагляду НБУ. Управління освіти Полтави мовчить."
    found = [mention(text, "Департаменті", "LOC"), mention(text, "НБУ", "ORG"), mention(text, "Полтави", "LOC")]
    assert spans(slavic_departments(text, found, "uk")) == [
        ("Департаменті ринкового нагляду", "ORG"),
        ("НБУ", "ORG"),
        ("Полтави", "LOC"),
    ]


def test_a_departments_remit_listed_with_commas_stays_in_its_name_apart_from_its_council() -> None:
    text = "Нагляд доручили Управлінню культури, туризму та охорони пам'яток Рівненської міської ради вчора."
    found = [mention(text, "Рівненської міської ради", "ORG")]
    assert spans(slavic_departments(text, found, "uk")) == [
        ("Управлінню культури, туризму та охорони пам'яток", "ORG"),
        ("Рівненської міської ради", "ORG"),
    ]


def test_a_service_before_its_regional_office_is_a_body_of_its_own() -> None:
    text = "Как сообщили в Госавтоинспекции УМВД России по Курской области, дорогу открыли."
    found = [mention(text, "Госавтоинспекции УМВД России по Курской области", "ORG")]
    assert spans(slavic_departments(text, found, "ru")) == [
        ("Госавтоинспекции", "ORG"),
        ("УМВД России по Курской области", "ORG"),
    ]
    text = "В ГИБДД ГУ МВД по Пермскому краю напомнили о правилах."
    found = [mention(text, "ГИБДД ГУ МВД по Пермскому краю", "ORG")]
    assert spans(slavic_departments(text, found, "ru")) == [("ГИБДД", "ORG"), ("ГУ МВД по Пермскому краю", "ORG")]


def test_a_regional_office_alone_is_left_whole() -> None:
    text = "В ГУ МЧС по Омской области сообщили о пожаре, а Росгвардия молчит."
    found = [mention(text, "ГУ МЧС по Омской области", "ORG"), mention(text, "Росгвардия", "ORG")]
    assert spans(slavic_departments(text, found, "ru")) == [("ГУ МЧС по Омской области", "ORG"), ("Росгвардия", "ORG")]
