"""Shared helpers for the identity tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storywire.model import Article, EntityType, Mention, Paragraph
from storywire.pipeline import analyse, prepare
from storywire.stages.link import EntityRegistry, link_all

OrgNames = Callable[[dict[str, str]], dict[str, set[str]]]
LinkNames = Callable[[list[tuple[str, str, EntityType]]], list[str]]


def linked_ids(names: list[tuple[str, str, EntityType]]) -> list[str]:
    """Link each (text, language, type) as a one-mention article; the resolved ids, in order."""
    articles = []
    for i, (text, lang, etype) in enumerate(names):
        art = Article(id=f"a{i}", raw=text, text=text, language=lang)
        art.paragraphs = [Paragraph(0, len(text), lang)]
        art.mentions = [Mention(0, len(text), text, etype)]
        articles.append(art)
    registry = EntityRegistry()
    link_all(articles, registry)
    return [registry.resolve(a.mentions[0].entity_id or "") for a in articles]


@pytest.fixture
def link_names() -> LinkNames:
    return linked_ids


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
