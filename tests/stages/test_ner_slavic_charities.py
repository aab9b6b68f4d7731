"""Russian and Ukrainian charities, houses of culture, cups, Caritas' branches and numbered
schools (ner/slavic_charities.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_charities import slavic_charities


def test_a_house_of_culture_in_quotes_is_a_place_with_its_kind_word() -> None:
    text = "Концерт прошёл в ДК «Металлург», а выставка — в Будинку культури «Світанок». ООО «Металлург» платит."
    found = [
        mention(text, "ДК «Металлург»", "ORG"),
        mention(text, "Будинку культури «Світанок»", "ORG"),
        mention(text, "ООО «Металлург»", "ORG"),
    ]
    assert spans(slavic_charities(text, found, "ru")) == [
        ("ДК «Металлург»", "LOC"),
        ("Будинку культури «Світанок»", "LOC"),
        ("ООО «Металлург»", "ORG"),  # a firm's form, no house of culture
    ]


def test_a_charity_fund_after_lower_case_kind_words_is_its_quoted_name() -> None:
    text = "Помог Тверской благотворительный фонд «Тёплый дом», а Фонд «Сколково» промолчал."
    found = [
        mention(text, "Тверской благотворительный фонд «Тёплый дом»", "ORG"),
        mention(text, "Фонд «Сколково»", "ORG"),
    ]
    assert spans(slavic_charities(text, found, "ru")) == [("Тёплый дом", "ORG"), ("Фонд «Сколково»", "ORG")]


def test_a_cup_is_no_name_but_a_surname_is() -> None:
    text = "Команда выиграла Кубок Волги, тренер Кубко доволен."
    found = [mention(text, "Кубок Волги", "ORG"), mention(text, "Кубко", "PER")]
    assert spans(slavic_charities(text, found, "ru")) == [("Кубко", "PER")]


def test_caritas_and_its_town_are_one_body() -> None:
    text = "Грант надав Карітас Самбір. Карітасу Дрогобичу подякував Львів."
    found = [
        mention(text, "Карітас", "ORG"),
        mention(text, "Самбір", "LOC"),
        mention(text, "Карітасу", "ORG"),
        mention(text, "Дрогобичу", "LOC"),
        mention(text, "Львів", "LOC"),
    ]
    assert spans(slavic_charities(text, found, "uk")) == [
        ("Карітас Самбір", "ORG"),
        ("Карітасу Дрогобичу", "ORG"),
        ("Львів", "LOC"),  # no Caritas before it
    ]


def test_a_numbered_school_keeps_its_town_and_gives_the_person_back() -> None:
    text = "Третьим стал воспитанник ДЮСШ № 2 Череповца Иван Петров, а из школы № 5 Андрей Орлов."
    found = [
        mention(text, "ДЮСШ № 2", "ORG"),
        mention(text, "Череповца Иван Петров", "PER"),
        mention(text, "школы № 5", "ORG"),
        mention(text, "Андрей Орлов", "PER"),
    ]
    assert spans(slavic_charities(text, found, "ru")) == [
        ("ДЮСШ № 2 Череповца", "ORG"),
        ("Иван Петров", "PER"),
        ("школы № 5", "ORG"),  # a given name after the number is a person, no town
        ("Андрей Орлов", "PER"),
    ]


def test_other_languages_are_left() -> None:
    text = "Il DK «Metallurg» ha vinto."
    found = [mention(text, "DK «Metallurg»", "ORG")]
    assert spans(slavic_charities(text, found, "it")) == [("DK «Metallurg»", "ORG")]


def test_a_districts_branch_a_red_cross_society_and_its_country_are_three() -> None:
    text = "Допомагає Стрийська районна організація Товариства Червоного Хреста України, а Стрийська громада дякує."
    found = [
        mention(text, "Стрийська", "PER"),
        mention(text, "Товариства Червоного Хреста України", "MISC"),
    ]
    assert spans(slavic_charities(text, found, "uk")) == [
        ("Стрийська районна організація", "ORG"),
        ("Товариства Червоного Хреста", "ORG"),
        ("України", "LOC"),
    ]
    # a Red Cross named with no country stays whole
    text = "Прийшли волонтери Товариства Червоного Хреста Коломиї."
    found = [mention(text, "Товариства Червоного Хреста Коломиї", "ORG")]
    assert spans(slavic_charities(text, found, "uk")) == [("Товариства Червоного Хреста Коломиї", "ORG")]


def test_a_branch_before_an_acronym_is_left_to_the_acronym_body() -> None:
    text = "Заяву оприлюднила Стрийська районна організація НСЖУ."
    found = [mention(text, "Стрийська районна організація НСЖУ", "ORG")]
    assert spans(slavic_charities(text, found, "uk")) == [("Стрийська районна організація НСЖУ", "ORG")]


def test_a_local_unit_and_its_parent_are_two_bodies_and_the_parents_case_forms_follow() -> None:
    text = "Похід організувала Стрийська станиця Пласту. У Пласті підтвердили участь."
    found = [
        mention(text, "Стрийська станиця", "MISC"),
        mention(text, "Пласту", "LOC"),
        mention(text, "Пласті", "LOC"),
    ]
    assert spans(slavic_charities(text, found, "uk")) == [
        ("Стрийська станиця", "ORG"),
        ("Пласту", "ORG"),
        ("Пласті", "ORG"),
    ]


def test_a_local_unit_with_no_capitalised_parent_is_left_alone() -> None:
    text = "Стрийська станиця зібрала дітей біля Львова."
    found = [mention(text, "Львова", "LOC")]
    assert spans(slavic_charities(text, found, "uk")) == [("Львова", "LOC")]
