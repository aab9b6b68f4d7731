"""Articles made of nothing but their mentions, for the linking tests."""

from __future__ import annotations

from storywire.model import Article, EntityType, Mention, Paragraph


def make(aid: str, lang: str, mentions: list[tuple[str, EntityType]]) -> Article:
    """An article whose text is its mentions joined by " ; ", each a Mention of its type."""
    text = " ; ".join(t for t, _ in mentions)
    article = Article(id=aid, raw=text, text=text, language=lang, paragraphs=[Paragraph(0, len(text), lang)])
    pos = 0
    for surface, etype in mentions:
        article.mentions.append(Mention(pos, pos + len(surface), surface, etype))
        pos += len(surface) + 3
    return article
