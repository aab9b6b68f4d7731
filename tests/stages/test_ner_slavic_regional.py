"""A region's institutions and towns after a country's adjective (ner/slavic_regional.py).
Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_regional import slavic_regional


def test_a_regional_institution_takes_its_genitive_remit_a_verb_stays_out() -> None:
    text = "Поранених доставили до Вінницької обласної лікарні швидкої допомоги."
    found = [mention(text, "Вінницької", "MISC")]
    assert spans(slavic_regional(text, found, "uk")) == [("Вінницької обласної лікарні швидкої допомоги", "ORG")]
    text = "В Тверском областном центре народного творчества прошёл концерт."
    assert spans(slavic_regional(text, [], "ru")) == [("Тверском областном центре народного творчества", "ORG")]


def test_a_regional_adjective_without_an_institution_word_is_nothing() -> None:
    text = "Вінницька обласна рада проголосувала; обласні дороги відремонтують."
    assert slavic_regional(text, [], "uk") == []


def test_a_town_after_a_country_adjective_is_a_place_a_firm_is_not() -> None:
    text = "Приехали гости из белорусского Гомеля и сотрудники российского Газпрома."
    found = [mention(text, "Гомеля", "ORG"), mention(text, "Газпрома", "ORG")]
    assert spans(slavic_regional(text, found, "ru")) == [("Гомеля", "LOC"), ("Газпрома", "ORG")]


def test_a_ukrainian_word_is_read_though_its_tag_set_lacks_the_organisation_grammeme() -> None:
    from storywire.stages.ner.slavic_regional import _place_word

    # pymorphy3's Ukrainian tag set has no "Orgn": asking for it must not raise
    assert _place_word("Житомира", "uk") in (True, False)
    assert _place_word("Гомеля", "ru")


def test_a_centres_remit_after_z_is_a_field_not_a_day() -> None:
    text = "За даними Львівського обласного центру з гідрометеорології, Львівського обласного центру з понеділка немає."
    found = [mention(text, "Львівського", "MISC"), mention(text, "Львівського", "MISC", 1)]
    assert spans(slavic_regional(text, found, "uk")) == [
        ("Львівського обласного центру з гідрометеорології", "ORG"),
        ("Львівського обласного центру", "ORG"),
    ]
