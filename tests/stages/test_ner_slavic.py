"""Ukrainian and Russian rule typing (ner/slavic.py, the morphology in ner/morph.py and the
run logic in ner/rules.py): capitalised runs that are no person's name.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.ner.morph import adjectival, analyzer, function_word, hint_for
from storywire.stages.ner.rules import rule_mentions
from storywire.stages.ner.slavic import acronym, quoted, script

pytestmark = pytest.mark.skipif(analyzer("uk") is None, reason="pymorphy3 Ukrainian dictionary missing")


def found(text: str, language: str = "uk", known: dict[str, str] | None = None) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in rule_mentions(text, language, known=known, hint=hint_for(language))}  # type: ignore[arg-type]


def people(text: str, language: str = "uk") -> set[str]:
    return {t for t, e in found(text, language) if e == "PER"}


def test_acronym_body_and_the_country_after_it() -> None:
    got = found("Вчора в МЗС Польщі викликали посла, а ЗСУ відбили атаку.")
    assert ("МЗС", "ORG") in got and ("Польщі", "LOC") in got
    assert ("ЗСУ", "ORG") in got
    assert not people("Вчора в МЗС Польщі викликали посла, а ЗСУ відбили атаку.")


def test_capitalised_body_noun_before_a_country_or_after_an_office() -> None:
    got = found("Засідання у Радбезі ООН перенесли, сказав заступник голови Мінфіну.")
    assert not {t for t, e in got if e == "PER"}
    assert ("Радбезі ООН", "ORG") in got  # one body: the UN Security Council
    assert ("Мінфіну", "ORG") in got  # after an office ("голови")


def test_lone_capitalised_common_noun_is_no_organisation_or_person() -> None:
    got = found("Сторони послалися на норми Статуту та позицію Заходу.")
    assert not any(e in ("PER", "ORG") for _, e in got)


def test_adjectives_are_never_people_on_their_own() -> None:
    assert not people("Українська команда виграла, а Литовська сторона програла.")
    assert not people("Журналісти чекали біля Білого будинку.")
    got = found("Делегати обговорили аварію на Ладижинській ТЕС і стан Рівненської АЕС.")
    assert ("Рівненської АЕС", "LOC") in got and not people("стан Рівненської АЕС і Дністровської ГЕС.")


def test_adjective_surname_is_still_a_person() -> None:
    assert "Андрій Коломойський" in people("Бізнесмен Андрій Коломойський прибув до суду.")


def test_quoted_name_is_an_organisation() -> None:
    got = found("Контракт підписали з компанією «Енергоатома» минулого тижня.")
    assert ("Енергоатома", "ORG") in got


def test_known_organisation_keeps_its_type_when_inflected() -> None:
    got = found("Акції Газпрому впали після заяви.", known={"Газпром": "ORG"})
    assert ("Газпрому", "ORG") in got


def test_name_particles_join_a_cyrillic_name() -> None:
    assert "Ганс фон дер Шуленбург" in people("Учора Ганс фон дер Шуленбург виступив у Берліні.")


def test_initial_before_a_common_word_ends_the_sentence() -> None:
    got = people("Прем'єр зустрівся з Лі Ц. Про це повідомило посольство.")
    assert not any("Про" in p for p in got)


def test_latin_name_in_cyrillic_run_is_separate() -> None:
    got = found("Учасники саміту ОБСЄ G20 зібралися в Римі.")
    assert ("ОБСЄ", "ORG") in got
    assert not any("G20" in t and "ОБСЄ" in t for t, _ in got)


def test_sentence_start_function_word_is_no_name() -> None:
    assert not people("Далі буде.")
    assert "Сі" in " ".join(people("Сі Цзіньпін прибув до Москви."))


def test_russian_rules_share_the_typing() -> None:
    got = found("В МИД России заявили протест, сообщила Российская сторона.", "ru")
    assert ("МИД", "ORG") in got and ("России", "LOC") in got
    assert not {t for t, e in got if e == "PER"}


def test_helpers() -> None:
    assert acronym("МЗС") and acronym("COP29") and not acronym("Київ") and not acronym("І")
    assert script("ООН") == "cyr" and script("COP29") == "lat" and script("2025") == ""
    text = "зокрема «Укрзалізниці» та"
    start = text.index("У")
    assert quoted(text, start, start + len("Укрзалізниці"))
    assert adjectival("Українська", "делегація", "uk") and not adjectival("Зеленського", "заява", "uk")
    assert adjectival("Європейської", "", "uk")
    assert function_word("Далі", "uk") and not function_word("Шевченко", "uk")


def test_a_country_before_a_chinese_name_is_its_own_place() -> None:
    from storywire.stages.entities import extract_entities_from_text

    found = extract_entities_from_text("Лідер Китаю Сі Цзіньпін прибув до Москви.", "uk")
    assert [(m.text, m.type) for m in found] == [("Китаю", "LOC"), ("Сі Цзіньпін", "PER"), ("Москви", "LOC")]
    found = extract_entities_from_text("Ван І зустрівся з Сі Цзіньпіном.", "uk")
    assert [(m.text, m.type) for m in found] == [("Ван І", "PER"), ("Сі Цзіньпіном", "PER")]


def test_a_ukrainian_town_in_iv_read_through_its_vowel_change() -> None:
    # "Кракові" reads first as a case of the animate "крак"; "Чернігові" as the town
    for word in ("Кракові", "Кракова", "Чернігові", "Чернігова"):
        assert hint_for("uk")(word) == "LOC", word


def test_a_sizeable_town_opening_a_sentence_is_the_town_though_a_frequent_word() -> None:
    from storywire.stages.ner.morph import ambiguous_town

    assert not ambiguous_town("Дрогобич", "uk")  # 76,000 people
    assert ambiguous_town("Долина", "uk")  # a valley first
