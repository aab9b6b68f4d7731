"""The sports pages' kinds of name (ner/sport_pages.py): teams in a match, teams before a
role, sponsors, teams in brackets, competitions.

Sentences are written for these tests.
"""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.sport_pages import (
    joined_club_names,
    sponsors,
    sport_pages,
    teams_before_roles,
    teams_in_brackets,
    teams_in_matches,
    without_competitions,
)


def test_countries_on_either_side_of_against_in_a_match_are_the_teams() -> None:
    text = "Beim 3:1 Norwegens gegen Serbien in Oslo traf er zweimal."
    found = [mention(text, "Norwegens", "LOC"), mention(text, "Serbien", "LOC"), mention(text, "Oslo", "LOC")]
    assert spans(teams_in_matches(text, found, "de")) == [("Norwegens", "ORG"), ("Serbien", "ORG"), ("Oslo", "LOC")]
    text = "Tras los partidos de Italia ante Croacia y Gales, el equipo volvió a entrenar."
    found = [mention(text, n, "LOC") for n in ("Italia", "Croacia", "Gales")]
    assert [t for _, t in spans(teams_in_matches(text, found, "es"))] == ["ORG", "ORG", "ORG"]
    text = "Він пропустив поєдинок Польща – Грузія через травму, а тренер команди був незадоволений."
    found = [mention(text, "Польща", "LOC"), mention(text, "Грузія", "LOC")]
    assert [t for _, t in spans(teams_in_matches(text, found, "uk"))] == ["ORG", "ORG"]
    text = "В товарищеском матче против Японии команда забила два гола."
    assert spans(teams_in_matches(text, [mention(text, "Японии", "LOC")], "ru")) == [("Японии", "ORG")]


def test_a_country_outside_a_match_stays_a_place() -> None:
    text = "Die Regierung will gegen Serbien Sanktionen verhängen, sagte der Minister in Berlin."
    found = [mention(text, "Serbien", "LOC"), mention(text, "Berlin", "LOC")]
    assert spans(teams_in_matches(text, found, "de")) == [("Serbien", "LOC"), ("Berlin", "LOC")]
    # a score before a lone name is a tally, not a side
    text = "Das Spiel endete 2:0 in Rom, die Fans feierten den Sieg."
    assert spans(teams_in_matches(text, [mention(text, "Rom", "LOC")], "de")) == [("Rom", "LOC")]


def test_a_name_before_a_teams_role_is_the_team() -> None:
    text = "He finished behind Haas driver Tom Reed, while Sauber team principal Ann Low praised the pit crew."
    found = [
        mention(text, "Haas", "PER"),
        mention(text, "Tom Reed", "PER"),
        mention(text, "Sauber", "PER"),
        mention(text, "Ann Low", "PER"),
    ]
    assert spans(teams_before_roles(text, found, "en")) == [
        ("Haas", "ORG"),
        ("Tom Reed", "PER"),
        ("Sauber", "ORG"),
        ("Ann Low", "PER"),
    ]


def test_a_person_before_a_role_word_stays_a_person_and_a_german_club_genitive_is_added() -> None:
    text = "Lewis Harding driver of the year? The race was won by Harding."
    found = [mention(text, "Lewis Harding", "PER"), mention(text, "Harding", "PER", 1)]
    assert spans(teams_before_roles(text, found, "en")) == [("Lewis Harding", "PER"), ("Harding", "PER")]
    text = "Der VfL Bochum verlor das Spiel 0:2. Bochums Trainer Jan Berg war bedient."
    found = [mention(text, "VfL Bochum", "ORG"), mention(text, "Jan Berg", "PER")]
    assert ("Bochums", "ORG") in spans(teams_before_roles(text, found, "de"))


def test_a_possessor_of_a_person_in_a_race_report_is_the_team() -> None:
    text = "Sixth place in the race went to Alpine's Marta Ruiz after a late pit stop."
    found = [mention(text, "Alpine", "PER"), mention(text, "Marta Ruiz", "PER")]
    assert spans(teams_before_roles(text, found, "en"))[0] == ("Alpine", "ORG")


def test_a_name_after_a_sponsors_word_is_a_firm() -> None:
    text = "Der Verein und sein Hauptsponsor Lidlux verlängern den Vertrag bis 2030."
    assert spans(sponsors(text, [mention(text, "Lidlux", "PER")], "de")) == [("Lidlux", "ORG")]
    text = "Il rinnovo con lo sponsor tecnico Kappa arriva a giugno."
    assert spans(sponsors(text, [mention(text, "Kappa", "LOC")], "it")) == [("Kappa", "ORG")]


def test_a_team_in_brackets_after_a_rider_is_an_organisation() -> None:
    text = "Au sprint, le coureur Jonas Berg (Lotto Dstny) devance le peloton de trois secondes."
    found = [mention(text, "Jonas Berg", "PER")]
    assert spans(teams_in_brackets(text, found, "fr")) == [("Jonas Berg", "PER"), ("Lotto Dstny", "ORG")]
    text = "Au sprint, le coureur Jonas Berg (Lotto Dstny) devance le peloton de trois secondes."
    found = [mention(text, "Jonas Berg", "PER"), mention(text, "Lotto Dstny", "MISC")]
    assert spans(teams_in_brackets(text, found, "fr"))[1] == ("Lotto Dstny", "ORG")
    # outside a sports paragraph a bracket after a person is left alone
    text = "Le député Jean Roux (Renaissance) a déposé un amendement sur le budget."
    assert spans(teams_in_brackets(text, [mention(text, "Jean Roux", "PER")], "fr")) == [("Jean Roux", "PER")]


def test_competitions_are_events_and_a_league_after_its_organiser_joins_it() -> None:
    text = "Nach der Europa League bleibt die Bundesliga, sagte der Trainer."
    found = [mention(text, "Europa League", "ORG"), mention(text, "Bundesliga", "ORG")]
    assert without_competitions(text, found) == []
    text = "La decisione della Lega Serie A arriva oggi."
    found = [mention(text, "Lega", "ORG"), mention(text, "Serie A", "PER")]
    assert spans(without_competitions(text, found)) == [("Lega Serie A", "ORG")]


def test_a_team_found_by_its_role_is_the_team_wherever_the_article_names_it() -> None:
    text = "Haas driver Tom Reed was fourth in the race.\n\nIt was a good day for Haas, said the team."
    found = [mention(text, "Haas", "PER"), mention(text, "Tom Reed", "PER"), mention(text, "Haas", "PER", 1)]
    assert spans(sport_pages(text, found, "en")) == [("Haas", "ORG"), ("Tom Reed", "PER"), ("Haas", "ORG")]


def test_a_clubs_first_word_typed_alone_joins_the_rest_of_its_name() -> None:
    text = "Am Sonntag reist er zum 1. FC Heidenheim, dann zu Olympique Marseille."
    found = [
        mention(text, "1. FC", "ORG"),
        mention(text, "Heidenheim", "LOC"),
        mention(text, "Olympique", "ORG"),
        mention(text, "Marseille", "LOC"),
    ]
    assert spans(joined_club_names(text, found)) == [("1. FC Heidenheim", "ORG"), ("Olympique Marseille", "ORG")]
    text = "Nach dem Spiel in Stadion Rote Erde"
    found = [mention(text, "Stadion", "LOC"), mention(text, "Rote Erde", "ORG")]
    assert spans(joined_club_names(text, found)) == [("Stadion Rote Erde", "LOC")]
