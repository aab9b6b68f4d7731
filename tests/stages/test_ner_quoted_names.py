"""Quoted names after a kind word in Ukrainian and Russian (ner/quoted_names.py).

Sentences are written for these tests.
"""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.quoted_names import quoted_names


def test_a_quoted_name_after_a_kind_word_is_one_mention_of_that_kind() -> None:
    text = "Депутати фракції «Голос народу» та компанія «Укрвода» приїхали до міста «Бережани»."
    found = [mention(text, "Голос", "PER"), mention(text, "Бережани", "PER")]
    assert spans(quoted_names(text, found, "uk")) == [
        ("Голос народу", "ORG"),
        ("Укрвода", "ORG"),
        ("Бережани", "LOC"),
    ]
    text = "Лидер партии «Новые люди» выступил."
    assert spans(quoted_names(text, [], "ru")) == [("Новые люди", "ORG")]


def test_quoted_speech_and_other_languages_are_left_alone() -> None:
    text = "Він сказав: «Ми готові до переговорів»."
    assert quoted_names(text, [], "uk") == []
    text = "Il partito «Azione» ha votato."
    assert quoted_names(text, [], "it") == []


def test_a_carriers_or_tour_operators_quoted_name_is_a_firm() -> None:
    text = "Туристів возитиме перевізник «Гірський Експрес», а туроператор «Світ Мандрів» продає тури."
    found = [mention(text, "Гірський", "LOC"), mention(text, "Експрес", "LOC")]
    assert spans(quoted_names(text, found, "uk")) == [("Гірський Експрес", "ORG"), ("Світ Мандрів", "ORG")]
    text = "Перевозчик «Северный путь» получил лицензию."
    assert spans(quoted_names(text, [], "ru")) == [("Северный путь", "ORG")]


def test_an_outlet_told_in_quotes_after_a_verb_of_telling_and_one_opening_with_a_number() -> None:
    text = "Об этом рассказал «Тверской жизни» тренер. Он сказал виданню «24 канал»."
    assert spans(quoted_names(text, [], "ru")) == [("Тверской жизни", "ORG"), ("24 канал", "ORG")]
    # quoted speech after the verb is no outlet
    text = "Он заявил «Мы победим, и точка» и ушёл."
    assert quoted_names(text, [], "ru") == []


def test_a_kind_word_with_an_apostrophe_before_a_quoted_name_is_read_whole() -> None:
    text = "Позов подало адвокатське об'єднання «Правда і право», а «Слово» мовчить."
    found = [mention(text, "Правда", "PER")]
    assert spans(quoted_names(text, found, "uk")) == [("Правда і право", "ORG")]
