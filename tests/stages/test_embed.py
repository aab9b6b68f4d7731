"""Both embedders: shapes, normalisation, and the real encoder's cross-lingual behaviour."""

from __future__ import annotations

import numpy as np

from storywire.model import Article
from storywire.stages.embed import E5Embedder, HashEmbedder, embed, passage


def test_hash_embedder_is_deterministic_and_normalised() -> None:
    embedder = HashEmbedder(64)
    first, second = embedder.embed(["Shoigu met Wang Yi", "Shoigu met Wang Yi"])
    assert first.shape == (64,) and np.allclose(first, second)
    assert abs(float(np.linalg.norm(first)) - 1.0) < 1e-5
    assert not embedder.embed([""]).any()


def test_e5_is_cross_lingual() -> None:
    vectors = E5Embedder().embed(
        [
            "Шойгу провів переговори з Ван І у Пекіні",
            "Shoigu held talks with Wang Yi in Beijing",
            "A strong earthquake struck eastern Turkey overnight",
        ]
    )
    assert vectors.shape == (3, 384)
    same, different = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert same > different + 0.05


def test_embed_fills_articles_with_provenance() -> None:
    articles = [Article(id="a", raw="x", title="Title", text="Body text."), Article(id="b", raw="y", text="Other.")]
    embed(articles, HashEmbedder(32))
    assert all(a.embedding is not None and len(a.embedding) == 32 for a in articles)
    assert articles[0].provenance[-1].stage == "embed"
    assert passage(articles[0]) == "Body text."
    embed([], HashEmbedder(32))
