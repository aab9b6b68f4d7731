"""Spanish state firms by their kind words and their short names (ner/spanish_state_firms.py).
Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_state_firms import spanish_state_firms


def test_a_state_firm_is_one_body_without_the_sources_run_into_it() -> None:
    text = "Portavoces de la Sociedad Estatal Loterías y Apuestas, S.A. lo negaron. Loterías abrirá."
    found = [
        mention(text, "Portavoces de la Sociedad Estatal Loterías", "ORG"),
        mention(text, "Apuestas", "LOC"),
    ]
    assert spans(spanish_state_firms(text, found, "es")) == [
        ("Sociedad Estatal Loterías y Apuestas, S.A.", "ORG"),
        ("Loterías", "ORG"),
    ]


def test_a_longer_body_holding_the_kind_words_blocks_it() -> None:
    text = "El Ministerio de Hacienda y la Sociedad Estatal Loterías firmaron."
    found = [mention(text, "Ministerio de Hacienda y la Sociedad Estatal Loterías", "ORG")]
    assert spans(spanish_state_firms(text, found, "es")) == [
        ("Ministerio de Hacienda y la Sociedad Estatal Loterías", "ORG"),
    ]


def test_no_state_firm_without_its_kind_words() -> None:
    text = "Loterías y Apuestas del Estado abrirá. Sociedad estatal de nadie."
    found = [mention(text, "Loterías y Apuestas del Estado", "ORG")]
    assert spans(spanish_state_firms(text, found, "es")) == [("Loterías y Apuestas del Estado", "ORG")]
    assert spans(spanish_state_firms(text, found, "it")) == [("Loterías y Apuestas del Estado", "ORG")]
