"""Local bodies joined to their town (ner/local_bodies.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.local_bodies import local_bodies


def test_a_german_local_body_takes_the_town_after_it() -> None:
    text = "Das Amtsgericht Forchheim und die Stadtwerke Erlangen widersprachen; Berlin schwieg."
    found = [mention(text, "Forchheim", "LOC"), mention(text, "Erlangen", "LOC"), mention(text, "Berlin", "LOC")]
    assert spans(local_bodies(text, found, "de")) == [
        ("Amtsgericht Forchheim", "ORG"),
        ("Stadtwerke Erlangen", "ORG"),
        ("Berlin", "LOC"),
    ]


def test_a_polish_local_body_holds_its_town_in_the_locative() -> None:
    text = "Lekarze Szpitala Wojewódzkiego w Elblągu i dyrektor Muzeum w Malborku. Minister w Warszawie."
    found = [
        mention(text, "Szpitala Wojewódzkiego", "ORG"),
        mention(text, "Elblągu", "LOC"),
        mention(text, "Malborku", "LOC"),
        mention(text, "Warszawie", "LOC"),
    ]
    assert spans(local_bodies(text, found, "pl")) == [
        ("Szpitala Wojewódzkiego w Elblągu", "ORG"),
        ("Muzeum w Malborku", "ORG"),
        ("Warszawie", "LOC"),
    ]


def test_a_polish_institute_and_a_numbered_school_hold_their_town() -> None:
    text = (
        "Kurs opłaci Instytut Polski w Wilnie, a uczniowie II Liceum Ogólnokształcącego w Sanoku "
        "i Liceum nr 3 w Lidzie. Do Polski w Wilnie."
    )
    found = [
        mention(text, "Instytut Polski", "ORG"),
        mention(text, "Wilnie", "LOC"),
        mention(text, "Liceum Ogólnokształcącego", "ORG"),
        mention(text, "Sanoku", "LOC"),
        mention(text, "Lidzie", "LOC"),
        mention(text, "Polski", "LOC", 1),
        mention(text, "Wilnie", "LOC", 1),
    ]
    assert spans(local_bodies(text, found, "pl")) == [
        ("Instytut Polski w Wilnie", "ORG"),
        ("II Liceum Ogólnokształcącego w Sanoku", "ORG"),
        ("Liceum nr 3 w Lidzie", "ORG"),
        ("Polski", "LOC"),
        ("Wilnie", "LOC"),
    ]


def test_other_languages_are_left() -> None:
    text = "Landgericht Bamberg"
    found = [mention(text, "Bamberg", "LOC")]
    assert spans(local_bodies(text, found, "en")) == [("Bamberg", "LOC")]


def test_romance_bodies_hold_their_region_but_not_their_country() -> None:
    text = "Le Parlement de Flandre et le Parlement de Belgique; la Bourse de Lyon."
    found = [
        mention(text, "Parlement", "ORG"),
        mention(text, "Flandre", "LOC"),
        mention(text, "Parlement", "ORG", nth=1),
        mention(text, "Belgique", "LOC"),
        mention(text, "Bourse de Lyon", "LOC"),
    ]
    assert spans(local_bodies(text, found, "fr")) == [
        ("Parlement de Flandre", "ORG"),
        ("Parlement", "ORG"),
        ("Belgique", "LOC"),
        ("Bourse de Lyon", "ORG"),
    ]
    text = "La Junta de Extremadura aprobó el plan."
    found = [mention(text, "La Junta de Extremadura", "PER")]
    assert spans(local_bodies(text, found, "es")) == [("Junta de Extremadura", "ORG")]


def test_a_national_body_keeps_its_country_and_romance_schools_and_archives_their_town() -> None:
    text = "Tocó con la Orquesta Nacional de España, no con el Parlamento de Albania."
    found = [
        mention(text, "Orquesta Nacional", "ORG"),
        mention(text, "España", "LOC"),
        mention(text, "Parlamento", "ORG"),
        mention(text, "Albania", "LOC"),
    ]
    assert spans(local_bodies(text, found, "es")) == [
        ("Orquesta Nacional de España", "ORG"),
        ("Parlamento", "ORG"),
        ("Albania", "LOC"),
    ]
    text = "Elle a étudié à l'École normale supérieure de Rennes et aux Archives départementales de la Manche."
    found = [
        mention(text, "École normale supérieure", "ORG"),
        mention(text, "Rennes", "LOC"),
        mention(text, "Archives départementales", "ORG"),
        mention(text, "Manche", "LOC"),
    ]
    assert spans(local_bodies(text, found, "fr")) == [
        ("École normale supérieure de Rennes", "ORG"),
        ("Archives départementales de la Manche", "ORG"),
    ]


def test_an_acronym_and_its_country_or_region_are_the_branch_but_not_for_bodies_of_states() -> None:
    text = "Lo piden WWF España y ASAJA Aragón; la UE Rusia no."
    found = [
        mention(text, "WWF", "ORG"),
        mention(text, "España", "LOC"),
        mention(text, "ASAJA", "ORG"),
        mention(text, "Aragón", "LOC"),
        mention(text, "UE", "ORG"),
        mention(text, "Rusia", "LOC"),
    ]
    assert spans(local_bodies(text, found, "es")) == [
        ("WWF España", "ORG"),
        ("ASAJA Aragón", "ORG"),
        ("UE", "ORG"),
        ("Rusia", "LOC"),
    ]


def test_a_belgian_zone_is_one_body_with_its_area_over_the_models_parts() -> None:
    text = "La Zone de secours Hainaut-Centre et la zone de police Bruxelles-Capitale Ixelles. Une zone de Mons."
    found = [
        mention(text, "La Zone de secours", "MISC"),
        mention(text, "Hainaut-Centre", "LOC"),
        mention(text, "Bruxelles-Capitale Ixelles", "LOC"),
        mention(text, "Mons", "LOC"),
    ]
    assert spans(local_bodies(text, found, "fr")) == [
        ("Zone de secours Hainaut-Centre", "ORG"),
        ("zone de police Bruxelles-Capitale Ixelles", "ORG"),
        ("Mons", "LOC"),
    ]


def test_dioceses_consistories_and_regional_governments_with_their_territory() -> None:
    text = "El Gobierno de Canarias y la Diócesis de Tenerife; el Gobierno de España no."
    found = [
        mention(text, "Gobierno", "ORG"),
        mention(text, "Canarias", "LOC"),
        mention(text, "Diócesis de Tenerife", "LOC"),
        mention(text, "Gobierno", "ORG", nth=1),
        mention(text, "España", "LOC"),
    ]
    assert spans(local_bodies(text, found, "es")) == [
        ("Gobierno de Canarias", "ORG"),
        ("Diócesis de Tenerife", "ORG"),
        ("Gobierno", "ORG"),
        ("España", "LOC"),
    ]
    text = "Le Consistoire israélite du Bas-Rhin a réagi."
    found = [mention(text, "Consistoire", "LOC"), mention(text, "Bas-Rhin", "LOC")]
    assert spans(local_bodies(text, found, "fr")) == [("Consistoire israélite du Bas-Rhin", "ORG")]


def test_a_polish_bodys_adjectives_before_its_kind_word_stay_with_it_and_its_town() -> None:
    text = "Skargę rozpatrzy Wojewódzki Sąd Administracyjny w Lublinie, a decyzję wydała Regionalna Dyrekcja w Pile."
    found = [
        mention(text, "Wojewódzki Sąd Administracyjny", "ORG"),
        mention(text, "Lublinie", "LOC"),
        mention(text, "Pile", "LOC"),
    ]
    assert spans(local_bodies(text, found, "pl")) == [
        ("Wojewódzki Sąd Administracyjny w Lublinie", "ORG"),
        ("Regionalna Dyrekcja w Pile", "ORG"),
    ]
    # a word before the kind word that is no adjective stays out
    text = "Przed Sądem w Lublinie stanął świadek."
    assert spans(local_bodies(text, [mention(text, "Lublinie", "LOC")], "pl")) == [("Sądem w Lublinie", "ORG")]


def test_a_chamber_of_commerce_named_by_two_countries_is_a_body() -> None:
    text = "Ils ont vu la Chambre de commerce et d'industrie France-Italie à Lyon."
    found = [mention(text, "Chambre de commerce et d'industrie France-Italie", "LOC"), mention(text, "Lyon", "LOC")]
    assert spans(local_bodies(text, found, "fr")) == [
        ("Chambre de commerce et d'industrie France-Italie", "ORG"),
        ("Lyon", "LOC"),
    ]


def test_an_audit_delegation_and_a_regional_audit_chamber_hold_their_town() -> None:
    text = "Kontrolę prowadziła Delegatura NIK w Opolu, a wnioski trafiły do Regionalnej Izby Obrachunkowej w Kielcach."
    found = [
        mention(text, "Delegatura NIK", "ORG"),
        mention(text, "Opolu", "LOC"),
        mention(text, "Regionalnej Izby Obrachunkowej", "ORG"),
        mention(text, "Kielcach", "LOC"),
    ]
    assert spans(local_bodies(text, found, "pl")) == [
        ("Delegatura NIK w Opolu", "ORG"),
        ("Regionalnej Izby Obrachunkowej w Kielcach", "ORG"),
    ]
    # a town after a word that is no body's kind stays a town
    text = "Izabela Nowak mieszka w Opolu."
    assert spans(local_bodies(text, [mention(text, "Opolu", "LOC")], "pl")) == [("Opolu", "LOC")]


def test_a_polish_hospital_with_its_patron_and_a_numbered_fire_unit_keep_their_town() -> None:
    text = (
        "Rannych przewieziono do Szpitala Miejskiego im. Marii Curie w Łomży, a ogień gasiła "
        "Jednostka Ratowniczo-Gaśnicza nr 3 w Tczewie."
    )
    found = [
        mention(text, "Szpitala Miejskiego im. Marii Curie", "ORG"),
        mention(text, "Łomży", "LOC"),
        mention(text, "Jednostka Ratowniczo-Gaśnicza", "ORG"),
        mention(text, "Tczewie", "LOC"),
    ]
    assert spans(local_bodies(text, found, "pl")) == [
        ("Szpitala Miejskiego im. Marii Curie w Łomży", "ORG"),
        ("Jednostka Ratowniczo-Gaśnicza nr 3 w Tczewie", "ORG"),
    ]


def test_a_polish_guild_with_its_trades_and_an_inspectorate_hold_their_towns() -> None:
    text = (
        "Członkowie Cechu Rzeźników i Wędliniarzy w Sieradzu oraz Okręgowy Inspektorat Jakości Handlowej "
        "Artykułów Rolno-Spożywczych w Łomży. Cechy gleby w Kole zbadano."
    )
    found = [mention(text, "Sieradzu", "LOC"), mention(text, "Łomży", "LOC"), mention(text, "Kole", "LOC")]
    assert spans(local_bodies(text, found, "pl")) == [
        ("Cechu Rzeźników i Wędliniarzy w Sieradzu", "ORG"),
        ("Okręgowy Inspektorat Jakości Handlowej Artykułów Rolno-Spożywczych w Łomży", "ORG"),
        ("Kole", "LOC"),  # "Cechy" (features) is no guild
    ]


def test_two_polish_bodies_joined_by_i_leave_the_town_to_the_second() -> None:
    text = "Pismo Szpitala Miejskiego i Sądu Rejonowego w Kętach trafiło do nas."
    found = [mention(text, "Kętach", "LOC")]
    assert spans(local_bodies(text, found, "pl")) == [("Sądu Rejonowego w Kętach", "ORG")]


def test_a_municipal_enterprise_with_its_town_is_one_body() -> None:
    text = "Rury wymieni Miejskie Przedsiębiorstwo Wodociągów w Lesznie, a nie firma z Poznania."
    found = [
        mention(text, "Miejskie Przedsiębiorstwo Wodociągów", "ORG"),
        mention(text, "Lesznie", "LOC"),
        mention(text, "Poznania", "LOC"),
    ]
    assert spans(local_bodies(text, found, "pl")) == [
        ("Miejskie Przedsiębiorstwo Wodociągów w Lesznie", "ORG"),
        ("Poznania", "LOC"),
    ]
