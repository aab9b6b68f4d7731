"""German dioceses, courts, diocesan charities and regional churches as bodies; districts after
their kind word as places."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_church import church_bodies


def test_a_diocese_or_a_court_with_its_town_is_one_body() -> None:
    text = "Das Bistum Passau und ein Sprecher des Bistums Würzburg; beim Landgericht Kassel liegt die Klage."
    found = [mention(text, "Bistum Passau", "LOC"), mention(text, "Kassel", "ORG")]
    assert spans(church_bodies(text, found, "de")) == [
        ("Bistum Passau", "ORG"),
        ("Bistums Würzburg", "ORG"),
        ("Landgericht Kassel", "ORG"),
    ]


def test_a_charity_and_a_regional_church_are_one_body_each() -> None:
    text = "Der Caritasverband für die Erzdiözese Bamberg hilft, so die Evangelische Kirche in Deutschland."
    found = [
        mention(text, "Bamberg", "LOC"),
        mention(text, "Evangelische Kirche", "ORG"),
        mention(text, "Deutschland", "LOC"),
    ]
    assert spans(church_bodies(text, found, "de")) == [
        ("Caritasverband für die Erzdiözese Bamberg", "ORG"),
        ("Evangelische Kirche in Deutschland", "ORG"),
    ]


def test_the_faith_and_a_bare_church_are_no_body() -> None:
    text = "Die katholische Kirche in Polen wächst; vor der Kirche standen viele."
    found = [mention(text, "Polen", "LOC"), mention(text, "Kirche", "ORG", 1)]
    assert spans(church_bodies(text, found, "de")) == [("Polen", "LOC")]


def test_a_district_after_its_kind_word_is_a_place_named_again() -> None:
    text = "Kirchenasyl in Grubweg\n\nIm Passauer Stadtteil Grubweg lebt er. In Grubweg ist es still."
    found = [mention(text, "Kirchenasyl in Grubweg", "ORG")]
    assert spans(church_bodies(text, found, "de")) == [("Grubweg", "LOC")] * 3


def test_a_common_noun_after_a_district_word_is_no_place() -> None:
    text = "Im Stadtteil Zentrum wohnen viele Menschen."
    assert spans(church_bodies(text, [], "de")) == []
