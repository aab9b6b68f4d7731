"""A place's article inside or outside its name, as the gazetteer spells it (ner/place_articles.py)."""

from __future__ import annotations

import pytest
from ner_mentions import mention, spans

from storywire.stages.ner.place_articles import place_articles


@pytest.mark.parametrize(
    ("text", "found", "language", "expected"),
    [
        ("La France a envoyé des secouristes.", "La France", "fr", "France"),  # a sentence's article
        ("L'Europe doit se défendre.", "L'Europe", "fr", "Europe"),
        ("La Haye a rendu son verdict.", "La Haye", "fr", "La Haye"),  # the article is the name's
        ("El Salvador votó ayer.", "Salvador", "es", "El Salvador"),  # a model cut it off
        ("Viajó a El Salvador ayer.", "Salvador", "es", "El Salvador"),
        ("È stata ricostruita L'Aquila.", "Aquila", "it", "L'Aquila"),
        ("Visitó Salvador de Bahía.", "Salvador", "es", "Salvador"),  # no article: left alone
        ("B. in Paris und auf La Réunion.", "La Réunion", "de", "La Réunion"),  # mid-sentence: the name's
        ("La Molina hat 23 Einwohner.", "La Molina", "de", "La Molina"),  # no German article
        ("La Gazzetta dello Sport ha scritto.", "La Gazzetta dello Sport", "it", "La Gazzetta dello Sport"),
    ],
)
def test_a_places_article_follows_the_gazetteer(text: str, found: str, language: str, expected: str) -> None:
    got = spans(place_articles(text, [mention(text, found, "ORG")], language))
    assert [surface for surface, _ in got] == [expected]
    assert got[0][1] == ("ORG" if expected == found else "LOC")
