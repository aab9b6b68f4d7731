"""The perceptron's context feature ids, gathered for a batch of sentences at once."""

from __future__ import annotations

from itertools import repeat

import pytest

from storywire.stages.ner.context_ids import ContextIds, RowCache
from storywire.stages.ner.tagger import context_features, load_tagger


def test_a_row_cache_makes_new_rows_in_one_call_and_grows() -> None:
    calls: list[list[str]] = []

    def make(keys: list[str]) -> list[tuple[int, int]]:
        calls.append(list(keys))
        return [(len(k), ord(k[0])) for k in keys]

    cache: RowCache[str] = RowCache(make, 2)
    keys = [f"k{i}" for i in range(3000)]
    assert cache.gather(keys).tolist() == [[len(k), ord("k")] for k in keys]
    assert cache.gather(["k7", "k2999", "k7"]).tolist() == [[2, 107], [5, 107], [2, 107]]
    assert len(calls) == 1  # the second gather met only known keys
    cache.clear()
    assert cache.gather(["zz"]).tolist() == [[2, 122]]


def test_batch_ids_are_each_sentences_ids_from_the_feature_strings() -> None:
    tagger = load_tagger("de")
    if tagger is None:
        pytest.skip("no German perceptron model")
    sentences = [
        ["Olaf", "Scholz", "traf", "Macron", "in", "Paris", "."],
        ["Berlin"],
        [],
        ["In", "Berlin", "und", "paris", "<s>", "a|b", "USA", "McDonald"],
    ]
    get, unknown = tagger.index.get, repeat(tagger._unknown)
    want = [list(map(get, fs, unknown)) for s in sentences for fs in context_features(s, tagger.places)]
    fresh = ContextIds(tagger.index, tagger._unknown, tagger.places)
    ids, present = fresh.matrix(sentences)
    assert [row[keep].tolist() for row, keep in zip(ids, present, strict=True)] == want
    assert [i for s in sentences for i in fresh.ids(s)] == want  # from the caches now
    fresh.CACHE = 3  # every batch starts with cleared caches
    assert [i for s in sentences for i in fresh.ids(s)] == want
