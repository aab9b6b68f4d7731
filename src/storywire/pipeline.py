"""The orchestrator: one Article flows through the stages, in this order."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from storywire.events.merge import EventIndex
from storywire.index import WindowedIndex
from storywire.ingest.formats import Item, text_fingerprint
from storywire.model import Article, Rejection, RejectReason
from storywire.stages.clean import clean
from storywire.stages.cluster import StoryClusterer
from storywire.stages.dates import infer_publication_date, normalise_dates
from storywire.stages.dedupe import NearDuplicates
from storywire.stages.embed import E5Embedder, Embedder, embed
from storywire.stages.entities import extract_entities
from storywire.stages.language import detect_language
from storywire.stages.link import EntityRegistry, link_all
from storywire.stages.sentences import split_sentences
from storywire.stages.storyline_index import SIDE_FILE as STORYLINES_FILE
from storywire.stages.storyline_index import StorylineIndex
from storywire.stages.teasers import TEASER_ROUNDS, TeaserIndex
from storywire.stages.title import infer_title, retitle
from storywire.store.base import Batch, Store
from storywire.workers import Analyser, PendingBatch, analysis_failure

DEFAULT_BATCH = 32


@dataclass
class IngestReport:
    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0  # stored, but as a source of an earlier article rather than new evidence
    rejected: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)
    committed: int = 0  # articles durably written so far

    def summary(self) -> str:
        rejected = sum(self.rejected.values())
        reasons = ", ".join(f"{reason} {count}" for reason, count in sorted(self.rejected.items()))
        line = f"ingested {self.ingested}, duplicates skipped {self.duplicates}, rejected {rejected}"
        if reasons:
            line += f" ({reasons})"
        if self.near_duplicates:
            line += f"; near-duplicates kept as sources {self.near_duplicates}"
        if self.notes:
            line += "; " + ", ".join(f"{note}: {count}" for note, count in sorted(self.notes.items()))
        return line


def prepare(article: Article) -> None:
    """Cleaning, before the duplicate check: duplicates are judged on the cleaned text."""
    clean(article)
    article.content_hash = text_fingerprint(article.text)
    if not article.id:
        article.id = "a" + article.content_hash[:15]


def analyse(article: Article) -> None:
    """Every per-article analysis stage after cleaning; linking runs per batch (see Pipeline)."""
    detect_language(article)
    split_sentences(article)
    infer_title(article)
    if article.published is None:
        article.published, article.published_confidence = infer_publication_date(article.text, article.language)
        if article.published:
            article.notes.append("publication date inferred from text")
    normalise_dates(article)
    extract_entities(article)


def _arrival_order(article: Article) -> tuple[bool, date | None, str]:
    """A batch's articles oldest first, undated last, ties by id: not the order they came in."""
    return (article.published is None, article.published, article.id)


