"""German forestry, timber and customs news: a town with its district in brackets, an office
with its district, a protected area with its kind word, a reservoir, a ministry of two fields,
an association for its Land and bare kind nouns (ner/german_forestry.py).  Sentences written
for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_forestry import german_forestry


def test_a_town_with_its_district_in_brackets_is_two_places() -> None:
    text = "Das Werk in Lauscha (Landkreis Sonneberg) schließt."
    found = [mention(text, "Lauscha (Landkreis Sonneberg)", "LOC")]
    assert spans(german_forestry(text, found, "de")) == [("Lauscha", "LOC"), ("Landkreis Sonneberg", "LOC")]


def test_a_body_with_a_bracketed_acronym_is_not_split_as_a_town() -> None:
    text = "Die Gewerkschaft Erziehung und Wissenschaft (GEW) protestiert."
    found = [mention(text, "Gewerkschaft Erziehung und Wissenschaft (GEW)", "ORG")]
    assert spans(german_forestry(text, found, "de")) == [("Gewerkschaft Erziehung und Wissenschaft (GEW)", "ORG")]


def test_an_office_with_its_district_or_town_is_one_body() -> None:
    text = "Das Landratsamt Wartburgkreis prüft, das Hauptzollamt Erfurt ermittelt."
    found = [mention(text, "Landratsamt Wartburgkreis", "LOC"), mention(text, "Erfurt", "LOC")]
    assert spans(german_forestry(text, found, "de")) == [
        ("Landratsamt Wartburgkreis", "ORG"),
        ("Hauptzollamt Erfurt", "ORG"),
    ]


def test_a_reserve_is_a_place_and_a_park_in_the_nominative_a_body() -> None:
    text = "Dazu äußerte sich der Naturpark Eichsfeld-Hainich-Werratal. Die Halle liegt am Naturschutzgebiet Hainleite."
    found = [mention(text, "Naturschutzgebiet", "ORG")]
    assert spans(german_forestry(text, found, "de")) == [
        ("Naturpark Eichsfeld-Hainich-Werratal", "ORG"),
        ("Naturschutzgebiet Hainleite", "LOC"),
    ]


def test_a_park_after_a_preposition_is_a_place_and_a_second_name_after_a_slash_stays_in() -> None:
    text = "Wanderer kamen im Naturpark Hohes Venn/Eifel an."
    found = [mention(text, "Naturpark Hohes Venn", "LOC"), mention(text, "Eifel", "LOC")]
    assert spans(german_forestry(text, found, "de")) == [("Naturpark Hohes Venn/Eifel", "LOC")]


def test_a_reservoir_in_one_word_is_a_place() -> None:
    text = "Rund um die Edertalsperre wurde gefällt; die Edertal GmbH nicht."
    found = [mention(text, "Edertalsperre", "ORG"), mention(text, "Edertal GmbH", "ORG")]
    assert spans(german_forestry(text, found, "de")) == [("Edertalsperre", "LOC"), ("Edertal GmbH", "ORG")]


def test_a_ministry_of_two_fields_is_one_body() -> None:
    text = "Das Hessische Ministerium für Umwelt und Landwirtschaft zahlt."
    found = [mention(text, "Hessische Ministerium für Umwelt", "ORG")]
    assert spans(german_forestry(text, found, "de")) == [("Hessische Ministerium für Umwelt und Landwirtschaft", "ORG")]


def test_a_ministry_is_not_run_into_a_name_after_und() -> None:
    text = "Das Ministerium für Umwelt und Karl Brandt sprechen."
    found = [mention(text, "Ministerium für Umwelt", "ORG"), mention(text, "Karl Brandt", "PER")]
    assert spans(german_forestry(text, found, "de")) == [("Ministerium für Umwelt", "ORG"), ("Karl Brandt", "PER")]


def test_an_association_for_its_land_is_one_body() -> None:
    text = "Der Bauernverband für Sachsen klagt, in Sachsen regnet es."
    found = [mention(text, "Sachsen", "LOC"), mention(text, "Sachsen", "LOC", 1)]
    assert spans(german_forestry(text, found, "de")) == [("Bauernverband für Sachsen", "ORG"), ("Sachsen", "LOC")]


def test_bare_kind_nouns_and_a_nationality_with_a_trade_name_nothing() -> None:
    text = "Schwedischer Möbelkonzern kauft; die Zentrale in Köln und der Privatwald."
    found = [
        mention(text, "Schwedischer Möbelkonzern", "LOC"),
        mention(text, "Zentrale", "ORG"),
        mention(text, "Köln", "LOC"),
        mention(text, "Privatwald", "ORG"),
    ]
    assert spans(german_forestry(text, found, "de")) == [("Köln", "LOC")]


def test_other_languages_are_left_alone() -> None:
    text = "Zentrale"
    found = [mention(text, "Zentrale", "ORG")]
    assert spans(german_forestry(text, found, "en")) == [("Zentrale", "ORG")]
