"""Mentions standing in for what a model returned, for the NER repair tests."""

from __future__ import annotations

from storywire.model import EntityType, Mention


def mention(text: str, surface: str, etype: EntityType, nth: int = 0) -> Mention:
    """The `nth` occurrence of `surface` in `text`, typed `etype`."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return Mention(at, at + len(surface), surface, etype, model="test")


def spans(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions]
