"""Ukrainian bodies and regions named by a capitalised word and a lower-case noun
(ner/slavic_bodies.py, run by ner/boundaries.repair).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.ner.boundaries import repair
from storywire.stages.ner.morph import analyzer, hint_for
from storywire.stages.ner.rules import rule_mentions
from storywire.stages.ner.slavic_bodies import capitalised_bodies, name_kind

pytestmark = pytest.mark.skipif(analyzer("uk") is None, reason="pymorphy3 Ukrainian dictionary missing")


def found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in repair(text, rule_mentions(text, "uk", hint=hint_for("uk")), "uk")}


def test_adjective_and_region_noun_is_a_place_in_any_case() -> None:
    assert ("Житомирську область", "LOC") in found("Житомирську область накрила сильна злива.")
    got = found("Дощі пройшли у Полтавській області та Бучанському районі.")
    assert ("Полтавській області", "LOC") in got and ("Бучанському районі", "LOC") in got
    # a district's adjective that no dictionary holds, by its suffix
    assert ("Старохатецькому районі", "LOC") in found("Сміття вивезли у Старохатецькому районі вчора.")


def test_adjective_and_body_noun_is_an_organisation() -> None:
    assert ("Національна поліція", "ORG") in found("Національна поліція повідомила про затримання.")
    assert ("Антикорупційний суд", "ORG") in found("Учора Антикорупційний суд розглянув справу.")
    # a village's council by an adjective no dictionary holds, and a producers' association
    got = found("Голова Гнилопільської сільської ради виступив перед Асоціацією виробників зерна.")
    assert ("Гнилопільської сільської ради", "ORG") in got and ("Асоціацією виробників зерна", "ORG") in got
    # the adjective with a noun of no body stays no organisation
    assert not any(t == "ORG" for _, t in found("Гнилопільської сільської дороги ніхто не ремонтує."))


def test_body_noun_and_genitive_is_an_organisation_and_the_country_stays_apart() -> None:
    got = found("Агентство розвитку Польщі оголосило новий тендер.")
    assert ("Агентство розвитку", "ORG") in got and ("Польщі", "LOC") in got


def test_longer_bodies_adjective_between_two_genitives_and_a_name_after_imeni() -> None:
    got = found("Служба зовнішньої розвідки та Міністерство охорони здоров’я відповіли.")
    assert ("Служба зовнішньої розвідки", "ORG") in got and ("Міністерство охорони здоров’я", "ORG") in got
    got = found("Викладачі Львівського національного університету імені Івана Франка протестували.")
    assert got == {("Львівського національного університету імені Івана Франка", "ORG")}
    assert ("Харківський національний музей", "ORG") in found("Харківський національний музей відкрився.")


def test_pronouns_and_other_nouns_name_nothing() -> None:
    assert found("Ця область постраждала найбільше.") == set()
    assert found("Кожен суд має таке право.") == set()
    assert name_kind("Українська", "сторона", "uk") is None


def test_a_typed_name_is_left_alone_and_other_languages_untouched() -> None:
    text = "Київська область"
    typed = [Mention(0, 8, "Київська", "ORG")]
    assert capitalised_bodies(text, typed, "uk") == typed
    assert capitalised_bodies(text, [], "ru") == []


def test_a_town_adjective_read_as_a_surname_opens_its_body() -> None:
    text = "Житомирська міська рада і Житомирської обласної дитячої клінічної лікарні; Олена Житомирська."
    typed = [
        Mention(0, 11, "Житомирська", "PER"),
        Mention(26, 38, "Житомирської", "PER"),
        Mention(text.index("Олена"), len(text) - 1, "Олена Житомирська", "PER"),
    ]
    assert [(m.text, m.type) for m in capitalised_bodies(text, typed, "uk")] == [
        ("Житомирська міська рада", "ORG"),
        ("Житомирської обласної дитячої клінічної лікарні", "ORG"),
        ("Олена Житомирська", "PER"),
    ]


def test_a_place_that_ends_in_a_bodys_noun_is_the_body() -> None:
    from storywire.stages.ner.slavic_bodies import bodies_typed_as_places

    found = [Mention(0, 26, "Вологодский областной суд", "LOC"), Mention(30, 46, "Национальном музее", "LOC")]
    assert [m.type for m in bodies_typed_as_places(found, "ru")] == ["ORG", "LOC"]


def test_a_hromada_named_by_its_adjective_is_a_place() -> None:
    assert ("Бершадської міської громади", "LOC") in found("Гроші підуть до бюджету Бершадської міської громади.")


def test_a_bodys_name_goes_on_through_a_second_field_after_i_or_ta() -> None:
    text = (
        "Фахівці Харківського національного університету будівництва і архітектури та Державне агентство "
        "відновлення та розвитку інфраструктури України погодили план."
    )
    got = found(text)
    assert ("Харківського національного університету будівництва і архітектури", "ORG") in got
    assert ("Державне агентство відновлення та розвитку інфраструктури", "ORG") in got


def test_a_second_body_or_people_after_ta_stay_out_of_the_name() -> None:
    got = found(
        "Представники Служби безпеки та поліції прибули. Директор Державної служби статистики та експерти сперечалися."
    )
    assert ("Служби безпеки", "ORG") in got
    assert ("Державної служби статистики", "ORG") in got


def test_a_union_is_a_body() -> None:
    assert ("Національній спілці архітекторів", "ORG") in found(
        "У Національній спілці архітекторів України кажуть інше."
    )


def test_a_ministrys_second_field_in_the_plural_or_with_an_adjective_is_in_its_name() -> None:
    assert ("Міністерства захисту довкілля та природних ресурсів", "ORG") in found(
        "Екологи звернулися до Міністерства захисту довкілля та природних ресурсів України."
    )
    assert ("Міністерстві розвитку громад і територій", "ORG") in found(
        "Про це повідомили в Міністерстві розвитку громад і територій учора."
    )


def test_people_a_pronoun_or_a_second_body_after_and_are_no_field() -> None:
    assert ("Міністерства фінансів", "ORG") in found("Листи Міністерства фінансів і громадян прийшли.")
    assert ("Міністерства оборони", "ORG") in found("Лист надіслали до Міністерства оборони та інших відомств.")
    assert ("Служби безпеки", "ORG") in found("Лист Служби безпеки та військових прокурорів отримали.")


def test_a_park_or_a_reserve_named_by_its_adjectives_is_a_place() -> None:
    assert ("Карпатського національного природного парку", "LOC") in found(
        "Траса підходить до межі Карпатського національного природного парку."
    )
    assert ("Поліському заповіднику", "LOC") in found("У Поліському заповіднику знайшли рись.")


def test_a_hyphenated_adjective_and_an_adjective_with_its_noun_go_on_an_institute() -> None:
    got = found("Висновок дав Одеський науково-дослідний інститут судових експертиз.")
    assert got == {("Одеський науково-дослідний інститут судових експертиз", "ORG")}
    # a time or an instance after a court is no part of its name
    assert ("Верховного суду", "ORG") in found("Рішення Верховного суду минулого тижня оскаржили.")
    assert ("Господарського суду", "ORG") in found("Справу передали до Господарського суду першої інстанції.")


def test_a_schools_or_a_societys_name_goes_on_in_its_lower_case_genitives() -> None:
    text = "Листа надіслали Волинське училище культури і мистецтв та Українське товариство охорони природи."
    assert {("Волинське училище культури і мистецтв", "ORG"), ("Українське товариство охорони природи", "ORG")} <= (
        found(text)
    )


def test_a_name_after_imeni_stops_at_the_sentences_end() -> None:
    text = "Вона закінчила Тернопільський національний університет імені Володимира Гнатюка. Потім викладала."
    assert ("Тернопільський національний університет імені Володимира Гнатюка", "ORG") in found(text)


def test_a_name_being_given_stays_out_of_the_body() -> None:
    text = "Депутати підтримали присвоєння Бережанській гімназії імені Богдана Лепкого."
    assert {("Бережанській гімназії", "ORG"), ("Богдана Лепкого", "PER")} <= found(text)


def test_a_museum_of_one_person_opening_a_sentence_is_no_name() -> None:
    assert not any(t == "ORG" for _, t in found("Музей батька працюватиме далі, сказав син."))
    # a body naming people in the plural is a name
    assert ("Спілка письменників", "ORG") in found("Заяву оприлюднила Спілка письменників.")


def test_an_agency_and_a_forces_branch_with_their_genitive_fields() -> None:
    got = found("Тендер оголосила Агенція морських перевезень, а навчання провели бійці Сил спеціальних операцій.")
    assert ("Агенція морських перевезень", "ORG") in got and ("Сил спеціальних операцій", "ORG") in got
    # forces opening a sentence are no name
    got = found("Сили противника відступили до річки.")
    assert not any(text.startswith("Сили") for text, _ in got)


def test_a_towns_pond_named_by_its_adjective_is_a_place_with_its_kind_word() -> None:
    assert ("Житомирського ставу", "LOC") in found("Ярмарок відкриють неподалік від Житомирського ставу.")
    assert ("Полтавський став", "LOC") in found("Навесні Полтавський став почистять від мулу.")


def test_a_person_after_a_body_named_after_someone_is_her_own_name() -> None:
    text = "Ансамблем керує випускниця Одеської національної музичної академії імені Антоніни Нежданової Ірина Коваль."
    got = found(text)
    assert ("Одеської національної музичної академії імені Антоніни Нежданової", "ORG") in got
    assert ("Ірина Коваль", "PER") in got
    # the genitive name after "імені" stays whole inside the body
    got = found("Він закінчив Харківський національний університет імені Василя Каразіна минулого року.")
    assert ("Харківський національний університет імені Василя Каразіна", "ORG") in got


def test_a_numbered_school_and_an_orchestra_are_bodies() -> None:
    got = found("Концерт дали учні Житомирської дитячої художньої школи № 3 у неділю.")
    assert ("Житомирської дитячої художньої школи № 3", "ORG") in got
    got = found("На площі грав Луцький міський духовий оркестр весь вечір.")
    assert ("Луцький міський духовий оркестр", "ORG") in got
    # a school without a number ends at its head noun
    assert ("Полтавській музичній школі", "ORG") in found("Вона вчилася в Полтавській музичній школі.")


def test_a_body_noun_alone_opening_a_sentence_is_no_person() -> None:
    got = found("Директорка розповіла про ремонт. Школа чекає на відповідь.")
    assert not any(t == "PER" for _, t in got)
    # a full name opening a sentence is still a person
    assert ("Петро Мазур", "PER") in found("Директорка розповіла про ремонт. Петро Мазур чекає на відповідь.")


def test_an_association_named_by_two_kinds_of_members_keeps_both() -> None:
    got = found("Звіт оприлюднила Асоціація пекарів і кондитерів минулого четверга.")
    assert ("Асоціація пекарів і кондитерів", "ORG") in got
    got = found("Ціни прокоментували в Спілці виробників та переробників меду вчора.")
    assert ("Спілці виробників та переробників меду", "ORG") in got


def test_people_after_a_bodys_field_in_the_singular_stay_out() -> None:
    got = found("Лист надіслали до Міністерства юстиції та адвокатів регіону.")
    assert ("Міністерства юстиції", "ORG") in got
    assert not any("адвокатів" in t for t, _ in got)
