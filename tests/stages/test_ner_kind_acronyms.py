"""Bodies named by a kind's acronym and their name, town or number (ner/kind_acronyms.py).
Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.kind_acronyms import kind_acronym_bodies


def test_a_french_kind_acronym_takes_its_town_or_number() -> None:
    text = "Le CCAS de Roubaix, le SDIS 62 et l'Ehpad Les Glycines ; le CPAS a refusé."
    found = [mention(text, "CCAS", "LOC"), mention(text, "Roubaix", "LOC"), mention(text, "CPAS", "ORG")]
    assert spans(kind_acronym_bodies(text, found, "fr")) == [
        ("CCAS de Roubaix", "ORG"),
        ("SDIS 62", "ORG"),
        ("Ehpad Les Glycines", "ORG"),
        ("CPAS", "ORG"),
    ]


def test_spanish_schools_and_associations() -> None:
    text = "Los padres del CEIP Virgen de la Vega y la AMPA Los Olmos protestan en Teruel."
    found = [mention(text, "Virgen de la Vega", "PER"), mention(text, "Teruel", "LOC")]
    assert spans(kind_acronym_bodies(text, found, "es")) == [
        ("CEIP Virgen de la Vega", "ORG"),
        ("AMPA Los Olmos", "ORG"),
        ("Teruel", "LOC"),
    ]


def test_a_longer_name_holding_the_acronym_is_kept_and_other_languages_left() -> None:
    text = "Il direttore della Asl Roma 1 e la Fondazione Asl Napoli Onlus."
    found = [mention(text, "Fondazione Asl Napoli Onlus", "ORG")]
    assert spans(kind_acronym_bodies(text, found, "it")) == [
        ("Asl Roma 1", "ORG"),
        ("Fondazione Asl Napoli Onlus", "ORG"),
    ]
    assert kind_acronym_bodies("The CHU de Lille", [], "en") == []


def test_an_emergency_service_written_in_title_case() -> None:
    text = "Une équipe du Smur de Périgueux et le Samu 24 sont intervenus."
    assert spans(kind_acronym_bodies(text, [mention(text, "Smur de Périgueux", "LOC")], "fr")) == [
        ("Smur de Périgueux", "ORG"),
        ("Samu 24", "ORG"),
    ]


def test_a_farmers_union_branch_and_a_chamber_of_commerce_take_their_department_or_town() -> None:
    text = "La FDSEA de la Manche et la CCI d'Alençon ont signé ; la FDSEA a applaudi."
    assert spans(kind_acronym_bodies(text, [mention(text, "Manche", "LOC")], "fr")) == [
        ("FDSEA de la Manche", "ORG"),
        ("CCI d'Alençon", "ORG"),
    ]


def test_a_national_federations_branch_takes_its_territory_only_after_de() -> None:
    text = "L'UNC de la Moselle et la FNACA du Var ont écrit ; le président de l'UNC Paul Morel a signé."
    found = [mention(text, "Moselle", "LOC"), mention(text, "Paul Morel", "PER")]
    assert spans(kind_acronym_bodies(text, found, "fr")) == [
        ("UNC de la Moselle", "ORG"),
        ("FNACA du Var", "ORG"),
        ("Paul Morel", "PER"),
    ]
    text = "L'UFC-Que Choisir de la Sarthe a porté plainte."
    assert spans(kind_acronym_bodies(text, [mention(text, "Sarthe", "LOC")], "fr")) == [
        ("UFC-Que Choisir de la Sarthe", "ORG")
    ]


def test_an_italian_health_authority_by_its_number_and_name() -> None:
    text = "La decisione dell'Ulss 9 Scaligera e della Usl Toscana Centro arriva domani."
    assert spans(kind_acronym_bodies(text, [], "it")) == [("Ulss 9 Scaligera", "ORG"), ("Usl Toscana Centro", "ORG")]


def test_a_health_authoritys_number_takes_no_lower_case_word_after_it() -> None:
    text = "L'Ulss 4 ha deciso di chiudere il reparto."
    assert spans(kind_acronym_bodies(text, [], "it")) == [("Ulss 4", "ORG")]
