"""Circuses, carnivals and parcel delivery in Russian, Ukrainian and Polish news
(ner/slavic_festivals.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_festivals import slavic_festivals


def test_a_circus_tent_is_no_name() -> None:
    text = "Пермское шапито приехало в Самару. Шапито — это семейный праздник."
    found = [mention(text, "Пермское шапито", "ORG"), mention(text, "Самару", "LOC"), mention(text, "Шапито", "LOC")]
    assert spans(slavic_festivals(text, found, "ru")) == [("Самару", "LOC")]


def test_a_russian_macro_region_is_a_place() -> None:
    text = "Перевозчик развозит посылки по Прикамью и Зауралью, а летом и в Забайкалье."
    assert spans(slavic_festivals(text, [mention(text, "Зауралью", "PER")], "ru")) == [
        ("Прикамью", "LOC"),
        ("Зауралью", "LOC"),
        ("Забайкалье", "LOC"),
    ]


def test_the_public_broadcasters_regional_branch_is_one_body() -> None:
    text = "Репортаж показало Суспільне Ужгород у вечірньому випуску."
    found = [mention(text, "Суспільне", "ORG"), mention(text, "Ужгород", "LOC")]
    assert spans(slavic_festivals(text, found, "uk")) == [("Суспільне Ужгород", "ORG")]


def test_a_headlines_adjective_of_a_lower_case_festival_is_no_person() -> None:
    text = "Вертепова вистава зібрала сотні глядачів\n\nУ неділю вертеп обійшов усе село. Петрова вистава теж була."
    found = [mention(text, "Вертепова", "PER"), mention(text, "Петрова", "PER")]
    assert spans(slavic_festivals(text, found, "uk")) == [("Петрова", "PER")]


def test_the_polish_state_post_is_a_body_in_every_case() -> None:
    text = "Sklepy przenoszą nadania do Poczty Polskiej, a Poczta Polska zatrudnia więcej kurierów."
    found = [mention(text, "Poczty Polskiej", "LOC"), mention(text, "Polska", "LOC")]
    assert spans(slavic_festivals(text, found, "pl")) == [("Poczty Polskiej", "ORG"), ("Poczta Polska", "ORG")]


def test_a_broadcasters_branch_in_a_hyphenated_town_is_one_body_but_not_before_a_person() -> None:
    text = "Сюжет показало Суспільне Кам'янець-Подільський. Суспільне Марія-Олена не коментувала."
    found = [
        mention(text, "Суспільне", "ORG"),
        mention(text, "Кам'янець-Подільський", "LOC"),
        mention(text, "Суспільне", "ORG", nth=1),
        mention(text, "Марія-Олена", "PER"),
    ]
    assert spans(slavic_festivals(text, found, "uk")) == [
        ("Суспільне Кам'янець-Подільський", "ORG"),
        ("Суспільне", "ORG"),
        ("Марія-Олена", "PER"),
    ]
