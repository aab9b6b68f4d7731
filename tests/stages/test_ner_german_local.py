"""German local news: shops and trades with their owner, municipalities, archives, federations,
banks named by their region, districts, landscapes, regional newspapers, streets named after a
region, rivers after "Dorf an der", and what only looks like a name."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_local import german_local


def test_a_shop_with_its_capitalised_kind_word_is_one_firm() -> None:
    text = "Brot gibt es in der Metzgerei Kampmann und bei der Elektro Wiebelhaus GmbH in Olpe."
    found = [mention(text, "Kampmann", "PER"), mention(text, "Wiebelhaus GmbH", "ORG"), mention(text, "Olpe", "LOC")]
    assert spans(german_local(text, found, "de")) == [
        ("Metzgerei Kampmann", "ORG"),
        ("Elektro Wiebelhaus GmbH", "ORG"),
        ("Olpe", "LOC"),
    ]


def test_a_shop_word_before_a_common_word_takes_nothing() -> None:
    text = "Die Bäckerei Brot und Kuchen liegt an der Ecke; Getränke Wasser gibt es umsonst."
    assert spans(german_local(text, [], "de")) == []


def test_a_municipality_acting_is_a_body_but_not_where_something_stands() -> None:
    text = "Die Gemeinde Attendorn gratulierte. In der Gemeinde Brilon wohnen viele Jäger."
    found = [mention(text, "Attendorn", "LOC"), mention(text, "Brilon", "LOC")]
    assert spans(german_local(text, found, "de")) == [("Gemeinde Attendorn", "ORG"), ("Brilon", "LOC")]


def test_an_archive_with_its_town_or_its_owner_is_one_body() -> None:
    text = "Er las im Stadtarchiv Soest und im Archiv des Bistums Münster."
    found = [mention(text, "Bistums Münster", "LOC")]
    assert spans(german_local(text, found, "de")) == [
        ("Stadtarchiv Soest", "ORG"),
        ("Archiv des Bistums Münster", "ORG"),
    ]


def test_a_federation_of_a_body_takes_the_body_in() -> None:
    text = "Der Preis des Verbandes der Chemischen Industrie ging an den Bund der Vertriebenen."
    found = [mention(text, "Chemischen Industrie", "ORG")]
    assert spans(german_local(text, found, "de")) == [("Verbandes der Chemischen Industrie", "ORG")]


def test_a_bank_named_by_its_region_keeps_it_but_not_a_weekday() -> None:
    text = "Die Sparkasse am Niederrhein spendet, die Volksbank Olpe am Montag nicht."
    found = [mention(text, "Niederrhein", "LOC"), mention(text, "Volksbank Olpe", "ORG")]
    assert spans(german_local(text, found, "de")) == [("Sparkasse am Niederrhein", "ORG"), ("Volksbank Olpe", "ORG")]


def test_districts_landscapes_and_region_streets_are_places() -> None:
    text = (
        "Der Landrat des Rhein-Sieg-Kreises und des Enzkreises lobte die Vereine des Siegerlands "
        "an der Münsterlandstraße, nicht aber den Freundeskreis und die Hauptstraße."
    )
    assert spans(german_local(text, [], "de")) == [
        ("Rhein-Sieg-Kreises", "LOC"),
        ("Enzkreises", "LOC"),
        ("Siegerlands", "LOC"),
        ("Münsterlandstraße", "LOC"),
    ]


def test_a_regional_newspaper_is_a_body_a_common_compound_is_not() -> None:
    text = "Der Frankenpost sagte er das, der Tageszeitung nichts."
    found = [mention(text, "Frankenpost", "LOC")]
    assert spans(german_local(text, found, "de")) == [("Frankenpost", "ORG")]


def test_a_rare_river_after_a_settlement_but_no_common_word() -> None:
    text = "Das Dorf an der Lenne feiert; die Stadt an der Grenze nicht."
    assert spans(german_local(text, [], "de")) == [("Lenne", "LOC")]


def test_masters_war_and_signs_are_no_names_and_a_genitive_keeps_no_noun() -> None:
    text = "Der Bäckermeister Jan Kramer sprach nach dem Krieg im Zeichen der Rosen. Kramers Frau lachte."
    found = [
        mention(text, "Bäckermeister", "ORG"),
        mention(text, "Jan Kramer", "PER"),
        mention(text, "Krieg", "ORG"),
        mention(text, "Zeichen der Rosen", "ORG"),
        mention(text, "Kramers Frau", "PER"),
    ]
    assert spans(german_local(text, found, "de")) == [("Jan Kramer", "PER"), ("Kramers", "PER")]


def test_other_languages_are_left_alone() -> None:
    text = "Die Gemeinde Attendorn gratulierte."
    found = [mention(text, "Attendorn", "LOC")]
    assert spans(german_local(text, found, "en")) == [("Attendorn", "LOC")]


def test_a_town_paper_named_with_the_towns_adjective_is_one_body() -> None:
    text = "Der Sprecher sagte dem Weilburger Tageblatt und dem Gießener Anzeiger, der Neuer Anzeiger sei Werbung."
    found = [mention(text, "Tageblatt", "LOC"), mention(text, "Gießener", "MISC")]
    assert spans(german_local(text, found, "de")) == [("Weilburger Tageblatt", "ORG"), ("Gießener Anzeiger", "ORG")]


def test_a_mayor_of_a_municipality_gives_the_town_alone() -> None:
    text = "Das sagte Anke Vos, Bürgermeisterin der Gemeinde Hollern. Die Gemeinde Tinnum zahlt."
    found = [mention(text, "Anke Vos", "PER"), mention(text, "Hollern", "LOC"), mention(text, "Tinnum", "LOC")]
    assert spans(german_local(text, found, "de")) == [
        ("Anke Vos", "PER"),
        ("Hollern", "LOC"),
        ("Gemeinde Tinnum", "ORG"),
    ]


def test_a_shipping_line_with_a_rare_owner_name_is_one_firm_a_tagged_name_stays_alone() -> None:
    text = "Die Reederei Jacobsen fährt nach Pellworm; die Reederei Maersk leitet Schiffe um."
    found = [mention(text, "Pellworm", "LOC"), mention(text, "Maersk", "ORG")]
    assert spans(german_local(text, found, "de")) == [
        ("Reederei Jacobsen", "ORG"),
        ("Pellworm", "LOC"),
        ("Maersk", "ORG"),
    ]


def test_a_dotted_acronym_split_by_the_tagger_is_one_body() -> None:
    text = "Der Verbund VRN.BW plant mehr Busse. Es kamen 20 Leute aus der EU. Die UN tagt."
    found = [
        mention(text, "VRN", "ORG"),
        mention(text, "BW", "ORG"),
        mention(text, "EU", "ORG"),
        mention(text, "UN", "ORG"),
    ]
    assert spans(german_local(text, found, "de")) == [("VRN.BW", "ORG"), ("EU", "ORG"), ("UN", "ORG")]


def test_a_hyphened_paper_named_after_a_place_of_the_text_is_a_body() -> None:
    text = "Das Dorf liegt an der Lahn. Sie sagte der Lahn-Zeitung, die Online-Zeitung schwieg."
    found = [mention(text, "Lahn", "LOC")]
    assert spans(german_local(text, found, "de")) == [("Lahn", "LOC"), ("Lahn-Zeitung", "ORG")]
