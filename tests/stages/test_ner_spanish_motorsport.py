"""Spanish motorsport news: circuits, teams run into drivers, hospitals and their towns, joined
security forces, events and car models."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_motorsport import spanish_motorsport


def test_a_circuit_is_a_place() -> None:
    text = "La carrera se disputó en el Circuito del Jarama, junto a Madrid."
    found = [mention(text, "Circuito del Jarama", "ORG"), mention(text, "Madrid", "LOC")]
    assert spans(spanish_motorsport(text, found, "es")) == [("Circuito del Jarama", "LOC"), ("Madrid", "LOC")]


def test_a_team_and_its_driver_are_two_names_and_a_car_none() -> None:
    text = "Ganó el Talleres Ebro Racing del riojano Pablo Ruiz y volcó el Clio R3 de Marta Gil."
    found = [
        mention(text, "Talleres Ebro Racing del riojano Pablo Ruiz", "ORG"),
        mention(text, "R3 de Marta Gil", "ORG"),
    ]
    assert spans(spanish_motorsport(text, found, "es")) == [
        ("Talleres Ebro Racing", "ORG"),
        ("Pablo Ruiz", "PER"),
        ("Marta Gil", "PER"),
    ]


def test_a_body_named_with_of_stays_whole() -> None:
    text = "Lo anunció la Federación Aragonesa de Automovilismo en Zaragoza."
    found = [mention(text, "Federación Aragonesa de Automovilismo", "ORG")]
    assert spans(spanish_motorsport(text, found, "es")) == [("Federación Aragonesa de Automovilismo", "ORG")]


def test_a_hospital_and_its_town() -> None:
    text = "Fue trasladado al hospital Reina Sofía de Tudela, y luego al Hospital de Navarra."
    found = [mention(text, "Reina Sofía de Tudela", "ORG"), mention(text, "Hospital de Navarra", "ORG")]
    assert spans(spanish_motorsport(text, found, "es")) == [
        ("Reina Sofía", "ORG"),
        ("Tudela", "LOC"),
        ("Hospital de Navarra", "ORG"),
    ]


def test_joined_security_forces_are_split() -> None:
    text = "Efectivos de la Policía Nacional y de la Ertzaintza cortaron la vía."
    found = [mention(text, "Efectivos de la Policía Nacional y de la Ertzaintza", "ORG")]
    assert spans(spanish_motorsport(text, found, "es")) == [("Policía Nacional", "ORG"), ("Ertzaintza", "ORG")]


def test_events_and_car_models_are_no_names_but_a_make_alone_is() -> None:
    text = "En el Rallye Costa Brava un Citroën C3 Rally2 y un Seat 600 Turbo; Peugeot cerró la planta."
    found = [
        mention(text, "Rallye Costa Brava", "MISC"),
        mention(text, "Citroën C3 Rally2", "ORG"),
        mention(text, "Seat", "ORG"),
        mention(text, "Peugeot", "ORG"),
    ]
    assert spans(spanish_motorsport(text, found, "es")) == [("Peugeot", "ORG")]


def test_a_body_named_after_a_person_is_not_cut() -> None:
    text = "Según el Instituto de Salud Carlos III, los casos bajan."
    found = [mention(text, "Instituto de Salud Carlos III", "ORG")]
    assert spans(spanish_motorsport(text, found, "es")) == [("Instituto de Salud Carlos III", "ORG")]


def test_a_street_and_its_town_are_two_places_but_a_person_keeps_his_de() -> None:
    text = "Vive en la calle Mayor de Tafalla, junto a la plaza de San Juan de Pamplona y la calle Pedro de Valdivia."
    found = [
        mention(text, "calle Mayor de Tafalla", "LOC"),
        mention(text, "plaza de San Juan de Pamplona", "LOC"),
        mention(text, "calle Pedro de Valdivia", "LOC"),
    ]
    assert spans(spanish_motorsport(text, found, "es")) == [
        ("calle Mayor", "LOC"),
        ("Tafalla", "LOC"),
        ("plaza de San Juan", "LOC"),
        ("Pamplona", "LOC"),
        ("calle Pedro de Valdivia", "LOC"),
    ]


def test_a_town_cut_from_a_street_is_the_town_elsewhere() -> None:
    text = "Abrió en la calle Real de Tafalla. Los hoteles de Tafalla están llenos, dijo Ana Tafalla."
    found = [
        mention(text, "calle Real de Tafalla", "LOC"),
        mention(text, "Tafalla", "PER", 1),
        mention(text, "Ana Tafalla", "PER"),
    ]
    assert spans(spanish_motorsport(text, found, "es")) == [
        ("calle Real", "LOC"),
        ("Tafalla", "LOC"),
        ("Tafalla", "LOC"),
        ("Ana Tafalla", "PER"),
    ]


def test_a_name_before_a_bare_number_stays() -> None:
    text = "La emisora Onda Sur 98 y la Ford 2024 estrenan sede."
    found = [mention(text, "Onda Sur", "ORG"), mention(text, "Ford", "ORG")]
    assert spans(spanish_motorsport(text, found, "es")) == [("Onda Sur", "ORG"), ("Ford", "ORG")]


def test_the_vehicle_inspection_is_no_name_and_its_station_gives_the_town() -> None:
    text = "La estación de ITV de Alagón rechazó el coche. Los talleres e ITV avisan."
    found = [mention(text, "estación de ITV de Alagón", "LOC"), mention(text, "ITV", "ORG", 1)]
    assert spans(spanish_motorsport(text, found, "es")) == [("Alagón", "LOC")]


def test_the_broadcaster_itv_stays_outside_news_of_cars() -> None:
    text = "La cadena ITV emitió la serie."
    found = [mention(text, "ITV", "ORG")]
    assert spans(spanish_motorsport(text, found, "es")) == [("ITV", "ORG")]