class Pipeline:
    def __init__(
        self,
        store: Store,
        embedder: Embedder | None = None,
        batch_size: int = DEFAULT_BATCH,
        index_dir: Path | None = None,
        workers: int = 1,
        make_analyser: Callable[..., Analyser] = Analyser,
    ) -> None:
        """`workers`: processes for the per-article analysis (1: in-process; `workers.AUTO`: one per
        core once an ingest is long enough to pay for starting them).
        `make_analyser`: builds each ingest's analyser from (workers, embedder=...): `Analyser`
        (processes on this machine) or `scale.analyser_for("ray", address)` (Ray actors)."""
        self.store = store
        self.workers = workers
        self.make_analyser = make_analyser
        self.embedder = embedder or E5Embedder()
        self.batch_size = batch_size
        self.index_dir = index_dir
        self.registry = EntityRegistry.from_records(store.entity_records(), store.corrections())
        self.clusterer = StoryClusterer(identities=self.registry, encoder=self.embedder.name)
        saved = WindowedIndex.load(index_dir, self.embedder.dim, store.article_count()) if index_dir else None
        stored = list(store.iter_articles())
        self.clusterer.load(store.iter_stories(), stored, saved)
        # the saved storyline index when it is current, else it is built on the first batch
        lines = self._storylines_file()
        loaded = StorylineIndex.load(lines, self.clusterer.stories, self.clusterer.story_actors) if lines else None
        self.storylines = loaded or StorylineIndex()
        self._storylines_built = loaded is not None
        self.near = NearDuplicates.from_texts([(a.id, a.text) for a in stored if a.duplicate_of is None])
        self.teasers = TeaserIndex.from_articles(stored)
        self.events = EventIndex.for_registry(self.registry, store.iter_events())

    def ingest(self, items: Iterable[Item], on_commit: Callable[[IngestReport], None] | None = None) -> IngestReport:
        report = IngestReport()
        # In worker processes the articles come back embedded (all but near-duplicates).
        analyser = self.make_analyser(self.workers, embedder=self.embedder)
        # Batches in analysis, oldest first: the next one is analysed while this process links,
        # embeds, clusters and commits the previous one.
        in_flight: deque[tuple[PendingBatch, list[Rejection]]] = deque()

        def submit(articles: list[Article], rejections: list[Rejection]) -> None:
            if articles or rejections:
                in_flight.append((analyser.submit(articles), rejections))
            while len(in_flight) > (1 if analyser.parallel else 0):
                pending_batch, refused = in_flight.popleft()
                self._commit(pending_batch.result(), refused, report, on_commit)

        try:
            pending: list[Article] = []
            rejections: list[Rejection] = []
            for article in self._admitted(items, rejections, report):
                pending.append(article)
                if len(pending) >= self.batch_size:
                    submit(pending, rejections[:])
                    pending = []
                    rejections.clear()  # the same list object: `_admitted` keeps appending to it
            submit(pending, rejections)
            while in_flight:
                pending_batch, refused = in_flight.popleft()
                self._commit(pending_batch.result(), refused, report, on_commit)
        finally:
            analyser.close()
        if self.index_dir is not None and self.clusterer.index is not None and report.ingested:
            self.clusterer.index.save(self.index_dir)  # a cache: rebuilt from the store when stale
        lines = self._storylines_file()
        if lines is not None and self._storylines_built and report.ingested:
            self.storylines.save(lines, self.clusterer.stories)  # a cache too
        return report

    def _storylines_file(self) -> Path | None:
        return self.index_dir / STORYLINES_FILE if self.index_dir is not None else None

    def _admitted(self, items: Iterable[Item], rejections: list[Rejection], report: IngestReport) -> Iterator[Article]:
        """Cleaned articles that are neither refused nor already stored; refusals go to `rejections`."""
        seen: set[str] = set()
        for item in items:
            if isinstance(item, Rejection):
                rejections.append(item)
                report.rejected[item.reason.value] += 1
                continue
            prepare(item)
            if not item.text.strip():
                rejections.append(Rejection(item.origin, RejectReason.NO_TEXT, "nothing left after cleaning"))
                report.rejected[RejectReason.NO_TEXT.value] += 1
                continue
            if item.content_hash in seen or (item.url and item.url in seen) or self.store.find_duplicate(
                item.url, item.content_hash
            ):
                report.duplicates += 1
                continue
            original = self.near.find(item.text)
            if original is None:
                self.near.add(item.id, item.text)
            else:  # a wire copy or re-published page: a source of that article, not new evidence
                item.duplicate_of = original
                report.near_duplicates += 1
            seen.update(x for x in (item.content_hash, item.url) if x)
            yield item

    def _set_teasers_aside(self, articles: list[Article]) -> list[Article]:
        """Title again the pages whose inferred title is a line now known to be a teaser
        (`stages/teasers.py`); the stored ones among them are returned to be written again.
        A new title may itself be a teaser (a site's list of other articles, line after
        line): it is noted like any title, for a few rounds."""
        in_batch = {a.id: a for a in articles}
        rewritten: dict[str, Article] = {}
        noted = sorted(articles, key=_arrival_order)
        for _ in range(TEASER_ROUNDS):
            earlier: set[str] = set()
            for article in noted:
                for pages in self.teasers.observe(article).values():
                    earlier.update(p for p in pages if p not in in_batch)
            retitled = [a for a in articles if self._retitled(a)]
            for article_id in sorted(earlier - rewritten.keys()):
                stored = self.store.get_article(article_id)
                if stored is not None and self._retitled(stored):
                    rewritten[article_id] = stored
                    retitled.append(stored)
            done = {a.id for a in retitled}
            retitled += [a for a in rewritten.values() if a.id not in done and self._retitled(a)]
            if not retitled:
                break
            noted = retitled
        return list(rewritten.values())

    def _retitled(self, article: Article) -> bool:
        if not (self.teasers.is_teaser(article.title) and retitle(article, self.teasers.teasers)):
            return False
        self.clusterer.retitle(article.id, article.title)
        return True

    def _reuse_embeddings(self, articles: list[Article]) -> None:
        """A near-duplicate takes its original's vector: the encoder is the slowest stage."""
        index = self.clusterer.index
        for article in articles:
            vector = index.vector(article.duplicate_of) if index is not None and article.duplicate_of else None
            if vector is not None:
                article.embedding = vector.tolist()
                article.record("embed", f"{self.embedder.name}, reused from {article.duplicate_of}", "1")

    def _without_failures(
        self, articles: list[Article], rejections: list[Rejection], report: IngestReport
    ) -> list[Article]:
        """The articles whose analysis ran; the others become `analysis_failed` rejections."""
        kept = []
        for article in articles:
            failure = analysis_failure(article)
            if failure is None:
                kept.append(article)
                continue
            rejections.append(Rejection(article.origin, RejectReason.ANALYSIS_FAILED, failure))
            report.rejected[RejectReason.ANALYSIS_FAILED.value] += 1
            self.near.remove(article.id)
        return kept

    def _commit(
        self,
        articles: list[Article],
        rejections: list[Rejection],
        report: IngestReport,
        on_commit: Callable[[IngestReport], None] | None,
    ) -> None:
        if not articles and not rejections:
            return
        articles = self._without_failures(articles, rejections, report)
        link_all(articles, self.registry)  # a batch at a time, so ids do not depend on order within it
        # identities this batch merged or relinked change the actors of stories stored before it
        reprofiled = self.clusterer.follow_identities(self.registry.take_rerouted())
        self._reuse_embeddings(articles)
        # What the workers did not embed: everything in-process, and near-duplicates whose
        # original is not indexed yet (same batch).
        embed([a for a in articles if a.embedding is None], self.embedder)
        for article in sorted(articles, key=_arrival_order):
            self.clusterer.assign(article)
        retitled = self._set_teasers_aside(articles)
        changes = self.clusterer.take_changes()
        # the first batch after loading a store relinks all its stories, later ones what they changed
        relink = (
            set(changes.stories) | changes.removed | (reprofiled & set(self.clusterer.stories))
            if self._storylines_built
            else set(self.clusterer.stories)
        )
        self._storylines_built = True
        for story in self.storylines.update(self.clusterer.stories, self.clusterer.story_actors, relink):
            changes.stories[story.id] = story
        originals = [a for a in articles if a.duplicate_of is None]
        events, removed_events = self.events.update(originals, self.registry, changes.redirects)
        self.store.commit_batch(
            Batch(
                articles=articles + retitled,
                rejections=rejections,
                entities=self.registry.take_dirty_records(),
                removed_entities=self.registry.take_removed_ids(),
                corrections=self.registry.correction_records(),
                stories=list(changes.stories.values()),
                removed_stories=sorted(changes.removed),
                story_redirects=changes.redirects,
                events=events,
                removed_events=removed_events,
            )
        )
        report.ingested += len(articles)
        report.committed = report.ingested
        for article in articles:
            report.notes.update(article.notes)
        if on_commit:
            on_commit(report)

