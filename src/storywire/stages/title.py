"""A display title for articles whose input gave none: the headline the cleaner set aside, or the lead."""

from __future__ import annotations

from collections import Counter

from storywire.model import Article

MAX_TITLE = 140


def infer_title(article: Article) -> None:
    if article.title:
        return
    # pages repeat their headline, sometimes prefixed with the site name: the most repeated form wins
    headlines = Counter(r.text.strip() for r in article.removed if r.reason == "headline" and r.text.strip())
    headline = min(headlines, key=lambda h: (-headlines[h], len(h))) if headlines else ""
    if not headline and article.sentences:
        first = article.sentences[0]
        headline = article.text[first.start : first.end]
    elif not headline:
        headline = article.text.strip().split("\n", 1)[0]
    if len(headline) > MAX_TITLE:
        headline = headline[: MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"
    article.title = headline or None
    article.record("infer_title", "storywire-rules", "1")
