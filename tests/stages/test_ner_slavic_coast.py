"""Lighthouses, marinas, boats, rescue services, lawyers' bodies and courts with their town in
Polish, Russian and Ukrainian news (ner/slavic_coast.py).  Sentences and names written for the
tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_coast import slavic_coast


def test_a_lighthouse_keeps_its_kind_word_lower_case_or_not() -> None:
    text = "Turyści dotarli do latarni morskiej Stilo, a potem do Latarni Morskiej Niechorze."
    found = [mention(text, "Stilo", "LOC"), mention(text, "Latarni Morskiej", "ORG")]
    assert spans(slavic_coast(text, found, "pl")) == [
        ("latarni morskiej Stilo", "LOC"),
        ("Latarni Morskiej Niechorze", "LOC"),
    ]
    # a lighthouse with no name is no name
    assert slavic_coast("Latarnia morska stoi na klifie.", [], "pl") == []


def test_a_marina_with_its_town_after_a_preposition_is_one_place_a_woman_named_marina_is_not() -> None:
    assert slavic_coast("Zakochał się w Marinie Kowalskiej.", [], "pl") == []
    text = "Jachty stoją w Marinie Gdynia. Marina Nowak z Sopotu jest kapitanem."
    found = [mention(text, "Marinie", "LOC"), mention(text, "Marina Nowak", "PER"), mention(text, "Sopotu", "LOC")]
    assert spans(slavic_coast(text, found, "pl")) == [
        ("Marinie Gdynia", "LOC"),
        ("Marina Nowak", "PER"),
        ("Sopotu", "LOC"),
    ]


def test_a_polish_body_ending_in_two_genitive_nouns_joined_by_i_runs_over_both() -> None:
    text = "Pomogła Morska Służba Poszukiwania i Ratownictwa, a Urząd Miasta i Gmina Ustka milczą."
    found = [
        mention(text, "Morska Służba Poszukiwania", "ORG"),
        mention(text, "Ratownictwa", "LOC"),
        mention(text, "Urząd Miasta", "ORG"),
        mention(text, "Gmina Ustka", "ORG"),
    ]
    assert spans(slavic_coast(text, found, "pl")) == [
        ("Morska Służba Poszukiwania i Ratownictwa", "ORG"),
        ("Urząd Miasta", "ORG"),
        ("Gmina Ustka", "ORG"),
    ]


def test_a_boats_quoted_name_is_dropped_a_firms_is_not() -> None:
    text = "Trawler UST-42 „Albatros” wrócił, a spółka „Albatros Fish” kupiła ryby."
    found = [mention(text, "Albatros", "ORG"), mention(text, "Albatros Fish", "ORG")]
    assert spans(slavic_coast(text, found, "pl")) == [("Albatros Fish", "ORG")]
    text = "Судно «Капитан Орлов» вернулось, заявили в компании «Орлов Флот»."
    found = [mention(text, "Капитан Орлов", "ORG"), mention(text, "Орлов Флот", "ORG")]
    assert spans(slavic_coast(text, found, "ru")) == [("Орлов Флот", "ORG")]
    # an aircraft names its airline, no boat
    text = "Сын стал командиром воздушного судна «Северавиа»."
    found = [mention(text, "Северавиа", "ORG")]
    assert spans(slavic_coast(text, found, "ru")) == [("Северавиа", "ORG")]


def test_a_college_of_lawyers_keeps_its_quotes_a_bar_council_its_region() -> None:
    text = "Иск подала Коллегия адвокатов «Волжский берег», её поддержал Совет адвокатской палаты Самарской области."
    found = [
        mention(text, "Коллегия адвокатов", "ORG"),
        mention(text, "Волжский берег", "ORG"),
        mention(text, "Совет адвокатской палаты", "ORG"),
        mention(text, "Самарской области", "LOC"),
    ]
    assert spans(slavic_coast(text, found, "ru")) == [
        ("Коллегия адвокатов «Волжский берег»", "ORG"),
        ("Совет адвокатской палаты Самарской области", "ORG"),
    ]
    text = "Рада адвокатів Львівської області звернулася до Нотаріальної палати України."
    found = [
        mention(text, "Рада адвокатів", "ORG"),
        mention(text, "Львівської області", "LOC"),
        mention(text, "Нотаріальної палати", "ORG"),
        mention(text, "України", "LOC"),
    ]
    # a country never joins a national body
    assert spans(slavic_coast(text, found, "uk")) == [
        ("Рада адвокатів Львівської області", "ORG"),
        ("Нотаріальної палати", "ORG"),
        ("України", "LOC"),
    ]


def test_a_court_named_with_an_abbreviated_town_is_one_body() -> None:
    text = "Позов подали до Шевченківського районного суду м. Львова, а не до Верховного Суду."
    found = [mention(text, "Шевченківського районного суду м", "ORG"), mention(text, "Львова", "LOC")]
    assert spans(slavic_coast(text, found, "uk")) == [("Шевченківського районного суду м. Львова", "ORG")]
    text = "Дело рассмотрит Тверской районный суд г. Москвы."
    found = [mention(text, "Тверской районный суд", "ORG"), mention(text, "Москвы", "LOC")]
    assert spans(slavic_coast(text, found, "ru")) == [("Тверской районный суд г. Москвы", "ORG")]


def test_a_hyphenated_firm_is_no_person_and_a_building_one_is_in_is_a_place() -> None:
    text = "Ответ Волга-Страхования обсудили в Доме Союзов; Дом Союзов сообщил о встрече. Пришёл Бонч-Бруевич."
    found = [
        mention(text, "Волга-Страхования", "PER"),
        mention(text, "Доме Союзов", "ORG"),
        mention(text, "Дом Союзов", "ORG"),
        mention(text, "Бонч-Бруевич", "PER"),
    ]
    assert spans(slavic_coast(text, found, "ru")) == [
        ("Волга-Страхования", "ORG"),
        ("Доме Союзов", "LOC"),
        ("Дом Союзов", "ORG"),
        ("Бонч-Бруевич", "PER"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "Visitors reached the Latarnia Morska Stilo."
    found = [mention(text, "Stilo", "LOC")]
    assert slavic_coast(text, found, "en") == found


def test_a_court_with_its_town_spelled_out_is_one_body() -> None:
    text = "Суддя Франківського районного суду міста Тернополя Іван Гук сказав, що міста Тернополя мало."
    found = [
        mention(text, "Франківського районного суду міста", "ORG"),
        mention(text, "Тернополя", "PER"),
        mention(text, "Іван Гук", "PER"),
    ]
    assert spans(slavic_coast(text, found, "uk")) == [
        ("Франківського районного суду міста Тернополя", "ORG"),
        ("Іван Гук", "PER"),
    ]
