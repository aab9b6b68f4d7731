"""Prizes and quoted titles of works are no entities (ner/works.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.works import without_prizes_and_works


def test_a_prize_is_no_body() -> None:
    text = "Sie erhielt den Großen Kunstpreis Berlin und später den Premio Strega, dann die Nagrody Nike."
    found = [
        mention(text, "Großen Kunstpreis Berlin", "ORG"),
        mention(text, "Premio Strega", "ORG"),
        mention(text, "Nagrody Nike", "ORG"),
    ]
    assert without_prizes_and_works(text, found, "de") == []


def test_a_quoted_title_after_a_word_for_a_work_is_no_name_but_a_quoted_paper_is() -> None:
    text = "Вийшов роман «Тіні Полісся», а «Українська правда» написала про це. Опера «Наталка Полтавка» (1819)."
    found = [
        mention(text, "Полісся", "LOC"),
        mention(text, "Українська правда", "ORG"),
        mention(text, "Наталка Полтавка", "PER"),
    ]
    assert spans(without_prizes_and_works(text, found, "uk")) == [("Українська правда", "ORG")]
    text = "Su primera obra de gran formato, «Ecos del Ebro», se estrenó en Zaragoza."
    found = [mention(text, "Ecos del Ebro", "LOC"), mention(text, "Zaragoza", "LOC")]
    assert spans(without_prizes_and_works(text, found, "es")) == [("Zaragoza", "LOC")]


def test_chinese_titles_are_left_to_the_chinese_rules() -> None:
    found = [mention("获得鲁迅文学奖", "鲁迅", "PER")]
    assert spans(without_prizes_and_works("获得鲁迅文学奖", found, "zh")) == [("鲁迅", "PER")]


def test_instruments_craft_and_medicines_after_their_kind_and_meetings_are_no_names() -> None:
    text = "Данные телескопа РТ-22 и обсерватории «Спектр-РГ» обсудят на Всероссийской геологической конференции."
    found = [
        mention(text, "РТ-22", "ORG"),
        mention(text, "Спектр-РГ", "ORG"),
        mention(text, "Всероссийской геологической конференции", "ORG"),
    ]
    assert without_prizes_and_works(text, found, "ru") == []
    text = "Beim Deutschen Ärztekongress in Berlin sprach die Conferencia Episcopal Española nicht."
    found = [
        mention(text, "Deutschen Ärztekongress", "ORG"),
        mention(text, "Berlin", "LOC"),
        mention(text, "Conferencia Episcopal Española", "ORG"),
    ]
    assert spans(without_prizes_and_works(text, found, "de")) == [
        ("Berlin", "LOC"),
        ("Conferencia Episcopal Española", "ORG"),
    ]
    text = "The mission to Mars and the vaccine Covaxin."
    found = [mention(text, "Mars", "LOC"), mention(text, "Covaxin", "ORG")]
    assert spans(without_prizes_and_works(text, found, "en")) == [("Mars", "LOC")]


def test_a_quoted_film_or_show_after_its_shooting_or_broadcast_is_no_name() -> None:
    text = "L'actrice, venue pour le tournage de « Lune de Provence », anime l'émission « Matin Savoie »."
    found = [mention(text, "Lune de Provence", "LOC"), mention(text, "Savoie", "LOC")]
    assert without_prizes_and_works(text, found, "fr") == []


def test_a_news_bulletins_quoted_title_is_no_name_but_a_quoted_broadcaster_is() -> None:
    text = "Va in onda il telegiornale «Costa Notizie» e il noticiero «Hoy Norte»; «Radio Lago» trasmette."
    found = [
        mention(text, "Costa Notizie", "PER"),
        mention(text, "Hoy Norte", "LOC"),
        mention(text, "Radio Lago", "ORG"),
    ]
    assert spans(without_prizes_and_works(text, found, "it")) == [("Radio Lago", "ORG")]


def test_a_quoted_ships_name_after_its_kind_is_no_name() -> None:
    text = "Le port a accueilli son premier porte-conteneurs, le « Mistral Bleu », puis le journal « Libération »."
    found = [mention(text, "Mistral Bleu", "LOC"), mention(text, "Libération", "ORG")]
    assert spans(without_prizes_and_works(text, found, "fr")) == [("Libération", "ORG")]


def test_a_title_a_company_will_show_is_a_work_and_so_is_one_joined_to_it() -> None:
    text = "В октябре труппа покажет «Чайку» и «Вишнёвый сад» в Перми."
    found = without_prizes_and_works(
        text, [mention(text, "Чайку", "ORG"), mention(text, "Вишнёвый сад", "ORG"), mention(text, "Перми", "LOC")], "ru"
    )
    assert spans(found) == [("Перми", "LOC")]
    # a quoted body after a past "показал" is the one that showed
    text = "Как показал «Левада-центр», доверие выросло."
    assert spans(without_prizes_and_works(text, [mention(text, "Левада-центр", "ORG")], "ru")) == [
        ("Левада-центр", "ORG")
    ]
    # a channel that will show a match is the body that shows
    text = "Матч покажет «Матч ТВ», а финал pokaże „Polsat Sport 2”."
    found = [mention(text, "Матч ТВ", "ORG"), mention(text, "Polsat Sport 2", "ORG")]
    assert spans(without_prizes_and_works(text, found, "ru")) == [("Матч ТВ", "ORG"), ("Polsat Sport 2", "ORG")]


def test_an_honour_is_no_body() -> None:
    text = "Elle a reçu la Légion d'honneur et la Croix de guerre, comme le Victoria Cross."
    found = [mention(text, "Légion d'honneur", "ORG"), mention(text, "Croix de guerre", "MISC")]
    assert without_prizes_and_works(text, found, "fr") == []


def test_a_fair_or_festival_right_after_its_kind_word_is_an_event() -> None:
    text = "Le salon Hydralia a ouvert à Lyon, la feria Agrimax aussi ; le salon de Marie Dubois est fermé."
    found = [mention(text, "Hydralia", "PER"), mention(text, "Agrimax", "ORG"), mention(text, "Marie Dubois", "PER")]
    assert spans(without_prizes_and_works(text, found, "fr")) == [("Marie Dubois", "PER")]


def test_a_channels_quoted_name_after_its_kind_word_is_no_work_though_a_series_is_named_before() -> None:
    text = "Новый сериал покажут телеканал «Заря» и онлайн-кинотеатр «Окно»."
    found = [mention(text, "Заря", "ORG"), mention(text, "Окно", "ORG")]
    assert spans(without_prizes_and_works(text, found, "ru")) == [("Заря", "ORG"), ("Окно", "ORG")]


def test_a_festivals_quoted_name_is_no_entity_its_director_is() -> None:
    text = "Показ пройдёт в рамках фестиваля «Северное сияние», сказал директор фестиваля Иван Петров."
    found = [mention(text, "Северное сияние", "LOC"), mention(text, "Иван Петров", "PER")]
    assert spans(without_prizes_and_works(text, found, "ru")) == [("Иван Петров", "PER")]


def test_a_polish_fair_is_no_name_but_the_town_it_is_held_in_is() -> None:
    text = "Firma pokaże łodzie na targach Morze i Ląd w Gdyni, a potem na targach Agrotech."
    found = [mention(text, "Morze i Ląd w Gdyni", "ORG"), mention(text, "Agrotech", "ORG")]
    assert spans(without_prizes_and_works(text, found, "pl")) == [("Gdyni", "LOC")]


def test_a_fairs_town_is_taken_in_polish_only() -> None:
    text = "La firma espone alla fiera Mare e Terra a Genova."
    found = [mention(text, "Mare e Terra a Genova", "ORG")]
    assert without_prizes_and_works(text, found, "it") == []
