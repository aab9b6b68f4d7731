"""natasha (slovnet news NER, trained on Russian news) for Russian text."""

from __future__ import annotations

import functools
from typing import Any

from storywire.model import EntityType, Mention

MODEL_LABEL = "natasha"
_TYPES: dict[str, EntityType] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


@functools.cache
def _load() -> Any | None:
    try:
        from natasha import NewsEmbedding, NewsNERTagger
    except ImportError:
        return None
    return NewsNERTagger(NewsEmbedding())


def available() -> bool:
    return _load() is not None


def natasha_mentions(text: str) -> list[Mention]:
    tagger = _load()
    if tagger is None or not text.strip():
        return []
    # The tagger reads the text itself; natasha's Doc would also split it into sentences and
    # tokens (razdel), which the spans do not need: 17% of the Russian NER time, same spans.
    return [
        Mention(span.start, span.stop, text[span.start : span.stop], _TYPES[span.type], model=MODEL_LABEL)
        for span in tagger(text).spans
        if span.type in _TYPES
    ]
