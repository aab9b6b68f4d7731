"""The passes over a whole article (ner/article_passes.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.article_passes import article_passes


def test_the_passes_run_in_order_over_the_article() -> None:
    text = "Floods across Cumbria closed roads.\nIn Preston, Jane Doe said. Later Doe left for Leeds United."
    found = [mention(text, "Cumbria", "ORG"), mention(text, "Jane Doe", "PER"), mention(text, "Doe", "LOC", nth=1)]
    got = spans(article_passes(text, found, "en", tagged_by_paragraph=False))
    assert ("Cumbria", "LOC") in got  # a subdivision typed ORG
    assert ("Preston", "LOC") in got  # a town after "In" that no model found
    assert ("Leeds United", "ORG") in got  # a club by name
    assert ("Doe", "PER") in got  # the person's surname spread over the article


def test_a_clubs_city_in_a_sports_paragraph_survives_the_place_passes() -> None:
    text = "El Betis empató 1-1 con el Sevilla."
    club = mention(text, "Sevilla", "ORG")
    club.model = "city-club"
    assert ("Sevilla", "ORG") in spans(article_passes(text, [club], "es", tagged_by_paragraph=True))
