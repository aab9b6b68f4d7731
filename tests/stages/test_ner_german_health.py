"""German hospitals named by hyphenated compounds, districts after locative prepositions,
ministries with their listed fields, and bare kind nouns dropped."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_health import german_health
from storywire.stages.ner.german_hospitality import german_hospitality
from storywire.stages.ner.german_state_bodies import german_state_bodies


def test_a_hyphenated_hospital_is_a_body() -> None:
    text = "Elbtal-Klinik und Hochwald-Klinikum verhandeln, das Ruhr-Krankenhaus wartet ab."
    assert spans(german_health(text, [], "de")) == [
        ("Elbtal-Klinik", "ORG"),
        ("Hochwald-Klinikum", "ORG"),
        ("Ruhr-Krankenhaus", "ORG"),
    ]


def test_a_longer_name_or_a_compound_holding_the_hospital_is_left() -> None:
    text = "Die Elbtal-Klinik Pirna GmbH und der Elbtal-Klinikchef streiten."
    found = [mention(text, "Elbtal-Klinik Pirna GmbH", "ORG")]
    assert spans(german_health(text, found, "de")) == [("Elbtal-Klinik Pirna GmbH", "ORG")]


def test_a_district_after_a_locative_preposition_is_one_place() -> None:
    text = "Im Landkreis Peine schließen Praxen, Patienten aus dem Landkreis Celle warten."
    found = [mention(text, "Peine", "LOC"), mention(text, "Celle", "LOC")]
    assert spans(german_health(text, found, "de")) == [("Landkreis Peine", "LOC"), ("Landkreis Celle", "LOC")]


def test_a_district_that_acts_is_left() -> None:
    text = "Auch der Landkreis Goslar zahlt, vom Landkreis Celle kommt nichts."
    found = [mention(text, "Landkreis Goslar", "ORG"), mention(text, "Celle", "LOC")]
    assert spans(german_health(text, found, "de")) == [("Landkreis Goslar", "ORG"), ("Celle", "LOC")]


def test_bare_kind_nouns_are_dropped() -> None:
    text = "Der Verein betreibt im Landkreis die Tafel, die Demo ist vor dem Rathaus."
    found = [mention(text, "Landkreis", "LOC"), mention(text, "Rathaus", "ORG")]
    assert spans(german_health(text, found, "de")) == []


def test_a_ministry_runs_over_its_listed_fields() -> None:
    text = "Das Hessische Ministerium für Umwelt, Klimaschutz, Landwirtschaft und Verbraucherschutz zahlt."
    found = [mention(text, "Hessische Ministerium für Umwelt", "ORG")]
    assert spans(german_health(text, found, "de")) == [
        ("Hessische Ministerium für Umwelt, Klimaschutz, Landwirtschaft und Verbraucherschutz", "ORG")
    ]


def test_a_ministry_before_a_list_of_places_is_left() -> None:
    text = "Das Ministerium für Umwelt, Berlin und Hamburg streiten."
    found = [mention(text, "Ministerium für Umwelt", "ORG"), mention(text, "Berlin", "LOC")]
    assert spans(german_health(text, found, "de"))[0] == ("Ministerium für Umwelt", "ORG")


def test_a_bare_county_council_is_a_body() -> None:
    text = "Der Kreistag entscheidet im Mai, der Kreistagsabgeordnete schweigt."
    assert spans(german_state_bodies(text, [])) == [("Kreistag", "ORG")]


def test_a_low_mountain_range_is_a_place() -> None:
    text = "Wanderer kommen aus dem Deister und dem Vogelsberg, nicht aus der Deisterstraße."
    assert spans(german_hospitality(text, [], "de")) == [("Deister", "LOC"), ("Vogelsberg", "LOC")]


def test_other_languages_are_left() -> None:
    assert german_health("Elbtal-Klinik", [], "en") == []


def test_a_hospital_named_by_its_site_after_am_is_one_body_but_not_by_a_time() -> None:
    text = "Sie kam in die Klinik am Rosenberg, später ins Krankenhaus am Montag."
    found = [mention(text, "Rosenberg", "LOC")]
    assert spans(german_health(text, found, "de")) == [("Klinik am Rosenberg", "ORG")]


def test_a_hospital_compound_with_its_town_is_a_body_unless_after_a_locative() -> None:
    text = "Die Ärzte der Fachklinik Bad Sooden klagen; ein Kurs fand in der Kurklinik Eschwege statt."
    found = [mention(text, "Fachklinik Bad Sooden", "LOC"), mention(text, "Kurklinik Eschwege", "LOC")]
    assert spans(german_health(text, found, "de")) == [("Fachklinik Bad Sooden", "LOC"), ("Kurklinik Eschwege", "LOC")]
    text = "Die Ärzte der Fachklinik Sooden klagen; ein Kurs fand in der Kurklinik Eschwege statt."
    found = [mention(text, "Fachklinik Sooden", "LOC"), mention(text, "Kurklinik Eschwege", "LOC")]
    assert spans(german_health(text, found, "de")) == [("Fachklinik Sooden", "ORG"), ("Kurklinik Eschwege", "LOC")]
