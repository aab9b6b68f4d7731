"""Other articles' teasers, told apart from a page's own headline by how many stories carry them.

A scraped page often keeps its site's frame: one French site's teaser of an article about a
competition inquiry headed 24 pages of the cl-tls feed, among them reports on the Libyan war,
and one page's guess of its own headline (`title._best_headline`) cannot tell.
Across pages it shows: an article's own headline is set aside on that article and its copies,
all in one story; a teaser on pages of many stories.  A headline line seen on pages of
`TEASER_STORIES` different stories is a teaser, and the pages whose title it was are
titled again without it (`title.retitle`).

A page's title taken from its first sentence counts as a headline line too: a page whose
text opens with its site's list of other articles has that list's first line for a title.
Only pages whose title was inferred count (a title the input gave is the title), and
near-duplicates do not: they are one page.
"""

from __future__ import annotations

from collections.abc import Iterable

from storywire.model import Article
from storywire.stages.title import has_inferred_title, line_key, title_lines

TEASER_STORIES = 3
TEASER_ROUNDS = 5  # titles given again, then noted again, at most this often per batch


class TeaserIndex:
    def __init__(self) -> None:
        # line -> the pages that set it aside, and their stories (until the line is a teaser)
        self._pages: dict[str, set[str]] = {}
        self._stories: dict[str, set[str]] = {}
        self.teasers: set[str] = set()

    @classmethod
    def from_articles(cls, articles: Iterable[Article]) -> TeaserIndex:
        index = cls()
        for article in articles:
            index.observe(article)
        return index

    def observe(self, article: Article) -> dict[str, list[str]]:
        """Note the article's headline lines; the lines that became teasers with it, each with
        the earlier pages that carry it (for titling them again)."""
        if article.duplicate_of is not None or not has_inferred_title(article) or article.story_id is None:
            return {}
        became: dict[str, list[str]] = {}
        for line in dict.fromkeys(line_key(c) for c in title_lines(article)):
            if not line or line in self.teasers:
                continue
            self._pages.setdefault(line, set()).add(article.id)
            stories = self._stories.setdefault(line, set())
            stories.add(article.story_id)
            if len(stories) >= TEASER_STORIES:
                self.teasers.add(line)
                del self._stories[line]
                became[line] = sorted(p for p in self._pages.pop(line) if p != article.id)
        return became

    def is_teaser(self, title: str | None) -> bool:
        return title is not None and line_key(title) in self.teasers
