"""French craft-trade news: apprentices' training centres, branches in apposition, taxes
(ner/french_crafts.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.french_crafts import french_crafts


def test_a_training_centre_with_its_trade_and_town_is_one_body() -> None:
    text = "Le CFA des métiers de l'automobile de Niort accueille 120 apprentis, comme le CFA du bâtiment d'Angers."
    found = [mention(text, "CFA", "ORG"), mention(text, "Niort", "LOC"), mention(text, "Angers", "LOC")]
    assert spans(french_crafts(text, found, "fr")) == [
        ("CFA des métiers de l'automobile de Niort", "ORG"),
        ("CFA du bâtiment d'Angers", "ORG"),
    ]


def test_a_currency_or_a_bare_acronym_is_left() -> None:
    text = "Un prêt de 500 000 francs CFA de Dakar. Le CFA forme des apprentis."
    found = [mention(text, "Dakar", "LOC")]
    assert spans(french_crafts(text, found, "fr")) == [("Dakar", "LOC")]


def test_a_branch_in_apposition_is_a_body() -> None:
    text = "Selon Paul Mercier, président de la Capeb Gironde, la branche départementale de la confédération."
    found = [mention(text, "Paul Mercier", "PER"), mention(text, "Capeb Gironde", "LOC")]
    assert spans(french_crafts(text, found, "fr")) == [("Paul Mercier", "PER"), ("Capeb Gironde", "ORG")]


def test_a_place_after_a_locative_stays_a_place() -> None:
    text = "À Poitiers, la fédération régionale du bâtiment proteste. En Corrèze, la section locale du syndicat aussi."
    found = [mention(text, "Poitiers", "LOC"), mention(text, "Corrèze", "LOC")]
    assert spans(french_crafts(text, found, "fr")) == [("Poitiers", "LOC"), ("Corrèze", "LOC")]


def test_a_tax_names_no_body() -> None:
    text = "Les salons réclament une baisse de la TVA et de la CSG à Rennes."
    found = [mention(text, "TVA", "ORG"), mention(text, "CSG", "ORG"), mention(text, "Rennes", "LOC")]
    assert spans(french_crafts(text, found, "fr")) == [("Rennes", "LOC")]
    assert french_crafts(text, found, "de") == found
