"""Memorials, alleys, reserves, parishes, forestry units, ministries, departments, forms, systems
and quotations in Polish, Russian and Ukrainian (ner/slavic_memorials.py).  Sentences written
for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_memorials import slavic_memorials


def test_a_quoted_memorial_or_reserve_is_a_place_without_its_quotes() -> None:
    text = "У парку відкрили меморіал «Скорботна мати». Фонд «Скорботна мати» збирає кошти."
    found = [mention(text, "Скорботна мати", "ORG"), mention(text, "Скорботна мати", "ORG", 1)]
    assert spans(slavic_memorials(text, found, "uk")) == [("Скорботна мати", "LOC"), ("Скорботна мати", "ORG")]
    pl = "Szlak omija rezerwat „Bukowa Góra” od zachodu."
    assert spans(slavic_memorials(pl, [mention(pl, "Bukowa Góra", "ORG")], "pl")) == [("Bukowa Góra", "LOC")]


def test_a_memorial_alley_with_its_capitalised_kind_word_is_a_place() -> None:
    text = "Саженцы высадили на Аллее Славы у школы. Аллея отремонтирована."
    assert spans(slavic_memorials(text, [], "ru")) == [("Аллее Славы", "LOC")]


def test_a_parish_or_forestry_unit_named_by_its_adjective_is_a_body_not_at_a_sentence_start() -> None:
    text = "Молебен отслужили священники Свято-Покровского прихода, а сотрудники Шатурского лесничества помогли."
    found = [mention(text, "Шатурского лесничества", "LOC")]
    assert spans(slavic_memorials(text, found, "ru")) == [
        ("Свято-Покровского прихода", "ORG"),
        ("Шатурского лесничества", "ORG"),
    ]
    opening = "Большой приход туристов ждут летом."
    assert spans(slavic_memorials(opening, [], "ru")) == []


def test_a_ministry_for_the_affairs_of_a_group_ends_before_its_country_or_its_verb() -> None:
    text = "Гроші дало Міністерство у справах молоді України. Міністерство у справах ветеранів пообіцяло ще."
    assert spans(slavic_memorials(text, [mention(text, "України", "LOC")], "uk")) == [
        ("Міністерство у справах молоді", "ORG"),
        ("України", "LOC"),
        ("Міністерство у справах ветеранів", "ORG"),
    ]


def test_a_capitalised_department_with_its_portfolio_inside_a_sentence_is_a_body() -> None:
    text = "Нагляд доручили Управлінню житлово-комунального господарства міста. Управління справами важке."
    assert spans(slavic_memorials(text, [], "uk")) == [("Управлінню житлово-комунального господарства", "ORG")]


def test_a_two_part_asian_form_keeps_its_stop_a_lone_ltd_does_not() -> None:
    text = "Лес купила Harbin Larch Export Co., Ltd.\n\nДеньги внесла Taiga Wood Ltd. Сделка закрыта."
    found = [mention(text, "Harbin Larch Export Co., Ltd", "ORG"), mention(text, "Taiga Wood Ltd", "ORG")]
    assert spans(slavic_memorials(text, found, "ru")) == [
        ("Harbin Larch Export Co., Ltd.", "ORG"),
        ("Taiga Wood Ltd", "ORG"),
    ]


def test_a_camel_case_system_is_no_name_a_body_after_the_same_word_stays() -> None:
    text = "Сделки регистрируют в системе ГосТорг, а в системе МВД служат тысячи."
    found = [mention(text, "ГосТорг", "ORG"), mention(text, "МВД", "ORG")]
    assert spans(slavic_memorials(text, found, "ru")) == [("МВД", "ORG")]


def test_the_opening_words_of_a_quotation_are_no_name_a_quoted_name_is() -> None:
    text = "«Дело не простое: все молчат», — сказал он. «Верховный суд штата решил иначе»."
    found = [mention(text, "Дело не простое", "ORG"), mention(text, "Верховный суд", "ORG")]
    assert spans(slavic_memorials(text, found, "ru")) == [("Верховный суд", "ORG")]


def test_other_languages_are_left_alone() -> None:
    text = "Il memoriale «Gru» fu restaurato."
    found = [mention(text, "Gru", "ORG")]
    assert spans(slavic_memorials(text, found, "it")) == [("Gru", "ORG")]


def test_a_trade_league_before_its_country_is_a_body_a_league_without_it_is_not() -> None:
    text = "Ассоциация лесных предприятий России просит отсрочки. Лига чемпионов стартует."
    found = [mention(text, "России", "LOC")]
    assert spans(slavic_memorials(text, found, "ru")) == [("Ассоциация лесных предприятий", "ORG"), ("России", "LOC")]


def test_a_ministry_with_its_lower_case_portfolio_before_its_country_is_one_body() -> None:
    text = "Вчора Міністерство культури та туризму України оголосило конкурс."
    found = [mention(text, "України", "LOC")]
    assert spans(slavic_memorials(text, found, "uk")) == [
        ("Міністерство культури та туризму", "ORG"),
        ("України", "LOC"),
    ]


def test_a_ministry_before_a_verb_takes_no_portfolio() -> None:
    text = "Вчора Міністерство повідомило громадян України про зміни."
    found = [mention(text, "України", "LOC")]
    assert spans(slavic_memorials(text, found, "uk")) == [("України", "LOC")]
