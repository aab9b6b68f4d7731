"""German state bodies in one compound (ner/german_state_bodies.py), through `boundaries.repair`.

Sentences are written for these tests; mentions stand in for what a model returned.
"""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.boundaries import repair


def test_german_state_bodies_a_model_left_untagged_are_organisations() -> None:
    text = (
        "Die Bundesregierung und das Auswärtige Amt widersprachen, "
        "das Bundesministerium für Bildung und Forschung schwieg."
    )
    got = spans(repair(text, [], "de"))
    assert got == [
        ("Bundesregierung", "ORG"),
        ("Auswärtige Amt", "ORG"),
        ("Bundesministerium für Bildung und Forschung", "ORG"),
    ]


def test_german_state_body_leaves_model_spans_and_other_compounds_alone() -> None:
    text = "Der Sprecher des russischen Außenministeriums nannte die Bundestagswahl und die Landtage."
    got = spans(repair(text, [mention(text, "russischen Außenministeriums", "ORG")], "de"))
    assert got == [("Außenministeriums", "ORG")]  # no "Bundestag" inside "Bundestagswahl"
    text = "Die Bundesregierung für Deutschland."
    got = spans(repair(text, [mention(text, "Deutschland", "LOC")], "de"))
    assert got == [("Bundesregierung", "ORG"), ("Deutschland", "LOC")]  # "für" + country: no field


def test_a_federal_agency_keeps_its_field() -> None:
    text = "Nach Angaben der Bundesagentur für Arbeit stieg die Zahl, meldete das Landesamt."
    assert spans(repair(text, [], "de")) == [("Bundesagentur für Arbeit", "ORG"), ("Landesamt", "ORG")]


def test_a_models_span_inside_the_field_joins_the_body() -> None:
    text = "Das Landesamt für Archäologie Sachsen-Anhalt grub."
    found = [mention(text, "Landesamt", "ORG"), mention(text, "Archäologie Sachsen-Anhalt", "ORG")]
    assert spans(repair(text, found, "de")) == [("Landesamt für Archäologie Sachsen-Anhalt", "ORG")]


def test_a_cantonal_office_by_its_field_alone() -> None:
    text = "Geologen der kantonalen Dienststelle für Lawinenschutz und das Amt für Wald prüfen, das Amt ruht."
    found = [mention(text, "Lawinenschutz", "ORG")]
    assert spans(repair(text, found, "de")) == [
        ("Dienststelle für Lawinenschutz", "ORG"),
        ("Amt für Wald", "ORG"),
    ]


def test_a_states_ministry_by_its_adjective_keeps_all_its_fields() -> None:
    text = (
        "Das Sächsische Ministerium für Regionalentwicklung, Bauen und Verkehr in Dresden prüft. Das Ministerium lobt."
    )
    found = [
        mention(text, "Sächsische Ministerium für Regionalentwicklung, Bauen", "ORG"),
        mention(text, "Dresden", "LOC"),
    ]
    assert spans(repair(text, found, "de")) == [
        ("Sächsische Ministerium für Regionalentwicklung, Bauen und Verkehr", "ORG"),
        ("Dresden", "LOC"),
    ]


def test_a_lands_operating_agency_with_its_fields_and_its_bracketed_acronym() -> None:
    text = "Der Landesbetrieb für Straßenbau, Brücken und Verkehr (LSBV) hat die Sanierung für Mai zugesagt."
    found = [mention(text, "Brücken und Verkehr (LSBV)", "ORG")]
    assert spans(repair(text, found, "de")) == [
        ("Landesbetrieb für Straßenbau, Brücken und Verkehr", "ORG"),
        ("LSBV", "ORG"),
    ]


def test_a_state_operating_agency_without_a_field_is_no_name() -> None:
    text = "Der frühere Staatsbetrieb wurde verkauft, ein Landesbetrieb übernahm die Flächen."
    assert spans(repair(text, [], "de")) == []
