"""Names of Polish, Russian and Ukrainian news of sport, rail and energy
(ner/slavic_transport.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_transport import slavic_transport


def test_a_power_plant_named_by_its_adjective_is_a_place_with_its_kind_word() -> None:
    text = "Сброс воды на Нижегородской ГЭС увеличили, а на Саяно-Шушенской ГЭС сократили."
    found = slavic_transport(text, [mention(text, "Нижегородской ГЭС", "ORG")], "ru")
    assert spans(found) == [("Нижегородской ГЭС", "LOC"), ("Саяно-Шушенской ГЭС", "LOC")]
    text = "Енергетики відремонтували агрегат на Ташлицьку ГАЕС і Рівненській АЕС."
    found = slavic_transport(text, [mention(text, "Ташлицьку ГАЕС", "MISC")], "uk")
    assert spans(found) == [("Ташлицьку ГАЕС", "LOC"), ("Рівненській АЕС", "LOC")]
    # a lower-case word before the acronym is no plant's name
    text = "Новая ГЭС и старая АЭС работают."
    assert slavic_transport(text, [], "ru") == []


def test_a_station_named_by_its_town_keeps_its_kind_word() -> None:
    text = "Состав загнали на станцию Вязьма-Брянская, а вагоны оставили на станции Киров."
    found = slavic_transport(text, [mention(text, "Киров", "LOC")], "ru")
    assert spans(found) == [("станцию Вязьма-Брянская", "LOC"), ("станции Киров", "LOC")]
    text = "Поїзд затримали біля станції Козятин."
    assert spans(slavic_transport(text, [mention(text, "Козятин", "LOC")], "uk")) == [("станції Козятин", "LOC")]
    # a railway's adjective after the kind word names no station
    text = "Работники станции Северной дороги вышли на смену."
    assert slavic_transport(text, [mention(text, "Северной дороги", "ORG")], "ru") == [
        mention(text, "Северной дороги", "ORG")
    ]


def test_a_polish_club_with_its_acronym_is_one_body_and_so_are_its_short_forms() -> None:
    text = (
        "Piłkarki MKS Wisła Płock wygrały. Wisła Płock awansowała. "
        "Prezes Wisły Jan Kowal dziękował, a Trener Wisły chwalił juniorów."
    )
    found = slavic_transport(
        text,
        [mention(text, "Płock", "LOC"), mention(text, "Wisły", "LOC"), mention(text, "Trener Wisły", "PER")],
        "pl",
    )
    assert spans(found) == [
        ("MKS Wisła Płock", "ORG"),
        ("Wisła Płock", "ORG"),
        ("Wisły", "ORG"),
        ("Wisły", "ORG"),
    ]
    # a longer body holding the short form keeps it; a club named without a town lends no word
    text = "Kibice ze Stowarzyszenia Kibiców Wisły i siatkarki KS Odra spotkali się nad Odrą."
    found = slavic_transport(text, [mention(text, "Stowarzyszenia Kibiców Wisły", "ORG")], "pl")
    assert spans(found) == [("Stowarzyszenia Kibiców Wisły", "ORG"), ("KS Odra", "ORG")]


def test_a_polish_venue_and_its_street_are_two_places() -> None:
    text = "Mecz rozegrano na Stadionie Miejskim im. Jana Kowala przy ul. Leśnej w sobotę."
    found = slavic_transport(text, [mention(text, "Stadionie Miejskim im. Jana Kowala przy ul. Leśnej", "LOC")], "pl")
    assert spans(found) == [("Stadionie Miejskim im. Jana Kowala", "LOC"), ("ul. Leśnej", "LOC")]
    # a body "przy" a school is no venue and stays whole
    text = "Rada Rodziców przy ul. Leśnej zebrała się."
    assert spans(slavic_transport(text, [mention(text, "Rada Rodziców", "ORG")], "pl")) == [("Rada Rodziców", "ORG")]


def test_a_polish_housing_estate_gives_its_name() -> None:
    text = "Radni z osiedla Zawady i mieszkańcy osiedlu Nowy Dwór protestowali."
    found = slavic_transport(text, [mention(text, "osiedla Zawady", "LOC")], "pl")
    assert spans(found) == [("Zawady", "LOC"), ("Nowy Dwór", "LOC")]
    # lower-case words after the kind word are no name
    text = "Mieszkańcy osiedla domków jednorodzinnych protestowali."
    assert slavic_transport(text, [], "pl") == []


def test_a_terminal_named_by_its_adjective_keeps_its_kind_word() -> None:
    text = "Саженцы продавали у Северного автовокзала, а такси ждали у Южного вокзала."
    found = slavic_transport(text, [mention(text, "Северного автовокзала", "ORG")], "ru")
    assert spans(found) == [("Северного автовокзала", "LOC"), ("Южного вокзала", "LOC")]
    text = "Маршрутка їде від Західної автостанції."
    assert spans(slavic_transport(text, [], "uk")) == [("Західної автостанції", "LOC")]
    # an adjective opening the sentence is no name
    text = "Новый вокзал открыли весной."
    assert slavic_transport(text, [], "ru") == []
