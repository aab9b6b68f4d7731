"""Football clubs by name over whole articles (ner/clubs.py, identity/clubs.py).
Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.identity.clubs import club_forms
from storywire.stages.ner.clubs import MODEL, with_clubs
from storywire.stages.ner.consistency import harmonise


def test_a_club_named_by_no_place_is_found_and_typed_anywhere() -> None:
    text = "Juventus and Feyenoord signed a deal on Tuesday."
    found = with_clubs(text, [mention(text, "Feyenoord", "LOC")], "en")
    assert spans(found) == [("Juventus", "ORG"), ("Feyenoord", "ORG")]
    assert all(m.model == MODEL for m in found)


def test_a_club_named_like_a_place_only_in_a_sports_paragraph() -> None:
    text = "Mario è nato a Napoli e lavora a Torino.\nIl Napoli ha perso, Torino resta in testa: gol di Rossi al 90'."
    found = [mention(text, "Napoli", "LOC"), mention(text, "Torino", "LOC"), mention(text, "Napoli", "LOC", nth=1)]
    found.append(mention(text, "Torino", "LOC", nth=1))
    assert spans(with_clubs(text, found, "it")) == [
        ("Napoli", "LOC"),  # no sport in the first paragraph
        ("Torino", "LOC"),
        ("Napoli", "ORG"),
        ("Torino", "ORG"),
    ]


def test_a_city_after_a_preposition_of_place_stays_the_city() -> None:
    text = "Bayern gewinnt in Dortmund\nDas Spiel endete 2:1 für die Gäste."
    found = [mention(text, "Bayern", "LOC"), mention(text, "Dortmund", "LOC")]
    assert spans(with_clubs(text, found, "de")) == [("Bayern", "ORG"), ("Dortmund", "LOC")]


def test_a_headline_borrows_the_sport_of_its_report_but_a_paragraph_not_of_the_next() -> None:
    text = "Flooding in the Valencia region killed 200 people.\nLiverpool beat Everton 2-0 on Sunday."
    found = [mention(text, "Valencia", "LOC"), mention(text, "Liverpool", "LOC")]
    assert spans(with_clubs(text, found, "en")) == [("Valencia", "LOC"), ("Liverpool", "ORG"), ("Everton", "ORG")]


def test_declined_polish_and_cyrillic_forms() -> None:
    text = "Piłkarze Lecha Poznań pokonali drużynę Legii Warszawa Artur Nowak strzelił gola."
    found = [mention(text, "Piłkarze Lecha Poznań", "LOC"), mention(text, "Legii Warszawa Artur Nowak", "ORG")]
    assert spans(with_clubs(text, found, "pl")) == [
        ("Lecha Poznań", "ORG"),  # a sentence's first word alone before the club is no name
        ("Legii Warszawa", "ORG"),
        ("Artur Nowak", "PER"),
    ]
    plain, _ = club_forms("uk")
    assert plain["Шахтаря"] == "Шахтар"
    text = "Тренер «Зенита» доволен игрой."
    assert spans(with_clubs(text, [], "ru")) == [("Зенита", "ORG")]


def test_a_sentence_opening_place_name_is_added_only_before_a_role() -> None:
    text = "Arsenal beat Villa 3-1.\nVilla coach Dean Smith left. Villa opened the season."
    assert [m.text for m in with_clubs(text, [], "en")] == ["Arsenal", "Villa", "Villa"]


def test_the_article_vote_leaves_clubs_alone() -> None:
    text = "Sono a Napoli.\nIl Napoli ha vinto 2-0."
    found = with_clubs(text, [mention(text, "Napoli", "LOC"), mention(text, "Napoli", "LOC", nth=1)], "it")
    assert spans(harmonise(found, {"Napoli": "LOC"})) == [("Napoli", "LOC"), ("Napoli", "ORG")]


def test_no_clubs_in_other_scripts_here() -> None:
    assert with_clubs("الأهلي", [], "ar") == []


def test_clubs_by_the_shape_of_their_names_in_a_sports_paragraph() -> None:
    text = "Dorking Wanderers beat Chesterfield City 3-1; the striker scored twice.\n\nKansas City voted."
    assert spans(with_clubs(text, [], "en")) == [("Dorking Wanderers", "ORG"), ("Chesterfield City", "ORG")]
    text = "Le FC Lorient a battu Laval FC 2 à 0 vendredi soir au stade du Moustoir."
    found = [mention(text, "Laval FC 2", "MISC")]
    assert ("Laval FC", "ORG") in spans(with_clubs(text, found, "fr"))
    assert with_clubs("The City of London Corporation met.", [], "en") == []
