"""Rivers on a bank, a wire's dateline town and places inside a scheme's quoted name, in
Russian and Ukrainian (ner/slavic_riverbanks.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_riverbanks import slavic_riverbanks


def test_a_word_after_the_bank_is_a_river_a_place() -> None:
    text = "Нову пекарню збудували на березі Случі біля мосту."
    found = slavic_riverbanks(text, [mention(text, "Случі", "PER")], "uk")
    assert spans(found) == [("Случі", "LOC")]
    text = "Лагерь разбили на берегу Хопра."
    assert spans(slavic_riverbanks(text, [mention(text, "Хопра", "MISC")], "ru")) == [("Хопра", "LOC")]


def test_no_river_where_a_longer_name_or_a_body_holds_the_word() -> None:
    text = "Табір стояв на березі Південного Бугу, а на березі Дністра працює «Дністер»."
    found = [mention(text, "Південного", "PER"), mention(text, "Дністра", "ORG")]
    assert spans(slavic_riverbanks(text, found, "uk")) == [("Південного", "PER"), ("Дністра", "ORG")]


def test_a_wires_dateline_town_and_its_other_case_forms_are_a_place() -> None:
    text = "Вишневе, 3 травня (Укрінформ). У Вишневому відкрили пекарню, а Вишневий сад цвіте."
    found = [mention(text, "Вишневе", "PER"), mention(text, "Вишневому", "MISC"), mention(text, "Укрінформ", "ORG")]
    assert spans(slavic_riverbanks(text, found, "uk")) == [
        ("Вишневе", "LOC"),
        ("Укрінформ", "ORG"),
        ("Вишневому", "LOC"),
    ]
    text = "ЛИПЕЦК, 2 марта. /ТАСС/. В Липецке открыли питомник."
    found = slavic_riverbanks(text, [mention(text, "ЛИПЕЦК", "MISC")], "ru")
    assert spans(found) == [("ЛИПЕЦК", "MISC")]  # capitals are the dateline pass's


def test_no_dateline_without_a_day_and_an_agency_and_no_retyped_person() -> None:
    text = "Вишневе, як і торік, прибрали. Вишневому Петру дали премію."
    found = [mention(text, "Вишневе", "MISC"), mention(text, "Вишневому", "MISC")]
    assert spans(slavic_riverbanks(text, found, "uk")) == [("Вишневе", "MISC"), ("Вишневому", "MISC")]


def test_a_place_inside_a_schemes_quoted_name_is_no_mention() -> None:
    text = "Кредити дали за програмою «Експорт з Полтави» і за проектом «Дім» у Полтаві."
    found = [mention(text, "Полтави", "LOC"), mention(text, "Полтаві", "LOC")]
    assert spans(slavic_riverbanks(text, found, "uk")) == [("Полтаві", "LOC")]
    # a quoted name that is a place alone is no scheme's inside
    text = "Фермеры поехали в Тамбов, а не в «Тамбов»."
    found = [mention(text, "Тамбов", "LOC")]
    assert spans(slavic_riverbanks(text, found, "ru")) == [("Тамбов", "LOC")]
