"""German valleys and streams after an article, halls with their town, services with their region."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_places import halls_and_services, rivers_and_market_squares, valleys_and_streams


def test_a_rare_valley_or_stream_after_an_article_is_a_place() -> None:
    text = "Das Wasser kam aus dem Lindenbach Sand und Kies, im Lötschental und des Lötschentals Hänge."
    found = [mention(text, "Lindenbach Sand", "LOC")]
    assert spans(valleys_and_streams(text, found, "de")) == [
        ("Lindenbach", "LOC"),
        ("Lötschental", "LOC"),
        ("Lötschentals", "LOC"),
    ]


def test_a_common_word_or_a_surname_is_no_valley() -> None:
    text = "Im Quartal stieg der Umsatz, sagte Anna Fischbach vor dem Westportal und im Kantonsspital."
    found = [mention(text, "Anna Fischbach", "PER")]
    assert spans(valleys_and_streams(text, found, "de")) == [("Anna Fischbach", "PER")]
    assert valleys_and_streams("aus dem Lindenbach", [], "en") == []


def test_a_hall_and_its_town_are_one_place_a_service_and_its_region_one_body() -> None:
    text = "Treffpunkt ist die Turnhalle Grindelwald; der Zivilschutz Emmental und die Polizei Deutschland halfen."
    found = [mention(text, "Grindelwald", "LOC"), mention(text, "Emmental", "LOC"), mention(text, "Deutschland", "LOC")]
    assert spans(halls_and_services(text, found, "de")) == [
        ("Turnhalle Grindelwald", "LOC"),
        ("Zivilschutz Emmental", "ORG"),
        ("Deutschland", "LOC"),  # a country never joins
    ]


def test_a_place_after_an_ordinary_noun_stays_alone() -> None:
    text = "Die Bewohner von Grindelwald warten."
    found = [mention(text, "Grindelwald", "LOC")]
    assert spans(halls_and_services(text, found, "de")) == [("Grindelwald", "LOC")]


def test_a_reception_centre_with_its_town_is_one_place() -> None:
    text = "Er lebt im Ankerzentrum Bamberg, nicht im Zentrum Bamberg."
    found = [mention(text, "Bamberg", "LOC"), mention(text, "Bamberg", "LOC", 1)]
    assert spans(halls_and_services(text, found, "de")) == [("Ankerzentrum Bamberg", "LOC"), ("Bamberg", "LOC")]


def test_a_rare_mountain_after_an_article_is_a_place_a_vineyard_or_a_surname_is_not() -> None:
    text = "Vom Kahlenberg aus sah man die Stadt; vom Weinberg kam Rolf Grünberg, vom Ochsenberg niemand."
    found = [mention(text, "Rolf Grünberg", "PER")]
    assert spans(valleys_and_streams(text, found, "de")) == [
        ("Kahlenberg", "LOC"),
        ("Rolf Grünberg", "PER"),
        ("Ochsenberg", "LOC"),
    ]


def test_a_listed_river_after_its_preposition_and_a_market_square_are_places() -> None:
    text = "Die Stadt an der Lahn feierte auf dem Heumarkt, am Main und auf dem Kornmarkt."
    found = [mention(text, "Main", "LOC")]
    assert spans(rivers_and_market_squares(text, found, "de")) == [
        ("Lahn", "LOC"),
        ("Heumarkt", "LOC"),
        ("Main", "LOC"),
        ("Kornmarkt", "LOC"),
    ]


def test_a_river_right_after_its_town_joins_the_towns_name() -> None:
    text = "Er wohnt in Mülheim an der Ruhr, nicht an der Ruhr."
    found = [mention(text, "Mülheim", "LOC")]
    assert spans(rivers_and_market_squares(text, found, "de")) == [("Mülheim an der Ruhr", "LOC"), ("Ruhr", "LOC")]


def test_a_common_word_or_an_economic_market_is_no_place() -> None:
    text = "Er kam der Nahe Osten nahe, lag an der Leine und sprach auf dem Arbeitsmarkt und dem Holzmarkt."
    assert spans(rivers_and_market_squares(text, [], "de")) == []


def test_a_franconian_river_after_its_preposition_is_a_place() -> None:
    text = "Die Mühle steht an der Pegnitz; wer an der Wand lehnt, steht an keinem Fluss."
    assert spans(rivers_and_market_squares(text, [], "de")) == [("Pegnitz", "LOC")]


def test_a_river_tagged_alone_after_its_town_joins_the_towns_name() -> None:
    text = "Sie pendeln aus Weißenfels an der Saale; das Hochwasser an der Elbe steigt."
    found = [
        mention(text, "Weißenfels", "LOC"),
        mention(text, "Saale", "LOC"),
        mention(text, "Hochwasser", "LOC"),
        mention(text, "Elbe", "LOC"),
    ]
    assert spans(rivers_and_market_squares(text, found, "de")) == [
        ("Weißenfels an der Saale", "LOC"),
        ("Hochwasser", "LOC"),
        ("Elbe", "LOC"),
    ]


def test_a_stream_named_by_its_ach_shape_after_its_article_is_a_place() -> None:
    text = "Das Lokal an der Wiesach hat zu. Der Biergarten an der Lauterach auch. Er ist schwach."
    assert spans(rivers_and_market_squares(text, [], "de")) == [("Wiesach", "LOC"), ("Lauterach", "LOC")]


def test_a_listed_river_after_an_die_is_a_place() -> None:
    text = "Viele Familien weichen an die Rems aus, andere an die Murr."
    assert spans(rivers_and_market_squares(text, [], "de")) == [("Rems", "LOC"), ("Murr", "LOC")]


def test_a_compass_coast_alone_is_a_place_but_not_before_its_land() -> None:
    text = "An der Ostküste fehlen Lotsen. Die Ostküste der USA und die Westküste Schwedens nicht."
    assert spans(valleys_and_streams(text, [], "de")) == [("Ostküste", "LOC")]


def test_a_lone_body_after_a_place_preposition_is_the_place_the_article_names() -> None:
    from storywire.stages.ner.german_places import bodies_that_are_places

    text = "Streit vor Pellworm. Die Fähre nach Pellworm fällt aus. Sieg für Mainz, Tore in Mainz und gegen Mainz."
    found = [
        mention(text, "Pellworm", "ORG"),
        mention(text, "Pellworm", "LOC", 1),
        mention(text, "Mainz", "ORG"),
        mention(text, "Mainz", "LOC", 1),
        mention(text, "Mainz", "ORG", 2),
    ]
    assert spans(bodies_that_are_places(text, found, "de")) == [
        ("Pellworm", "LOC"),
        ("Pellworm", "LOC"),
        ("Mainz", "ORG"),
        ("Mainz", "LOC"),
        ("Mainz", "ORG"),
    ]


def test_a_market_square_named_by_its_position_is_a_place_but_not_a_stock_segment() -> None:
    text = "Sie treffen sich auf dem Unteren Markt, nicht am Neuen Markt der Börse; der Markt wächst."
    assert spans(rivers_and_market_squares(text, [], "de")) == [("Unteren Markt", "LOC")]


def test_a_valley_after_an_adjective_of_extent_is_a_place() -> None:
    text = "Jobs im ganzen Lechtal hängen daran, nicht am ganzen Kapital."
    assert spans(valleys_and_streams(text, [], "de")) == [("Lechtal", "LOC")]
