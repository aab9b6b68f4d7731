"""Italian investigative units, their acronyms, syndicates, clans, law firms and councillors."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_justice import italian_justice


def test_a_unit_with_lower_case_adjectives_and_its_town_is_one_body() -> None:
    text = "Indaga la Squadra mobile di Bari con il Reparto operativo dei Carabinieri."
    found = [mention(text, "Indaga la Squadra", "PER"), mention(text, "Bari", "LOC"), mention(text, "Reparto", "MISC")]
    assert spans(italian_justice(text, found, "it")) == [
        ("Squadra mobile di Bari", "ORG"),
        ("Reparto operativo", "ORG"),
    ]


def test_a_party_s_direction_is_no_police_unit() -> None:
    text = "Si riunisce la Direzione nazionale del partito."
    assert spans(italian_justice(text, [mention(text, "Direzione", "MISC")], "it")) == [("Direzione", "MISC")]


def test_title_case_acronyms_after_an_article_and_syndicates() -> None:
    text = "I militari del Ros e la Dia indagano sulla Camorra; Ros Barberi no."
    found = [mention(text, "Ros", "MISC"), mention(text, "Ros Barberi", "PER")]
    assert spans(italian_justice(text, found, "it")) == [
        ("Ros", "ORG"),
        ("Dia", "ORG"),
        ("Camorra", "ORG"),
        ("Ros Barberi", "PER"),
    ]


def test_a_clan_is_a_body_by_its_surname_and_its_town_a_place() -> None:
    text = "Il clan Esposito di Caserta e la cosca dei Morabito; gli Esposito tacciono."
    found = [
        mention(text, "Esposito di Caserta", "ORG"),
        mention(text, "Morabito", "PER"),
        mention(text, "Esposito", "PER", 1),
    ]
    assert spans(italian_justice(text, found, "it")) == [
        ("Esposito", "ORG"),
        ("Caserta", "LOC"),
        ("Morabito", "ORG"),
        ("Esposito", "PER"),
    ]


def test_a_law_firm_and_its_town_are_two() -> None:
    text = "Lo studio legale Russo & Partners di Napoli farà ricorso."
    found = [mention(text, "Russo", "MISC"), mention(text, "Partners di Napoli", "ORG")]
    assert spans(italian_justice(text, found, "it")) == [("Russo & Partners", "ORG"), ("Napoli", "LOC")]


def test_a_councillor_s_town_and_name_are_two() -> None:
    text = "L'ex assessore di Caserta Pietro Coppola e Caserta Sud."
    found = [mention(text, "Caserta Pietro Coppola", "ORG"), mention(text, "Caserta Sud", "LOC")]
    assert spans(italian_justice(text, found, "it")) == [
        ("Caserta", "LOC"),
        ("Pietro Coppola", "PER"),
        ("Caserta Sud", "LOC"),
    ]


def test_the_anti_mafia_network_only_after_a_body_word() -> None:
    text = "C'erano i volontari di Libera; la scelta è libera e Libera Rossi parla."
    found = [mention(text, "Libera Rossi", "PER")]
    assert spans(italian_justice(text, found, "it")) == [("Libera", "ORG"), ("Libera Rossi", "PER")]
