"""Online story clustering: each new article joins the stories of the articles it matches.

Two articles are linked when their publication dates lie within a window and the learned
link probability clears its threshold (`similarity.link`: a logistic regression over the
lead-embedding cosine, the overlap of linked entity identities, so it works across scripts,
and the gap between the dates the two mention; fitted, threshold included, on the
SemEval-2022 training pairs by grouped cross-validation).  Two visits by the same people
months apart therefore stay two stories: the window keeps them apart whatever the text
says.  Candidates come from a week-sharded ANN index (only the window is searched) and from
the recent articles that share an entity.

A new article's links touch some stories; those stories and the article are clustered
again by average linkage over their pair weights (`partition`): a new article that links
two stories merges them when the evidence between them is strong enough ("evidence
accumulates"), and a chain of daily reports that only links day to day is cut into its
happenings instead of growing into one six-week story.  The clustering is a function of
the members and their pair weights, not of arrival order; re-clustering a union of whole
earlier results gives them back unchanged, so only a new article's own neighbourhood moves.

A story's id derives from its anchor, the earliest-published member (ties by article id), so
re-ingesting in another order gives the same ids.  When a merge, a split or an earlier
article changes the anchor, the old id is kept as a redirect to the story that holds the
old anchor.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from storywire.identity.organisations import news_medium
from storywire.index import WindowedIndex
from storywire.model import Article, Story
from storywire.stages.actor_profiles import ActorProfiles
from storywire.stages.cluster_nodes import ACTOR_WEIGHTS, Identities, Node, SameIds, entity_mentions, happening_dates
from storywire.stages.embed import E5Embedder
from storywire.stages.partition import average_linkage
from storywire.stages.title import representative_titles

# The encoder whose lead cosines the learned link model was fitted on.
LINK_ENCODER = E5Embedder.name

if TYPE_CHECKING:
    from storywire.similarity.link import LinkModel, LinkSide

MODEL = "storywire-online-cluster"
VERSION = "6"  # 5: news agencies are no shared actors or entities (a dateline's "(EFE)" chained storylines);
# 6: actor profiles follow identities merged or relinked after their articles arrived
RECENT_PER_ENTITY = 400  # how many recent articles per entity are candidates beside the ANN hits
LEADING_ENTITIES = 8
# Above this many articles a linked group is not re-clustered (its pairs within the window are
# weighed once per batch, its links merged on every arrival): the new article joins the
# touched story it is most strongly linked to, which depends on arrival order.  A month of
# dense war coverage (cl-tls) makes groups of ~300.
MAX_RECLUSTER = 2000


@dataclass(frozen=True)
class ClusterConfig:
    # learned: the shipped link model and its threshold; otherwise the hand-set weighted sum
    # below (also what an injected `score` is compared against)
    learned: bool = True
    threshold: float = 0.62
    embedding_weight: float = 0.6
    entity_weight: float = 0.4
    window_days: int = 4
    neighbours: int = 30


PairScore = Callable[[npt.NDArray[np.float32], frozenset[str], npt.NDArray[np.float32], frozenset[str]], float]


def story_id_for(article_id: str) -> str:
    return "s" + hashlib.sha1(article_id.encode()).hexdigest()[:12]


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    # overlap coefficient: a short article naming few actors is not penalised for brevity
    return len(a & b) / min(len(a), len(b))


@dataclass
class Changes:
    stories: dict[str, Story] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    redirects: dict[str, str] = field(default_factory=dict)


class StoryClusterer:
    def __init__(
        self,
        config: ClusterConfig | None = None,
        score: PairScore | None = None,
        identities: Identities | None = None,
        encoder: str | None = None,
    ) -> None:
        """`encoder`: the name of the embedder that made the vectors.  The learned link model
        was fitted on e5 lead cosines; vectors of another encoder (the hash embedder of fast
        tests) have other cosines, so they get the hand-set score."""
        self.config = config or ClusterConfig()
        self.score = score or self._default_score
        self.link_model: LinkModel | None = None
        if score is None and self.config.learned and encoder in (None, LINK_ENCODER):
            # imported here: storywire.similarity's package imports the pipeline, which imports us
            from storywire.similarity.link import shipped_link_model

            self.link_model = shipped_link_model()
        # entity ids are compared through the registry as it is *now*: a bare "Zelensky" linked
        # before the full name was known has since been merged, and must count as the same person
        self.identities = identities if identities is not None else SameIds()
        self.nodes: dict[str, Node] = {}
        self.stories: dict[str, Story] = {}
        self.index: WindowedIndex | None = None
        self.recent: defaultdict[str, deque[str]] = defaultdict(lambda: deque(maxlen=RECENT_PER_ENTITY))
        self.story_actors = ActorProfiles()
        self.changes = Changes()
        self._weights: dict[tuple[str, str], float] = {}  # pair weights of this batch
        # stories cut from one connected group of linked articles: re-clustered together
        self.groups: dict[str, set[str]] = {}
        self.group_of: dict[str, str] = {}

    def _default_score(
        self, va: npt.NDArray[np.float32], ea: frozenset[str], vb: npt.NDArray[np.float32], eb: frozenset[str]
    ) -> float:
        return self.config.embedding_weight * float(va @ vb) + self.config.entity_weight * overlap(ea, eb)

    # loading -------------------------------------------------------------------------------

    def load(
        self,
        stories: Iterable[Story],
        articles: Iterable[Article],
        index: WindowedIndex | None = None,
    ) -> None:
        """Rebuild state from the store; `index` is the saved side file when it is current."""
        self.stories = {story.id: story for story in stories}
        self.index = index
        rebuild = index is None
        for article in sorted(articles, key=lambda a: (a.published or date.max, a.id)):
            if article.story_id is None or article.story_id not in self.stories:
                continue
            self._remember(article, article.story_id, index_it=rebuild)
        for story in self.stories.values():
            self._join_group(story.id, story.group or story.id)
            self.story_actors.put(story.id, self._actors(story.articles))
        self.changes = Changes()

    def _remember(self, article: Article, story_id: str, index_it: bool = True) -> None:
        mentions = entity_mentions(article)
        actors: Counter[str] = Counter()
        for m in article.mentions:
            if m.entity_id and m.type in ACTOR_WEIGHTS and not news_medium(m.text):
                actors[m.entity_id] += ACTOR_WEIGHTS[m.type]
        self.nodes[sys.intern(article.id)] = Node(
            article.published,
            tuple((sys.intern(e), n) for e, n in mentions.items()),
            tuple((sys.intern(e), n) for e, n in actors.items()),
            story_id,
            article.language,
            article.title,
            article.source,
            happening_dates(article),
            sys.intern(article.duplicate_of) if article.duplicate_of else None,
        )
        for entity_id in mentions:
            self.recent[entity_id].append(article.id)
        if index_it and article.embedding is not None:
            vector = np.asarray(article.embedding, dtype=np.float32)
            if self.index is None:
                self.index = WindowedIndex(len(vector))
            self.index.add(article.id, article.published, vector)

    # assignment ----------------------------------------------------------------------------

    def _within_window(self, a: date | None, b: date | None) -> bool:
        return a is None or b is None or abs((a - b).days) <= self.config.window_days

    def candidates(self, article: Article, vector: npt.NDArray[np.float32] | None) -> set[str]:
        found: set[str] = set()
        if vector is not None and self.index is not None:
            hits = self.index.search(vector, article.published, self.config.window_days, self.config.neighbours)
            found.update(article_id for article_id, _ in hits)
        for entity_id in entity_mentions(article):
            current = self.identities.resolve(entity_id)
            for key in (current, *self.identities.retired_ids(current)):
                found.update(self.recent.get(key, ()))
        found.discard(article.id)
        return {c for c in found if self._within_window(article.published, self.nodes[c].published)}

    def links(self, article: Article) -> list[str]:
        """Stored articles this one (already remembered) is about the same happening as."""
        vector = self.index.vector(article.id) if self.index is not None else None
        return sorted(c for c in self.candidates(article, vector) if self.pair_weight(article.id, c) > 0.0)

    def pair_weight(self, a: str, b: str) -> float:
        """The link score of two stored articles when they are linked, else 0 (symmetric)."""
        key = (a, b) if a < b else (b, a)
        cached = self._weights.get(key)
        if cached is None:
            cached = self._weights[key] = self._pair_weight(*key)
        return cached

    def _pair_weight(self, a: str, b: str) -> float:
        node_a, node_b = self.nodes[a], self.nodes[b]
        if node_a.duplicate_of == b or node_b.duplicate_of == a:
            return 1.0  # a near-duplicate belongs with its original, whatever its date
        if not self._within_window(node_a.published, node_b.published):
            return 0.0
        va = self.index.vector(a) if self.index is not None else None
        vb = self.index.vector(b) if self.index is not None else None
        if self.link_model is not None:
            cosine = None if va is None or vb is None else float(va @ vb)
            side_a = self._side(node_a.mentions, node_a.dates, node_a.language)
            side_b = self._side(node_b.mentions, node_b.dates, node_b.language)
            score, threshold = self.link_model.score(side_a, side_b, cosine), self.link_model.threshold
        else:
            ea, eb = self._current(node_a.entities), self._current(node_b.entities)
            if va is None or vb is None:
                score = self.config.entity_weight * overlap(ea, eb)
            else:
                score = self.score(va, ea, vb, eb)
            threshold = self.config.threshold
        return score if score >= threshold else 0.0

    def _side(
        self,
        mentions: Iterable[tuple[str, int]],
        dates: tuple[tuple[int, int], ...],
        language: str | None,
    ) -> LinkSide:
        """An article as the link model sees it, its entities resolved through the registry as it is now."""
        from storywire.similarity.link import LinkSide, entity_counts

        counts = entity_counts((self.identities.resolve(e), n) for e, n in mentions)
        return LinkSide(None, counts, dates, language)

    def _current(self, entity_ids: Iterable[str]) -> frozenset[str]:
        return frozenset(self.identities.resolve(e) for e in entity_ids)

    def assign(self, article: Article) -> Story:
        """Put the article in a story (new, joined, or several merged or re-cut) and return that story."""
        if article.id in self.nodes:
            story = self.stories[self.nodes[article.id].story]
            article.story_id = story.id
            return story
        self._remember(article, story_id_for(article.id))
        linked = self.links(article)
        if article.duplicate_of in self.nodes and article.duplicate_of not in linked:
            linked.append(article.duplicate_of)
        touched = sorted({self.nodes[c].story for c in linked})
        groups = sorted({self.group_of[story_id] for story_id in touched})
        previous = {story_id: self.stories[story_id] for g in groups for story_id in sorted(self.groups[g])}
        members = [article.id] + [m for story in previous.values() for m in story.articles]
        if len(members) <= MAX_RECLUSTER:
            blocks = average_linkage(members, self.pair_weight, pairs=self._pairs(members))
        else:
            blocks = self._join_strongest(article.id, previous, touched)
        for story_id in previous:
            self._retire(story_id)
        for g in groups:
            self.groups.pop(g, None)
        stories = self._rekey(blocks, previous)
        story = stories[self.nodes[article.id].story]
        article.story_id = story.id
        article.record("cluster", MODEL, VERSION)
        return story

    def _pairs(self, members: list[str]) -> Iterator[tuple[str, str]]:
        """The pairs of `members` that can be linked: within the window, or a near-duplicate and its original."""
        nodes = self.nodes
        dated = sorted((m for m in members if nodes[m].published), key=lambda m: (nodes[m].published, m))
        undated = sorted(m for m in members if not nodes[m].published)
        for i, a in enumerate(dated):
            day = nodes[a].published
            assert day is not None
            for b in dated[i + 1 :]:
                if (nodes[b].published - day).days > self.config.window_days:  # type: ignore[operator]
                    break
                yield a, b
        for i, a in enumerate(undated):
            for b in (*dated, *undated[i + 1 :]):
                yield a, b
        present = set(members)
        for m in members:
            original = nodes[m].duplicate_of
            if original in present:
                yield m, original

    def _join_strongest(self, article_id: str, previous: dict[str, Story], touched: list[str]) -> list[list[str]]:
        """Without re-clustering (too big a group): the article joins the touched story it is
        most strongly linked to."""
        blocks = {story_id: list(story.articles) for story_id, story in previous.items()}
        strength = {story_id: sum(self.pair_weight(article_id, m) for m in blocks[story_id]) for story_id in touched}
        best = min(strength, key=lambda story_id: (-strength[story_id], story_id))
        blocks[best].append(article_id)
        return list(blocks.values())

    def _join_group(self, story_id: str, group: str) -> None:
        self.groups.setdefault(group, set()).add(story_id)
        self.group_of[story_id] = group

    def _retire(self, story_id: str) -> None:
        self.stories.pop(story_id, None)
        self.story_actors.drop(story_id)
        self.changes.stories.pop(story_id, None)
        self.changes.removed.add(story_id)
        self.group_of.pop(story_id, None)

    def _order(self, article_id: str) -> tuple[date, str]:
        """Members in date order, ties by id; the first is the anchor that names the story."""
        return (self.nodes[article_id].published or date.max, article_id)

    def _anchor(self, members: Iterable[str]) -> str:
        return min(members, key=self._order)

    def _actors(self, members: Iterable[str]) -> Counter[str]:
        actors: Counter[str] = Counter()
        for member in members:
            if member in self.nodes:
                for entity_id, weight in self.nodes[member].actors:
                    actors[self.identities.resolve(entity_id)] += weight
        return actors

    def follow_identities(self, rerouted: Iterable[str]) -> set[str]:
        """Stories whose actors changed since identities were merged, re-keyed or relinked
        (`rerouted`: what the changed ids resolved to before); their profiles are recomputed."""
        return self.story_actors.follow(rerouted, lambda story_id: self._actors(self.stories[story_id].articles))

    def _rekey(self, blocks: list[list[str]], previous: dict[str, Story]) -> dict[str, Story]:
        """Stories for `blocks` (one group), each keyed by its anchor; a retired id redirects to
        the story holding its old anchor.  A block that is an unchanged story keeps its record."""
        group = story_id_for(self._anchor(m for block in blocks for m in block))
        unchanged = {frozenset(story.articles): story for story in previous.values()}
        made: dict[str, Story] = {}
        for block in blocks:
            story_id = story_id_for(self._anchor(block))
            kept = unchanged.get(frozenset(block))
            if kept is not None and kept.id == story_id:
                story = kept
                self.story_actors.put(story_id, self._actors(story.articles))
            else:
                overlapping = [s for s in previous.values() if not set(s.articles).isdisjoint(block)]
                storylines = sorted({s.storyline_id for s in overlapping if s.storyline_id})
                story = Story(id=story_id, articles=[], storyline_id=storylines[0] if storylines else None)
                story.articles = sorted(set(block), key=self._order)
                for member in story.articles:
                    self.nodes[member].story = story_id
                self.refresh(story)
            story.group = group if len(blocks) > 1 else None
            self.changes.removed.discard(story_id)
            self.changes.redirects.pop(story_id, None)
            self.changes.stories[story_id] = story
            self.stories[story_id] = story
            self._join_group(story_id, story.group or story_id)
            made[story_id] = story
        for old, story in previous.items():
            holder = self.nodes[self._anchor(story.articles)].story
            if old != holder:
                self.changes.redirects[old] = holder
        return made

    def refresh(self, story: Story) -> None:
        """Recompute a story's languages, dates, titles, sources and leading entities."""
        nodes = [self.nodes[a] for a in story.articles]
        dates = sorted(n.published for n in nodes if n.published)
        story.first_published = dates[0] if dates else None
        story.last_published = dates[-1] if dates else None
        story.languages = sorted({n.language for n in nodes if n.language})
        story.sources = sorted({n.source for n in nodes if n.source})
        story.titles = representative_titles([(n.language, n.title) for n in nodes])
        by_size = Counter(n.language for n in nodes if n.language and n.title)
        if by_size:  # the language most members speak; ties: the earliest member's
            story.title = story.titles[max(by_size, key=lambda lang: by_size[lang])]
        else:
            story.title = next((n.title for n in nodes if n.title), story.title)
        prominence: Counter[str] = Counter()
        for node in nodes:
            for entity_id, count in node.mentions:
                prominence[entity_id] += 1000 + count  # articles naming it first, then how often
        story.entities = [entity_id for entity_id, _ in prominence.most_common(LEADING_ENTITIES)]
        self.story_actors.put(story.id, self._actors(story.articles))
        self.changes.stories[story.id] = story

    def retitle(self, article_id: str, title: str | None) -> None:
        """A stored article's title changed (another page's teaser set aside): its story's titles follow."""
        node = self.nodes.get(article_id)
        if node is None or node.title == title:
            return
        node.title = title
        story = self.stories.get(node.story)
        if story is not None:
            self.refresh(story)

    def take_changes(self) -> Changes:
        # pair weights resolve entities through the registry as it is now: a later batch's
        # merges of identities must be seen, so they are kept for one batch only
        self._weights.clear()
        changes, self.changes = self.changes, Changes()
        return changes
