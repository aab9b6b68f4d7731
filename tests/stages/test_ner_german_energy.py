"""German energy news: energy sites with their kind word, a power line's end points, "Verein"
and "Firma" left out, a town utility with its legal form, quoted newspapers, streets after a
declined adjective, the ends of "zwischen", a state's genitive, a district joined to a place."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_energy import german_energy


def test_a_wind_farm_with_a_place_adjective_is_one_place() -> None:
    text = "Der Windpark Lindener Heide liefert seit Mai Strom."
    found = [mention(text, "Windpark Lindener Heide", "PER")]
    assert spans(german_energy(text, found, "de")) == [("Windpark Lindener Heide", "LOC")]


def test_a_declined_substation_and_a_power_plant_are_places() -> None:
    text = "Der Bau des Umspannwerks Dörpen stockt, das Kohlekraftwerk Scholven bleibt am Netz."
    found = [mention(text, "Umspannwerks Dörpen", "ORG")]
    assert spans(german_energy(text, found, "de")) == [
        ("Umspannwerks Dörpen", "LOC"),
        ("Kohlekraftwerk Scholven", "LOC"),
    ]


def test_a_common_noun_after_the_kind_word_is_no_name() -> None:
    text = "Der Windpark Strom erzeugt, liegt still."
    assert spans(german_energy(text, [], "de")) == []


def test_an_estate_on_a_street_keeps_both_words() -> None:
    text = "Die Halle entsteht im Gewerbegebiet Emser Straße."
    found = [mention(text, "Emser Straße", "PER")]
    assert spans(german_energy(text, found, "de")) == [("Gewerbegebiet Emser Straße", "LOC")]


def test_a_power_line_gives_each_town() -> None:
    text = "Die 220-kV-Leitung Meppen–Lingen wird verstärkt."
    assert spans(german_energy(text, [], "de")) == [("Meppen", "LOC"), ("Lingen", "LOC")]


def test_verein_and_firma_stay_out_of_the_body() -> None:
    text = "Eine Klage des Vereins Heimatfreunde Lathen e.V. und die Firma Emsland Solar GmbH."
    found = [
        mention(text, "Vereins Heimatfreunde Lathen e.V.", "ORG"),
        mention(text, "Firma Emsland Solar GmbH", "ORG"),
    ]
    assert spans(german_energy(text, found, "de")) == [
        ("Heimatfreunde Lathen e.V.", "ORG"),
        ("Emsland Solar GmbH", "ORG"),
    ]


def test_a_verein_with_a_lower_case_name_keeps_its_word() -> None:
    text = "Der Verein für Socialpolitik tagt."
    found = [mention(text, "Verein für Socialpolitik", "ORG")]
    assert spans(german_energy(text, found, "de")) == [("Verein für Socialpolitik", "ORG")]


def test_a_town_utility_keeps_stadtwerke() -> None:
    text = "Die Stadtwerke Lingen GmbH investieren."
    found = [mention(text, "Lingen GmbH", "ORG")]
    assert spans(german_energy(text, found, "de")) == [("Stadtwerke Lingen GmbH", "ORG")]


def test_a_quoted_newspaper_is_a_body() -> None:
    text = "Wie die „Ems-Zeitung“ und die „Meppener Tagespost“ berichten, und der „Wind“ dreht."
    assert spans(german_energy(text, [], "de")) == [("Ems-Zeitung", "ORG"), ("Meppener Tagespost", "ORG")]


def test_a_street_after_a_declined_adjective_is_a_place() -> None:
    text = "Das Büro an der Breiten Straße zieht an die Alte Bahnhofstraße."
    found = [mention(text, "Straße", "PER")]
    assert spans(german_energy(text, found, "de")) == [("Breiten Straße", "LOC"), ("Alte Bahnhofstraße", "LOC")]


def test_rare_ends_after_zwischen_are_places_common_words_not() -> None:
    text = "Der Park liegt zwischen Wettrup und Dortmund-Ems-Kanal. Streit zwischen Bund und Ländern."
    assert spans(german_energy(text, [], "de")) == [("Wettrup", "LOC"), ("Dortmund-Ems-Kanal", "LOC")]


def test_a_states_genitive_before_a_noun_is_a_place() -> None:
    text = "Bayerns Ziele sind hoch, sagte Müllers Sprecher."
    assert spans(german_energy(text, [], "de")) == [("Bayerns", "LOC")]


def test_a_district_joined_to_a_place_is_a_place_acting_a_body() -> None:
    text = "Bauern aus dem Emsland und dem Landkreis Leer klagen. Der Landkreis Leer prüft das."
    found = [mention(text, "Landkreis Leer", "ORG"), mention(text, "Landkreis Leer", "ORG", nth=1)]
    assert spans(german_energy(text, found, "de")) == [("Landkreis Leer", "LOC"), ("Landkreis Leer", "ORG")]


def test_other_languages_are_left_alone() -> None:
    text = "Der Windpark Lindener Heide."
    assert spans(german_energy(text, [], "en")) == []
