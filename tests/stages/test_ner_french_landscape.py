"""French landscapes after a lower-case kind word (ner/french_landscape.py). Sentences written
for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.french_landscape import french_landscapes


def test_an_untagged_name_after_a_landscapes_kind_word_is_a_place() -> None:
    text = "Les vergers de la vallée du Rhône et de l'estuaire de la Gironde souffrent."
    assert spans(french_landscapes(text, [], "fr")) == [("Rhône", "LOC"), ("Gironde", "LOC")]


def test_a_model_mention_there_or_a_longer_name_is_left_alone() -> None:
    text = "La plaine de Caen et la forêt de Fontainebleau Avon sont calmes."
    found = [mention(text, "Caen", "ORG")]
    assert spans(french_landscapes(text, found, "fr")) == [("Caen", "ORG")]
    assert french_landscapes("la vallée du Rhône", [], "it") == []
