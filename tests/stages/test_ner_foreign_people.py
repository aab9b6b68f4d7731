"""People no model found, by a given name of a Latin-script locale (ner/foreign_people.py).

Sentences are written for these tests.
"""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.foreign_people import people_by_given_names


def test_a_foreign_given_name_and_a_surname_untagged_is_a_person() -> None:
    text = "Derrière lui, le Slovaque Matúš Hrubý a cédé une minute, devant Pieter De Smedt."
    assert spans(people_by_given_names(text, [], "fr")) == [("Matúš Hrubý", "PER"), ("Pieter De Smedt", "PER")]


def test_a_misc_inside_the_pair_gives_way_and_other_mentions_block_it() -> None:
    text = "Il secondo posto è andato a Jørgen Dahl, davanti alla Juventus."
    found = [mention(text, "Dahl", "MISC"), mention(text, "Juventus", "ORG")]
    assert spans(people_by_given_names(text, found, "it")) == [("Jørgen Dahl", "PER"), ("Juventus", "ORG")]
    found = [mention(text, "Jørgen Dahl", "ORG")]
    assert spans(people_by_given_names(text, found, "it")) == [("Jørgen Dahl", "ORG")]


def test_longer_names_common_words_and_places_are_no_people() -> None:
    text = "Au Stade Pierre Mauroy, Paris Saint-Germain a gagné. Will Power Plants sera fermé."
    found = [mention(text, "Paris Saint-Germain", "ORG")]
    assert spans(people_by_given_names(text, found, "fr")) == [("Paris Saint-Germain", "ORG")]
    assert people_by_given_names("Au Stade Pierre Mauroy, il pleuvait.", [], "fr") == []
    assert people_by_given_names("Will Power Plants close?", [], "en") == []
    assert people_by_given_names("Il a vu Matúš Hrubý.", [], "ru") == []  # Latin-script languages only


def test_a_given_name_pair_alone_in_quotes_is_no_person() -> None:
    text = 'Il traghetto "Stella di Capraia" è partito, ha detto Stella Brambati.'
    assert spans(people_by_given_names(text, [], "it")) == [("Stella Brambati", "PER")]


def test_a_german_role_compound_before_the_name_is_no_longer_name() -> None:
    text = "Die Stadt schweigt, sagte Rathaussprecher Jonas Albers am Abend der Presse."
    assert spans(people_by_given_names(text, [], "de")) == [("Jonas Albers", "PER")]


def test_a_capitalised_noun_that_is_no_role_still_blocks_the_pair() -> None:
    text = "Der Preis geht an Museum Jonas Albers in Kiel, sagte man."
    assert spans(people_by_given_names(text, [], "de")) == []


def test_a_name_after_a_role_and_its_bodys_acronym_is_a_person_after_a_longer_name_it_is_not() -> None:
    text = "Rzecznik PKP Marta Kowalczyk-Nowak to potwierdziła. Wjechali do Parku Magdalena Sobota."
    found = [mention(text, "PKP", "ORG")]
    assert spans(people_by_given_names(text, found, "pl")) == [("PKP", "ORG"), ("Marta Kowalczyk-Nowak", "PER")]
