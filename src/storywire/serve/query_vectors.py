"""Query embeddings for search: one background thread, a cache, and admission by expected wait.

Embedding a query costs ~10-15 ms of one core with e5-small, far more than the rest of a
search, so the request path never runs the encoder itself:
  * recent query vectors are cached (repeated and paged searches cost nothing);
  * one thread embeds queries one at a time, with OpenMP limited to that thread alone:
    concurrent requests each starting a team of OpenMP threads on a few cores spin against
    one another and turned 10 ms into hundreds;
  * a search asks for its vector before running its full-text legs (the encoder releases
    the GIL, so both proceed together) and is admitted to the queue only when the queue's
    expected wait fits its time budget and the encoder has used less than its share of a
    core over the last second; otherwise that search goes on without the vector leg and says
    so (`vectors: "busy"`).  Under overload, searches stay fast and the cross-script alias and
    full-text legs still answer; at ordinary load every query gets its vector.  The share
    matters on small machines: a query vector costs ~6 ms of CPU against ~2 ms for the rest
    of a search, so at 200 searches/s on 2 cores an encoder that embeds whenever its queue is
    short takes the CPU the other legs need, and every search slows down.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict, deque
from concurrent.futures import Future

import numpy as np
import numpy.typing as npt

from storywire.stages.embed import Embedder

log = logging.getLogger("storywire.serve")
Vector = npt.NDArray[np.float32]
CACHE_SIZE = 4096
WAIT_SECONDS = 0.025  # the longest expected queueing a search accepts for its vector (keeps p95 <= 50 ms at 200 req/s)
STALL_SECONDS = 10.0  # never wait longer than this, whatever the estimate said
FIRST_GUESS = 0.015  # seconds per query until measured
CPU_SHARE = 0.2  # of one core, averaged over SHARE_WINDOW: the most the encoder may take
SHARE_WINDOW = 1.0


class QueryEncoder:
    def __init__(
        self, embedder: Embedder, wait: float = WAIT_SECONDS, cache_size: int = CACHE_SIZE, share: float = CPU_SHARE
    ) -> None:
        self.embedder = embedder
        self.wait = wait
        self.share = share
        self.cpu_per_query = FIRST_GUESS
        self._spent: deque[tuple[float, float]] = deque()  # (finished at, CPU seconds) per query
        self.cache_size = cache_size
        self.seconds_per_query = FIRST_GUESS
        self._cache: OrderedDict[str, Vector] = OrderedDict()
        self._queue: deque[tuple[str, Future[Vector]]] = deque()
        self._pending: dict[str, Future[Vector]] = {}
        self._running = False
        self._condition = threading.Condition()
        self._thread: threading.Thread | None = None

    def submit(self, text: str) -> Future[Vector] | None:
        """A future for the query's vector, or None when the queue would keep it past the budget."""
        done: Future[Vector] = Future()
        with self._condition:
            found = self._cache.get(text)
            if found is not None:
                self._cache.move_to_end(text)
                done.set_result(found)
                return done
            pending = self._pending.get(text)
            if pending is not None:
                return pending
            ahead = len(self._queue) + (1 if self._running else 0)
            if ahead and (ahead + 1) * self.seconds_per_query > self.wait:
                return None
            # judged on the work already spent and queued, never on this query's estimate alone:
            # an estimate above the share (the first query loads the model) would otherwise
            # refuse every query, and with none measured the estimate would never come down
            if self._recent_cpu() + ahead * self.cpu_per_query >= self.share * SHARE_WINDOW:
                return None
            self._queue.append((text, done))
            self._pending[text] = done
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="storywire-query-encoder", daemon=True)
                self._thread.start()
            self._condition.notify()
        return done

    def warm(self) -> None:
        """Load the model before the first search, off the clock (its estimates stay unspoilt)."""
        self.embedder.embed_query(["warm-up"])

    def vector(self, future: Future[Vector] | None) -> Vector | None:
        if future is None:
            return None
        try:
            return future.result(timeout=STALL_SECONDS)
        except Exception:  # a stalled or failed encoder: the search answers without the vector leg
            log.warning("query embedding failed or stalled", exc_info=True)
            return None

    def _recent_cpu(self) -> float:
        """CPU seconds the encoder spent on queries that finished within the window (lock held)."""
        horizon = time.monotonic() - SHARE_WINDOW
        while self._spent and self._spent[0][0] < horizon:
            self._spent.popleft()
        return sum(cpu for _, cpu in self._spent)

    def _work(self) -> None:
        while True:
            with self._condition:
                while not self._queue:
                    self._condition.wait()
                text, future = self._queue.popleft()
                self._running = True
            began, began_cpu = time.perf_counter(), time.thread_time()
            try:
                vector = np.asarray(self.embedder.embed_query([text])[0], dtype=np.float32)
            except Exception as error:
                with self._condition:
                    self._running = False
                    self._pending.pop(text, None)
                future.set_exception(error)
                continue
            elapsed, cpu = time.perf_counter() - began, time.thread_time() - began_cpu
            with self._condition:
                self._running = False
                self.seconds_per_query = 0.8 * self.seconds_per_query + 0.2 * elapsed
                self.cpu_per_query = 0.8 * self.cpu_per_query + 0.2 * cpu
                self._spent.append((time.monotonic(), cpu))
                self._cache[text] = vector
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
                self._pending.pop(text, None)
            future.set_result(vector)
