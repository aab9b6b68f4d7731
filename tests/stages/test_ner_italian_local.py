"""Italian local news: local bodies and schools with their town, "Corriere ...", towns after
lower-case kind words, residents' nouns and roads."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_local import italian_local


def test_a_local_body_and_its_town_are_one_body() -> None:
    text = "La Pro Loco di Ussita e la Croce Verde di Fermo ringraziano la Camera di Commercio delle Marche."
    found = [
        mention(text, "Pro Loco di Ussita", "PER"),
        mention(text, "Croce Verde", "ORG"),
        mention(text, "Fermo", "LOC"),
        mention(text, "Camera di Commercio", "ORG"),
        mention(text, "Marche", "LOC"),
    ]
    assert spans(italian_local(text, found, "it")) == [
        ("Pro Loco di Ussita", "ORG"),
        ("Croce Verde di Fermo", "ORG"),
        ("Camera di Commercio delle Marche", "ORG"),
    ]


def test_the_bare_pro_loco_is_no_name() -> None:
    text = "Festa a Visso: la Pro Loco porta in piazza mille persone."
    found = [mention(text, "Visso", "LOC"), mention(text, "Pro Loco", "PER")]
    assert spans(italian_local(text, found, "it")) == [("Visso", "LOC")]


def test_a_school_by_its_kind_and_town_is_one_body() -> None:
    text = "Gli studenti del Liceo scientifico di Fermo e dell'Istituto comprensivo di Visso. Istituto Luce no."
    found = [mention(text, "Fermo", "LOC"), mention(text, "Istituto", "MISC"), mention(text, "Istituto Luce", "ORG")]
    assert spans(italian_local(text, found, "it")) == [
        ("Liceo scientifico di Fermo", "ORG"),
        ("Istituto comprensivo di Visso", "ORG"),
        ("Istituto Luce", "ORG"),
    ]


def test_a_corriere_is_a_newspaper_cut_from_the_person_before_it() -> None:
    text = "Lo ha detto Bianchi al Corriere di Bologna, poi al Corriere della Sera la riforma."
    found = [mention(text, "Bianchi al Corriere", "PER"), mention(text, "Bologna", "LOC")]
    assert spans(italian_local(text, found, "it")) == [
        ("Bianchi", "PER"),
        ("Corriere di Bologna", "ORG"),
        ("Corriere della Sera", "ORG"),
    ]


def test_a_lower_case_hospital_or_carabinieri_station_gives_the_town() -> None:
    text = "Portato all'ospedale di Fermo, poi i carabinieri della stazione di Visso. Alla stazione di Ancona."
    found = [
        mention(text, "ospedale di Fermo", "ORG"),
        mention(text, "stazione di Visso", "LOC"),
        mention(text, "stazione di Ancona", "LOC"),
    ]
    assert spans(italian_local(text, found, "it")) == [
        ("Fermo", "LOC"),
        ("Visso", "LOC"),
        ("stazione di Ancona", "LOC"),  # a railway station keeps its kind word
    ]


def test_towns_after_residents_and_roads() -> None:
    text = "Un anziano di Montemonaco è caduto sulla provinciale per Ussita. Un uomo di Rossi no."
    found = [mention(text, "Montemonaco", "MISC"), mention(text, "Rossi", "PER")]
    assert spans(italian_local(text, found, "it")) == [
        ("Montemonaco", "LOC"),
        ("Ussita", "LOC"),
        ("Rossi", "PER"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "La Pro Loco di Ussita."
    found = [mention(text, "Pro Loco di Ussita", "PER")]
    assert spans(italian_local(text, found, "es")) == [("Pro Loco di Ussita", "PER")]


def test_a_town_named_by_its_council_is_a_place_in_its_lists() -> None:
    text = "Stop alle navi per Linosa, Lampione e Conigli. Sul molo di Linosa la protesta. Il Comune di Linosa ricorre."
    found = [
        mention(text, "Linosa", "MISC"),
        mention(text, "Lampione", "MISC"),
        mention(text, "Conigli", "MISC"),
        mention(text, "Linosa", "ORG", 1),
        mention(text, "Comune di Linosa", "ORG"),
    ]
    assert spans(italian_local(text, found, "it")) == [
        ("Linosa", "LOC"),
        ("Lampione", "LOC"),
        ("Conigli", "LOC"),
        ("Linosa", "LOC"),
        ("Comune di Linosa", "ORG"),
    ]


def test_a_town_acting_and_a_list_without_a_council_stay() -> None:
    text = "Linosa ha deciso. Lampione e Conigli tacciono. Il Comune di Linosa ricorre."
    found = [
        mention(text, "Linosa", "ORG"),
        mention(text, "Lampione", "MISC"),
        mention(text, "Conigli", "MISC"),
        mention(text, "Comune di Linosa", "ORG"),
    ]
    assert spans(italian_local(text, found, "it")) == [
        ("Linosa", "ORG"),
        ("Lampione", "MISC"),
        ("Conigli", "MISC"),
        ("Comune di Linosa", "ORG"),
    ]


def test_a_trade_firm_after_its_trade_word_and_its_town() -> None:
    text = "Il lavoro passa alla tintoria artigiana Lucente Pulito di Santa Croce sull'Arno, poi torna."
    assert spans(italian_local(text, [], "it")) == [("Lucente Pulito", "ORG"), ("Santa Croce", "LOC")]


def test_a_trade_word_before_a_preposition_names_no_firm() -> None:
    text = "Ha lavorato nella carrozzeria di Mario Rossi per vent'anni."
    found = [mention(text, "Mario Rossi", "PER")]
    assert spans(italian_local(text, found, "it")) == [("Mario Rossi", "PER")]


def test_a_motorway_exit_gives_its_town() -> None:
    text = "I camion escono al casello di Valle Salimbene e proseguono, poi al casello di uscita."
    assert spans(italian_local(text, [], "it")) == [("Valle Salimbene", "LOC")]
