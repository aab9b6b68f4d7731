"""Russian and Ukrainian landforms, huts, police units, state services and sports federations
(ner/slavic_mountains.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_mountains import slavic_mountains


def test_a_name_after_a_landform_kind_word_is_a_place_and_its_case_forms_follow() -> None:
    text = "Туристи зійшли зі схилів Боржави. На Боржаві вже лежить сніг."
    found = [mention(text, "Боржави", "MISC"), mention(text, "Боржаві", "MISC")]
    assert spans(slavic_mountains(text, found, "uk")) == [("Боржави", "LOC"), ("Боржаві", "LOC")]


def test_a_russian_pass_and_a_body_after_a_kind_word_keeps_its_type() -> None:
    text = "Группа дошла до перевала Кара-Тюрек, спонсор поддержал склон Роза Хутор."
    found = [mention(text, "Роза Хутор", "ORG")]
    assert spans(slavic_mountains(text, found, "ru")) == [("Кара-Тюрек", "LOC"), ("Роза Хутор", "ORG")]


def test_an_adjective_is_no_case_form_of_a_place() -> None:
    text = "Біля вершини Пікуй стоїть хрест. Пікуйського району немає."
    found = [mention(text, "Пікуйського", "MISC")]
    assert spans(slavic_mountains(text, found, "uk")) == [("Пікуй", "LOC"), ("Пікуйського", "MISC")]


def test_a_huts_quoted_name_is_a_place_but_a_firms_is_not() -> None:
    text = "Вони ночували в притулку «Над Озером», а продукти привезло ТОВ «Над Озером»."
    found = [mention(text, "Над Озером", "ORG"), mention(text, "ТОВ «Над Озером»", "ORG")]
    assert spans(slavic_mountains(text, found, "uk")) == [("Над Озером", "LOC"), ("ТОВ «Над Озером»", "ORG")]


def test_a_district_police_unit_is_one_body_with_its_towns_adjective() -> None:
    text = "Кінологи Коломийського районного відділу поліції вийшли на пошуки."
    found = [mention(text, "Коломийського", "MISC")]
    assert spans(slavic_mountains(text, found, "uk")) == [("Коломийського районного відділу поліції", "ORG")]


def test_a_state_service_of_ukraine_keeps_its_remit() -> None:
    text = "За даними Державної служби України з питань праці, перевірки тривають."
    found = [mention(text, "Державної служби", "ORG"), mention(text, "України", "LOC")]
    assert spans(slavic_mountains(text, found, "uk")) == [("Державної служби України з питань праці", "ORG")]


def test_a_sports_federation_keeps_its_sport_and_leaves_the_country() -> None:
    text = "Голова Федерації спортивного туризму України прийшов. Федерації Польщі не відповіли."
    found = [
        mention(text, "Федерації", "MISC"),
        mention(text, "України", "LOC"),
        mention(text, "Федерації", "MISC", 1),
        mention(text, "Польщі", "LOC"),
    ]
    assert spans(slavic_mountains(text, found, "uk")) == [
        ("Федерації спортивного туризму", "ORG"),
        ("України", "LOC"),
        ("Федерації", "MISC"),
        ("Польщі", "LOC"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "Szlak prowadzi na szczyt Turbacz."
    assert slavic_mountains(text, [], "pl") == []


def test_a_mountain_after_its_singular_kind_word_is_a_place_but_a_plural_reads_nothing() -> None:
    text = "Наметове містечко стоїть під горою Томнатик. Потім у гори Ігор пішов сам."
    found = [mention(text, "Томнатик", "MISC"), mention(text, "Ігор", "PER")]
    assert spans(slavic_mountains(text, found, "uk")) == [("Томнатик", "LOC"), ("Ігор", "PER")]


def test_a_summer_camps_quoted_name_is_a_place_but_a_festivals_is_not() -> None:
    text = "Діти живуть у таборі «Лісова Пісня», а ввечері йдуть на фестиваль «Зоряна Ніч»."
    found = [mention(text, "Лісова Пісня", "ORG"), mention(text, "Зоряна Ніч", "ORG")]
    assert spans(slavic_mountains(text, found, "uk")) == [("Лісова Пісня", "LOC"), ("Зоряна Ніч", "ORG")]
