"""Venues, museums, hospitals and universities typed by kind and use (ner/venues.py).
Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.venues import type_venues


def test_a_stadium_or_an_arena_is_a_place() -> None:
    text = "Vor 60.000 Zuschauern im Weserstadion und später in der Lanxess Arena, dann im Signal Park Nord."
    found = [
        mention(text, "Weserstadion", "ORG"),
        mention(text, "Lanxess Arena", "ORG"),
        mention(text, "Signal Park", "ORG"),
    ]
    assert [t for _, t in spans(type_venues(text, found, "de"))] == ["LOC", "LOC", "LOC"]
    text = "Матч прошёл на «Открытие Арене»."
    assert spans(type_venues(text, [mention(text, "Открытие Арене", "ORG")], "ru")) == [("Открытие Арене", "LOC")]
    text = "Kontrole były przy Ergo Arenie, a Gliwice Areną nazwały halę; spółka Arenowa Sp milczy."
    found = [mention(text, "Ergo Arenie", "ORG"), mention(text, "Arenowa Sp", "ORG")]
    assert spans(type_venues(text, found, "pl")) == [("Ergo Arenie", "LOC"), ("Arenowa Sp", "ORG")]


def test_a_museum_acts_as_a_body_and_hosts_as_a_place() -> None:
    text = "Das Städel Museum kündigte an, die Werke im Städel Museum und im Naturkundemuseum zu zeigen."
    found = [
        mention(text, "Städel Museum", "LOC"),
        mention(text, "Städel Museum", "ORG", nth=1),
        mention(text, "Naturkundemuseum", "ORG"),
    ]
    assert spans(type_venues(text, found, "de")) == [
        ("Städel Museum", "ORG"),
        ("Städel Museum", "LOC"),
        ("Naturkundemuseum", "LOC"),
    ]
    text = "W poznańskim Muzeum Sztuki odbędzie się wystawa, którą Muzeum Sztuki ogłosiło wczoraj."
    found = [mention(text, "Muzeum Sztuki", "ORG"), mention(text, "Muzeum Sztuki", "LOC", nth=1)]
    assert spans(type_venues(text, found, "pl")) == [("Muzeum Sztuki", "LOC"), ("Muzeum Sztuki", "ORG")]


def test_a_famous_museum_by_one_word_and_a_french_lower_case_head() -> None:
    text = "Le tableau, prêté par le musée du Prado, sera exposé en mai."
    assert spans(type_venues(text, [mention(text, "Prado", "LOC")], "fr")) == [("musée du Prado", "ORG")]
    text = "Выставка откроется в Эрмитаже."
    assert spans(type_venues(text, [mention(text, "Эрмитаже", "ORG")], "ru")) == [("Эрмитаже", "LOC")]


def test_hospitals_and_universities_are_bodies_even_holding_a_town() -> None:
    text = "Il a été conduit au CHU de Rennes puis à l'hôpital, selon l'Université de Lille."
    found = [mention(text, "CHU de Rennes", "LOC"), mention(text, "Université de Lille", "LOC")]
    assert spans(type_venues(text, found, "fr")) == [("CHU de Rennes", "ORG"), ("Université de Lille", "ORG")]


def test_two_bodies_joined_by_a_conjunction_are_two() -> None:
    text = "Lo firman la Universidad de Granada y del Hospital Virgen de las Nieves de Granada."
    found = [mention(text, "Universidad de Granada y del Hospital Virgen de las Nieves de Granada", "ORG")]
    assert spans(type_venues(text, found, "es")) == [
        ("Universidad de Granada", "ORG"),
        ("Hospital Virgen de las Nieves de Granada", "ORG"),
    ]
    # one body whose name holds "y": no second head after it
    text = "El Ministerio de Agricultura, Pesca y Alimentación informó."
    found = [mention(text, "Ministerio de Agricultura, Pesca y Alimentación", "ORG")]
    assert spans(type_venues(text, found, "es")) == [("Ministerio de Agricultura, Pesca y Alimentación", "ORG")]


def test_a_spanish_name_after_en_el_is_no_person() -> None:
    text = "El partido se jugará en el Ramón Sánchez-Pizjuán, dijo Ramón Pérez."
    found = [mention(text, "Ramón Sánchez-Pizjuán", "PER"), mention(text, "Ramón Pérez", "PER")]
    assert spans(type_venues(text, found, "es")) == [("Ramón Sánchez-Pizjuán", "LOC"), ("Ramón Pérez", "PER")]


def test_a_name_after_a_lower_case_venue_word_is_the_venue() -> None:
    text = "Si gioca allo stadio Artemio Franchi, dice Artemio Rossi."
    found = [mention(text, "Artemio Franchi", "PER"), mention(text, "Artemio Rossi", "PER")]
    assert spans(type_venues(text, found, "it")) == [("Artemio Franchi", "LOC"), ("Artemio Rossi", "PER")]


def test_other_scripts_and_other_names_are_left_alone() -> None:
    text = "The Museum of London Docklands said."
    found = [mention(text, "London", "LOC")]
    assert spans(type_venues(text, found, "en")) == [("London", "LOC")]
    text = "北京协和医院"
    assert spans(type_venues(text, [mention(text, "北京", "LOC")], "zh")) == [("北京", "LOC")]


def test_a_german_body_named_after_a_person_is_a_body() -> None:
    text = "Das Robert Koch-Institut und die Hertie-Stiftung warnten."
    found = [mention(text, "Robert Koch-Institut", "PER"), mention(text, "Hertie-Stiftung", "LOC")]
    assert spans(type_venues(text, found, "de")) == [("Robert Koch-Institut", "ORG"), ("Hertie-Stiftung", "ORG")]


def test_a_lower_case_university_head_joins_its_town() -> None:
    text = "Elle enseigne à l'université de Coimbra."
    assert spans(type_venues(text, [mention(text, "Coimbra", "LOC")], "fr")) == [("université de Coimbra", "ORG")]


def test_an_opera_house_acts_or_hosts_and_an_auditorium_is_a_place() -> None:
    text = "The Royal Opera House commissioned it; we sat in the Royal Opera House. Tocó en el Auditorio Nacional."
    found = [
        mention(text, "Royal Opera House", "ORG"),
        mention(text, "Royal Opera House", "ORG", 1),
        mention(text, "Auditorio Nacional", "ORG"),
    ]
    assert spans(type_venues(text, found, "en")) == [
        ("Royal Opera House", "ORG"),
        ("Royal Opera House", "LOC"),
        ("Auditorio Nacional", "LOC"),
    ]


def test_a_museum_joined_to_a_visited_place_is_a_place_but_not_after_a_seat() -> None:
    text = "Paquetes que combinen Haro con Logroño y el Museo Guggenheim Bilbao."
    found = [mention(text, "Logroño", "LOC"), mention(text, "Museo Guggenheim Bilbao", "ORG")]
    assert spans(type_venues(text, found, "es")) == [("Logroño", "LOC"), ("Museo Guggenheim Bilbao", "LOC")]
    text = "A co-production with the Met in New York and the Opera North."
    found = [mention(text, "New York", "LOC"), mention(text, "Opera North", "ORG")]
    assert spans(type_venues(text, found, "en")) == [("New York", "LOC"), ("Opera North", "ORG")]


def test_a_spanish_provincial_body_and_the_government_joined_are_two() -> None:
    text = "Con ayudas de la Diputación Foral de Gipuzkoa y del Gobierno Vasco."
    found = [mention(text, "Diputación Foral de Gipuzkoa y del Gobierno Vasco", "ORG")]
    assert spans(type_venues(text, found, "es")) == [
        ("Diputación Foral de Gipuzkoa", "ORG"),
        ("Gobierno Vasco", "ORG"),
    ]


def test_an_observatory_acts_as_a_body_and_is_observed_from_as_a_place() -> None:
    text = "Le directeur de l'Observatoire de Haute-Provence parle ; on observe depuis l'Observatoire de Nice."
    found = [mention(text, "Observatoire de Haute-Provence", "LOC"), mention(text, "Observatoire de Nice", "ORG")]
    assert spans(type_venues(text, found, "fr")) == [
        ("Observatoire de Haute-Provence", "ORG"),
        ("Observatoire de Nice", "LOC"),
    ]


def test_a_name_after_a_lower_case_hospital_word_is_the_hospital() -> None:
    text = "Il a été conduit à l'hôpital Necker puis à l'ospedale Careggi, près de Paris."
    found = [mention(text, "Necker", "PER"), mention(text, "Careggi", "LOC"), mention(text, "Paris", "LOC")]
    assert spans(type_venues(text, found, "fr")) == [("Necker", "ORG"), ("Careggi", "ORG"), ("Paris", "LOC")]


def test_a_house_where_the_play_is_on_is_not_outvoted_by_the_body_it_is_elsewhere() -> None:
    from storywire.stages.ner.consistency import harmonise

    text = "L'Opéra de Nancy annonce sa saison. L'Opéra de Nancy recrute. Le ballet danse à l'Opéra de Nancy."
    found = [mention(text, "Opéra de Nancy", "LOC", nth=n) for n in range(3)]
    typed = harmonise(type_venues(text, found, "fr"))
    assert [m.type for m in typed] == ["ORG", "ORG", "LOC"]


def test_a_french_planetarium_acts_as_a_body_with_its_lower_case_head_and_hosts_as_a_place() -> None:
    text = (
        "Le planétarium de Saint-Priest recrute. Le Planétarium de Montbrison a signé, "
        "puis une soirée au Planétarium de Roanne."
    )
    found = [
        mention(text, "Saint-Priest", "LOC"),
        mention(text, "Planétarium de Montbrison", "LOC"),
        mention(text, "Planétarium de Roanne", "ORG"),
    ]
    assert spans(type_venues(text, found, "fr")) == [
        ("planétarium de Saint-Priest", "ORG"),
        ("Planétarium de Montbrison", "ORG"),
        ("Planétarium de Roanne", "LOC"),
    ]


def test_a_planetarium_or_a_theatre_beside_which_something_is_held_is_a_place() -> None:
    text = "Лекция пройдёт в Омском планетарии, а Омский планетарий объявил набор."
    found = [mention(text, "Омском планетарии", "ORG"), mention(text, "Омский планетарий", "ORG")]
    assert spans(type_venues(text, found, "ru")) == [("Омском планетарии", "LOC"), ("Омский планетарий", "ORG")]
    text = "Стенди поставлять у сквері біля Волинського обласного драматичного театру."
    found = [mention(text, "Волинського обласного драматичного театру", "ORG")]
    assert spans(type_venues(text, found, "uk")) == [("Волинського обласного драматичного театру", "LOC")]


def test_a_museum_before_a_relative_of_place_is_the_place() -> None:
    text = "La ville abrite le Musée de la Poupée, où s'ouvrira une exposition. Le Musée de la Poupée a recruté."
    found = [mention(text, "Musée de la Poupée", "ORG"), mention(text, "Musée de la Poupée", "ORG", nth=1)]
    out = type_venues(text, found, "fr")
    assert spans(out) == [("Musée de la Poupée", "LOC"), ("Musée de la Poupée", "ORG")]
    assert out[0].model == "located-house"
    text = "Visitors queued at the gate; the Dock Museum, where the show opens, said it was full."
    found = [mention(text, "Dock Museum", "ORG")]
    assert spans(type_venues(text, found, "en")) == [("Dock Museum", "LOC")]


def test_a_french_cinema_known_by_one_name_acts_or_is_the_place() -> None:
    text = "Le petit cinéma du bourg respire : l'Alcazar double ses entrées. Un débat aura lieu à l'Alcazar."
    found = [mention(text, "Alcazar", "LOC"), mention(text, "Alcazar", "ORG", 1)]
    assert [(m.text, m.type, m.model) for m in type_venues(text, found, "fr")] == [
        ("Alcazar", "ORG", "house-acting"),
        ("Alcazar", "LOC", "located-house"),
    ]


def test_an_elided_name_in_an_article_without_a_house_kind_stays() -> None:
    text = "Le club respire : l'Alcazar double ses entrées. Un débat aura lieu à l'Alcazar."
    found = [mention(text, "Alcazar", "LOC"), mention(text, "Alcazar", "ORG", 1)]
    assert spans(type_venues(text, found, "fr")) == [("Alcazar", "LOC"), ("Alcazar", "ORG")]


def test_a_common_words_capital_after_an_elided_article_is_no_house() -> None:
    text = "Le cinéma résiste dans les petites villes de l'Ouest."
    found = [mention(text, "Ouest", "LOC")]
    assert spans(type_venues(text, found, "fr")) == [("Ouest", "LOC")]
