"""Known places after a place preposition that no model found (ner/missed_places.py).
Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.missed_places import datelines, missed_places


def test_a_town_after_a_preposition_is_added_where_no_mention_is() -> None:
    text = "In Manchester, nurses went on strike; trains from Preston ran late."
    assert spans(missed_places(text, [], "en")) == [("Manchester", "LOC"), ("Preston", "LOC")]


def test_a_longer_name_a_common_word_and_a_covered_span_are_left() -> None:
    text = "He lives in Bricket Wood Colney; talks in Paris went on."
    found = [mention(text, "Bricket Wood Colney", "ORG"), mention(text, "Paris", "LOC")]
    assert spans(missed_places(text, found, "en")) == [("Bricket Wood Colney", "ORG"), ("Paris", "LOC")]


def test_villages_from_a_thousand_people_and_a_town_typed_org_after_in() -> None:
    text = "He lives in London Colney; talks in Coburg went on; delays at Knaresborough."
    found = [mention(text, "Coburg", "ORG"), mention(text, "Knaresborough", "PER")]
    assert spans(missed_places(text, found, "en")) == [
        ("London Colney", "LOC"),
        ("Coburg", "LOC"),
        ("Knaresborough", "LOC"),
    ]
    text = "Nach dem Essen fuhr er nach Rosenheim, in Essen blieb er nicht."
    assert spans(missed_places(text, [], "de")) == [("Rosenheim", "LOC")]


def test_a_lone_person_after_in_is_the_town_unless_a_surname_of_the_article() -> None:
    text = "Flooding in Preston; she wrote to Preston."
    found = [mention(text, "Preston", "PER"), mention(text, "Preston", "PER", nth=1)]
    assert spans(missed_places(text, found, "en")) == [("Preston", "LOC"), ("Preston", "PER")]
    text = "Anna Preston spoke in Preston."
    found = [mention(text, "Anna Preston", "PER"), mention(text, "Preston", "PER", nth=1)]
    assert spans(missed_places(text, found, "en")) == [("Anna Preston", "PER"), ("Preston", "PER")]


def test_languages_without_prepositions_here_are_left() -> None:
    assert missed_places("w Gdańsku", [], "pl") == []


def test_a_german_noun_run_into_a_place_is_cut_to_the_place() -> None:
    from storywire.stages.ner.missed_places import german_noun_before_place

    text = "Hochwasser in Sachsen: Pegel steigen. Die Universität in Sachsen."
    found = [mention(text, "Hochwasser in Sachsen", "ORG"), mention(text, "Universität in Sachsen", "ORG")]
    assert spans(german_noun_before_place(found, "de")) == [("Sachsen", "LOC"), ("Universität in Sachsen", "ORG")]


def test_a_datelines_town_in_capitals_is_a_place() -> None:
    from storywire.stages.ner.missed_places import datelines

    text = "Vote in Graz\n\nGRAZ – Die Wahl ist vorbei.\nNATO – nichts.\nВОРОНЕЖ, 3 марта"
    found = [mention(text, "GRAZ", "ORG")]
    assert spans(datelines(text, found, "de")) == [("GRAZ", "LOC")]
    assert spans(datelines(text, [], "ru")) == [("ВОРОНЕЖ", "LOC")]


def test_an_italian_unknown_name_after_a_place_preposition_is_the_town() -> None:
    text = "I boschi sopra Tesero e tra Predazzo e Moena."
    found = [mention(text, "Tesero", "MISC"), mention(text, "Predazzo", "MISC")]
    got = spans(missed_places(text, found, "it"))
    assert ("Tesero", "LOC") in got and ("Predazzo", "LOC") in got


def test_a_title_case_dateline_opening_the_text_and_one_with_its_region_are_places() -> None:
    from storywire.stages.ner.missed_places import datelines

    text = "Freiburg. Der SC Freiburg hat gewonnen."
    found = [mention(text, "Freiburg", "ORG"), mention(text, "SC Freiburg", "ORG")]
    assert spans(datelines(text, found, "de")) == [("Freiburg", "LOC"), ("SC Freiburg", "ORG")]
    text = "SAINT-OURS-LES-ROCHES (Puy-de-Dôme) – Le village a voté."
    found = [mention(text, "ROCHES", "ORG")]
    assert spans(datelines(text, found, "fr")) == [("SAINT-OURS-LES-ROCHES", "LOC")]
    text = "Merkel. Die Kanzlerin sprach."  # a person's name opening the text is no dateline
    assert spans(datelines(text, [mention(text, "Merkel", "PER")], "de")) == [("Merkel", "PER")]


def test_a_german_noun_run_into_a_body_is_cut_to_the_body() -> None:
    from storywire.stages.ner.missed_places import german_noun_before_place

    text = "Protest am Klinikum Fulda. Theater am Schiffbauerdamm. Universität am Landgericht Bonn."
    found = [
        mention(text, "Protest am Klinikum Fulda", "ORG"),
        mention(text, "Theater am Schiffbauerdamm", "ORG"),
        mention(text, "Universität am Landgericht Bonn", "ORG"),
    ]
    assert spans(german_noun_before_place(found, "de")) == [
        ("Klinikum Fulda", "ORG"),
        ("Theater am Schiffbauerdamm", "ORG"),
        ("Universität am Landgericht Bonn", "ORG"),
    ]


def test_a_dateline_with_its_province_is_one_place_not_two() -> None:
    from storywire.stages.ner.missed_places import datelines

    text = "Frana\n\nRAPALLO (Genova) – Una frana."
    # the town once (both dateline shapes find it); its province is a place of its own
    assert spans(datelines(text, [], "it")) == [("RAPALLO", "LOC"), ("Genova", "LOC")]


def test_a_datelines_province_in_brackets_is_a_place_but_not_an_agency() -> None:
    from storywire.stages.ner.missed_places import datelines

    text = "Una bodega abrirá\n\nELCIEGO (Álava), 14 de marzo. — La bodega abrirá.\nMADRID (Reuters) — Nada."
    assert spans(datelines(text, [], "es")) == [("ELCIEGO", "LOC"), ("Álava", "LOC"), ("MADRID", "LOC")]
    text = "Una bodega\n\nHARO (La Rioja), 3 de abril. — La bodega abrirá."
    assert spans(datelines(text, [], "es")) == [("HARO", "LOC"), ("La Rioja", "LOC")]


def test_a_bylines_town_after_a_bar_is_a_place_and_the_reporter_a_person() -> None:
    from storywire.stages.ner.missed_places import datelines

    text = "Titular\n\nLUIS PÉREZ | SEVILLA\n\nEl texto | NO ES UN NOMBRE sigue."
    found = [mention(text, "LUIS PÉREZ | SEVILLA", "PER")]
    assert spans(datelines(text, found, "es")) == [("LUIS PÉREZ", "PER"), ("SEVILLA", "LOC")]


def test_a_dateline_closed_by_a_full_stop_with_a_region_read_as_a_place() -> None:
    from storywire.stages.ner.missed_places import datelines

    text = "Par Léa Dumas\n\nPRÉCY-LE-MOULT (Yonne). Le conseil municipal a voté."
    found = [mention(text, "Yonne", "LOC")]
    assert spans(datelines(text, found, "fr")) == [("PRÉCY-LE-MOULT", "LOC"), ("Yonne", "LOC")]
    # an acronym glossed in brackets opening a paragraph is no dateline
    text = "Texte\n\nONG (Organisation non gouvernementale). Le terme est ancien."
    assert spans(datelines(text, [], "fr")) == []


def test_a_german_dateline_with_a_joining_word_is_cut_from_the_firm_after_its_dash() -> None:
    from storywire.stages.ner.missed_places import datelines

    text = "WEIL AM RHEIN – Die Oberrheinische Kieswerke GmbH schließt ihr Werk."
    found = [mention(text, "WEIL AM RHEIN – Die Oberrheinische Kieswerke GmbH", "ORG")]
    assert spans(datelines(text, found, "de")) == [("WEIL AM RHEIN", "LOC"), ("Oberrheinische Kieswerke GmbH", "ORG")]


def test_a_run_that_does_not_start_at_the_dateline_is_left_alone() -> None:
    from storywire.stages.ner.missed_places import datelines

    text = "WEIL AM RHEIN – Die Oberrheinische Kieswerke GmbH schließt ihr Werk."
    found = [mention(text, "Oberrheinische Kieswerke GmbH", "ORG")]
    assert spans(datelines(text, found, "de")) == [("WEIL AM RHEIN", "LOC"), ("Oberrheinische Kieswerke GmbH", "ORG")]
    text = "WEILER BACH – Ein Unfall."
    assert spans(datelines(text, [], "de")) == []


def test_a_hyphen_inside_a_capitalised_name_is_no_dateline_dash() -> None:
    from storywire.stages.ner.missed_places import datelines

    text = "POL-KS: Unfall auf der Kreisstraße."
    found = [mention(text, "POL-KS", "ORG")]
    assert spans(datelines(text, found, "de")) == [("POL-KS", "ORG")]


def test_a_titled_datelines_town_and_its_province_in_brackets_are_two_places() -> None:
    from storywire.stages.ner.missed_places import datelines

    text = "Écija (Sevilla) – El mercado abrió ayer."
    assert spans(datelines(text, [], "es")) == [("Écija", "LOC"), ("Sevilla", "LOC")]


def test_a_person_with_a_party_in_brackets_is_no_dateline() -> None:
    from storywire.stages.ner.missed_places import datelines

    text = "Ana Ruiz (PSOE) – La portavoz habló ayer."
    found = [mention(text, "Ana Ruiz", "PER"), mention(text, "PSOE", "ORG")]
    assert datelines(text, found, "es") == found


def test_an_italian_agency_dateline_gives_the_town_and_drops_the_month() -> None:
    text = "(ANSA) – PORTO TOLLE, 4 MAR – Settimana nera al mercato."
    found = [mention(text, "ANSA", "ORG"), mention(text, "PORTO TOLLE", "ORG"), mention(text, "MAR", "LOC")]
    assert spans(datelines(text, found, "it")) == [("ANSA", "ORG"), ("PORTO TOLLE", "LOC")]


def test_capitals_after_an_agency_without_a_date_are_no_dateline() -> None:
    text = "(ANSA) – MAR ROSSO, crisi in vista – Settimana nera."
    found = [mention(text, "ANSA", "ORG"), mention(text, "MAR ROSSO", "ORG")]
    assert spans(datelines(text, found, "it")) == [("ANSA", "ORG"), ("MAR ROSSO", "ORG")]


def test_a_dateline_with_its_day_gives_the_town_and_the_agency() -> None:
    text = "ZAMORA, 9 (AGENCIA ICAL) – Dos bodegas cierran.\nEl consejo lo aprobó."
    found = [mention(text, "ZAMORA, 9", "ORG")]
    assert spans(datelines(text, found, "es")) == [("ZAMORA", "LOC"), ("AGENCIA ICAL", "ORG")]


def test_a_dateline_without_a_day_keeps_its_region_in_brackets() -> None:
    text = "LAGUARDIA (ÁLAVA) – Dos bodegas cierran."
    assert ("ÁLAVA", "ORG") not in spans(datelines(text, [], "es"))
