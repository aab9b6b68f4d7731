from __future__ import annotations

from pathlib import Path

import numpy as np

from storywire.index import VectorIndex


def unit(rows: int, dim: int = 16, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(rows, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_search_finds_itself_and_survives_save_load(tmp_path: Path) -> None:
    vectors = unit(300)
    index = VectorIndex(16)
    index.add([f"a{i}" for i in range(300)], vectors)
    index.add(["a0"], vectors[:1])  # already present: ignored
    assert len(index) == 300 and "a5" in index
    assert index.search(vectors[5], 3)[0][0] == "a5"
    index.save(tmp_path / "x.index")
    loaded = VectorIndex.load(tmp_path / "x.index", 16)
    assert loaded is not None and loaded.search(vectors[7], 1)[0][0] == "a7"
    assert VectorIndex.load(tmp_path / "x.index", 32) is None  # wrong dimension: rebuild
    assert VectorIndex.load(tmp_path / "missing.index", 16) is None
    assert VectorIndex(16).search(vectors[0]) == []
