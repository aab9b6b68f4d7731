"""German local politics: councils, administrations and electoral committees with their town,
parties named by a plural adjective, party members' nouns and town quarters."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_councils import german_councils


def test_a_council_or_an_administration_with_its_town_is_one_body() -> None:
    text = (
        "Der Gemeinderat von Bad Tölz tagte, die Kreisverwaltung Mayen-Koblenz prüfte, und der "
        "Wahlausschuss der Stadt Speyer stellt das Ergebnis fest."
    )
    found = [mention(text, "Bad Tölz", "LOC"), mention(text, "Mayen-Koblenz", "ORG"), mention(text, "Speyer", "LOC")]
    assert spans(german_councils(text, found, "de")) == [
        ("Gemeinderat von Bad Tölz", "ORG"),
        ("Kreisverwaltung Mayen-Koblenz", "ORG"),
        ("Wahlausschuss der Stadt Speyer", "ORG"),
    ]


def test_a_place_after_another_noun_or_a_country_stays_alone() -> None:
    text = "Die Bürger von Bad Tölz und die Stadtverwaltung Deutschland-weit: der Stadtrat in Speyer."
    found = [mention(text, "Bad Tölz", "LOC"), mention(text, "Speyer", "LOC")]
    assert spans(german_councils(text, found, "de")) == [("Bad Tölz", "LOC"), ("Speyer", "LOC")]


def test_a_party_named_by_its_plural_adjective_is_a_body() -> None:
    text = "Die Grünen und die Linken stimmten dagegen, die Freien Wähler enthielten sich."
    assert spans(german_councils(text, [], "de")) == [("Grünen", "ORG"), ("Linken", "ORG"), ("Freien Wähler", "ORG")]


def test_an_adjective_before_a_noun_or_in_a_compound_is_no_party() -> None:
    text = "Die Grünen-Abgeordnete lobte die Grünen Wiesen am Fluss und die linken Ideen."
    assert spans(german_councils(text, [], "de")) == []


def test_a_members_noun_is_no_body_and_a_quarter_is_a_place() -> None:
    text = "Der Christdemokrat Max Muster will für die Südstadt und die SPD kämpfen."
    found = [
        mention(text, "Christdemokrat", "ORG"),
        mention(text, "Max Muster", "PER"),
        mention(text, "Südstadt", "ORG"),
        mention(text, "SPD", "ORG"),
    ]
    assert spans(german_councils(text, found, "de")) == [("Max Muster", "PER"), ("Südstadt", "LOC"), ("SPD", "ORG")]


def test_other_languages_are_left_alone() -> None:
    text = "Die Grünen"
    assert german_councils(text, [], "en") == []


def test_a_council_before_a_district_the_tagger_took_with_its_kind_word_joins_it() -> None:
    text = "Der Kreistag des Landkreises Cochem-Zell tagt; der Vorsitzende des Landkreises Cochem-Zell fehlt."
    found = [mention(text, "Landkreises Cochem-Zell", "LOC"), mention(text, "Landkreises Cochem-Zell", "LOC", 1)]
    assert spans(german_councils(text, found, "de")) == [
        ("Kreistag des Landkreises Cochem-Zell", "ORG"),
        ("Landkreises Cochem-Zell", "LOC"),
    ]


def test_a_towns_adjective_names_no_council() -> None:
    text = "Neu im Stadtrat von Mainzer Seite ist er."
    found = [mention(text, "Mainzer", "LOC")]
    assert spans(german_councils(text, found, "de")) == [("Mainzer", "LOC")]


def test_a_districts_office_with_its_district_is_one_body_a_federal_one_is_not() -> None:
    text = "Das Veterinäramt des Landkreises Biberach und das Bundesamt in Bonn prüfen."
    found = [mention(text, "Landkreises Biberach", "LOC"), mention(text, "Bonn", "LOC")]
    assert spans(german_councils(text, found, "de")) == [
        ("Veterinäramt des Landkreises Biberach", "ORG"),
        ("Bonn", "LOC"),
    ]


def test_a_council_before_a_place_named_elsewhere_is_one_body() -> None:
    text = "In Bemerode wächst Unmut. Der Ortsrat Bemerode lädt ein, der Ortsrat Mittwoch nicht."
    found = [mention(text, "Bemerode", "LOC")]
    assert spans(german_councils(text, found, "de")) == [("Bemerode", "LOC"), ("Ortsrat Bemerode", "ORG")]


def test_a_town_council_keeps_the_whole_joined_town_name() -> None:
    text = "Die Stadtvertretung Weil am Rhein tagt am Montag."
    found = [mention(text, "Weil", "LOC"), mention(text, "Rhein", "LOC")]
    assert spans(german_councils(text, found, "de")) == [("Stadtvertretung Weil am Rhein", "ORG")]


def test_a_council_before_a_town_and_a_river_that_make_no_town_stops_at_the_town() -> None:
    text = "Die Stadtvertretung Bonn am Rhein tagt am Montag."
    found = [mention(text, "Bonn", "LOC"), mention(text, "Rhein", "LOC")]
    assert spans(german_councils(text, found, "de")) == [("Stadtvertretung Bonn", "ORG"), ("Rhein", "LOC")]


def test_a_group_of_a_party_is_the_party_alone() -> None:
    text = "Die Fraktion der Linken und die Stadtratsfraktion der SPD stimmten dagegen; die Fraktion Nord nicht."
    found = [
        mention(text, "Fraktion der Linken", "ORG"),
        mention(text, "Stadtratsfraktion der SPD", "ORG"),
        mention(text, "Fraktion Nord", "ORG"),
    ]
    assert spans(german_councils(text, found, "de")) == [("Linken", "ORG"), ("SPD", "ORG"), ("Fraktion Nord", "ORG")]


def test_a_district_government_with_its_region_is_one_body_but_not_with_a_title() -> None:
    text = "Er rief die Regierung von Oberbayern an. Die Regierung von Präsident Muster schwieg."
    found = [mention(text, "Oberbayern", "LOC"), mention(text, "Präsident Muster", "LOC")]
    assert spans(german_councils(text, found, "de")) == [
        ("Regierung von Oberbayern", "ORG"),
        ("Präsident Muster", "LOC"),
    ]


def test_a_district_government_of_a_country_is_split() -> None:
    text = "Die Regierung von Frankreich schwieg."
    found = [mention(text, "Frankreich", "LOC")]
    assert spans(german_councils(text, found, "de")) == [("Frankreich", "LOC")]


def test_a_towns_officer_before_a_full_name_is_the_person() -> None:
    text = "Kulturreferentin Anna Muster lobte den Plan, die Umweltreferat Nord-Ost nicht."
    found = [mention(text, "Kulturreferentin Anna Muster", "ORG"), mention(text, "Umweltreferat Nord-Ost", "ORG")]
    assert spans(german_councils(text, found, "de")) == [("Anna Muster", "PER"), ("Umweltreferat Nord-Ost", "ORG")]


def test_a_federation_before_an_adjective_stays_whole() -> None:
    text = (
        "Der Landesverband Hessischer Imker warnt, der Verband Hessischer Imker auch, "
        "ein Landesverband Bio Hessen nicht."
    )
    found = [
        mention(text, "Hessischer Imker", "ORG"),
        mention(text, "Hessischer Imker", "ORG", nth=1),
        mention(text, "Bio Hessen", "ORG"),
    ]
    assert spans(german_councils(text, found, "de")) == [
        ("Landesverband Hessischer Imker", "ORG"),
        ("Hessischer Imker", "ORG"),
        ("Bio Hessen", "ORG"),
    ]


def test_a_hanseatic_towns_assembly_is_one_body() -> None:
    text = "Das hat die Bürgerschaft der Hansestadt Wismar beschlossen."
    found = [mention(text, "Hansestadt Wismar", "ORG")]
    assert spans(german_councils(text, found, "de")) == [("Bürgerschaft der Hansestadt Wismar", "ORG")]
