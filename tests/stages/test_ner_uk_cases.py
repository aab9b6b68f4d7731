"""Ukrainian typing by case, shape and region names: feminine titles (cues.py, titles.py),
places in a place's case after a preposition and names after a company word (slavic.py,
morph.py), one-word company names, colloquial oblast names and mountain ranges (morph.py,
gazetteer.py), surnames declined like adjectives, bodies with their genitive complement,
armed forces and places named by an adjective and a noun (slavic_bodies.py).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.cues import PERSON_TITLES
from storywire.stages.ner.morph import analyzer, company_shape, morph_hint, place_after_preposition
from storywire.stages.ner.titles import is_title_word

pytestmark = pytest.mark.skipif(analyzer("uk") is None, reason="pymorphy3 Ukrainian dictionary missing")


def found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_entities_from_text(text, "uk")}


@pytest.mark.parametrize(
    "title",
    ["Прем'єр-міністерка", "Прем’єр-міністерка", "Премʼєр-міністерка", "Віце-прем'єр-міністерка", "Депутатка",
     "Речниця", "Очільниця", "Президентка", "Міністерка"],
)  # fmt: skip
def test_feminine_title_stays_outside_the_name(title: str) -> None:
    got = found(f"{title} Оксана Мельничук відвідала Полтаву.")
    assert ("Оксана Мельничук", "PER") in got


def test_feminine_titles_in_other_cases() -> None:
    for word in ("прем'єр-міністеркою", "депутатці", "речницею", "очільниці", "президентку", "міністерці"):
        assert word in PERSON_TITLES["uk"] or is_title_word(word, "uk"), word
    assert is_title_word("Премʼєр-міністерки", "uk") and is_title_word("депутатку", "uk")
    got = found("Посол зустрівся з прем’єр-міністеркою Іриною Бондар у Луцьку.")
    assert ("Іриною Бондар", "PER") in got


def test_place_in_the_locative_after_its_preposition_is_no_person() -> None:
    assert place_after_preposition("Ізмаїлі", "в", "uk")  # also a given name, Ізмаїл
    assert place_after_preposition("Вашингтоні", "у", "uk")
    assert not place_after_preposition("Свириденко", "у", "uk")  # indeclinable: "у Свириденко" is hers
    assert not place_after_preposition("Олега", "у", "uk")
    got = found("Виставку відкрили в Ізмаїлі, а минулого року вона була у Вашингтоні.")
    assert ("Ізмаїлі", "LOC") in got and ("Вашингтоні", "LOC") in got


def test_known_place_in_the_genitive_after_a_preposition_of_direction() -> None:
    assert place_after_preposition("Вашингтона", "до", "uk")
    assert not place_after_preposition("Петренка", "до", "uk")
    got = found("Делегація вилетіла з Вашингтона і прибула до Лондона ввечері.")
    assert ("Вашингтона", "LOC") in got and ("Лондона", "LOC") in got


def test_a_title_before_keeps_the_person() -> None:
    assert ("Джорджа Вашингтона", "PER") in found("Пам'ять генерала Джорджа Вашингтона вшанували.")


def test_colloquial_oblast_names_and_mountains_in_every_case() -> None:
    for word in ("Львівщині", "Херсонщиною", "Сумщини", "Вінниччину", "Донеччині", "Бахмутщині", "Альпах", "Карпат"):
        assert morph_hint(word, "uk") == "LOC", word
    got = found("На Полтавщині пройшли дощі, а з Тернопільщини до Закарпаття їдуть автобуси.")
    assert {("Полтавщині", "LOC"), ("Тернопільщини", "LOC"), ("Закарпаття", "LOC")} <= got
    assert ("Альпах", "LOC") in found("Лижники тренувалися в Альпах і Татрах.")
    assert morph_hint("Батьківщина", "uk") != "LOC"  # the homeland, and a party


def test_one_word_company_names_by_shape() -> None:
    for word in ("Укрзалізниця", "Укренерго", "Укрпошти", "Енергоатому", "Ощадбанком", "Укртелеком"):
        assert company_shape(word), word
    for word in ("Україна", "Українського", "Епіцентр", "Укроп", "Київ"):
        assert not company_shape(word), word
    got = found("Укрпошта підписала угоду з Енергоатомом.")
    assert ("Укрпошта", "ORG") in got and ("Енергоатомом", "ORG") in got


def test_unknown_name_after_a_company_word_but_not_a_person() -> None:
    assert ("Siemens", "ORG") in found("Уряд домовився з німецьким концерном Siemens про турбіни.")
    assert ("Ілона Маска", "PER") in found("Угоду з компанією Ілона Маска підписали вчора.")


def test_adjective_surname_alone_is_a_person_unless_a_noun_agrees() -> None:
    assert morph_hint("Зеленського", "uk") == "PER"
    assert ("Зеленського", "PER") in found("Журналісти запитали Зеленського про бюджет.")
    got = found("Мешканці Донецького району чекають на воду.")
    assert not any(t == "PER" for _, t in got)


def test_body_takes_its_genitive_complement_but_not_a_time() -> None:
    got = found("За оцінкою Національного агентства розслідувань, збитки зросли.")
    assert ("Національного агентства розслідувань", "ORG") in got
    got = found("Рішення Верховного суду минулого тижня оскаржили.")
    assert ("Верховного суду", "ORG") in got


def test_armed_forces_and_adjective_places_in_mid_sentence() -> None:
    assert ("Повітряних сил", "ORG") in found("Командувач Повітряних сил Анатолій Кравець доповів про атаку.")
    assert ("Червоній площі", "LOC") in found("Журналісти зібралися на Червоній площі ввечері.")
    assert ("Білого дому", "LOC") in found("Делегація повернулася до Білого дому ввечері.")
    assert not found("Російські сили атакували місто вночі.")
    assert ("Новий міст", "LOC") not in found("Новий міст відкрили вчора.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Вчора у Бахмуті тривали бої.", "Бахмуті"),  # towns under 100,000 people, by their lemma
        ("Ворог наступає біля Покровська.", "Покровська"),
        ("Війська обстріляли Ізюм та Куп'янськ.", "Куп'янськ"),
        ("Війська обстріляли Ізюм та Куп’янськ.", "Куп’янськ"),  # any apostrophe
        ("Мер Ірпеня Олександр Маркушин заявив про відновлення.", "Ірпеня"),
        # a town whose readings also hold a surname of another lemma (the adjective's feminine)
        ("Мешканців Куп’янська евакуюють.", "Куп’янська"),
        ("Угоду підписали в Кишиневі.", "Кишиневі"),  # a lemma the gazetteer spells otherwise ("Кишинев")
        ("Херсон знову під обстрілом, а в Куп’янську тихо.", "Куп’янську"),
        # a sentence's first word: frequent because the news names the town, not a common word
        ("Херсон знову опинився під обстрілом.", "Херсон"),
    ],
)
def test_smaller_towns_are_places(text: str, place: str) -> None:
    assert (place, "LOC") in found(text)


def test_a_town_named_like_a_person_or_a_word_stays_what_it_is() -> None:
    assert ("Анна Маркс", "PER") in found("Вчора Анна Маркс приїхала до Львова.")  # both are towns too
    assert not found("Долина річки затоплена після дощів.")  # a valley opening a sentence
    assert ("Пушкіна", "PER") in found("Вірші Пушкіна читали вголос.")  # the town Pushkin's namesake
    # a town's adjective before its noun is no person ("the Kupiansk direction")
    assert not {t for _, t in found("Бої тривають на Куп’янському напрямку.")} & {"PER", "LOC"}


def test_a_full_name_after_a_kind_word_stays_a_person() -> None:
    got = found("Лідерка партії Юлія Тимошенко виступила у Верховній Раді.")
    assert ("Юлія Тимошенко", "PER") in got and ("Юлія Тимошенко", "ORG") not in got
    assert ("Нафтогаз", "ORG") in found("Акції компанії Нафтогаз зросли.")
    # with no title before the kind word, the name is the body's own ("the club Barry Town")
    assert ("Баррі Таун", "ORG") in found("Титул не зміг захистити клуб Баррі Таун.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Про це повідомили в Генштабі.", "Генштабі"),  # a contracted body, mid-sentence
        ("За даними Генштабу, ворог атакував.", "Генштабу"),
        ("Міноборони України повідомило про втрати.", "Міноборони"),  # opening a sentence
        ("Кабмін ухвалив постанову.", "Кабмін"),
    ],
)
def test_contracted_state_bodies_are_organisations(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


def test_a_generic_body_opening_a_sentence_stays_no_name() -> None:
    assert not found("Уряд ухвалив постанову.")


def test_a_citys_genitive_before_a_full_name_and_a_city_read_as_an_adjective_are_places() -> None:
    got = found("Мер Львова Андрій Садовий повідомив, що дрони атакували по Одесі та Миколаєву.")
    assert {("Львова", "LOC"), ("Андрій Садовий", "PER"), ("Миколаєву", "LOC")} <= got
    assert ("Росіяни", "LOC") not in found("Росіяни атакували Одесу.")  # a people, no case of "Росія"


def test_a_body_with_lower_case_adjectives_before_its_head() -> None:
    got = found("Про це повідомила Херсонська обласна військова адміністрація.")
    assert ("Херсонська обласна військова адміністрація", "ORG") in got
    assert ("Одеська обласна рада", "ORG") in found("Вчора Одеська обласна рада зібралася.")


def test_a_pronoun_spelled_as_a_country_neither_opens_a_place_nor_ends_a_body() -> None:
    from storywire.stages.entities import extract_entities_from_text

    text = "Конституційний суд того ж дня ухвалив рішення. Того ж дня делегація поїхала до Того."
    got = [(m.text, m.type) for m in extract_entities_from_text(text, "uk")]
    assert got == [("Конституційний суд", "ORG"), ("Того", "LOC")]


def test_a_common_noun_is_no_pet_names_plural() -> None:
    assert morph_hint("Люди", "uk") == "COMMON"  # "people", and the plural of the informal "Люда"
    assert morph_hint("Саша", "uk") == "PER"
    assert not any(t == "PER" for _, t in found("Місто чекає. Люди не живуть на вулиці."))
