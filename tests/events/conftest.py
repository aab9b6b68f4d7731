from __future__ import annotations

from datetime import date

import pytest

from storywire.events.extract import Candidate, extract_candidates
from storywire.ingest.formats import text_fingerprint
from storywire.model import Article
from storywire.pipeline import analyse, prepare
from storywire.stages.link import EntityRegistry, link_all


def analysed(text: str, lang: str, published: date = date(2025, 3, 5), aid: str = "a1") -> Article:
    article = Article(id=aid, raw=text, published=published, language_hint=lang, source=f"src-{aid}")
    prepare(article)
    article.content_hash = text_fingerprint(article.text)
    analyse(article)
    article.language = lang
    for paragraph in article.paragraphs:
        paragraph.language = lang
    return article


@pytest.fixture
def extract() -> object:
    def run(text: str, lang: str, published: date = date(2025, 3, 5)) -> tuple[list[Candidate], EntityRegistry]:
        article = analysed(text, lang, published)
        registry = EntityRegistry()
        link_all([article], registry)
        return extract_candidates(article, registry), registry

    return run
