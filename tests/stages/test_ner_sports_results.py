"""Clubs named by their city in a match result, and stadiums (ner/sports_results.py).

Sentences are written for these tests.
"""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.sports_results import with_sports_results


def test_both_teams_of_a_result_are_organisations_and_a_score_leaves_the_name() -> None:
    text = "Toulouse beat Nantes 3-1 on Sunday, and Spain drew with Italy 1-1."
    found = [
        mention(text, "Toulouse", "PER"),
        mention(text, "Nantes 3-1", "MISC"),
        mention(text, "Spain", "LOC"),
        mention(text, "Italy 1-1", "ORG"),
    ]
    assert spans(with_sports_results(text, found, "en")) == [
        ("Toulouse", "ORG"),
        ("Nantes", "ORG"),
        ("Spain", "ORG"),
        ("Italy", "ORG"),
    ]
    text = "La Polonia ha battuto l'Austria 3-1."
    found = [mention(text, "Polonia", "LOC"), mention(text, "Austria", "LOC")]
    assert spans(with_sports_results(text, found, "it")) == [("Polonia", "ORG"), ("Austria", "ORG")]


def test_without_a_score_a_verb_of_winning_names_no_team() -> None:
    text = "Police in Lyon beat Marseille protesters back."
    found = [mention(text, "Lyon", "LOC"), mention(text, "Marseille", "LOC")]
    assert spans(with_sports_results(text, found, "en")) == [("Lyon", "LOC"), ("Marseille", "LOC")]


def test_a_stadium_no_model_found_is_a_place() -> None:
    text = "They played at the Stade Velodrome and at the Estadio Azteca."
    found = [mention(text, "Estadio Azteca", "ORG")]  # what the model found there stays
    assert spans(with_sports_results(text, found, "en")) == [("Stade Velodrome", "LOC"), ("Estadio Azteca", "ORG")]


def test_the_article_vote_leaves_a_club_named_by_its_city() -> None:
    from storywire.stages.ner.consistency import harmonise

    text = "Marseille beat Lyon 2-1. Lyon is cold."
    found = with_sports_results(
        text, [mention(text, "Marseille", "LOC"), mention(text, "Lyon", "LOC"), mention(text, "Lyon", "LOC", 1)], "en"
    )
    assert spans(harmonise(found, {"Lyon": "LOC", "Marseille": "LOC"})) == [
        ("Marseille", "ORG"),
        ("Lyon", "ORG"),
        ("Lyon", "LOC"),
    ]


def test_a_city_typed_org_after_a_place_preposition_is_the_city() -> None:
    text = "Police in Toulouse arrested two men; Toulouse won."
    found = [mention(text, "Toulouse", "ORG"), mention(text, "Toulouse", "ORG", 1)]
    assert spans(with_sports_results(text, found, "en")) == [("Toulouse", "LOC"), ("Toulouse", "ORG")]
