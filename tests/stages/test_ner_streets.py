"""Streets, squares, bridges and churches by their kind word (ner/streets.py).
Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.streets import streets_and_squares


def test_a_romance_street_keeps_its_lower_case_head_and_replaces_the_models_part() -> None:
    text = "Le marché se tiendra place Gambetta et rue de la République."
    found = [mention(text, "Gambetta", "PER")]
    assert spans(streets_and_squares(text, found, "fr")) == [("place Gambetta", "LOC"), ("rue de la République", "LOC")]
    text = "Il corteo partirà da piazza Garibaldi e percorrerà via XX Settembre."
    assert spans(streets_and_squares(text, [], "it")) == [("piazza Garibaldi", "LOC"), ("via XX Settembre", "LOC")]
    text = "Los bares de la calle Laurel y la plaza del Mercado cerraron."
    assert spans(streets_and_squares(text, [], "es")) == [("calle Laurel", "LOC"), ("plaza del Mercado", "LOC")]
    text = "Restaurati la cripta di San Zeno e il chiostro di Santa Maria; la cripta era chiusa."
    assert spans(streets_and_squares(text, [], "it")) == [
        ("cripta di San Zeno", "LOC"),
        ("chiostro di Santa Maria", "LOC"),
    ]


def test_a_run_over_a_count_before_a_street_gives_way_but_a_name_does_not() -> None:
    text = "Agrupa a 40 tiendas de la calle Real y la Peña de la calle Ancha cierra."
    found = [mention(text, "40 tiendas de la calle Real", "ORG"), mention(text, "Peña de la calle Ancha", "ORG")]
    assert spans(streets_and_squares(text, found, "es")) == [("calle Real", "LOC"), ("Peña de la calle Ancha", "ORG")]


def test_words_with_an_everyday_sense_are_no_streets() -> None:
    text = "Le pays a retrouvé sa place de la France dans le monde; nel corso del Novecento."
    assert streets_and_squares(text, [], "fr") == []
    assert streets_and_squares("La nave è affondata al largo di Lampedusa.", [], "it") == []


def test_slavic_streets_in_their_cases_and_adjective_first_bridges() -> None:
    text = "Remont obejmie ulicę Mickiewicza i plac Wolności."
    assert spans(streets_and_squares(text, [], "pl")) == [("ulicę Mickiewicza", "LOC"), ("plac Wolności", "LOC")]
    text = "Движение по улице Гагарина и по Южному мосту перекрыто."
    found = [mention(text, "Гагарина", "PER")]
    assert spans(streets_and_squares(text, found, "ru")) == [("улице Гагарина", "LOC"), ("Южному мосту", "LOC")]


def test_a_church_is_a_place_after_a_preposition_only() -> None:
    text = "Служба відбулася у Свято-Покровському соборі."
    assert spans(streets_and_squares(text, [], "uk")) == [("Свято-Покровському соборі", "LOC")]
    assert streets_and_squares("Архиерейский собор принял решение.", [], "ru") == []


def test_german_street_compounds_need_a_name_before_the_kind() -> None:
    text = "Die Buslinie fährt über die Kunigundenstraße zum Parkplatz am Marktplatz."
    assert spans(streets_and_squares(text, [], "de")) == [("Kunigundenstraße", "LOC")]
    text = "Der Zug zog vom Domplatz über die Kaiserstraße zum Königsplatz, vorbei am Spielplatz."
    assert spans(streets_and_squares(text, [], "de")) == [
        ("Domplatz", "LOC"),
        ("Kaiserstraße", "LOC"),
        ("Königsplatz", "LOC"),
    ]


def test_a_river_bank_is_a_street_a_buyer_or_a_runner_is_not() -> None:
    text = "Der Kiosk am Elbufer fand einen Wunschkäufer; sein Vorläufer stand am Elbufer."
    assert spans(streets_and_squares(text, [], "de")) == [("Elbufer", "LOC"), ("Elbufer", "LOC")]


def test_a_church_keeps_its_kind_word_as_a_street_does() -> None:
    text = "La misa se celebrará en la iglesia de San Lorenzo. Die Messe ist in der Kirche St. Martin."
    found = [mention(text, "Kirche St. Martin", "ORG")]
    assert spans(streets_and_squares(text, found, "es")) == [
        ("iglesia de San Lorenzo", "LOC"),
        ("Kirche St. Martin", "LOC"),
    ]
    text = "Il concerto si tiene nella basilica di San Zeno, non nel convento dei Cappuccini."
    assert spans(streets_and_squares(text, [mention(text, "San Zeno", "PER")], "it")) == [
        ("basilica di San Zeno", "LOC"),
        ("convento dei Cappuccini", "LOC"),
    ]
    text = "On attend le train en gare de Lyon-Part-Dieu, près du couvent des Jacobins."
    assert spans(streets_and_squares(text, [], "fr")) == [
        ("gare de Lyon-Part-Dieu", "LOC"),
        ("couvent des Jacobins", "LOC"),
    ]


def test_a_slavic_church_named_after_its_kind_word() -> None:
    text = "Кроме часовни Николая Чудотворца, реставраторы осмотрели собор Святой Софии."
    assert spans(streets_and_squares(text, [mention(text, "Николая Чудотворца", "PER")], "ru")) == [
        ("часовни Николая Чудотворца", "LOC"),
        ("собор Святой Софии", "LOC"),
    ]
    # an acronym after the word is no dedication
    assert streets_and_squares("Рішення ухвалив собор УПЦ.", [], "uk") == []


def test_a_longer_name_that_runs_past_the_street_stays() -> None:
    text = "Rue de la Paix Holdings a publié ses comptes rue de Rivoli."
    found = [mention(text, "Rue de la Paix Holdings", "ORG")]
    assert spans(streets_and_squares(text, found, "fr")) == [
        ("Rue de la Paix Holdings", "ORG"),
        ("rue de Rivoli", "LOC"),
    ]


def test_a_spanish_square_named_after_the_country_and_a_dam_keep_their_kind_word() -> None:
    text = "La marcha acabó en la plaza de España; el agua baja en la presa de Tous. La place de la France change."
    assert spans(streets_and_squares(text, [], "es")) == [("plaza de España", "LOC"), ("presa de Tous", "LOC")]
    assert streets_and_squares("La place de la France dans le monde change.", [], "fr") == []


def test_a_road_after_camino_and_a_french_dam_keep_their_kind_word() -> None:
    text = "El camino Las Palmas sigue cortado; iba de camino a Lugo."
    assert spans(streets_and_squares(text, [], "es")) == [("camino Las Palmas", "LOC")]
    text = "EDF veut mieux piloter le barrage de Serre-Ponçon."
    assert spans(streets_and_squares(text, [], "fr")) == [("barrage de Serre-Ponçon", "LOC")]


def test_a_station_keeps_its_kind_word_and_quotes_and_a_square_its_year() -> None:
    text = "Щит дойдёт от станции «Площадь Маркса» до станции метро «Речной вокзал» и площади 1905 года."
    found = [mention(text, "Площадь Маркса", "ORG"), mention(text, "Речной вокзал", "ORG")]
    assert spans(streets_and_squares(text, found, "ru")) == [
        ("станции «Площадь Маркса»", "LOC"),
        ("станции метро «Речной вокзал»", "LOC"),
        ("площади 1905 года", "LOC"),
    ]


def test_a_station_without_a_quoted_name_or_a_year_without_a_kind_word_is_no_place() -> None:
    text = "Станция работает с 1905 года, у станции стоят автобусы «Урала»."
    assert spans(streets_and_squares(text, [mention(text, "Урала", "ORG")], "ru")) == [("Урала", "ORG")]


def test_a_street_named_again_without_its_kind_word_after_na_is_the_street() -> None:
    text = "Дома на улице Гоголя трясутся. Фонд на Гоголя под контролем, писал и Гоголь."
    found = [mention(text, "Гоголя", "PER", 1), mention(text, "Гоголь", "PER")]
    assert spans(streets_and_squares(text, found, "ru")) == [
        ("улице Гоголя", "LOC"),
        ("Гоголя", "LOC"),
        ("Гоголь", "PER"),
    ]
    text = "Будинок на вулиці Шкільній відновлять. Підвал будинку на Шкільній укріплять."
    assert spans(streets_and_squares(text, [], "uk")) == [("вулиці Шкільній", "LOC"), ("Шкільній", "LOC")]


def test_a_name_after_na_that_no_street_of_the_article_bears_stays_as_it_is() -> None:
    text = "Дома на улице Гоголя трясутся. Ставку сделали на Пушкина."
    found = [mention(text, "Пушкина", "PER")]
    assert spans(streets_and_squares(text, found, "ru")) == [("улице Гоголя", "LOC"), ("Пушкина", "PER")]


def test_a_villages_own_street_named_by_what_stands_on_it() -> None:
    text = "Das Geröll lag auf der Dorfstrasse und vor der Kirchgasse, nicht auf dem Parkplatz."
    assert spans(streets_and_squares(text, [], "de")) == [("Dorfstrasse", "LOC"), ("Kirchgasse", "LOC")]


def test_synagogues_mosques_palaces_and_castles_keep_their_lower_case_kind_word() -> None:
    text = "Ils ont prié à la synagogue de la Paix puis à la mosquée de Hautepierre, près du palais Rohan."
    assert spans(streets_and_squares(text, [], "fr")) == [
        ("synagogue de la Paix", "LOC"),
        ("mosquée de Hautepierre", "LOC"),
        ("palais Rohan", "LOC"),
    ]
    text = "Se reunieron en la mezquita de Tetuán y en el palacio de la Magdalena."
    assert spans(streets_and_squares(text, [], "es")) == [
        ("mezquita de Tetuán", "LOC"),
        ("palacio de la Magdalena", "LOC"),
    ]


def test_an_italian_strada_a_spanish_road_to_a_town_and_a_saints_epithet() -> None:
    text = "Parcheggio lungo strada Ginestre, vicino alla chiesa di Santa Maria della Neve; la strada di casa."
    assert spans(streets_and_squares(text, [mention(text, "Santa Maria della Neve", "ORG")], "it")) == [
        ("strada Ginestre", "LOC"),
        ("chiesa di Santa Maria della Neve", "LOC"),
    ]
    text = "Junto a la carretera de Haro, cerca de la iglesia de San Juan de los Caballeros."
    found = [mention(text, "Haro", "ORG"), mention(text, "San Juan de los Caballeros", "ORG")]
    assert spans(streets_and_squares(text, found, "es")) == [
        ("Haro", "LOC"),  # the road to Haro: the town
        ("iglesia de San Juan de los Caballeros", "LOC"),
    ]


def test_a_romance_square_and_the_known_town_named_after_it_are_two_places() -> None:
    text = "Le marché se tient place de la Halle de Quimperlé, rue Jean de La Fontaine et avenue de Lyon."
    found = [mention(text, "Halle de Quimperlé", "MISC")]
    assert spans(streets_and_squares(text, found, "fr")) == [
        ("place de la Halle", "LOC"),
        ("Quimperlé", "LOC"),
        ("rue Jean de La Fontaine", "LOC"),
        ("avenue de Lyon", "LOC"),
    ]
    text = "La fiera è in piazza Garibaldi di Cingoli e in plaza Mayor de Nadie."
    assert spans(streets_and_squares(text, [], "it"))[:2] == [("piazza Garibaldi", "LOC"), ("Cingoli", "LOC")]


def test_a_fort_after_its_article_keeps_its_kind_word_a_strong_signal_does_not() -> None:
    text = "Interné au fort de Montluc, il attendait un signal fort de Washington."
    assert spans(streets_and_squares(text, [], "fr")) == [("fort de Montluc", "LOC")]


def test_a_building_with_an_adjective_of_rank_and_the_town_as_its_only_name_is_one_place() -> None:
    text = "On visite le monastère royal de Brou et l'abbaye cistercienne de Léoncel, puis la place d'Armes de Belvès."
    assert spans(streets_and_squares(text, [], "fr")) == [
        ("monastère royal de Brou", "LOC"),
        ("abbaye cistercienne de Léoncel", "LOC"),
        ("place d'Armes", "LOC"),
        ("Belvès", "LOC"),
    ]


def test_a_french_street_named_by_a_date_or_a_regiment_joined_by_hyphens() -> None:
    text = "Le défilé part de la rue du 8-Mai-1945, passe avenue du 11-Novembre et finit rue du 4e-Zouaves."
    assert spans(streets_and_squares(text, [mention(text, "4e-Zouaves", "MISC")], "fr")) == [
        ("rue du 8-Mai-1945", "LOC"),
        ("avenue du 11-Novembre", "LOC"),
        ("rue du 4e-Zouaves", "LOC"),
    ]


def test_a_ukrainian_maidan_is_a_square_with_its_kind_word() -> None:
    text = "Мітинг відбувся на майдані Незалежності, а концерт на майдані Шевченка."
    found = [mention(text, "Шевченка", "PER")]
    assert spans(streets_and_squares(text, found, "uk")) == [
        ("майдані Незалежності", "LOC"),
        ("майдані Шевченка", "LOC"),
    ]
    assert streets_and_squares("Майдан був повний людей.", [], "uk") == []


def test_a_french_venue_with_its_capitalised_kind_keeps_its_town_and_a_train_service_is_no_station() -> None:
    text = "Rencontre au Centre de congrès de Lyon, près d'une gare TGV, puis au Palais des sports de Pau."
    assert spans(streets_and_squares(text, [mention(text, "Lyon", "LOC")], "fr")) == [
        ("Centre de congrès de Lyon", "LOC"),
        ("Palais des sports de Pau", "LOC"),
    ]


def test_a_german_church_compound_keeps_its_kind_word() -> None:
    text = "Das Konzert findet in der Stiftskirche St. Lamberti statt, nicht in der Kirchengemeinde St. Paul."
    found = [mention(text, "Stiftskirche St. Lamberti", "ORG")]
    assert spans(streets_and_squares(text, found, "de")) == [("Stiftskirche St. Lamberti", "LOC")]


def test_a_french_abbey_church_or_priory_keeps_its_kind_word() -> None:
    text = "La messe aura lieu à l'abbatiale Saint-Pierre puis au prieuré Saint-Jean."
    found = [mention(text, "Saint-Pierre", "LOC"), mention(text, "Saint-Jean", "LOC")]
    assert spans(streets_and_squares(text, found, "fr")) == [
        ("abbatiale Saint-Pierre", "LOC"),
        ("prieuré Saint-Jean", "LOC"),
    ]


def test_a_german_street_named_by_a_person_with_hyphens_is_a_place() -> None:
    text = "Die Praxis liegt an der Konrad-Adenauer-Straße, nahe der Löwen-Apotheke."
    assert spans(streets_and_squares(text, [], "de")) == [("Konrad-Adenauer-Straße", "LOC")]


def test_french_plural_alleys_keep_their_kind_word() -> None:
    text = "Le vide-greniers s'étendra sur les allées Paul-Riquet et les allées de la Liberté."
    assert spans(streets_and_squares(text, [], "fr")) == [
        ("allées Paul-Riquet", "LOC"),
        ("allées de la Liberté", "LOC"),
    ]


def test_a_slavic_street_and_its_town_run_together_by_the_tagger_are_two_places() -> None:
    text = "Biuro otwarto przy ulicy Kościelnej w Sieradzu w poniedziałek."
    found = [mention(text, "Kościelnej w Sieradzu", "ORG")]
    assert spans(streets_and_squares(text, found, "pl")) == [("ulicy Kościelnej", "LOC"), ("Sieradzu", "LOC")]
    # a longer body's name that holds the street stays the tagger's
    text = "Szkoła przy ulicy Kościelnej w Sieradzu Podstawowa ogłosiła nabór."
    found = [mention(text, "Kościelnej w Sieradzu Podstawowa", "ORG")]
    assert spans(streets_and_squares(text, found, "pl")) == [("Kościelnej w Sieradzu Podstawowa", "ORG")]


def test_a_french_promenade_by_its_article_is_a_street_a_walk_from_a_town_is_not() -> None:
    text = "La parade longera la promenade du Paillon puis la promenade des Remparts."
    assert spans(streets_and_squares(text, [], "fr")) == [
        ("promenade du Paillon", "LOC"),
        ("promenade des Remparts", "LOC"),
    ]
    walk = "Une promenade de Pontoise à Cergy."
    assert streets_and_squares(walk, [], "fr") == []


def test_a_spanish_town_park_keeps_its_lower_case_kind_word() -> None:
    text = "Los vecinos se concentran en el parque de Valdecilla y luego en el parque del Oeste."
    found = [mention(text, "Valdecilla", "LOC")]
    assert spans(streets_and_squares(text, found, "es")) == [
        ("parque de Valdecilla", "LOC"),
        ("parque del Oeste", "LOC"),
    ]
    text = "El parque de bomberos y el parque eólico de Malpica siguen igual."
    assert spans(streets_and_squares(text, [], "es")) == []


def test_a_spanish_tower_keeps_its_kind_word_but_not_a_control_tower() -> None:
    text = "Abre la torre de San Martín y cierra la torre de control del aeródromo."
    assert spans(streets_and_squares(text, [], "es")) == [("torre de San Martín", "LOC")]


def test_an_adjective_square_and_a_main_post_office_are_places() -> None:
    text = "Виставку відкрили в Центральному поштамті на Театральному майдані."
    assert spans(streets_and_squares(text, [], "uk")) == [
        ("Центральному поштамті", "LOC"),
        ("Театральному майдані", "LOC"),
    ]
    text = "Посылку забрали в Главном почтамте."
    assert spans(streets_and_squares(text, [], "ru")) == [("Главном почтамте", "LOC")]
    # a lower-case adjective is no name: "у сільському поштамті" stays untagged
    assert spans(streets_and_squares("Лист лежить у сільському поштамті.", [], "uk")) == []


def test_a_capitalised_italian_corso_with_its_article_is_a_street() -> None:
    text = "La riunione si tiene nel municipio sul Corso della Repubblica a Latina."
    found = [mention(text, "Corso della Repubblica", "PER"), mention(text, "Latina", "LOC")]
    assert spans(streets_and_squares(text, found, "it")) == [("Corso della Repubblica", "LOC"), ("Latina", "LOC")]


def test_a_lower_case_corso_with_its_article_is_a_course_of_time() -> None:
    text = "Nel corso del Novecento la città crebbe."
    found = [mention(text, "Novecento", "MISC")]
    assert spans(streets_and_squares(text, found, "it")) == [("Novecento", "MISC")]


def test_a_named_quay_keeps_its_lower_case_head_as_a_street() -> None:
    text = "Kuter zacumował przy nabrzeżu Hutniczym, a dźwig stoi na nabrzeżu portowym."
    found = [mention(text, "Hutniczym", "LOC")]
    assert spans(streets_and_squares(text, found, "pl")) == [("nabrzeżu Hutniczym", "LOC")]


def test_a_german_street_after_an_article_whatever_its_stem() -> None:
    text = "Auf der Gartenstraße und an der Brunnenstraße in Husum wird gebaut."
    assert spans(streets_and_squares(text, [mention(text, "Husum", "LOC")], "de")) == [
        ("Gartenstraße", "LOC"),
        ("Brunnenstraße", "LOC"),
        ("Husum", "LOC"),
    ]


def test_a_german_road_named_by_its_kind_is_no_street() -> None:
    text = "Er bog auf der Landstraße in eine Seitenstraße ab, die Einkaufsstraße blieb leer."
    assert spans(streets_and_squares(text, [], "de")) == []


def test_a_spanish_numbered_road_leaves_its_kind_word_to_the_roads_pass() -> None:
    text = "La nave está en la carretera CA-603, junto a la carretera de Rota."
    assert spans(streets_and_squares(text, [mention(text, "Rota", "ORG")], "es")) == [("Rota", "LOC")]


def test_a_shrine_keeps_the_virgins_title_with_its_de() -> None:
    text = "Los romeros llegan al santuario de Nuestra Señora de Setefilla, cerca de Lora. En Setefilla hay fiesta."
    found = [mention(text, "Setefilla", "LOC", 1)]
    assert spans(streets_and_squares(text, found, "es")) == [
        ("santuario de Nuestra Señora de Setefilla", "LOC"),
        ("Setefilla", "LOC"),
    ]
    text = "La calle Mayor de Rota y la plaza de Andalucía de Rota."
    assert ("calle Mayor", "LOC") in spans(streets_and_squares(text, [mention(text, "Rota", "LOC")], "es"))
