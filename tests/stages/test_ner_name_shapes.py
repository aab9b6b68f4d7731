"""Names whose shape says what they are (ner/name_shapes.py); sentences written for these tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.name_shapes import initials_with_stops, places_by_shape, regions_as_bodies


def test_english_counties_and_places_opening_with_a_landscape_word() -> None:
    text = "Floods hit Fort Augustus and South Gloucestershire; Wiltshire police helped."
    found = [mention(text, "Fort Augustus", "PER"), mention(text, "Gloucestershire", "ORG")]
    assert spans(places_by_shape(text, found, "en")) == [
        ("Fort Augustus", "LOC"),
        ("South Gloucestershire", "LOC"),
        ("Wiltshire", "LOC"),
    ]


def test_a_german_station_and_a_polish_town_half_are_places() -> None:
    text = "Der Zug stand in Köln Hauptbahnhof."
    assert spans(places_by_shape(text, [mention(text, "Köln Hauptbahnhof", "ORG")], "de")) == [
        ("Köln Hauptbahnhof", "LOC")
    ]
    text = "Autobus jechał przez Wolę Górną."
    assert spans(places_by_shape(text, [mention(text, "Wolę Górną", "PER")], "pl")) == [("Wolę Górną", "LOC")]
    text = "Minister Anna Mała mówiła."  # a surname alone is no town's half
    assert spans(places_by_shape(text, [mention(text, "Anna", "PER")], "pl")) == [("Anna", "PER")]


def test_a_regions_government_is_a_body() -> None:
    text = "Il presidente della Regione Umbria e la Région Grand Est."
    found = [mention(text, "Umbria", "LOC"), mention(text, "Région Grand Est", "LOC")]
    assert spans(regions_as_bodies(text, found)) == [("Regione Umbria", "ORG"), ("Région Grand Est", "ORG")]
    text = "In der Region Hannover regnet es."  # untagged: nothing to join
    assert regions_as_bodies(text, []) == []


def test_a_surnames_initial_keeps_its_full_stop() -> None:
    text = "Zatrzymano Tomasza K. i Annę Nowak."
    found = [mention(text, "Tomasza K", "PER"), mention(text, "Annę Nowak", "PER")]
    assert spans(initials_with_stops(text, found)) == [("Tomasza K.", "PER"), ("Annę Nowak", "PER")]
    text = "Визит Ван И. Затем Иван К. уехал."  # "И" is Wang Yi's given name, not an initial
    found = [mention(text, "Ван И", "PER"), mention(text, "Иван К", "PER")]
    assert spans(initials_with_stops(text, found)) == [("Ван И", "PER"), ("Иван К.", "PER")]


def test_the_republic_of_an_office_is_no_place() -> None:
    from storywire.stages.ner.name_shapes import without_offices_republic

    text = "Le procureur de la République de Lille et la République tchèque."
    found = [
        mention(text, "République", "LOC"),
        mention(text, "Lille", "LOC"),
        mention(text, "République tchèque", "LOC"),
    ]
    assert spans(without_offices_republic(text, found)) == [("Lille", "LOC"), ("République tchèque", "LOC")]


def test_an_epithet_is_no_town_half() -> None:
    text = "Za czasów Kazimierza Wielkiego."
    assert spans(places_by_shape(text, [mention(text, "Kazimierza Wielkiego", "PER")], "pl")) == [
        ("Kazimierza Wielkiego", "PER")
    ]


def test_english_streets_police_forces_and_the_channel() -> None:
    text = "Officers of Devon and Cornwall Police searched a shop on Abbey Road after a crossing of the Channel."
    found = [
        mention(text, "Devon and Cornwall Police", "PER"),
        mention(text, "Abbey Road", "PER"),
        mention(text, "Channel", "ORG"),
    ]
    assert spans(places_by_shape(text, found, "en")) == [
        ("Devon and Cornwall Police", "ORG"),
        ("Abbey Road", "LOC"),
        ("Channel", "LOC"),
    ]


def test_a_channel_with_its_name_stays_a_body() -> None:
    text = "He told History Channel and Channel 4 viewers."
    found = [mention(text, "History Channel", "ORG")]
    assert spans(places_by_shape(text, found, "en")) == [("History Channel", "ORG")]


def test_a_german_region_with_its_compass_prefix_is_a_place() -> None:
    text = "In Nordhessen und Oberbayern streikten Pflegekräfte; die Nordhessen Holding AG schwieg. Oberhaupt."
    found = [mention(text, "Oberbayern", "PER"), mention(text, "Nordhessen Holding AG", "ORG")]
    assert spans(places_by_shape(text, found, "de")) == [
        ("Nordhessen", "LOC"),
        ("Oberbayern", "LOC"),
        ("Nordhessen Holding AG", "ORG"),
    ]


def test_a_national_park_is_a_place() -> None:
    text = "Patrullas en el Parque Nacional de Doñana y el Yellowstone National Park."
    found = [mention(text, "Parque Nacional de Doñana", "ORG"), mention(text, "Yellowstone National Park", "PER")]
    assert spans(places_by_shape(text, found, "es")) == [
        ("Parque Nacional de Doñana", "LOC"),
        ("Yellowstone National Park", "LOC"),
    ]


def test_a_point_and_a_suburbs_community_hall_are_places() -> None:
    text = "People in Point Chevalier met at the Ponsonby Community Hall."
    found = [mention(text, "Point Chevalier", "PER"), mention(text, "Ponsonby Community Hall", "ORG")]
    assert spans(places_by_shape(text, found, "en")) == [
        ("Point Chevalier", "LOC"),
        ("Ponsonby Community Hall", "LOC"),
    ]


def test_a_national_park_that_gives_a_view_is_a_body() -> None:
    text = "Le Parc national des Cévennes a rendu un avis ; selon le Parc naturel du Vercors, rien ne presse."
    found = [mention(text, "Parc national des Cévennes", "LOC"), mention(text, "Parc naturel du Vercors", "LOC")]
    assert spans(places_by_shape(text, found, "fr")) == [
        ("Parc national des Cévennes", "ORG"),
        ("Parc naturel du Vercors", "ORG"),
    ]
    text = "We walked in the Brecon Beacons National Park all day."
    found = [mention(text, "Brecon Beacons National Park", "ORG")]
    assert spans(places_by_shape(text, found, "en")) == [("Brecon Beacons National Park", "LOC")]
