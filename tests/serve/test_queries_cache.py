"""The per-generation cache computes a value once, however many threads ask for it at once."""

from __future__ import annotations

import threading
import time

from storywire.serve.queries import Cache


def test_concurrent_askers_share_one_computation() -> None:
    cache = Cache()
    calls: list[int] = []
    start = threading.Barrier(8)

    def slow() -> int:
        calls.append(1)
        time.sleep(0.05)  # long enough that every asker arrives while it runs
        return 42

    answers: list[int] = []

    def ask() -> None:
        start.wait()
        answers.append(cache.get("table", 1, slow))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [42] * 8
    assert len(calls) == 1


def test_a_new_generation_computes_again_and_names_stay_apart() -> None:
    cache = Cache()
    assert cache.get("a", 1, lambda: "a1") == "a1"
    assert cache.get("a", 1, lambda: "never") == "a1"
    assert cache.get("b", 1, lambda: "b1") == "b1"
    assert cache.get("a", 2, lambda: "a2") == "a2"


def test_a_computation_may_ask_for_another_cached_value() -> None:
    cache = Cache()
    assert cache.get("outer", 1, lambda: cache.get("inner", 1, lambda: 3) + 1) == 4
