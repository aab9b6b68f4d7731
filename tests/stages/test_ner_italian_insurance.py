"""Italian mutual insurers, pension funds, ombudsmen, bodies' services, national bodies and
streets named after kings."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_insurance import italian_insurance


def test_a_mutual_insurer_with_its_kind_word_is_a_body_not_a_person() -> None:
    text = "Ieri la Mutua Tirrenica di Assicurazioni ha chiuso il bilancio con la Mutua Tirrenica."
    found = [mention(text, "Mutua Tirrenica di Assicurazioni", "PER"), mention(text, "Mutua Tirrenica", "PER", 1)]
    assert spans(italian_insurance(text, found, "it")) == [
        ("Mutua Tirrenica di Assicurazioni", "ORG"),
        ("Mutua Tirrenica", "ORG"),
    ]


def test_a_pension_fund_is_a_body() -> None:
    text = "Gli iscritti al Fondo Pensione Cometa crescono."
    found = [mention(text, "Fondo Pensione Cometa", "PER")]
    assert spans(italian_insurance(text, found, "it")) == [("Fondo Pensione Cometa", "ORG")]


def test_an_ombudsman_and_its_bare_short_name_are_bodies() -> None:
    text = "I clienti ricorrono all'Arbitro Bancario Finanziario, e l'Arbitro decide in tre mesi."
    found = [mention(text, "Arbitro Bancario Finanziario", "PER"), mention(text, "Arbitro", "MISC", 1)]
    assert spans(italian_insurance(text, found, "it")) == [
        ("Arbitro Bancario Finanziario", "ORG"),
        ("Arbitro", "ORG"),
    ]


def test_a_bare_referee_is_no_body_where_no_ombudsman_is_named() -> None:
    text = "Dopo la partita, l'Arbitro ha lasciato il campo."
    found = [mention(text, "Arbitro", "MISC")]
    assert spans(italian_insurance(text, found, "it")) == [("Arbitro", "MISC")]


def test_a_bodys_service_is_a_body_without_the_body_it_belongs_to() -> None:
    text = "Il reclamo passa al Servizio Clienti di Poste Italiane, che risponde."
    found = [mention(text, "al Servizio Clienti", "PER"), mention(text, "Poste Italiane", "ORG")]
    assert spans(italian_insurance(text, found, "it")) == [("Servizio Clienti", "ORG"), ("Poste Italiane", "ORG")]


def test_a_service_opening_a_sentence_is_left_to_the_models() -> None:
    text = "Servizio Civile: domande entro venerdì."
    found = [mention(text, "Servizio Civile", "MISC")]
    assert spans(italian_insurance(text, found, "it")) == [("Servizio Civile", "MISC")]


def test_national_bodies_read_as_persons_are_bodies() -> None:
    text = "Secondo la Marina Militare e l'Ania il mare è calmo."
    found = [mention(text, "Marina Militare", "PER"), mention(text, "Ania", "MISC")]
    assert spans(italian_insurance(text, found, "it")) == [("Marina Militare", "ORG"), ("Ania", "ORG")]


def test_a_street_named_after_a_king_ends_at_his_number() -> None:
    text = "Il bar di via Carlo Alberto I. Tutti lo sanno."
    found = [mention(text, "Carlo Alberto I. Tutti", "PER")]
    assert spans(italian_insurance(text, found, "it")) == [("via Carlo Alberto I", "LOC")]


def test_a_person_with_an_initial_is_not_a_street() -> None:
    text = "Lo dice Carlo M. Rossi, sindaco."
    found = [mention(text, "Carlo M. Rossi", "PER")]
    assert spans(italian_insurance(text, found, "it")) == [("Carlo M. Rossi", "PER")]


def test_other_languages_are_left_alone() -> None:
    text = "La Mutua Tirrenica paga."
    found = [mention(text, "Mutua Tirrenica", "PER")]
    assert spans(italian_insurance(text, found, "es")) == [("Mutua Tirrenica", "PER")]


def test_a_health_authoritys_lower_case_department_is_a_body() -> None:
    text = "I controlli spettano al Servizio veterinario e sanità animale dell'Asl di Lecco."
    found = [mention(text, "Asl di Lecco", "ORG")]
    assert spans(italian_insurance(text, found, "it")) == [
        ("Servizio veterinario e sanità animale", "ORG"),
        ("Asl di Lecco", "ORG"),
    ]


def test_a_lower_case_service_without_a_health_authority_is_left_alone() -> None:
    text = "Il Servizio veterinario resta chiuso dalla Regione per ferie."
    found = [mention(text, "Regione", "ORG")]
    assert spans(italian_insurance(text, found, "it")) == [("Regione", "ORG")]
