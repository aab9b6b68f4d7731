"""Spanish and Italian spans run over an apposition (ner/romance_runs.py). Sentences written
for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.romance_runs import apposition_runs


def test_a_person_and_the_agency_after_her_are_two_names() -> None:
    text = "Su representante, Ana Ruiz, de la agencia madrileña Norte Talentos, lo confirmó."
    found = [mention(text, "Ana Ruiz, de la agencia madrileña Norte Talentos", "ORG")]
    assert spans(apposition_runs(text, found, "es")) == [("Ana Ruiz", "PER"), ("Norte Talentos", "ORG")]


def test_a_quoted_title_before_its_channel_is_no_name() -> None:
    text = 'Presenta el programa "Cocina Viva", de Canal Andaluz.'
    found = [mention(text, 'Cocina Viva", de Canal Andaluz', "ORG")]
    assert spans(apposition_runs(text, found, "es")) == [("Canal Andaluz", "ORG")]


def test_a_sentences_opening_verb_before_a_place_goes() -> None:
    text = '"Vienen de Logroño, catan y se marchan", dijo.'
    found = [mention(text, "Vienen de Logroño", "PER")]
    assert spans(apposition_runs(text, found, "es")) == [("Logroño", "LOC")]


def test_names_that_hold_de_are_left_alone() -> None:
    text = "Habló con Juan de Lugo y con la Universidad de Sevilla, de Granada y de Cádiz."
    found = [mention(text, "Juan de Lugo", "PER"), mention(text, "Universidad de Sevilla, de Granada", "ORG")]
    assert spans(apposition_runs(text, found, "es")) == [
        ("Juan de Lugo", "PER"),
        ("Universidad de Sevilla, de Granada", "ORG"),
    ]
    text = "Mit Ana Ruiz, de la agencia Norte."
    found = [mention(text, "Ana Ruiz, de la agencia Norte", "ORG")]
    assert spans(apposition_runs(text, found, "de")) == [("Ana Ruiz, de la agencia Norte", "ORG")]


def test_a_person_before_an_agency_cut_off_and_a_place_after_an_opening_verb() -> None:
    text = 'Su agente, Pablo Sáez, de la agencia Norte, habló. "Llegan de Logroño", dijo. Ciudad de México.'
    found = [mention(text, "Pablo Sáez, de la agencia", "ORG"), mention(text, "Llegan de Logroño", "LOC")]
    found.append(mention(text, "Ciudad de México", "LOC"))
    assert spans(apposition_runs(text, found, "es")) == [
        ("Pablo Sáez", "PER"),
        ("Logroño", "LOC"),
        ("Ciudad de México", "LOC"),
    ]
