"""Two Polish bodies joined by "i", ceremonies and quoted verbs (ner/polish_pairs.py).  Sentences
and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.polish_pairs import polish_pairs


def test_two_bodies_run_together_are_split_and_a_parents_acronym_is_its_own() -> None:
    text = "Pieniądze dały Ministerstwo Kultury i Instytut Pamięci Walk i Ofiar PAN w ubiegłym roku."
    found = [
        mention(text, "Ministerstwo Kultury i Instytut Pamięci Walk", "ORG"),
        mention(text, "Ofiar PAN", "ORG"),
    ]
    assert spans(polish_pairs(text, found, "pl")) == [
        ("Ministerstwo Kultury", "ORG"),
        ("Instytut Pamięci Walk i Ofiar", "ORG"),
        ("PAN", "ORG"),
    ]


def test_one_body_with_i_in_its_name_stays_whole() -> None:
    text = "Ministerstwo Rodziny i Polityki Społecznej ogłosiło konkurs."
    found = [mention(text, "Ministerstwo Rodziny i Polityki Społecznej", "ORG")]
    assert spans(polish_pairs(text, found, "pl")) == [("Ministerstwo Rodziny i Polityki Społecznej", "ORG")]


def test_a_ceremony_and_a_verb_opening_a_quote_are_no_names() -> None:
    text = "Apel Poległych odczytał kapitan.\n– Pamiętamy o nich – mówił Jan Nowak z Gdyni."
    found = [
        mention(text, "Apel Poległych", "ORG"),
        mention(text, "Pamiętamy", "LOC"),
        mention(text, "Jan Nowak", "PER"),
        mention(text, "Gdyni", "LOC"),
    ]
    assert spans(polish_pairs(text, found, "pl")) == [("Jan Nowak", "PER"), ("Gdyni", "LOC")]


def test_a_regional_branch_and_its_parents_acronym_are_two_bodies_a_units_name_is_one() -> None:
    text = "Patrol Grupy Karkonoskiej WOPR wypłynął rano. Żołnierze Grupy Bojowej NATO ćwiczą."
    found = [mention(text, "Karkonoskiej WOPR", "ORG"), mention(text, "Grupy Bojowej NATO", "ORG")]
    assert spans(polish_pairs(text, found, "pl")) == [
        ("Grupy Karkonoskiej", "ORG"),
        ("WOPR", "ORG"),
        ("Grupy Bojowej NATO", "ORG"),
    ]
