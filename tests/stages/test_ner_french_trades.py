"""French family trades named by their capitalised trade and owner (ner/french_trades.py).
Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.french_trades import french_trades


def test_a_capitalised_trade_and_its_owner_are_one_firm() -> None:
    text = "Les Pompes funèbres Le Goff, de Brest, et les Transports Kervella ont répondu."
    found = [mention(text, "Le Goff", "PER"), mention(text, "Brest", "LOC"), mention(text, "Kervella", "PER")]
    assert spans(french_trades(text, found, "fr")) == [
        ("Pompes funèbres Le Goff", "ORG"),
        ("Brest", "LOC"),
        ("Transports Kervella", "ORG"),
    ]


def test_a_trade_opening_a_sentence_or_in_lower_case_is_left() -> None:
    text = "Transports Kervella a gagné. La marbrerie Guillou agrandit."
    found = [mention(text, "Kervella", "PER"), mention(text, "Guillou", "ORG")]
    assert french_trades(text, found, "fr") == found
    assert french_trades(text, found, "de") == found
