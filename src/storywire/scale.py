"""Per-article analysis on a Ray cluster (extra `[scale]`): the same job as `workers.Analyser`,
spread over Ray actors on one machine or many.

Only the per-article stages move (`pipeline.analyse`, and embedding when the embedder pickles):
linking, clustering and commit need the whole store and must see the batches in order, so they
stay in the ingesting process (the Ray driver), exactly as with the local process pool.

Why actors, and not Ray Data's `map_batches`: an ingest is a stream paced by the driver. The
driver admits articles one by one against what is already stored, keeps exactly one batch under
analysis while it commits the previous one (back-pressure), and commits in input order. Ray Data
executes a whole dataset it reads itself, with its own buffering and scheduling; fed from the
driver it would need a dataset per batch, and each run starts a fresh actor pool that reloads
every model (seconds per language per actor). An actor keeps its models for its lifetime, one
actor per CPU it reserves, and a method call returns an `ObjectRef` at once: the driver submits
batch k+1 and commits batch k while the actors work, as with the process pool. Results are
gathered from the refs in submission order, so which actor finishes first never matters. Ray
Data would fit a fixed corpus analysed without commits (re-analysing a store), not this stream;
Ray Core alone is therefore the only dependency (`ray`, without the `[data]` extra).

Ray is imported only when the Ray engine is asked for: the core package works without it, and
asking for it without Ray raises `RayNotInstalled`, which the CLI prints as one line.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from storywire.model import Article
from storywire.stages.ner.modes import NER_MODE_ENV, ner_mode
from storywire.workers import AUTO, POOL_AFTER_ARTICLES, Analyser, PendingBatch, _analyse_chunk, _warm, default_workers

if TYPE_CHECKING:
    from types import ModuleType

    from storywire.stages.embed import Embedder

ENGINES = ("local", "ray")
# Analysis is a pure function of its articles, so a chunk lost with its actor (a node gone, an
# out-of-memory kill) is simply run again on the restarted actor.
RETRIES = 2


class ScaleError(Exception):
    """The Ray engine cannot run: not installed, no cluster to reach, too few CPUs."""


class RayNotInstalled(ScaleError):
    def __init__(self) -> None:
        super().__init__("the Ray engine needs Ray: pip install 'storywire[scale]'")


def import_ray() -> ModuleType:
    try:
        import ray
    except ImportError as error:
        if isinstance(error, ModuleNotFoundError) and error.name == "ray":
            raise RayNotInstalled() from error
        raise ScaleError(f"Ray is installed but cannot be imported: {error}") from error
    return ray


def analyser_for(engine: str = "local", address: str | None = None) -> Callable[..., Analyser]:
    """What `Pipeline(make_analyser=...)` builds its analyser with: "local" (processes on this
    machine) or "ray" (actors on the Ray cluster at `address`; see `RayAnalyser`). Checks now
    that Ray imports, so that a command fails before it reads any input."""
    if engine == "local":
        if address is not None:
            raise ScaleError("a Ray address needs the Ray engine (--engine ray)")
        return Analyser
    if engine == "ray":
        import_ray()

        def make(workers: int = 1, **options: Any) -> Analyser:
            return RayAnalyser(workers, address=address, **options)

        return make
    raise ScaleError(f"unknown engine {engine!r}; choose {' or '.join(ENGINES)}")


class _AnalysisActor:
    """One per CPU reserved on the cluster; its process keeps the models it has loaded."""

    def __init__(self, warm_with: list[Article], embedder: Embedder | None) -> None:
        # One BLAS/OpenMP thread: the cluster already runs one actor per reserved CPU. Ray sets
        # OMP_NUM_THREADS to the actor's CPUs before it starts; `_warm` also caps the thread
        # pools of libraries that Ray's own imports loaded first, then loads the warm-up models.
        _warm(warm_with, embedder)
        self.embedder = embedder

    def analyse(self, articles: list[Article]) -> list[Article]:
        return _analyse_chunk(articles, self.embedder)


class RayAnalyser(Analyser):
    """`Analyser` whose workers are Ray actors (`workers` of them; AUTO: one per CPU of the
    cluster, once the stream passes `pool_after` articles; before that, in-process).

    It uses the Ray instance this process has already joined, else the cluster at `address`
    (a Ray address, or "auto"), else the one in `$RAY_ADDRESS`, else starts a private local
    instance with one CPU per actor. `close` kills the actors, and leaves (or, if local, shuts
    down) the instance only if it joined it itself. Every node needs storywire installed."""

    def __init__(
        self,
        workers: int = 1,
        pool_after: int = POOL_AFTER_ARTICLES,
        warm_with: list[Article] | None = None,
        embedder: Embedder | None = None,
        address: str | None = None,
    ) -> None:
        super().__init__(workers, pool_after, warm_with, embedder)
        self.address = address
        self._ray = import_ray()
        self._owns_ray = False
        self._actors: list[Any] = []
        # Per actor, its unfinished chunks (result, article count): the next chunk goes to the
        # actor with the fewest articles still to analyse.
        self._queued: list[list[tuple[Future[list[Article]], int]]] = []

    @property
    def parallel(self) -> bool:
        return bool(self._actors)

    def submit(self, articles: list[Article]) -> PendingBatch:
        """The batch's articles, analysed; use the returned objects (actors send back copies)."""
        self._seen += len(articles)
        if not self._actors and not self._start():
            done: Future[list[Article]] = Future()
            done.set_result(_analyse_chunk(articles))
            return PendingBatch([done])
        size = max(1, -(-len(articles) // len(self._actors)))
        return PendingBatch([self._dispatch(articles[i : i + size]) for i in range(0, len(articles), size)])

    def close(self) -> None:
        for actor in self._actors:
            self._ray.kill(actor)
        self._actors, self._queued = [], []
        if self._owns_ray:
            self._ray.shutdown()
            self._owns_ray = False

    def _dispatch(self, chunk: list[Article]) -> Future[list[Article]]:
        for queue in self._queued:
            queue[:] = [(part, count) for part, count in queue if not part.done()]
        slot = min(range(len(self._actors)), key=lambda i: sum(count for _, count in self._queued[i]))
        part: Future[list[Article]] = self._actors[slot].analyse.remote(chunk).future()
        self._queued[slot].append((part, len(chunk)))
        return part

    def _start(self) -> bool:
        """Start the actors if this batch should run on Ray; False: analyse it in-process."""
        if self.workers == AUTO and self._seen <= self.pool_after:
            return False
        self._connect()
        cpus = self._cluster_cpus()
        count = max(1, self.workers) if self.workers != AUTO else cpus
        if not 1 <= count <= cpus:
            # An actor that can never be placed would leave the ingest waiting for ever.
            raise ScaleError(f"the Ray cluster has {cpus} CPU(s), fewer than the {count} actor(s) asked for")
        # Actors on another machine do not inherit this process's environment: the entity
        # mode (--ner) travels with them.
        env = {"env_vars": {NER_MODE_ENV: ner_mode()}}
        options = {"num_cpus": 1, "max_restarts": RETRIES, "max_task_retries": RETRIES, "runtime_env": env}
        actor_class = self._ray.remote(**options)(_AnalysisActor)
        self._actors = [actor_class.remote(self.warm_with, self.embedder) for _ in range(count)]
        self._queued = [[] for _ in self._actors]
        return True

    def _cluster_cpus(self) -> int:
        return int(self._ray.cluster_resources().get("CPU", 0))

    def _connect(self) -> None:
        ray = self._ray
        if ray.is_initialized():
            return
        try:
            if self.address is not None or os.environ.get("RAY_ADDRESS"):
                ray.init(address=self.address)  # None: the cluster in $RAY_ADDRESS
            else:
                # "local", not None: None would join any cluster last started on this machine
                # (someone else's, maybe), whose CPUs are not ours to count on.
                cpus = max(1, self.workers) if self.workers != AUTO else default_workers()
                ray.init(address="local", num_cpus=cpus)
        except Exception as error:  # ConnectionError, ValueError, RuntimeError: all mean no cluster here
            where = f" at {self.address}" if self.address else ""
            raise ScaleError(f"cannot start or reach a Ray cluster{where}: {error}") from error
        self._owns_ray = True
