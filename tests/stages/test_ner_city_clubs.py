"""Clubs named by their city after a masculine article (ner/city_clubs.py)."""

from __future__ import annotations

import pytest
from ner_mentions import mention, spans

from storywire.stages.ner.city_clubs import clubs_named_by_city


@pytest.mark.parametrize(
    ("text", "name", "language", "expected"),
    [
        ("El Atlético empató a cero con el Sevilla en casa.", "Sevilla", "es", "ORG"),
        ("El gol del Valencia llegó tarde.", "Valencia", "es", "ORG"),
        ("Il Napoli ha battuto il Torino due a zero.", "Torino", "it", "ORG"),
        ("Ha vinto contro il Bologna.", "Bologna", "it", "ORG"),
        # a city without an article, a country, a region and a river keep their article as places
        ("Vive en Sevilla desde 2010.", "Sevilla", "es", "LOC"),
        ("Viajó al Perú en marzo.", "Perú", "es", "LOC"),
        ("Piove forte nel Lazio e sul Po.", "Lazio", "it", "LOC"),
        ("Piove forte nel Lazio e sul Po.", "Po", "it", "LOC"),
        ("Arrivato al Cairo, ha parlato.", "Cairo", "it", "LOC"),
        # only these two languages
        ("He played for el Sevilla once.", "Sevilla", "en", "LOC"),
    ],
)
def test_a_city_after_a_masculine_article_is_its_club(text: str, name: str, language: str, expected: str) -> None:
    assert spans(clubs_named_by_city(text, [mention(text, name, "LOC")], language)) == [(name, expected)]


def test_only_places_are_retyped() -> None:
    text = "Habló con el Sevilla."
    assert spans(clubs_named_by_city(text, [mention(text, "Sevilla", "PER")], "es")) == [("Sevilla", "PER")]
