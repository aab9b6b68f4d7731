"""German halls on their streets as places, towns and districts acting as bodies, divisions and
seasons as no names."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_arenas import german_arenas


def test_a_hall_with_its_street_is_one_place() -> None:
    text = "Das Spiel fand in der Eishalle an der Westfalenstraße statt, danach im Stadion am Kanalweg."
    assert spans(german_arenas(text, [], "de")) == [
        ("Eishalle an der Westfalenstraße", "LOC"),
        ("Stadion am Kanalweg", "LOC"),
    ]


def test_a_bare_hall_or_a_hall_by_a_river_is_not_taken() -> None:
    text = "Er wohnt in Halle an der Saale, die Sporthalle am Ufer bleibt zu."
    assert spans(german_arenas(text, [], "de")) == []


def test_a_town_or_district_acting_is_a_body() -> None:
    text = "Der Verein baut mit der Stadt Celle eine Halle, auch der Landkreis Goslar hilft."
    found = [mention(text, "Celle", "LOC"), mention(text, "Goslar", "LOC")]
    assert spans(german_arenas(text, found, "de")) == [("Stadt Celle", "ORG"), ("Landkreis Goslar", "ORG")]


def test_a_town_after_a_preposition_of_place_stays_a_place() -> None:
    text = "Die Halle steht im Landkreis Goslar, in der Stadt Celle wird gefeiert."
    found = [mention(text, "Goslar", "LOC"), mention(text, "Celle", "LOC")]
    assert spans(german_arenas(text, found, "de")) == [("Goslar", "LOC"), ("Celle", "LOC")]


def test_divisions_seasons_and_common_hall_nouns_are_dropped() -> None:
    text = "Der TSV Havelse stieg in die Regionalliga Nord auf, für die Saison 2026/27 fehlt eine Halle."
    found = [
        mention(text, "TSV Havelse", "ORG"),
        mention(text, "Regionalliga Nord", "ORG"),
        mention(text, "Saison 2026/27", "LOC"),
        mention(text, "Halle", "ORG"),
    ]
    assert spans(german_arenas(text, found, "de")) == [("TSV Havelse", "ORG")]


def test_a_league_as_a_body_stays() -> None:
    text = "Die Handball-Bundesliga entscheidet, der Klub spielt in Halle."
    found = [mention(text, "Handball-Bundesliga", "ORG"), mention(text, "Halle", "LOC")]
    assert spans(german_arenas(text, found, "de")) == [("Handball-Bundesliga", "ORG"), ("Halle", "LOC")]


def test_a_town_described_or_as_an_area_stays_a_place() -> None:
    text = "In der bayerischen Stadt Celle und im Gebiet der Stadt Goslar wird gebaut."
    found = [mention(text, "Celle", "LOC"), mention(text, "Goslar", "LOC")]
    assert spans(german_arenas(text, found, "de")) == [("Celle", "LOC"), ("Goslar", "LOC")]


def test_a_market_town_after_its_article_is_a_body_opening_a_sentence_the_town() -> None:
    text = "Der Markt Bad Kohlgrub zahlt 20.000 Euro. Markt Schwaben liegt östlich."
    found = [mention(text, "Bad Kohlgrub", "LOC"), mention(text, "Schwaben", "LOC")]
    assert spans(german_arenas(text, found, "de")) == [("Markt Bad Kohlgrub", "ORG"), ("Schwaben", "LOC")]


def test_a_land_that_acts_is_a_body_a_land_as_a_place_not() -> None:
    text = "Er verhandelt mit dem Land Sachsen-Anhalt. Im Land Bayern regnet es. Das Land Afrika nicht."
    found = [mention(text, "Sachsen-Anhalt", "LOC"), mention(text, "Bayern", "LOC")]
    assert spans(german_arenas(text, found, "de")) == [("Land Sachsen-Anhalt", "ORG"), ("Bayern", "LOC")]


def test_a_hall_for_work_or_trade_is_no_venue_with_its_street() -> None:
    text = "Die Ware lagert in der Lagerhalle an der Kanalstraße, versteigert wird in der Auktionshalle am Kai."
    assert spans(german_arenas(text, [], "de")) == []
    text = "Gespielt wird in der Ballsporthalle an der Ringstraße."
    assert spans(german_arenas(text, [], "de")) == [("Ballsporthalle an der Ringstraße", "LOC")]


def test_a_market_town_after_its_accusative_article_is_a_body() -> None:
    text = "Für den Markt Bad Lindau geht es um viel. In den Markt Kirchdorf zogen 200 Menschen."
    found = [mention(text, "Bad Lindau", "LOC"), mention(text, "Kirchdorf", "LOC")]
    assert spans(german_arenas(text, found, "de")) == [("Markt Bad Lindau", "ORG"), ("Kirchdorf", "LOC")]
