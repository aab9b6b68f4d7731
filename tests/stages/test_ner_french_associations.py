"""French associations run on over "et" to their territory (ner/french_associations.py).
Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.french_associations import french_associations


def test_an_association_runs_on_over_et_to_its_territory() -> None:
    text = "Il préside la Fédération départementale des chasseurs et pêcheurs amateurs de la Sarthe depuis 2010."
    found = [mention(text, "Fédération départementale des chasseurs", "ORG"), mention(text, "Sarthe", "LOC")]
    assert spans(french_associations(text, found, "fr")) == [
        ("Fédération départementale des chasseurs et pêcheurs amateurs de la Sarthe", "ORG")
    ]


def test_a_clause_after_the_name_stops_it() -> None:
    text = "L'Association des maires et a écrit au préfet du Finistère ; l'Union des artisans et le maire de Brest."
    found = [
        mention(text, "Association des maires", "ORG"),
        mention(text, "Finistère", "LOC"),
        mention(text, "Union des artisans", "ORG"),
        mention(text, "Brest", "LOC"),
    ]
    assert french_associations(text, found, "fr") == found
    assert french_associations(text, found, "it") == found


def test_an_old_boys_association_takes_the_body_its_members_served_in() -> None:
    text = "L'Amicale des anciens du 4e hussards et l'Association des anciens élèves du lycée Hoche ont défilé."
    found = [mention(text, "4e hussards", "ORG"), mention(text, "Hoche", "ORG"), mention(text, "Amicale", "LOC")]
    assert spans(french_associations(text, found, "fr")) == [
        ("Amicale des anciens du 4e hussards", "ORG"),
        ("Association des anciens élèves du lycée Hoche", "ORG"),
    ]


def test_a_body_runs_on_to_its_acronym_when_the_letters_vouch_for_it() -> None:
    text = "Le Bureau d'enquêtes sur les accidents de transport terrestre (BEA-TT) a publié son rapport."
    found = [mention(text, "Bureau d'enquêtes", "ORG")]
    assert spans(french_associations(text, found, "fr")) == [
        ("Bureau d'enquêtes sur les accidents de transport terrestre", "ORG")
    ]
    text = "Selon l'Agence nationale de la santé et de la sécurité alimentaire (ANSSA), tout va bien."
    found = [mention(text, "Agence nationale de la santé", "ORG"), mention(text, "ANSSA", "ORG")]
    assert spans(french_associations(text, found, "fr")) == [
        ("Agence nationale de la santé et de la sécurité alimentaire", "ORG"),
        ("ANSSA", "ORG"),
    ]
    # the acronym names only the first body: "et" joins two of them
    text = "L'Agence nationale de la santé et la préfecture (ANS) ont répondu."
    found = [mention(text, "Agence nationale de la santé", "ORG")]
    assert french_associations(text, found, "fr") == found
    # Spanish, with "y"
    text = "El Instituto Nacional de Seguridad y Salud en el Trabajo (INSST) informó."
    found = [mention(text, "Instituto Nacional de Seguridad", "ORG")]
    assert spans(french_associations(text, found, "es")) == [
        ("Instituto Nacional de Seguridad y Salud en el Trabajo", "ORG")
    ]
    # the acronym of the second body
    text = "La Universidad de Sevilla y el Instituto Nacional de Técnica Aeroespacial (INTA) firmaron."
    found = [mention(text, "Universidad de Sevilla", "ORG")]
    assert french_associations(text, found, "es") == found
    # a syllabic acronym vouches for nothing
    text = "El Servicio Nacional de Sanidad y Calidad Agroalimentaria (SENASA) informó."
    found = [mention(text, "Servicio Nacional de Sanidad", "ORG")]
    assert french_associations(text, found, "es") == found
