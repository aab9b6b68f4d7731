"""Online story clustering: each new article joins the most similar recent story or founds one.

Similarity combines the embedding cosine with the overlap of linked entity identities
(identities, not strings, so it works across scripts), and only stories whose date span is
within `window_days` of the article are candidates: two visits by the same people months
apart stay two stories.  Story ids derive from the founding article, so they never change
as later articles join.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

from storywire.model import Article, Story

MODEL = "storywire-online-cluster"
VERSION = "1"


@dataclass(frozen=True)
class ClusterConfig:
    threshold: float = 0.62
    embedding_weight: float = 0.6
    entity_weight: float = 0.4
    window_days: int = 4


@dataclass
class _Member:
    article_id: str
    published: date | None
    vector: npt.NDArray[np.float32] | None
    entities: frozenset[str]
    language: str | None
    title: str | None


@dataclass
class _StoryState:
    story: Story
    members: list[_Member] = field(default_factory=list)


def story_id_for(article_id: str) -> str:
    return "s" + hashlib.sha1(article_id.encode()).hexdigest()[:12]


def entity_set(article: Article) -> frozenset[str]:
    return frozenset(m.entity_id for m in article.mentions if m.entity_id and m.type in ("PER", "ORG", "LOC"))


def _member(article: Article) -> _Member:
    vector = np.asarray(article.embedding, dtype=np.float32) if article.embedding else None
    return _Member(article.id, article.published, vector, entity_set(article), article.language, article.title)


def _entity_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    # overlap coefficient: a short article mentioning few actors is not penalised for brevity
    return len(a & b) / min(len(a), len(b))


class StoryClusterer:
    def __init__(self, config: ClusterConfig | None = None) -> None:
        self.config = config or ClusterConfig()
        self._stories: dict[str, _StoryState] = {}

    def load(self, stories: list[Story], articles: list[Article]) -> None:
        """Rebuild state from the store: stories and their members' embeddings and entities."""
        by_id = {a.id: a for a in articles}
        for story in stories:
            state = _StoryState(story)
            state.members = [_member(by_id[a]) for a in story.articles if a in by_id]
            self._stories[story.id] = state

    def similarity(self, article: Article, state: _StoryState) -> float:
        candidate = _member(article)
        best = 0.0
        for member in state.members:
            cosine = 0.0
            if candidate.vector is not None and member.vector is not None:
                cosine = float(candidate.vector @ member.vector)
            overlap = _entity_overlap(candidate.entities, member.entities)
            score = self.config.embedding_weight * cosine + self.config.entity_weight * overlap
            best = max(best, score)
        return best

    def _in_window(self, article: Article, story: Story) -> bool:
        if article.published is None or story.first_published is None or story.last_published is None:
            return True
        window = self.config.window_days
        return (story.first_published - article.published).days <= window and (
            article.published - story.last_published
        ).days <= window

    def assign(self, article: Article) -> Story:
        """Put the article in a story (existing or new) and return that story, updated."""
        scored = [
            (self.similarity(article, state), story_id)
            for story_id, state in self._stories.items()
            if self._in_window(article, state.story) and article.id not in state.story.articles
        ]
        best_score, best_id = max(scored, default=(0.0, ""))
        if best_score >= self.config.threshold:
            state = self._stories[best_id]
        else:
            story = Story(id=story_id_for(article.id), articles=[])
            state = self._stories.setdefault(story.id, _StoryState(story))
        state.members.append(_member(article))
        if article.id not in state.story.articles:
            state.story.articles.append(article.id)
        _refresh(state)
        article.story_id = state.story.id
        article.record("cluster", MODEL, VERSION)
        return state.story


def _refresh(state: _StoryState) -> None:
    story = state.story
    dates = sorted(m.published for m in state.members if m.published)
    story.first_published = dates[0] if dates else None
    story.last_published = dates[-1] if dates else None
    story.languages = sorted({m.language for m in state.members if m.language})
    earliest = min(state.members, key=lambda m: (m.published or date.max, m.article_id))
    story.title = earliest.title or story.title
