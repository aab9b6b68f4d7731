"""Laboratories with their institutes, journals' titles and research facilities in Russian,
Ukrainian and Polish science news (ner/slavic_science.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_science import slavic_science


def test_a_laboratory_and_its_institute_in_the_genitive_are_one_body() -> None:
    text = "Сотрудники Лаборатории квантовых материалов Института физики твёрдого тела сообщили о результате."
    found = [
        mention(text, "Лаборатории квантовых материалов", "ORG"),
        mention(text, "Института физики твёрдого тела", "ORG"),
    ]
    assert spans(slavic_science(text, found, "ru")) == [
        ("Лаборатории квантовых материалов Института физики твёрдого тела", "ORG")
    ]
    text = "Badacze z Laboratorium Optyki Instytutu Fizyki PAN ogłosili wynik."
    found = [mention(text, "Laboratorium Optyki", "ORG"), mention(text, "Instytutu Fizyki PAN", "ORG")]
    assert spans(slavic_science(text, found, "pl")) == [("Laboratorium Optyki Instytutu Fizyki PAN", "ORG")]


def test_two_bodies_that_are_no_laboratory_and_its_institute_stay_two() -> None:
    text = "Письмо подписали Росатом и Институт ядерной физики, а Центр лазерных технологий МГУ промолчал."
    found = [
        mention(text, "Росатом", "ORG"),
        mention(text, "Институт ядерной физики", "ORG"),
        mention(text, "Центр лазерных технологий", "ORG"),
        mention(text, "МГУ", "ORG"),
    ]
    assert len(slavic_science(text, found, "ru")) == 4


def test_a_journal_ending_in_one_letter_drops_the_sentences_stop_an_initial_keeps_its() -> None:
    text = "Статью опубликовал журнал Chemical Reviews A. Её автор — Олег К. из Томска."
    found = [mention(text, "Chemical Reviews A.", "ORG"), mention(text, "Олег К.", "PER")]
    assert spans(slavic_science(text, found, "ru")) == [("Chemical Reviews A", "ORG"), ("Олег К.", "PER")]


def test_a_research_facility_with_its_genitive_tail_is_a_place_a_lower_case_factory_is_not() -> None:
    text = "Пучок запустили на Полигоне испытательных стендов, а фабрика мебельных изделий закрылась."
    found = [mention(text, "Полигоне", "ORG")]
    assert spans(slavic_science(text, found, "ru")) == [("Полигоне испытательных стендов", "LOC")]
    assert spans(slavic_science(text, found, "de")) == [("Полигоне", "ORG")]


def test_an_academys_institute_and_its_town_are_two() -> None:
    text = "Badania prowadził Instytut Botaniki PAN w Krakowie."
    found = slavic_science(text, [mention(text, "Instytut Botaniki PAN w Krakowie", "ORG")], "pl")
    assert spans(found) == [("Instytut Botaniki PAN", "ORG"), ("Krakowie", "LOC")]
    # a body with no academy keeps its town
    text = "Badania prowadził Instytut Botaniki w Krakowie."
    found = slavic_science(text, [mention(text, "Instytut Botaniki w Krakowie", "ORG")], "pl")
    assert spans(found) == [("Instytut Botaniki w Krakowie", "ORG")]


def test_a_research_station_and_its_institute_are_one_body() -> None:
    text = "Клуб сотрудничает с Пулковской наблюдательной станцией Института астрономии РАН и ждёт ответа."
    found = [mention(text, "Пулковской", "LOC"), mention(text, "Института астрономии РАН", "ORG")]
    assert spans(slavic_science(text, found, "ru")) == [
        ("Пулковской наблюдательной станцией Института астрономии РАН", "ORG")
    ]
    text = "Заправочная станция Норд Ойл Групп открылась у трассы."
    found = [mention(text, "Заправочная", "PER"), mention(text, "Норд Ойл Групп", "ORG")]
    assert spans(slavic_science(text, found, "ru")) == [("Заправочная", "PER"), ("Норд Ойл Групп", "ORG")]
