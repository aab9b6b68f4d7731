"""Russian, Ukrainian and Polish maiden names, nicknames, heroes' countries, orders, cemeteries,
papers and bare plant acronyms (ner/slavic_obituaries.py).  Sentences and names written for the
tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_obituaries import slavic_obituaries


def test_a_maiden_name_is_a_person_of_its_own() -> None:
    text = "Пришла вдова Нина Петровна, урождённая Смолина, с внуками."
    found = slavic_obituaries(text, [mention(text, "Нина Петровна", "PER")], "ru")
    assert spans(found) == [("Нина Петровна", "PER"), ("Смолина", "PER")]
    text = "Przyszła z mężem Haliną z domu Ptak, córką sztygara."
    found = slavic_obituaries(text, [mention(text, "Haliną", "PER"), mention(text, "Ptak", "LOC")], "pl")
    assert spans(found) == [("Haliną", "PER"), ("Ptak", "PER")]


def test_a_quoted_nickname_is_a_person_without_quotes_an_unquoted_one_nothing() -> None:
    text = "На заводе его все называли «Профессором». Бригада звала цех просто кузницей."
    assert spans(slavic_obituaries(text, [], "ru")) == [("Профессором", "PER")]
    text = "Walczył w oddziale pod pseudonimem „Sokół”. Firmę nazywano po prostu Kowalskim."
    assert spans(slavic_obituaries(text, [mention(text, "Kowalskim", "ORG")], "pl")) == [
        ("Sokół", "PER"),
        ("Kowalskim", "ORG"),
    ]


def test_a_heros_country_is_a_place_the_title_and_an_order_no_name() -> None:
    text = "Ему присвоили звание Героя России и наградили орденом Почёта."
    found = slavic_obituaries(text, [mention(text, "Героя России", "ORG"), mention(text, "Почёта", "ORG")], "ru")
    assert spans(found) == [("России", "LOC")]
    text = "Він був Героєм Соціалістичної Праці."
    assert spans(slavic_obituaries(text, [mention(text, "Соціалістичної Праці", "ORG")], "uk")) == []


def test_a_cemetery_with_its_adjective_is_a_place_a_bare_one_nothing() -> None:
    text = "Похоронят его на Ваганьковском кладбище, рядом с отцом. На кладбище придут друзья."
    found = slavic_obituaries(text, [mention(text, "Ваганьковском кладбище", "ORG")], "ru")
    assert spans(found) == [("Ваганьковском кладбище", "LOC")]
    text = "Поховали його на Лук'янівському цвинтарі."
    assert spans(slavic_obituaries(text, [], "uk")) == [("Лук'янівському цвинтарі", "LOC")]


def test_a_quoted_paper_is_a_body_a_quoted_song_is_not() -> None:
    text = "Як повідомляє «Черкаський вісник», оркестр зіграв «Ніч яка місячна»."
    assert spans(slavic_obituaries(text, [mention(text, "Черкаський вісник", "MISC")], "uk")) == [
        ("Черкаський вісник", "ORG")
    ]
    text = "По данным «Тверских ведомостей», завод закроют."
    assert spans(slavic_obituaries(text, [], "ru")) == [("Тверских ведомостей", "ORG")]


def test_a_bare_plant_acronym_is_no_name() -> None:
    text = "Пока ТЭЦ ремонтируют, город греют котельные Сургутской ГРЭС-2."
    found = slavic_obituaries(text, [mention(text, "ТЭЦ", "ORG"), mention(text, "Сургутской ГРЭС-2", "LOC")], "ru")
    assert spans(found) == [("Сургутской ГРЭС-2", "LOC")]
