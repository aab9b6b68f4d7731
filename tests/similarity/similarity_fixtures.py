"""Hand-built ArticleFeatures for the similarity tests (no encoder: fast and exact)."""

from __future__ import annotations

from datetime import date

import numpy as np

from storywire.similarity.representation import ArticleFeatures, timex_interval


def _unit(seed: int, dim: int) -> np.ndarray:  # type: ignore[type-arg]
    v = np.random.default_rng(seed).normal(size=dim).astype(np.float32)
    return v / np.linalg.norm(v)


def make(
    seed: int = 0,
    entities: dict[str, list[str]] | None = None,
    dates: list[str] = (),  # type: ignore[assignment]
    published: str | None = None,
    countries: list[str] = (),  # type: ignore[assignment]
    language: str = "en",
    kept_chars: int = 800,
) -> ArticleFeatures:
    spans = []
    for value in dates:
        span = timex_interval(value)
        assert span is not None
        spans.append((span[0].toordinal(), span[1].toordinal()))
    return ArticleFeatures(
        key=f"k{seed}", language=language, entities=entities or {}, countries=list(countries), dates=spans,
        years=[], published=date.fromisoformat(published).toordinal() if published else None, numbers=[],
        published_given=published is not None,
        e5_title=_unit(seed, 384), e5_chunks=np.stack([_unit(seed, 384), _unit(seed + 1, 384)]),
        use_title=_unit(seed, 512), use_sentences=_unit(seed, 512), use_lead=_unit(seed, 512),
        use_sents=np.stack([_unit(seed, 512), _unit(seed + 1, 512)]), raw_chars=1000, kept_chars=kept_chars,
    )  # fmt: skip
