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


def test_an_association_named_by_a_motto_is_one_body() -> None:
    text = "Le recours de l'association Vivre à Plouha, puis le collectif Sauvons la vallée du Léguer."
    found = [mention(text, "Vivre", "ORG"), mention(text, "Plouha", "LOC"), mention(text, "Léguer", "LOC")]
    assert spans(french_associations(text, found, "fr")) == [
        ("Vivre à Plouha", "ORG"),
        ("Sauvons la vallée du Léguer", "ORG"),
    ]
    text = "L'association Cœur de Ville a voté."  # no motto: left to the models
    found = [mention(text, "Cœur de Ville", "ORG")]
    assert french_associations(text, found, "fr") == found


def test_a_national_federation_keeps_its_remit() -> None:
    text = "La Fédération française de crémation salue le projet ; la Fédération nationale a voté."
    found = [mention(text, "Fédération française", "ORG"), mention(text, "Fédération nationale", "ORG")]
    assert spans(french_associations(text, found, "fr")) == [
        ("Fédération française de crémation", "ORG"),
        ("Fédération nationale", "ORG"),
    ]


def test_a_traders_association_named_by_its_hall_or_quarter_is_whole() -> None:
    text = (
        "Selon l'Union des commerçants du quartier Saint-Jacques et l'Association des riverains de la halle "
        "Gustave-Eiffel, la foire aura lieu."
    )
    found = [
        mention(text, "Union des commerçants du quartier", "ORG"),
        mention(text, "Saint-Jacques", "LOC"),
        mention(text, "Association des riverains de la halle", "ORG"),
        mention(text, "Gustave-Eiffel", "PER"),
    ]
    assert spans(french_associations(text, found, "fr")) == [
        ("Union des commerçants du quartier Saint-Jacques", "ORG"),
        ("Association des riverains de la halle Gustave-Eiffel", "ORG"),
    ]


def test_a_band_named_in_the_plural_with_its_home_is_a_body_and_so_is_its_short_name() -> None:
    text = (
        "Marc Roux, à la tête des Lurons de la Combe, regrette. Le soir, les Lurons défilent."
        " Chez les Thomas de Nantes."
    )
    found = [
        mention(text, "Marc Roux", "PER"),
        mention(text, "Lurons de la Combe", "PER"),
        mention(text, "Lurons", "MISC", nth=1),
        mention(text, "Thomas de Nantes", "PER"),
    ]
    assert spans(french_associations(text, found, "fr")) == [
        ("Marc Roux", "PER"),
        ("Lurons de la Combe", "ORG"),
        ("Lurons", "ORG"),
        ("Thomas de Nantes", "PER"),
    ]


def test_a_club_named_by_its_pursuit_keeps_its_home() -> None:
    text = (
        "Le Club d'astronomie des Monts du Forez et le Cercle de généalogie de Cholet exposent ; "
        "la Société a aidé Nantes."
    )
    found = [
        mention(text, "Club d'astronomie", "ORG"),
        mention(text, "Monts du Forez", "LOC"),
        mention(text, "Cercle de généalogie", "ORG"),
        mention(text, "Cholet", "LOC"),
        mention(text, "Nantes", "LOC"),
    ]
    assert spans(french_associations(text, found, "fr")) == [
        ("Club d'astronomie des Monts du Forez", "ORG"),
        ("Cercle de généalogie de Cholet", "ORG"),
        ("Nantes", "LOC"),
    ]
    text = "Le Club des Cigognes de Colmar a gagné."  # a capitalised club name: its town is left to the models
    found = [mention(text, "Club des Cigognes", "ORG"), mention(text, "Colmar", "LOC")]
    assert french_associations(text, found, "fr") == found


def test_a_quoted_name_after_a_collective_is_the_body_without_its_quotes() -> None:
    text = "Le collectif de riverains « Loire sans bruit » manifeste samedi."
    found = [mention(text, "Loire", "LOC")]
    assert spans(french_associations(text, found, "fr")) == [("Loire sans bruit", "ORG")]


def test_a_quote_after_a_collectives_verb_is_no_name() -> None:
    text = "Le collectif a dénoncé « Une honte pour la Loire » samedi."
    found = [mention(text, "Loire", "LOC")]
    assert spans(french_associations(text, found, "fr")) == [("Loire", "LOC")]
