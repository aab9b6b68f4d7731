"""On-disk cache of `ArticleFeatures`, keyed by a hash of the input text and feature version.

Lives under ~/.cache/storywire/similarity (or $STORYWIRE_CACHE/similarity), never in the
repository: it holds vectors derived from publishers' texts.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from storywire.model import Article
from storywire.paths import cache_root
from storywire.similarity.analysis import analyse_text, analysis_version, split_headline
from storywire.similarity.representation import (
    FEATURES_VERSION,
    ArticleFeatures,
    compute_features,
    light_features,
    passages_digest,
)

BATCH = 8


def default_cache_dir() -> Path:
    return cache_root() / "similarity"


def text_key(text: str, version: str = FEATURES_VERSION) -> str:
    # stripped: surrounding whitespace changes neither the analysis nor the vectors
    return hashlib.sha256(f"v{version}\0{text.strip()}".encode()).hexdigest()[:32]


class FeatureCache:
    def __init__(self, directory: Path | None = None) -> None:
        self.root = directory or default_cache_dir()
        self.directory = self.root / f"v{FEATURES_VERSION}"

    def path(self, text: str, version: str = FEATURES_VERSION) -> Path:
        key = text_key(text, version)
        return self.root / f"v{version}" / key[:2] / f"{key}.npz"

    def get(self, text: str) -> ArticleFeatures | None:
        path = self.path(text)
        if not path.exists():
            return None
        try:
            return ArticleFeatures.from_bytes(path.read_bytes())
        except (ValueError, OSError, KeyError):
            return None  # a stale or torn record is recomputed

    def put(self, text: str, features: ArticleFeatures) -> None:
        path = self.path(text)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(features.to_bytes())
        tmp.replace(path)  # atomic: a concurrent reader never sees half a record

    def features(
        self, texts: Sequence[str], progress: Callable[[int, int, float], None] | None = None
    ) -> dict[str, ArticleFeatures]:
        """Features for every text (SemEval layout, see `analysis.split_headline`), computing the missing ones."""
        out: dict[str, ArticleFeatures] = {}
        version = analysis_version()
        missing: list[str] = []
        analysed: dict[str, Article] = {}
        for text in dict.fromkeys(texts):
            found = self.get(text)
            if found is None:
                missing.append(text)
            elif found.analysis != version:
                # The analysis changed: its fields are recomputed, and the vectors kept only if
                # the passages they embed are the same (the encoders are the slow part).
                article = _analyse(text)
                if passages_digest(article) != found.passages:
                    missing.append(text)
                    analysed[text] = article
                    continue
                refreshed = replace(found, **light_features(article), analysis=version)
                self.put(text, refreshed)
                out[text] = refreshed
            else:
                out[text] = found
        started = time.perf_counter()
        for i in range(0, len(missing), BATCH):
            batch = missing[i : i + BATCH]
            articles = [analysed.pop(text) if text in analysed else _analyse(text) for text in batch]
            for text, feats in zip(batch, compute_features(articles), strict=True):
                feats.analysis = version
                self.put(text, feats)
                out[text] = feats
            if progress:
                progress(min(i + BATCH, len(missing)), len(missing), time.perf_counter() - started)
        return out


def _analyse(text: str) -> Article:
    head, body = split_headline(text)
    return analyse_text(body, title=head)
