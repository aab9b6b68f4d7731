"""Per-article analysis in worker processes, so that every core works during a large ingest.

The per-article stages are pure functions of one article (linking and clustering need the
whole store and stay in the ingesting process). Workers are spawned, not forked: the
parent may already hold faiss/OpenMP threads, which a fork would copy in an unusable state. Each
worker loads its models once, on its first article, and keeps them for the rest of the run.

Batches are submitted ahead (see `Pipeline.ingest`), so the workers analyse batch k+1 while the
ingesting process links, clusters and commits batch k. Given an embedder, the workers also embed
the articles that are not near-duplicates: the vector depends only on the article's text (the
encoder gives the same vector whatever the batch), and the encoder is the slowest stage.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from storywire.model import Article

if TYPE_CHECKING:  # not imported at run time: a spawned worker limits threads before numpy loads
    from storywire.stages.embed import Embedder

AUTO = -1
# A pool costs each worker a few seconds of model loading; below this many articles in one
# ingest it does not pay, so an "auto" pipeline analyses in-process until the stream is longer.
POOL_AFTER_ARTICLES = 128


def default_workers() -> int:
    """One worker per core the process may use (the ingesting process shares them)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, cores)


def _warm(samples: list[Article], embedder: Embedder | None = None) -> None:
    """Pool initializer: one thread per worker, then load the models `samples` need.

    The pool already runs one process per core; BLAS and OpenMP teams inside each worker
    (natasha's numpy, the taggers, the e5 matmuls) would only fight the other workers for the
    same cores, and their idle threads spin: at two threads an OpenMP encoder cost 2-5 times
    the CPU time per article of one. The variable reaches libraries loaded later (their
    OpenMP reads it when loaded); threadpoolctl those already loaded.
    """
    from threadpoolctl import threadpool_limits

    os.environ["OMP_NUM_THREADS"] = "1"
    threadpool_limits(1)
    _analyse_chunk(samples, embedder)
    # The caches the analysis grows after its models are frozen (words' tagger inputs, spaCy's
    # vocabulary) are walked by every full collection, ~1 ms of CPU per article (measured in
    # session 22); a worker's garbage is mostly acyclic, so full collections can be rarer.
    first, second, third = gc.get_threshold()
    gc.set_threshold(first, second, max(third, 50))


# Noted on an article whose analysis raised: a bug, reported as a typed rejection with the
# error rather than a crash of the whole ingest.
ANALYSIS_FAILED = "analysis failed: "
_MAX_DETAIL = 300


def _analyse_chunk(articles: list[Article], embedder: Embedder | None = None) -> list[Article]:
    from storywire.pipeline import analyse
    from storywire.stages.embed import embed

    for article in articles:
        try:
            analyse(article)
        except Exception as error:  # one article's failure (a bug) must not cost the whole ingest
            article.notes.append(f"{ANALYSIS_FAILED}{type(error).__name__}: {error}"[:_MAX_DETAIL])
    if embedder is not None:
        # The whole chunk in one call (a vector depends only on its text, never on the batch).
        # A near-duplicate takes its original's vector in the ingesting process instead.
        embed(
            [a for a in articles if a.embedding is None and a.duplicate_of is None and not analysis_failure(a)],
            embedder,
        )
    return articles


def analysis_failure(article: Article) -> str | None:
    """What went wrong when `analyse` raised on this article (the pipeline rejects it), else None."""
    return next((note[len(ANALYSIS_FAILED) :] for note in article.notes if note.startswith(ANALYSIS_FAILED)), None)


def _picklable(embedder: Embedder) -> bool:
    # An embedder holding a live model handle cannot travel to a worker; the caller embeds then.
    try:
        pickle.dumps(embedder)
    except Exception:
        return False
    return True


class Analyser:
    """Runs `analyse` over batches: in-process (workers=0 or 1), in a pool, or "auto" (AUTO)."""

    def __init__(
        self,
        workers: int = 1,
        pool_after: int = POOL_AFTER_ARTICLES,
        warm_with: list[Article] | None = None,
        embedder: Embedder | None = None,
    ) -> None:
        """`warm_with`: prepared articles each worker analyses on start-up (for benchmarks and
        long-running services, so that no batch pays for loading a language's models).
        `embedder`: also embed, in the worker processes only (in-process, the caller embeds the
        whole batch at once, as before); it must pickle (E5Embedder and HashEmbedder do)."""
        self.workers = workers
        self.embedder = embedder if embedder is not None and _picklable(embedder) else None
        self.pool_after = pool_after
        self.warm_with = warm_with or []
        self._seen = 0
        self._pool: ProcessPoolExecutor | None = None

    @property
    def parallel(self) -> bool:
        return self._pool is not None

    def submit(self, articles: list[Article]) -> PendingBatch:
        """The batch's articles, analysed; use the returned objects (workers send back copies)."""
        self._seen += len(articles)
        pool = self._pool_for_next_batch()
        if pool is None:
            done: Future[list[Article]] = Future()
            done.set_result(_analyse_chunk(articles))
            return PendingBatch([done])
        size = max(1, -(-len(articles) // self._pool_size()))
        parts = [
            pool.submit(_analyse_chunk, articles[i : i + size], self.embedder) for i in range(0, len(articles), size)
        ]
        return PendingBatch(parts)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _pool_size(self) -> int:
        return default_workers() if self.workers == AUTO else self.workers

    def _pool_for_next_batch(self) -> ProcessPoolExecutor | None:
        if self._pool is not None:
            return self._pool
        size = self._pool_size()
        if size <= 1 or (self.workers == AUTO and self._seen <= self.pool_after):
            return None
        self._pool = ProcessPoolExecutor(
            size,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_warm,
            initargs=(self.warm_with, self.embedder),
        )
        return self._pool


class PendingBatch:
    """A batch under analysis: `result()` waits for every part and returns the articles in order."""

    def __init__(self, parts: list[Future[list[Article]]]) -> None:
        self._parts = parts

    def result(self) -> list[Article]:
        return [article for part in self._parts for article in part.result()]
