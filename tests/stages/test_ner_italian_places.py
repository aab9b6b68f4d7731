"""Italian landforms with their kind word, names after a locality word, a firm's seat."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_places import landforms, towns_with_elided_tail


def test_a_capitalised_landform_and_its_name_are_one_place() -> None:
    text = "La frana sul Monte di Bignone e nel Golfo Tigullio, vicino al Lago d'Orta."
    found = [mention(text, "Monte", "ORG"), mention(text, "Bignone", "MISC"), mention(text, "Tigullio", "PER")]
    assert spans(landforms(text, found, "it")) == [
        ("Monte di Bignone", "LOC"),
        ("Golfo Tigullio", "LOC"),
        ("Lago d'Orta", "LOC"),
    ]


def test_a_bank_named_monte_stays_a_body() -> None:
    text = "Le azioni del Monte dei Paschi di Siena salgono."
    found = [mention(text, "Monte dei Paschi di Siena", "ORG")]
    assert spans(landforms(text, found, "it")) == [("Monte dei Paschi di Siena", "ORG")]


def test_a_name_after_a_locality_word_or_a_legal_form_is_a_place() -> None:
    text = "Piogge sulle alture di Pontori; lavori della Scavi Bruzzone S.r.l. di Lavagna nella frazione di Verzi."
    found = [mention(text, "Pontori", "MISC"), mention(text, "Scavi Bruzzone S.r.l.", "ORG")]
    assert spans(landforms(text, found, "it")) == [
        ("Pontori", "LOC"),
        ("Scavi Bruzzone S.r.l.", "ORG"),
        ("Lavagna", "LOC"),
        ("Verzi", "LOC"),
    ]


def test_lower_case_words_and_other_languages_are_left_alone() -> None:
    text = "Una zona di rischio sul monte."
    assert landforms(text, [], "it") == []
    assert landforms("Monte Rosa", [], "es") == []


def test_a_quay_a_district_or_a_hotel_gives_its_name_and_a_twin_town_is_one() -> None:
    text = "Al molo Favaro e in contrada Cala Verde; nell'ex hotel Villa Rosa. Il sindaco di Lipari e Vulcano parla."
    found = [mention(text, "Villa Rosa", "PER"), mention(text, "Lipari", "LOC"), mention(text, "Vulcano", "MISC")]
    assert spans(landforms(text, found, "it")) == [
        ("Favaro", "LOC"),
        ("Cala Verde", "LOC"),
        ("Villa Rosa", "LOC"),
        ("Lipari e Vulcano", "LOC"),
    ]


def test_a_lower_case_word_after_a_hotel_is_no_place() -> None:
    text = "L'hotel era pieno e il molo deserto."
    assert spans(landforms(text, [], "it")) == []


def test_a_town_with_its_elided_river_is_one_place() -> None:
    text = "Il corteo è partito da Cassano d'Adda ieri mattina."
    found = [mention(text, "Cassano", "LOC")]
    assert spans(towns_with_elided_tail(text, found, "it")) == [("Cassano d'Adda", "LOC")]


def test_a_place_before_an_elided_common_word_stays_as_it_is() -> None:
    text = "Lo spettacolo di Milano d'Estate ha chiuso."
    found = [mention(text, "Milano", "LOC")]
    assert spans(towns_with_elided_tail(text, found, "it")) == [("Milano", "LOC")]


def test_a_capitalised_alpe_and_its_name_are_one_place() -> None:
    text = "La neve resta sull'Alpe Cima Bianca fino a maggio."
    found = [mention(text, "Alpe Cima Bianca", "PER")]
    assert spans(landforms(text, found, "it")) == [("Alpe Cima Bianca", "LOC")]


def test_alpe_closing_a_firms_name_is_no_landform() -> None:
    text = "La Seggiovie dell'Alpe S.r.l. gestisce gli impianti."
    found = [mention(text, "Seggiovie dell'Alpe S.r.l.", "ORG")]
    assert spans(landforms(text, found, "it")) == [("Seggiovie dell'Alpe S.r.l.", "ORG")]
