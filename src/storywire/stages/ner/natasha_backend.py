"""natasha (slovnet news NER, trained on Russian news) for Russian text."""

from __future__ import annotations

import functools
from typing import Any

from storywire.model import EntityType, Mention

MODEL_LABEL = "natasha"
_TYPES: dict[str, EntityType] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


@functools.cache
def _load() -> tuple[Any, Any] | None:
    try:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter
    except ImportError:
        return None
    return Segmenter(), NewsNERTagger(NewsEmbedding())


def available() -> bool:
    return _load() is not None


def natasha_mentions(text: str) -> list[Mention]:
    loaded = _load()
    if loaded is None or not text.strip():
        return []
    from natasha import Doc

    segmenter, tagger = loaded
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return [
        Mention(span.start, span.stop, text[span.start : span.stop], _TYPES[span.type], model=MODEL_LABEL)
        for span in doc.spans
        if span.type in _TYPES
    ]
