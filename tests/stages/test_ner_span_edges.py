"""Edges of a span that are no part of the name (ner/span_edges.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.span_edges import trimmed_edges


def test_a_span_over_a_line_break_keeps_its_first_line() -> None:
    text = "Accord entre Paris et Ottawa\n\nDans la nuit, les négociateurs ont signé."
    found = [mention(text, "Ottawa\n\nDans", "LOC")]
    assert spans(trimmed_edges(text, found, "fr")) == [("Ottawa", "LOC")]
    text = "Titre\n\nKarachi a voté."
    found = [mention(text, "\n\nKarachi", "LOC")]
    assert spans(trimmed_edges(text, found, "fr")) == [("Karachi", "LOC")]


def test_a_leading_weekday_goes_and_a_known_place_is_a_place() -> None:
    text = "Der Minister besuchte am Dienstag Hamburg und Freitag Heinz Müller."
    found = [mention(text, "Dienstag Hamburg", "ORG"), mention(text, "Freitag Heinz Müller", "PER")]
    assert spans(trimmed_edges(text, found, "de")) == [("Hamburg", "LOC"), ("Heinz Müller", "PER")]


def test_a_german_kind_noun_goes_and_gives_its_type() -> None:
    text = "Auf der Halbinsel Teknaf und bei der Reederei Hapag warten Schiffe; Insel Rügen."
    found = [mention(text, "Halbinsel Teknaf", "ORG"), mention(text, "Reederei Hapag", "PER")]
    assert spans(trimmed_edges(text, found, "de")) == [("Teknaf", "LOC"), ("Hapag", "ORG")]
    found = [mention(text, "Insel Rügen", "LOC")]
    assert spans(trimmed_edges(text, found, "fr")) == [("Insel Rügen", "LOC")]


def test_a_french_state_firm_loses_its_detat() -> None:
    text = "La société d'État Gécamines a protesté; l'État Islamique aussi."
    found = [mention(text, "État Gécamines", "LOC"), mention(text, "État Islamique", "ORG")]
    assert spans(trimmed_edges(text, found, "fr")) == [("Gécamines", "ORG"), ("État Islamique", "ORG")]


def test_a_kind_noun_before_a_quoted_name_goes_with_the_quotes_and_listed_names_stay() -> None:
    text = "Die Liste „Grüne Mitte“ und Bündnis 90/Die Grünen."
    found = [mention(text, "Liste „Grüne Mitte“", "ORG"), mention(text, "Bündnis 90/Die Grünen", "ORG")]
    assert spans(trimmed_edges(text, found, "de")) == [("Grüne Mitte", "ORG"), ("Bündnis 90/Die Grünen", "ORG")]


def test_function_words_end_a_span_and_split_one_and_a_comma_splits_a_person_or_place() -> None:
    text = "Llegó Marta Soler Vidal antes del tren; el Andino hacia Puno; vinos de Ocucaje, de Ica."
    found = [
        mention(text, "Marta Soler Vidal antes", "PER"),
        mention(text, "Andino hacia Puno", "ORG"),
        mention(text, "Ocucaje, de Ica", "PER"),
    ]
    got = spans(trimmed_edges(text, found, "es"))
    assert got[:3] == [("Marta Soler Vidal", "PER"), ("Andino", "ORG"), ("Puno", "LOC")]
    assert got[3] == ("Ocucaje", "PER") and got[4][0] == "Ica"
    text = "Castilla y León y Ebro Foods, S.A. siguen."
    found = [mention(text, "Castilla y León", "LOC"), mention(text, "Ebro Foods, S.A.", "ORG")]
    assert spans(trimmed_edges(text, found, "es")) == [("Castilla y León", "LOC"), ("Ebro Foods, S.A.", "ORG")]
    text = "Музей в Кеми и Петрозаводске."
    assert spans(trimmed_edges(text, [mention(text, "Кеми и", "LOC")], "ru")) == [("Кеми", "LOC")]


def test_a_persons_span_read_on_through_a_description_is_cut_and_a_places_particle_goes() -> None:
    text = "Habló Lucía Prat, alcaldesa de Utrera y presidenta de los regantes del Viar. Agua de Tous."
    found = [
        mention(text, "Utrera y presidenta de los regantes del Viar", "PER"),
        mention(text, "de Tous", "LOC"),
    ]
    got = spans(trimmed_edges(text, found, "es"))
    assert got[0][0] == "Utrera" and ("Tous", "LOC") in got
    text = "Erik ten Hag and Rhun ap Iorwerth spoke."  # one particle each: names
    found = [mention(text, "Erik ten Hag", "PER"), mention(text, "Rhun ap Iorwerth", "PER")]
    assert spans(trimmed_edges(text, found, "en")) == [("Erik ten Hag", "PER"), ("Rhun ap Iorwerth", "PER")]


def test_a_headlines_noun_and_adjective_before_a_name_are_cut_but_a_bodys_own_words_stay() -> None:
    text = "Aseguradora tapatía Cubrimex crece. La Commission bancaire de l'UMOA approuve."
    found = [
        mention(text, "Aseguradora tapatía Cubrimex", "ORG"),
        mention(text, "Commission bancaire de l'UMOA", "ORG"),
    ]
    assert spans(trimmed_edges(text, found[:1], "es")) == [("Cubrimex", "ORG")]
    assert spans(trimmed_edges(text, found[1:], "fr")) == [("Commission bancaire de l'UMOA", "ORG")]


def test_a_polish_towns_adjective_before_a_district_is_cut() -> None:
    text = "Awaria w krakowskiej Nowej Hucie i w gdańskim Oliwie."
    found = [mention(text, "krakowskiej Nowej Hucie", "LOC"), mention(text, "gdańskim Oliwie", "LOC")]
    assert spans(trimmed_edges(text, found, "pl")) == [("Nowej Hucie", "LOC"), ("Oliwie", "LOC")]


def test_a_places_leading_particle_and_elided_article_are_cut() -> None:
    text = "Le préfet de l'Hérault et celui de la Lozère sont venus."
    found = [mention(text, "de l'Hérault", "LOC"), mention(text, "de la Lozère", "LOC")]
    assert spans(trimmed_edges(text, found, "fr")) == [("Hérault", "LOC"), ("Lozère", "LOC")]


def test_a_list_of_towns_read_as_one_body_is_a_place_each() -> None:
    text = "Fans came from Perth, Stirling and Cork; Smith, Jones Ltd paid."
    found = [mention(text, "Perth, Stirling", "ORG"), mention(text, "Smith, Jones Ltd", "ORG")]
    assert spans(trimmed_edges(text, found, "en")) == [
        ("Perth", "LOC"),
        ("Stirling", "LOC"),
        ("Smith, Jones Ltd", "ORG"),
    ]


def test_a_plural_island_kind_gives_both_names_of_its_pair() -> None:
    text = "Die Fähre fährt zu den Inseln Spiekeroog und Wangerooge, sagte sie."
    found = [mention(text, "Inseln Spiekeroog", "ORG")]
    assert spans(trimmed_edges(text, found, "de")) == [("Spiekeroog", "LOC"), ("Wangerooge", "LOC")]


def test_a_singular_island_kind_gives_no_second_name() -> None:
    text = "Die Fähre fährt zur Insel Spiekeroog und Wangerooge bleibt ohne Anschluss."
    found = [mention(text, "Insel Spiekeroog", "ORG")]
    assert spans(trimmed_edges(text, found, "de")) == [("Spiekeroog", "LOC")]
