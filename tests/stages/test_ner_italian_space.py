"""Italian space, research and industry news: observatories and space centres, departments
with their university, streets, newspapers, run-in predicates, plants' towns, professions."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_space import italian_space


def test_an_observatory_or_space_centre_with_its_place_is_one_place() -> None:
    text = "Dati dall'Osservatorio astrofisico di Arcetri e dal Centro spaziale del Fucino; il gruppo di Arcetri."
    found = [
        mention(text, "Osservatorio", "ORG"),
        mention(text, "Arcetri", "LOC"),
        mention(text, "Centro", "ORG"),
        mention(text, "Fucino", "LOC"),
        mention(text, "Arcetri", "MISC", 1),
    ]
    assert spans(italian_space(text, found, "it")) == [
        ("Osservatorio astrofisico di Arcetri", "LOC"),
        ("Centro spaziale del Fucino", "LOC"),
        ("Arcetri", "LOC"),
    ]


def test_a_department_with_its_university_is_one_body() -> None:
    text = "Il Dipartimento di fisica e astronomia dell'Università di Padova collabora."
    found = [mention(text, "Dipartimento di fisica", "ORG"), mention(text, "Università di Padova", "ORG")]
    assert spans(italian_space(text, found, "it")) == [
        ("Dipartimento di fisica e astronomia dell'Università di Padova", "ORG")
    ]


def test_a_street_is_a_place_and_a_newspaper_after_a_reporting_cue_a_body() -> None:
    text = "Sede in viale dell'Università. Secondo quanto scritto dal Messaggero, e a Stampa di Roma no."
    found = [
        mention(text, "viale dell'Università", "ORG"),
        mention(text, "Messaggero", "LOC"),
        mention(text, "Stampa", "LOC"),
        mention(text, "Roma", "LOC"),
    ]
    assert spans(italian_space(text, found, "it")) == [
        ("viale dell'Università", "LOC"),
        ("Messaggero", "ORG"),
        ("Stampa", "LOC"),
        ("Roma", "LOC"),
    ]


def test_made_in_italy_is_no_name_and_a_place_keeps_its_adjective() -> None:
    text = "Il ministro del Made in Italy vola nella Polinesia francese."
    found = [mention(text, "Italy", "LOC"), mention(text, "Polinesia", "LOC")]
    assert spans(italian_space(text, found, "it")) == [("Polinesia francese", "LOC")]


def test_a_predicate_opening_a_sentence_is_cut_from_the_body() -> None:
    text = "Contraria la Regione Liguria. Ieri la Provincia di Savona no."
    found = [mention(text, "Contraria la Regione Liguria", "ORG"), mention(text, "Provincia di Savona", "ORG")]
    assert spans(italian_space(text, found, "it")) == [("Regione Liguria", "ORG"), ("Provincia di Savona", "ORG")]


def test_a_plants_town_is_a_place_but_its_owner_stays_a_body() -> None:
    text = "Turni nello stabilimento di Cassino e nella centrale di Enel."
    found = [mention(text, "Enel", "ORG")]
    assert spans(italian_space(text, found, "it")) == [("Cassino", "LOC"), ("Enel", "ORG")]


def test_a_real_agency_and_a_scientist_by_profession() -> None:
    text = "Lo dice l'astronoma Ilaria Porcu Di Stefano; i dati vanno a Eumetsat."
    found = [mention(text, "Eumetsat", "LOC")]
    assert spans(italian_space(text, found, "it")) == [("Ilaria Porcu Di Stefano", "PER"), ("Eumetsat", "ORG")]
