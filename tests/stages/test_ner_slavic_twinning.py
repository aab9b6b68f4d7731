"""Russian, Ukrainian and Polish twin towns, quoted names, choirs, churches, shopping centres,
store chains, families, mansions, offices, lists of towns, rivers and wars
(ner/slavic_twinning.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_twinning import polish_twin_towns, slavic_twinning


def test_a_polish_town_read_as_a_surname_after_a_place_preposition_is_a_place() -> None:
    text = "Chór z Sambora wystąpi w Samborze. Spotkał się z Nowakiem."
    found = polish_twin_towns(
        text,
        [mention(text, "Sambora", "PER"), mention(text, "Samborze", "PER"), mention(text, "Nowakiem", "PER")],
        "pl",
    )
    assert spans(found) == [("Sambora", "LOC"), ("Samborze", "LOC"), ("Nowakiem", "PER")]


def test_a_mayors_town_is_split_from_him_and_found_again_in_another_case() -> None:
    text = "Burmistrz Lidy i mer Sambora Jurij Kowal podpisali umowę. Sambor leży blisko granicy."
    found = polish_twin_towns(
        text, [mention(text, "Sambora Jurij Kowal", "PER"), mention(text, "Sambor", "PER", 1)], "pl"
    )
    assert spans(found) == [("Sambora", "LOC"), ("Jurij Kowal", "PER"), ("Sambor", "LOC")]
    text = "Spotkanie z prezydentem Nowakiem. Dziękuję, powiedział Jan Kowel z Kowla."
    found = polish_twin_towns(text, [mention(text, "Nowakiem", "PER"), mention(text, "Jan Kowel", "PER")], "pl")
    assert spans(found) == [("Nowakiem", "PER"), ("Jan Kowel", "PER")]


def test_a_quoted_paper_ends_at_its_closing_quote_and_the_speaker_is_a_person() -> None:
    text = "– Wrócimy tu – powiedziała „Kurierowi Porannemu” Nowicka."
    found = slavic_twinning(text, [mention(text, "Kurierowi Porannemu” Nowicka", "ORG")], "pl")
    assert spans(found) == [("Kurierowi Porannemu", "ORG"), ("Nowicka", "PER")]


def test_a_choirs_quoted_name_is_an_organisation_without_the_kind_word() -> None:
    text = "Zaśpiewał chór „Jarzębina” z Lidy. Выступил хор «Рассвет»."
    found = slavic_twinning(text, [mention(text, "Jarzębina", "LOC")], "pl")
    assert spans(found) == [("Jarzębina", "ORG"), ("Рассвет", "ORG")]


def test_a_lower_case_church_is_a_place_and_a_polish_region_in_szczyzna() -> None:
    text = "Msza w kościele św. Anny zgromadziła gości z Opolszczyzny. Parafia św. Anny zbiera datki."
    found = slavic_twinning(
        text, [mention(text, "kościele św. Anny", "ORG"), mention(text, "Parafia św. Anny", "ORG")], "pl"
    )
    assert spans(found) == [("kościele św. Anny", "LOC"), ("Opolszczyzny", "LOC"), ("Parafia św. Anny", "ORG")]


def test_shopping_centres_are_places_with_an_abbreviation_without_a_lower_case_kind_word() -> None:
    text = "Магазин відкрили в ТРЦ «Небо», а ще один — у торговельному центрі «Квітка»."
    found = slavic_twinning(
        text, [mention(text, "ТРЦ", "ORG"), mention(text, "Небо", "ORG"), mention(text, "Квітка", "ORG")], "uk"
    )
    assert spans(found) == [("ТРЦ «Небо»", "LOC"), ("Квітка", "LOC")]


def test_a_chains_quoted_name_is_an_organisation_in_every_case() -> None:
    text = "Мережа магазинів «Зелена гілка» зростає. Директор «Зеленої гілки» пояснив. ТОВ «Зелена гілка Трейд» звітує."
    found = slavic_twinning(text, [mention(text, "ТОВ «Зелена гілка Трейд»", "ORG")], "uk")
    assert spans(found) == [("Зелена гілка", "ORG"), ("Зеленої гілки", "ORG"), ("ТОВ «Зелена гілка Трейд»", "ORG")]
    text = "Фильм «Зелёная ветка» покажут в субботу."
    assert spans(slavic_twinning(text, [], "ru")) == []


def test_a_family_by_its_surname_and_a_mansion_with_its_owner() -> None:
    text = "Фірма належить родині Ковальчуків. Виставка пройде в особняке Морозова."
    found = slavic_twinning(text, [mention(text, "Ковальчуків", "MISC"), mention(text, "Морозова", "PER")], "uk")
    assert spans(found) == [("Ковальчуків", "PER"), ("особняке Морозова", "LOC")]
    text = "Він дзвонив родині вчора."
    assert spans(slavic_twinning(text, [], "uk")) == []


def test_ukrainian_regional_and_territorial_offices() -> None:
    text = (
        "Перевірку провело Головне управління Держекоінспекції у Волинській області. "
        "Справу розгляне Північне міжобласне територіальне відділення Антимонопольного комітету."
    )
    found = slavic_twinning(
        text,
        [
            mention(text, "Головне управління", "MISC"),
            mention(text, "Волинській області", "LOC"),
            mention(text, "Антимонопольного комітету", "ORG"),
        ],
        "uk",
    )
    assert spans(found) == [
        ("Головне управління Держекоінспекції у Волинській області", "ORG"),
        ("Північне міжобласне територіальне відділення", "ORG"),
        ("Антимонопольного комітету", "ORG"),
    ]


def test_towns_in_a_list_a_compound_town_a_compass_river_and_no_war() -> None:
    text = "У Ковелі, Рожищі чи Турійську закрили магазини. Він з Новограда-Волинського. На Західному Бузі тихо."
    found = slavic_twinning(
        text,
        [
            mention(text, "Ковелі", "LOC"),
            mention(text, "Рожищі", "MISC"),
            mention(text, "Турійську", "MISC"),
            mention(text, "Новограда-Волинського", "MISC"),
            mention(text, "Західному", "LOC"),
            mention(text, "Бузі", "PER"),
        ],
        "uk",
    )
    assert spans(found) == [
        ("Ковелі", "LOC"),
        ("Рожищі", "LOC"),
        ("Турійську", "LOC"),
        ("Новограда-Волинського", "LOC"),
        ("Західному Бузі", "LOC"),
    ]
    text = "В Москве, Иванов сказал, что в годы Второй мировой войны музей эвакуировали."
    found = slavic_twinning(
        text,
        [mention(text, "Москве", "LOC"), mention(text, "Иванов", "PER"), mention(text, "Второй мировой войны", "ORG")],
        "ru",
    )
    assert spans(found) == [("Москве", "LOC"), ("Иванов", "PER")]


def test_a_russian_centre_takes_its_topic_and_an_archive_its_region_a_bare_museum_nothing() -> None:
    text = (
        "Музей обратился в Федеральный центр по охране памятников в Москве. "
        "Документы хранятся в Государственном архиве Тверской области."
    )
    found = slavic_twinning(
        text,
        [
            mention(text, "Музей", "ORG"),
            mention(text, "Федеральный центр", "ORG"),
            mention(text, "Москве", "LOC"),
            mention(text, "Государственном архиве", "ORG"),
            mention(text, "Тверской области", "LOC"),
        ],
        "ru",
    )
    assert spans(found) == [
        ("Федеральный центр по охране памятников", "ORG"),
        ("Москве", "LOC"),
        ("Государственном архиве Тверской области", "ORG"),
    ]


def test_a_bodys_hall_is_a_place_and_a_priest_after_his_abbreviation_a_person() -> None:
    text = "Koncert odbył się w sali widowiskowej Gminnego Ośrodka Kultury. Modlił się o. Adam Lis. Sala była pełna."
    found = slavic_twinning(text, [mention(text, "Gminnego Ośrodka Kultury", "ORG")], "pl")
    assert spans(found) == [("Gminnego Ośrodka Kultury", "LOC"), ("Adam Lis", "PER")]
    text = "Spółka Lis sp. z o.o. Nowy Sącz ogłosiła przetarg."
    assert spans(slavic_twinning(text, [], "pl")) == []


def test_a_persons_name_like_a_words_start_is_no_town() -> None:
    text = "Komisja Seniorów obradowała w Sejmie. Przekonał Senior swoich kolegów."
    found = polish_twin_towns(text, [mention(text, "Seniorów", "LOC"), mention(text, "Senior", "PER", 1)], "pl")
    assert spans(found) == [("Seniorów", "LOC"), ("Senior", "PER")]


def test_a_given_name_in_another_case_is_no_town() -> None:
    text = "Papież Franciszek przyjechał. Ochrona Franciszka zawiodła, a pielgrzymi z Franciszka czekali."
    found = polish_twin_towns(
        text,
        [mention(text, "Franciszek", "PER"), mention(text, "Franciszka", "PER"), mention(text, "Franciszka", "LOC", 1)],
        "pl",
    )
    assert found[0].type == "PER"


def test_a_choirs_kind_word_opening_a_sentence_still_gives_its_quoted_name() -> None:
    text = "Хор «Вечерний звон» выступит снова. Газета «Вечер» промолчала."
    found = [mention(text, "Вечерний", "LOC")]
    assert spans(slavic_twinning(text, found, "ru")) == [("Вечерний звон", "ORG")]


def test_a_quote_after_a_chain_word_is_no_chain_name() -> None:
    text = "Rzecznik zapewnił, że sieć „nie zamierza zamykać sklepów”. Sieć „Zielony Koszyk” rośnie."
    found = slavic_twinning(text, [mention(text, "nie zamierza zamykać sklepów", "ORG")], "pl")
    assert spans(found) == [("nie zamierza zamykać sklepów", "ORG"), ("Zielony Koszyk", "ORG")]  # the quote untouched


def test_an_untagged_town_between_a_capitalised_mayors_title_and_his_name_is_a_place() -> None:
    text = "Burmistrz Lądka-Zdroju Jan Wiśniewski otworzył sesję. Wójt Gminy Adam Zając milczał."
    found = [mention(text, "Jan Wiśniewski", "PER"), mention(text, "Adam Zając", "PER")]
    assert spans(polish_twin_towns(text, found, "pl")) == [
        ("Lądka-Zdroju", "LOC"),
        ("Jan Wiśniewski", "PER"),
        ("Adam Zając", "PER"),
    ]


def test_a_state_services_regional_office_is_one_body() -> None:
    text = "Цех перевірило Управління Держгеокадастру у Житомирській області вчора."
    found = slavic_twinning(text, [mention(text, "Житомирській області", "LOC")], "uk")
    assert spans(found) == [("Управління Держгеокадастру у Житомирській області", "ORG")]
    # a lower-case remit is left to the other passes
    text = "Управління освіти у Житомирській області звітувало."
    found = slavic_twinning(text, [mention(text, "Житомирській області", "LOC")], "uk")
    assert spans(found) == [("Житомирській області", "LOC")]
