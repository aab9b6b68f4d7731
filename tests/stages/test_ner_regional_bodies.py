"""A regional office or court with its territory is one body; a national one with its country two."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.regional_bodies import regional_bodies


def test_a_court_and_its_town_are_one_body() -> None:
    text = "Кировский районный суд Екатеринбурга продлил арест."
    found = [mention(text, "Кировский районный суд", "ORG"), mention(text, "Екатеринбурга", "LOC")]
    assert spans(regional_bodies(text, found, "ru")) == [("Кировский районный суд Екатеринбурга", "ORG")]


def test_a_regional_office_takes_its_head_acronyms_and_region() -> None:
    text = "Фахівці Головного управління ДСНС у Львівській області та ГУ МВД по Ростовской области."
    found = [
        mention(text, "ДСНС", "ORG"),
        mention(text, "Львівській області", "LOC"),
        mention(text, "ГУ", "ORG"),
        mention(text, "МВД", "ORG"),
        mention(text, "Ростовской области", "LOC"),
    ]
    assert spans(regional_bodies(text, found, "uk")) == [
        ("Головного управління ДСНС у Львівській області", "ORG"),
        ("ГУ МВД по Ростовской области", "ORG"),
    ]


def test_a_national_court_and_its_country_stay_two() -> None:
    text = "Рішення Верховного суду України оскаржать."
    found = [mention(text, "Верховного суду", "ORG"), mention(text, "України", "LOC")]
    assert spans(regional_bodies(text, found, "uk")) == [("Верховного суду", "ORG"), ("України", "LOC")]


def test_an_office_before_a_town_without_a_region_word_stays_apart() -> None:
    text = "Представитель МЧС в Москве заявил."
    found = [mention(text, "МЧС", "ORG"), mention(text, "Москве", "LOC")]
    assert spans(regional_bodies(text, found, "ru")) == [("МЧС", "ORG"), ("Москве", "LOC")]


def test_a_towns_prosecutors_office_and_a_regional_inspectorate_are_one_body() -> None:
    text = "Ранее прокуратура Нижнего Тагила и Государственная инспекция труда в Пермском крае, а прокуратура России."
    found = [
        mention(text, "Нижнего Тагила", "LOC"),
        mention(text, "Государственная инспекция труда", "ORG"),
        mention(text, "Пермском крае", "LOC"),
        mention(text, "России", "LOC"),
    ]
    assert spans(regional_bodies(text, found, "ru")) == [
        ("прокуратура Нижнего Тагила", "ORG"),
        ("Государственная инспекция труда в Пермском крае", "ORG"),
        ("России", "LOC"),
    ]


def test_a_head_office_of_a_national_body_with_its_district_is_one_body() -> None:
    text = "Главное управление Банка России по Сибирскому федеральному округу сообщило."
    found = [
        mention(text, "Главное управление", "ORG"),
        mention(text, "Банка России", "ORG"),
        mention(text, "Сибирскому федеральному округу", "LOC"),
    ]
    assert spans(regional_bodies(text, found, "ru")) == [
        ("Главное управление Банка России по Сибирскому федеральному округу", "ORG")
    ]


def test_a_town_administration_and_a_regional_government_are_one_body() -> None:
    text = "В администрации Новосибирска и в Правительстве Омской области ответили на запрос."
    found = [
        mention(text, "Новосибирска", "LOC"),
        mention(text, "Правительстве", "ORG"),
        mention(text, "Омской области", "LOC"),
    ]
    assert spans(regional_bodies(text, found, "ru")) == [
        ("администрации Новосибирска", "ORG"),
        ("Правительстве Омской области", "ORG"),
    ]


def test_a_country_a_president_or_the_kremlin_after_an_administration_stays_apart() -> None:
    text = "Правительство России, администрация Байдена и администрации Кремля промолчали."
    found = [
        mention(text, "России", "LOC"),
        mention(text, "Байдена", "PER"),
        mention(text, "Кремля", "LOC"),
    ]
    assert spans(regional_bodies(text, found, "ru")) == [("России", "LOC"), ("Байдена", "PER"), ("Кремля", "LOC")]


def test_a_branch_named_by_its_regions_adjective_joins_its_body() -> None:
    text = "Жалобу направили в Сибирское управление Роспотребнадзора и в Северо-Западное отделение Сбербанка."
    found = [
        mention(text, "Сибирское управление", "ORG"),
        mention(text, "Роспотребнадзора", "ORG"),
        mention(text, "Северо-Западное отделение", "ORG"),
        mention(text, "Сбербанка", "ORG"),
    ]
    assert spans(regional_bodies(text, found, "ru")) == [
        ("Сибирское управление Роспотребнадзора", "ORG"),
        ("Северо-Западное отделение Сбербанка", "ORG"),
    ]


def test_a_public_associations_branch_and_the_association_are_two() -> None:
    text = "Турнир провели вместе с Тверским отделением Всероссийского общества глухих."
    found = [mention(text, "Тверским отделением", "ORG"), mention(text, "Всероссийского общества глухих", "ORG")]
    assert spans(regional_bodies(text, found, "ru")) == [
        ("Тверским отделением", "ORG"),
        ("Всероссийского общества глухих", "ORG"),
    ]


def test_a_department_without_a_regions_adjective_stays_apart_from_its_body() -> None:
    text = "Главное управление Банка России выпустило отчёт."
    found = [mention(text, "Главное управление", "ORG"), mention(text, "Банка России", "ORG")]
    assert spans(regional_bodies(text, found, "ru")) == [("Главное управление", "ORG"), ("Банка России", "ORG")]


def test_a_town_hall_gives_only_its_town_an_administration_stays_one_body() -> None:
    text = "В мэрии Самары пообещали ответить, в администрации Самары промолчали."
    found = [mention(text, "Самары", "LOC"), mention(text, "Самары", "LOC", 1)]
    assert spans(regional_bodies(text, found, "ru")) == [("Самары", "LOC"), ("администрации Самары", "ORG")]


def test_a_government_in_lower_case_gives_its_region() -> None:
    text = "В правительстве Пермского края идею поддержали."
    found = [mention(text, "Пермского края", "LOC")]
    assert spans(regional_bodies(text, found, "ru")) == [("Пермского края", "LOC")]


def test_a_federal_office_named_with_its_country_and_region_is_one_body() -> None:
    text = "Дело возбудило Следственное управление СК России по Тульской области."
    found = [
        mention(text, "Следственное управление", "ORG"),
        mention(text, "СК", "ORG"),
        mention(text, "России", "LOC"),
        mention(text, "Тульской области", "LOC"),
    ]
    assert spans(regional_bodies(text, found, "ru")) == [
        ("Следственное управление СК России по Тульской области", "ORG")
    ]


def test_a_national_ministry_and_its_country_stay_two_before_a_town() -> None:
    text = "Министерство обороны России в Курской области сообщило."
    found = [
        mention(text, "Министерство обороны", "ORG"),
        mention(text, "России", "LOC"),
        mention(text, "Курской области", "LOC"),
    ]
    assert len(regional_bodies(text, found, "ru")) == 3


def test_a_capitalised_prosecutors_office_takes_its_region() -> None:
    text = "Прокуратура Тульской области начала проверку. Прокурор области выехал на место."
    found = [mention(text, "Тульской области", "LOC"), mention(text, "Прокурор области", "LOC")]
    assert spans(regional_bodies(text, found, "ru")) == [("Прокуратура Тульской области", "ORG")]


def test_an_interregional_office_and_its_service_are_one_body() -> None:
    text = "Пробы взяли специалисты Северо-Западного межрегионального управления Росприроднадзора."
    found = [
        mention(text, "Северо-Западного межрегионального управления", "ORG"),
        mention(text, "Росприроднадзора", "ORG"),
    ]
    assert spans(regional_bodies(text, found, "ru")) == [
        ("Северо-Западного межрегионального управления Росприроднадзора", "ORG")
    ]


def test_a_regional_hygiene_and_epidemiology_centre_takes_its_region() -> None:
    text = "Пробы воды исследует Центр гигиены и эпидемиологии в Курской области."
    found = [mention(text, "Центр гигиены и эпидемиологии", "ORG"), mention(text, "Курской области", "LOC")]
    assert spans(regional_bodies(text, found, "ru")) == [("Центр гигиены и эпидемиологии в Курской области", "ORG")]


def test_a_russian_republic_is_a_region_and_a_republic_country_stays_apart() -> None:
    text = "Сообщили в Управлении Росприроднадзора по Республике Татарстан и в посольстве Республики Корея."
    found = [
        mention(text, "Управлении", "ORG"),
        mention(text, "Росприроднадзора", "ORG"),
        mention(text, "Республике Татарстан", "LOC"),
        mention(text, "посольстве", "ORG"),
        mention(text, "Республики Корея", "LOC"),
    ]
    assert spans(regional_bodies(text, found, "ru")) == [
        ("Управлении Росприроднадзора по Республике Татарстан", "ORG"),
        ("посольстве", "ORG"),
        ("Республики Корея", "LOC"),
    ]


def test_a_regional_ministry_joins_its_region_a_national_one_not_its_country() -> None:
    text = "Министерство образования Республики Марий Эл и Министерство обороны России ответили."
    found = [
        mention(text, "Министерство образования", "ORG"),
        mention(text, "Республики Марий Эл", "LOC"),
        mention(text, "Министерство обороны", "ORG"),
        mention(text, "России", "LOC"),
    ]
    assert spans(regional_bodies(text, found, "ru")) == [
        ("Министерство образования Республики Марий Эл", "ORG"),
        ("Министерство обороны", "ORG"),
        ("России", "LOC"),
    ]


def test_a_head_of_an_administration_keeps_only_the_place() -> None:
    text = "Глава администрации Уфимского района и администрации Уфимского района сотрудники."
    found = [mention(text, "Уфимского района", "LOC"), mention(text, "Уфимского района", "LOC", 1)]
    assert spans(regional_bodies(text, found, "ru")) == [
        ("Уфимского района", "LOC"),
        ("администрации Уфимского района", "ORG"),
    ]


def test_a_firms_regional_directorate_joins_the_firm() -> None:
    text = "Начальниця Рівненської дирекції Укрзалізниці заявила."
    found = [mention(text, "Рівненської дирекції", "MISC"), mention(text, "Укрзалізниці", "ORG")]
    assert spans(regional_bodies(text, found, "uk")) == [("Рівненської дирекції Укрзалізниці", "ORG")]


def test_an_inspection_with_its_compass_district_is_one_body() -> None:
    text = "Державна екологічна інспекція Південного округу перевірила підприємство."
    found = [mention(text, "Державна екологічна інспекція", "ORG"), mention(text, "Південного округу", "LOC")]
    assert spans(regional_bodies(text, found, "uk")) == [("Державна екологічна інспекція Південного округу", "ORG")]


def test_an_inspection_and_a_country_named_with_a_compass_word_stay_two() -> None:
    text = "Державна екологічна інспекція Західної Сахари перевірила підприємство."
    found = [mention(text, "Державна екологічна інспекція", "ORG"), mention(text, "Західної Сахари", "LOC")]
    assert spans(regional_bodies(text, found, "uk")) == [
        ("Державна екологічна інспекція", "ORG"),
        ("Західної Сахари", "LOC"),
    ]
