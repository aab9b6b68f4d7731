"""A two-word town typed as a person is the town; a person's name is left alone."""

from __future__ import annotations

import pytest
from ner_mentions import mention, spans

from storywire.stages.ner.morph import analyzer
from storywire.stages.ner.slavic_town_pairs import town_pairs


def test_a_polish_two_word_town_read_as_a_person_is_a_place() -> None:
    text = "Radni Szklarskiej Poręby spotkali się z Anną Szklarską."
    found = [mention(text, "Szklarskiej Poręby", "PER"), mention(text, "Anną Szklarską", "PER")]
    assert spans(town_pairs(text, found, "pl")) == [("Szklarskiej Poręby", "LOC"), ("Anną Szklarską", "PER")]


@pytest.mark.skipif(analyzer("uk") is None, reason="pymorphy3 Ukrainian dictionary not installed")
def test_a_ukrainian_two_word_town_read_as_a_person_is_a_place() -> None:
    text = "Лікарі з Кривого Рогу та Олена Петренко."
    found = [mention(text, "Кривого Рогу", "PER"), mention(text, "Олена Петренко", "PER")]
    assert spans(town_pairs(text, found, "uk")) == [("Кривого Рогу", "LOC"), ("Олена Петренко", "PER")]


@pytest.mark.skipif(analyzer("ru") is None, reason="pymorphy3 Russian dictionary not installed")
def test_a_quay_named_by_its_river_gives_the_river_a_persons_quay_keeps_its_kind_word() -> None:
    text = "Кафе на набережной Невы открылось, а на набережной Шевченко закрылось."
    found = [mention(text, "набережной Невы", "LOC"), mention(text, "набережной Шевченко", "LOC")]
    assert spans(town_pairs(text, found, "ru")) == [("Невы", "LOC"), ("набережной Шевченко", "LOC")]
