"""German forestry offices, shelters, sewage works, branches, castles and paying states; bare
kind nouns and animals' names as no names."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_nature import german_nature


def test_a_forestry_office_or_shelter_with_its_town_is_one_body() -> None:
    text = "Das Holz kam vom Forstbetrieb Kelheim, die Katzen bringt das Tierheim Rosenau unter."
    assert spans(german_nature(text, [mention(text, "Kelheim", "LOC")], "de")) == [
        ("Forstbetrieb Kelheim", "ORG"),
        ("Tierheim Rosenau", "ORG"),
    ]


def test_a_sewage_works_with_its_name_is_one_place() -> None:
    text = "Im Klärwerk Gut Marienthal fiel eine Pumpe aus."
    assert spans(german_nature(text, [], "de")) == [("Klärwerk Gut Marienthal", "LOC")]


def test_a_branch_and_its_parent_are_two_bodies() -> None:
    text = "Kritik kam von der Kreisgruppe Kelheim des Landesbundes für Vogelschutz."
    found = [mention(text, "Kreisgruppe Kelheim des Landesbundes für Vogelschutz", "ORG")]
    assert spans(german_nature(text, found, "de")) == [
        ("Kreisgruppe Kelheim", "ORG"),
        ("Landesbundes für Vogelschutz", "ORG"),
    ]


def test_a_cathedral_or_castle_is_a_place_and_the_paying_state_a_body() -> None:
    text = "Neben dem Dom St. Kilian und der Veste Coburg zahlt der Freistaat Sachsen die Hälfte."
    found = [
        mention(text, "Dom St. Kilian", "ORG"),
        mention(text, "Veste Coburg", "ORG"),
        mention(text, "Freistaat Sachsen", "LOC"),
    ]
    assert spans(german_nature(text, found, "de")) == [
        ("Dom St. Kilian", "LOC"),
        ("Veste Coburg", "LOC"),
        ("Freistaat Sachsen", "ORG"),
    ]


def test_the_state_where_something_happens_stays_a_place() -> None:
    text = "Im Freistaat Sachsen regnete es."
    found = [mention(text, "Freistaat Sachsen", "LOC")]
    assert spans(german_nature(text, found, "de")) == [("Freistaat Sachsen", "LOC")]


def test_bare_kind_nouns_and_animal_names_are_no_names() -> None:
    text = "Der Tierpark zeigt die Bären Nora und Balu, im Staatswald leben Luchsen. Dorothee Bär kam."
    found = [
        mention(text, "Tierpark", "LOC"),
        mention(text, "Bären Nora", "PER"),
        mention(text, "Balu", "LOC"),
        mention(text, "Staatswald", "ORG"),
        mention(text, "Luchsen", "LOC"),
        mention(text, "Dorothee Bär", "PER"),
    ]
    assert spans(german_nature(text, found, "de")) == [("Dorothee Bär", "PER")]


def test_other_languages_are_left_alone() -> None:
    text = "Forstbetrieb Kelheim"
    assert german_nature(text, [], "en") == []


def test_the_land_that_acts_is_a_body_with_land_the_land_as_a_place_is_not() -> None:
    text = "Das Land Niedersachsen hat drei Millionen Euro bewilligt. Im Land Bayern regnet es."
    found = [mention(text, "Niedersachsen", "LOC"), mention(text, "Bayern", "LOC")]
    assert spans(german_nature(text, found, "de")) == [("Land Niedersachsen", "ORG"), ("Bayern", "LOC")]


def test_a_branch_the_tagger_left_out_before_its_parent_is_a_body() -> None:
    text = "Taucher der Ortsgruppe Reutlingen der Wasserwacht suchten den See ab."
    found = [mention(text, "Reutlingen", "LOC"), mention(text, "Wasserwacht", "ORG")]
    assert spans(german_nature(text, found, "de")) == [("Ortsgruppe Reutlingen", "ORG"), ("Wasserwacht", "ORG")]


def test_the_land_paying_in_reported_speech_is_a_body_a_place_is_not() -> None:
    text = "Das Land Sachsen fördere den Umbau, hieß es. In Sachsen schlossen Bäckereien."
    found = [mention(text, "Sachsen", "LOC"), mention(text, "Sachsen", "LOC", nth=1)]
    assert spans(german_nature(text, found, "de")) == [("Land Sachsen", "ORG"), ("Sachsen", "LOC")]


def test_a_branch_after_its_parents_possessive_is_a_body() -> None:
    text = "Der Verband klagt. Dessen Kreisgruppe Rosenheim-Land warnt; seine Kreisgruppe selbst schweigt."
    assert spans(german_nature(text, [], "de")) == [("Kreisgruppe Rosenheim-Land", "ORG")]


def test_a_federation_keeps_its_state_a_firm_does_not() -> None:
    text = "Der Landesbund Vogelschutz in Bayern und die Firma Krone in Bayern klagen."
    found = [
        mention(text, "Landesbund Vogelschutz", "ORG"),
        mention(text, "Bayern", "LOC"),
        mention(text, "Firma Krone", "ORG"),
        mention(text, "Bayern", "LOC", 1),
    ]
    assert spans(german_nature(text, found, "de")) == [
        ("Landesbund Vogelschutz in Bayern", "ORG"),
        ("Firma Krone", "ORG"),
        ("Bayern", "LOC"),
    ]


def test_a_mountain_forest_is_no_name() -> None:
    text = "Für die Piste wird Bergwald gerodet."
    assert spans(german_nature(text, [mention(text, "Bergwald", "LOC")], "de")) == []
