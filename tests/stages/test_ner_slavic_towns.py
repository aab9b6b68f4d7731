"""Small towns in Ukrainian and Polish (ner/slavic_towns.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_towns import small_towns


def test_an_unknown_word_after_a_place_preposition_is_a_town() -> None:
    text = "Людей поселили у Хусті та Великому Бичкові, а потім до Старого Самбора."
    found = [
        mention(text, "Хусті", "MISC"),
        mention(text, "Великому Бичкові", "MISC"),
        mention(text, "Старого Самбора", "MISC"),
    ]
    assert [t for _, t in spans(small_towns(text, found, "uk"))] == ["LOC", "LOC", "LOC"]


def test_a_lone_adjective_or_an_unknown_word_elsewhere_is_no_town() -> None:
    text = "Депутати у Верховній говорили у Будинку вчених і у Держлікслужбі, а Нємецьке звучить дивно."
    found = [
        mention(text, "Верховній", "MISC"),
        mention(text, "Будинку", "MISC"),
        mention(text, "Держлікслужбі", "MISC"),
        mention(text, "Нємецьке", "MISC"),
    ]
    assert [t for _, t in spans(small_towns(text, found, "uk"))] == ["MISC"] * 4


def test_a_polish_town_named_with_its_river_is_one_place_unless_known() -> None:
    text = "Pielgrzymi szli z Kazimierza nad Wisłą do Płocka nad Wisłą."
    found = [mention(text, "Kazimierza", "LOC"), mention(text, "Wisłą", "LOC"), mention(text, "Płocka", "LOC")]
    assert spans(small_towns(text, found, "pl")) == [
        ("Kazimierza nad Wisłą", "LOC"),
        ("Płocka", "LOC"),
    ]


def test_an_unknown_word_after_a_villages_kind_word_is_a_town_a_known_word_is_not() -> None:
    text = "Туристи зупинились біля села Верхній Ясенів, а потім біля селища Ворохта. Біля села Робота кипить."
    found = [
        mention(text, "Верхній Ясенів", "MISC"),
        mention(text, "Ворохта", "MISC"),
        mention(text, "Робота", "MISC"),
    ]
    assert [t for _, t in spans(small_towns(text, found, "uk"))] == ["LOC", "LOC", "MISC"]


def test_a_towns_case_form_read_as_a_surname_in_a_list_of_places_is_the_town() -> None:
    text = "Гості приїхали з Києва, Львова та Одеси, а виступили Петро Левченко та Андрій Львов."
    found = [
        mention(text, "Києва", "LOC"),
        mention(text, "Львова", "PER"),
        mention(text, "Одеси", "LOC"),
        mention(text, "Петро Левченко", "PER"),
        mention(text, "Андрій Львов", "PER"),
    ]
    assert [t for _, t in spans(small_towns(text, found, "uk"))] == ["LOC", "LOC", "LOC", "PER", "PER"]
    # no place beside it: the reading stays the model's
    text = "Про це сказав Львова журналістам."
    assert spans(small_towns(text, [mention(text, "Львова", "PER")], "uk")) == [("Львова", "PER")]


def test_a_lone_person_right_after_a_villages_kind_word_is_the_village() -> None:
    text = "Пожежники села Дубина допомогли, а в селі Оксана Коваль відкрила крамницю."
    found = [mention(text, "Дубина", "PER"), mention(text, "Оксана Коваль", "PER")]
    # a person of two words, or one named by a given name, stays a person
    assert spans(small_towns(text, found, "uk")) == [("Дубина", "LOC"), ("Оксана Коваль", "PER")]
    text = "Голова села Олена привітала гостей."
    assert spans(small_towns(text, [mention(text, "Олена", "PER")], "uk")) == [("Олена", "PER")]


def test_a_surname_reading_of_a_town_the_article_names_elsewhere_is_that_town() -> None:
    text = "У Харкові відкрили центр. Досвід Харкова хвалять."
    found = [mention(text, "Харкові", "LOC"), mention(text, "Харкова", "PER")]
    assert spans(small_towns(text, found, "uk")) == [("Харкові", "LOC"), ("Харкова", "LOC")]


def test_a_person_named_in_full_keeps_the_surname() -> None:
    text = "У Харкові виступила Ольга Харкова. Харкова подякувала."
    found = [mention(text, "Харкові", "LOC"), mention(text, "Ольга Харкова", "PER"), mention(text, "Харкова", "PER")]
    assert spans(small_towns(text, found, "uk")) == [("Харкові", "LOC"), ("Ольга Харкова", "PER"), ("Харкова", "PER")]


def test_a_word_in_the_genitive_after_z_is_a_town_an_instrumental_is_not() -> None:
    text = "На ярмарок приїхали майстри з Косова та Яблунева, а з Мельником прийшла його родина."
    found = [
        mention(text, "Косова", "MISC"),
        mention(text, "Яблунева", "MISC"),
        mention(text, "Мельником", "MISC"),
    ]
    assert [t for _, t in spans(small_towns(text, found, "uk"))] == ["LOC", "LOC", "MISC"]


def test_a_word_after_a_towns_or_a_foreign_districts_kind_word_is_a_town() -> None:
    text = "Гості з повіту Ботошані та з міста Сірет виступили першими."
    found = [mention(text, "Ботошані", "MISC"), mention(text, "Сірет", "MISC")]
    assert [t for _, t in spans(small_towns(text, found, "uk"))] == ["LOC", "LOC"]


def test_an_unknown_word_after_sushidnii_is_a_town_a_common_word_is_not() -> None:
    text = "Люди приїхали із сусіднього Рахнівця та сусідньої Області."
    found = [mention(text, "Рахнівця", "MISC"), mention(text, "Області", "MISC")]
    assert spans(small_towns(text, found, "uk")) == [("Рахнівця", "LOC"), ("Області", "MISC")]


def test_a_town_read_as_a_surname_in_a_pair_of_like_phrases_is_a_place() -> None:
    text = "Цукерки везуть для магазинів Полтави та кав'ярень Львова щотижня."
    found = small_towns(text, [mention(text, "Полтави", "LOC"), mention(text, "Львова", "PER")], "uk")
    assert spans(found) == [("Полтави", "LOC"), ("Львова", "LOC")]
    # a place after a preposition and a person after a verb are no like phrases
    text = "Вони виступили у Полтаві та привітали Львова."
    found = small_towns(text, [mention(text, "Полтаві", "LOC"), mention(text, "Львова", "PER")], "uk")
    assert spans(found) == [("Полтаві", "LOC"), ("Львова", "PER")]
