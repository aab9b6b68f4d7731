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


def test_clubs_of_more_leagues_by_name_anywhere_and_by_city_in_sport() -> None:
    text = "Galatasaray and Trabzonspor signed a deal with a bank.\nThe floods reached Villarreal and Getafe."
    assert [m.text for m in with_clubs(text, [], "en")] == ["Galatasaray", "Trabzonspor"]
    text = "On Sunday Villarreal beat Getafe 2-0 at the stadium; Union Berlin drew with Heidenheim."
    assert [m.text for m in with_clubs(text, [], "en")] == ["Villarreal", "Getafe", "Union Berlin", "Heidenheim"]
    text = "Der Zenit seiner Macht war überschritten. So schrieb er.\nDie Eintracht gewann mit 3:1 gegen Gladbach."
    assert [m.text for m in with_clubs(text, [], "de")] == ["Eintracht", "Gladbach"]


def test_declined_forms_of_more_clubs() -> None:
    text = "Trener Feyenoordu pochwalił zespół po meczu z Ajaksem."
    assert spans(with_clubs(text, [mention(text, "Feyenoordu", "PER")], "pl")) == [
        ("Feyenoordu", "ORG"),
        ("Ajaksem", "ORG"),
    ]
    text = "Piłkarze Korony Kielce przegrali mecz z Piastem Gliwice."
    found = with_clubs(text, [mention(text, "Piłkarze Korony Kielce", "LOC")], "pl")
    assert spans(found) == [("Korony Kielce", "ORG"), ("Piastem Gliwice", "ORG")]
    text = "Полузащитник «Крыльев Советов» забил гол в матче с «Локомотивом» и «Барселоной»."
    found = with_clubs(text, [mention(text, "Барселоной", "LOC")], "ru")
    assert spans(found) == [("Крыльев Советов", "ORG"), ("Локомотивом", "ORG"), ("Барселоной", "ORG")]
    text = "Туристи відпочивали в Карпатах.\nТренер «Карпат» задоволений грою в матчі з «Чорноморцем»."
    found = with_clubs(text, [mention(text, "Карпатах", "LOC"), mention(text, "Карпат", "LOC", nth=1)], "uk")
    assert spans(found) == [("Карпатах", "LOC"), ("Карпат", "ORG"), ("Чорноморцем", "ORG")]


def test_a_listed_body_holding_a_clubs_name_stays_whole() -> None:
    from storywire.stages.ner.clubs import with_clubs

    text = "Interrogé sur France Inter, le ministre a parlé. L'Inter a battu la Juventus en Serie A."
    found = [mention(text, "France Inter", "ORG")]
    assert ("France Inter", "ORG") in spans(with_clubs(text, found, "fr"))
