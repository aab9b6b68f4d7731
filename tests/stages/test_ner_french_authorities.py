"""French intercommunal authorities are bodies (ner/french_authorities.py). Sentences written
for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.french_authorities import french_authorities


def test_an_intercommunal_authority_read_as_a_place_is_a_body() -> None:
    text = "À la demande de la Métropole de Lyon et de Brest Métropole, la Communauté de communes du Val d'Ille a voté."
    found = [
        mention(text, "Métropole de Lyon", "LOC"),
        mention(text, "Brest Métropole", "LOC"),
        mention(text, "Communauté de communes du Val d'Ille", "LOC"),
    ]
    assert spans(french_authorities(text, found, "fr")) == [
        ("Métropole de Lyon", "ORG"),
        ("Brest Métropole", "ORG"),
        ("Communauté de communes du Val d'Ille", "ORG"),
    ]


def test_the_lower_case_area_a_town_and_other_languages_stay() -> None:
    text = "La métropole lyonnaise grandit autour de Lyon."
    found = [mention(text, "Lyon", "LOC")]
    assert french_authorities(text, found, "fr") == found
    text = "Die Métropole de Lyon wächst."
    found = [mention(text, "Métropole de Lyon", "LOC")]
    assert french_authorities(text, found, "de") == found


def test_an_ombudsman_and_a_firm_of_partners_are_bodies() -> None:
    text = "Le Médiateur de l'assurance a saisi le cabinet Morin Béral Avocats et Dufay & Associés."
    found = [
        mention(text, "Médiateur de l'assurance", "MISC"),
        mention(text, "Morin Béral Avocats", "PER"),
        mention(text, "Dufay & Associés", "PER"),
    ]
    assert [t for _, t in spans(french_authorities(text, found, "fr"))] == ["ORG", "ORG", "ORG"]
    # a person is no firm
    text = "Le Médiateur Paul Morin a parlé."
    found = [mention(text, "Paul Morin", "PER")]
    assert french_authorities(text, found, "fr") == found


def test_a_bare_region_or_departement_is_the_council_the_article_names_in_full() -> None:
    text = "La Région Bretagne finance le port. « C'est un choix », dit le président de la Région. Le Département vote."
    found = [mention(text, "Région Bretagne", "ORG")]
    assert spans(french_authorities(text, found, "fr")) == [
        ("Région Bretagne", "ORG"),
        ("Région", "ORG"),
        ("Département", "ORG"),
    ]
    # named nowhere in full, or followed by its name: left to the models
    text = "Le président de la Région a parlé, puis la Région du Nord."
    assert french_authorities(text, [], "fr") == []


def test_a_regional_directorate_of_the_state_named_with_its_region_is_a_body() -> None:
    text = "Le rapport de la Dreal Grand Est et de la DRAC Occitanie est attendu en Occitanie."
    found = [
        mention(text, "Dreal Grand Est", "LOC"),
        mention(text, "DRAC Occitanie", "LOC"),
        mention(text, "Occitanie", "LOC"),
    ]
    assert [t for _, t in spans(french_authorities(text, found, "fr"))] == ["ORG", "ORG", "LOC"]


def test_a_state_service_spelled_out_with_its_remit_and_area_is_one_body() -> None:
    text = (
        "Le dossier passe par l'Unité départementale de l'architecture et du patrimoine du Cher, "
        "puis par la Direction régionale des affaires culturelles, qui a tranché."
    )
    found = [mention(text, "Unité départementale de l'architecture", "ORG"), mention(text, "Cher", "LOC")]
    assert spans(french_authorities(text, found, "fr")) == [
        ("Unité départementale de l'architecture et du patrimoine du Cher", "ORG"),
        ("Direction régionale des affaires culturelles", "ORG"),
    ]
    text = "La direction régionale a tranché."  # a lower-case back-reference is no name
    assert french_authorities(text, [], "fr") == []


def test_a_capitalised_ville_de_and_a_grand_town_are_the_councils() -> None:
    text = "La Ville de Niort et Grand Niort financent le musée ; le Grand Paris attend."
    found = [mention(text, "Niort", "LOC"), mention(text, "Grand Niort", "LOC"), mention(text, "Grand Paris", "LOC")]
    assert spans(french_authorities(text, found, "fr")) == [
        ("Ville de Niort", "ORG"),
        ("Grand Niort", "ORG"),
        ("Grand Paris", "LOC"),
    ]
    text = "Il habite la ville de Niort."  # the town itself
    found = [mention(text, "Niort", "LOC")]
    assert french_authorities(text, found, "fr") == found


def test_a_town_named_communaute_is_the_intercommunal_authority() -> None:
    text = "Le crématorium, construit par Morlaix Communauté, ouvre à Morlaix."
    found = [mention(text, "Morlaix Communauté", "LOC"), mention(text, "Morlaix", "LOC", nth=1)]
    assert spans(french_authorities(text, found, "fr")) == [("Morlaix Communauté", "ORG"), ("Morlaix", "LOC")]


def test_a_ville_de_in_a_title_of_office_gives_the_town() -> None:
    text = "a indiqué le bourgmestre de la Ville de Namur, avant l'accord de la Ville de Namur."
    found = [mention(text, "Ville de Namur", "LOC"), mention(text, "Ville de Namur", "LOC", nth=1)]
    assert spans(french_authorities(text, found, "fr")) == [("Namur", "LOC"), ("Ville de Namur", "ORG")]


def test_a_bare_ville_beside_its_full_name_is_the_council_but_a_nickname_is_not() -> None:
    text = "Le projet est financé par la Ville. La Ville de Cahors paiera, dit-on dans la Ville rose."
    found = [mention(text, "Ville de Cahors", "LOC")]
    assert spans(french_authorities(text, found, "fr")) == [("Ville", "ORG"), ("Ville de Cahors", "ORG")]
    text = "Le projet est financé par la Ville."
    assert french_authorities(text, [], "fr") == []


def test_le_grand_town_acting_is_the_authority_but_the_area_is_not() -> None:
    text = "Le Grand Cahors financera la navette. Le Grand Cahors a voté. Le Grand Paris Express avance."
    found = [mention(text, "Grand Cahors", "LOC"), mention(text, "Grand Cahors", "LOC", nth=1)]
    found.append(mention(text, "Grand Paris Express", "MISC"))
    assert spans(french_authorities(text, found, "fr")) == [
        ("Grand Cahors", "ORG"),
        ("Grand Cahors", "ORG"),
        ("Grand Paris Express", "MISC"),
    ]


def test_a_departmental_directorate_by_its_acronym_is_one_body_with_its_department() -> None:
    text = "Les agents de la DDPP du Morbihan et de la DDTM ont contrôlé, avec la DDETSPP de la Creuse."
    found = [mention(text, "DDPP", "MISC"), mention(text, "Morbihan", "LOC"), mention(text, "Creuse", "LOC")]
    assert spans(french_authorities(text, found, "fr")) == [
        ("DDPP du Morbihan", "ORG"),
        ("DDTM", "ORG"),
        ("DDETSPP de la Creuse", "ORG"),
    ]


def test_a_capitalised_departement_with_its_department_is_the_council() -> None:
    text = "La piste est financée par le Département du Lot, dans le département du Lot."
    found = [mention(text, "Département du Lot", "LOC"), mention(text, "Lot", "LOC", nth=1)]
    assert spans(french_authorities(text, found, "fr")) == [("Département du Lot", "ORG"), ("Lot", "LOC")]


def test_a_gendarmerie_units_town_is_a_place() -> None:
    text = "L'enquête est confiée à la compagnie de gendarmerie de Puimichel depuis mardi."
    found = [mention(text, "Puimichel", "MISC")]
    assert spans(french_authorities(text, found, "fr")) == [("Puimichel", "LOC")]


def test_a_gendarmerie_without_a_unit_word_is_left_alone() -> None:
    text = "L'ancienne gendarmerie de Puimichel sera vendue."
    found = [mention(text, "Puimichel", "MISC")]
    assert spans(french_authorities(text, found, "fr")) == [("Puimichel", "MISC")]


def test_a_chamber_keeps_the_area_it_serves() -> None:
    text = "La Chambre d'agriculture Savoie Mont-Blanc et la Chambre de commerce et d'industrie de Lyon ont signé."
    found = [
        mention(text, "Chambre d'agriculture", "ORG"),
        mention(text, "Savoie Mont-Blanc", "LOC"),
        mention(text, "Chambre de commerce et d'industrie de Lyon", "ORG"),
    ]
    assert spans(french_authorities(text, found, "fr")) == [
        ("Chambre d'agriculture Savoie Mont-Blanc", "ORG"),
        ("Chambre de commerce et d'industrie de Lyon", "ORG"),
    ]


def test_a_chamber_without_its_remit_takes_no_place() -> None:
    text = "La Chambre Lyon a voté."
    found = [mention(text, "Chambre", "ORG"), mention(text, "Lyon", "LOC")]
    assert spans(french_authorities(text, found, "fr")) == [("Chambre", "ORG"), ("Lyon", "LOC")]


def test_the_state_as_a_party_beside_a_body_is_a_body_but_not_in_a_title() -> None:
    text = "Un accord entre l'État et la SNCF. Le chef de l'État, La Poste et la ville ont parlé. L'État, lui, paie."
    found = [mention(text, "SNCF", "ORG"), mention(text, "La Poste", "ORG")]
    assert spans(french_authorities(text, found, "fr")) == [("État", "ORG"), ("SNCF", "ORG"), ("La Poste", "ORG")]


def test_a_capitalised_ville_opening_a_sentence_with_a_verb_is_the_council() -> None:
    text = "Le maire a promis des travaux. La Ville financera la toiture de l'école."
    found = [mention(text, "La Ville", "LOC")]
    assert [(m.text, m.type) for m in french_authorities(text, found, "fr")] == [("Ville", "ORG")]


def test_a_ville_nickname_or_an_article_without_mayor_stays() -> None:
    text = "Le maire a parlé. La Ville rose accueille le congrès."
    found = [mention(text, "La Ville rose", "LOC")]
    assert spans(french_authorities(text, found, "fr")) == [("La Ville rose", "LOC")]
    text = "La Ville financera la toiture de l'école."
    found = [mention(text, "La Ville", "LOC")]
    assert spans(french_authorities(text, found, "fr")) == [("La Ville", "LOC")]


def test_a_lower_case_chamber_with_its_region_after_des_is_one_body() -> None:
    text = "Le fonds est géré avec la chambre d'agriculture des Hauts-de-France depuis mars."
    found = [mention(text, "Hauts-de-France", "LOC")]
    assert spans(french_authorities(text, found, "fr")) == [("chambre d'agriculture des Hauts-de-France", "ORG")]


def test_a_chamber_without_its_area_stays_a_phrase() -> None:
    text = "La chambre d'agriculture a voté contre le projet du maire."
    assert french_authorities(text, [], "fr") == []


def test_la_ville_with_a_relative_clause_of_what_it_does_is_the_council() -> None:
    text = "Le maire a parlé. La Ville, qui gère la piscine, a voté une aide."
    found = [mention(text, "La Ville", "LOC")]
    assert spans(french_authorities(text, found, "fr")) == [("Ville", "ORG")]


def test_la_ville_with_a_comma_and_no_relative_clause_is_left_alone() -> None:
    text = "Le maire a parlé. La Ville, elle, reste calme."
    found = [mention(text, "La Ville", "LOC")]
    assert spans(french_authorities(text, found, "fr")) == [("La Ville", "LOC")]
