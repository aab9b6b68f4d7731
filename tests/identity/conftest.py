"""Shared helpers for the identity tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storywire.model import Article
from storywire.pipeline import analyse, prepare
from storywire.stages.link import EntityRegistry, link_all

OrgNames = Callable[[dict[str, str]], dict[str, set[str]]]


@pytest.fixture
def organisation_names() -> OrgNames:
    """texts by key -> the display names of the organisations each one links to, after the
    whole pipeline's analysis and one shared linking of all texts."""

    def run(texts: dict[str, str]) -> dict[str, set[str]]:
        registry = EntityRegistry()
        articles = []
        for key, text in texts.items():
            article = Article(id=key, raw=text)
            prepare(article)
            analyse(article)
            articles.append(article)
        link_all(articles, registry)
        return {
            a.id: {registry.get(m.entity_id).name for m in a.mentions if m.type == "ORG" and m.entity_id}
            for a in articles
        }

    return run
