"""German housing and planning news: an association "und Umgebung", a group named after its
street, a state's regional office with its town, a savings bank by its town's adjective, a
project with a town's genitive and a firm's short name after a cut kind word
(ner/german_housing.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_housing import german_housing


def test_an_association_with_its_town_und_umgebung_is_one_body() -> None:
    text = "Kritik kommt vom Mieterverein Bonn und Umgebung e.V. und seiner Vorsitzenden."
    found = [mention(text, "Bonn", "LOC"), mention(text, "Umgebung e.V.", "ORG")]
    assert spans(german_housing(text, found, "de")) == [("Mieterverein Bonn und Umgebung e.V.", "ORG")]


def test_a_group_named_after_its_street_keeps_the_street() -> None:
    text = "Die Bürgerinitiative Kölner Straße und die Anwohner der Kölner Straße protestieren."
    found = [mention(text, "Bürgerinitiative Kölner", "ORG"), mention(text, "Kölner Straße", "LOC", 1)]
    assert spans(german_housing(text, found, "de")) == [
        ("Bürgerinitiative Kölner Straße", "ORG"),
        ("Kölner Straße", "LOC"),
    ]


def test_a_regional_office_with_its_town_is_one_body_a_bare_one_is_none() -> None:
    text = "Das Regierungspräsidium Darmstadt prüft den Boden; ein Regierungspräsidium entscheidet."
    found = [mention(text, "Darmstadt", "LOC")]
    assert spans(german_housing(text, found, "de")) == [("Regierungspräsidium Darmstadt", "ORG")]


def test_a_savings_bank_by_its_towns_adjective_is_a_body_a_lake_is_not() -> None:
    text = "Kredite gibt die Bonner Sparkasse, die Feier ist am Bonner See."
    found = [mention(text, "Bonner Sparkasse", "LOC"), mention(text, "Bonner See", "LOC")]
    assert spans(german_housing(text, found, "de")) == [("Bonner Sparkasse", "ORG"), ("Bonner See", "LOC")]


def test_a_project_with_a_towns_genitive_names_the_town() -> None:
    text = "Es ist das größte Wohnprojekt Bonns, sagt der Bauverein Rheinland."
    found = [mention(text, "Wohnprojekt Bonns", "ORG"), mention(text, "Bauverein Rheinland", "ORG")]
    assert spans(german_housing(text, found, "de")) == [("Bonns", "LOC"), ("Bauverein Rheinland", "ORG")]


def test_a_firms_short_name_is_sought_after_its_kind_word_was_cut() -> None:
    text = "Die Lindenhof eG baut. Auf der Warteliste des Lindenhofs stehen 300 Familien."
    firm = mention(text, "Lindenhof eG", "ORG")
    firm.model = "german-volunteers"
    assert spans(german_housing(text, [firm], "de")) == [("Lindenhof eG", "ORG"), ("Lindenhofs", "ORG")]
