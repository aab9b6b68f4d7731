"""The rule backend's run logic (ner/rules.py) for languages without morphology (Italian).

Sentences are written for these tests; the names in them are invented.
"""

from __future__ import annotations

from storywire.stages.ner.rules import rule_mentions


def found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in rule_mentions(text, "it")}


def test_minor_place_name_before_a_surname_is_a_first_name() -> None:
    # "Marco" is also a small town: without morphology only a major place splits off
    assert ("Marco Bellandi", "PER") in found("Oggi il presidente Marco Bellandi ha firmato il decreto.")
    got = found("Il presidente Russia Pavel Orlov ha parlato.")
    assert ("Russia", "LOC") in got and ("Pavel Orlov", "PER") in got


def test_sentence_opening_adverb_is_no_part_of_a_name() -> None:
    assert ("Guardia costiera", "ORG") in found("Ieri la Guardia costiera ha soccorso una barca.")
    assert ("Francesca Lodi", "PER") in found("Stamattina Francesca Lodi ha votato.")


def test_minor_place_before_a_full_name_splits_off() -> None:
    got = found("Il sindaco Ravenna Luca Neri ha parlato.")
    assert ("Ravenna", "LOC") in got and ("Luca Neri", "PER") in got
