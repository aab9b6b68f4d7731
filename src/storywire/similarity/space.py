"""Per-language centring of the embedding spaces before a cosine is taken.

Multilingual encoders put every text of one language in a common cone: any two Arabic
articles have a higher e5 cosine than an Arabic and an English one about the same thing,
and how much higher differs per language and per encoder.  Subtracting each language's
mean vector removes that offset, so the cosine speaks of content; on the SemEval training
pairs it was the largest single gain in the combiner (see models/similarity/README.md).

The means are fitted on article texts only (no ratings), on the training folds when cross-
validating, and shipped with the weights.  A language with too few articles to estimate a
mean, or unseen in training, is centred on the mean over all languages.

The same pass counts in how many articles each linked identity occurs (its document
frequency), so that sharing a rare actor weighs more than sharing the country every local
article names (`features.idf_overlap`).  Only identities in two or more articles are kept:
an unseen one counts as seen once.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from storywire.similarity.representation import ArticleFeatures, Vec

# Below this many articles a language's mean is mostly its articles' topics, not the language.
MIN_ARTICLES = 20
ALL = "*"
KINDS: tuple[str, ...] = ("e5_title", "e5_chunk", "e5_doc", "use_title", "use_mean", "use_sent")


def e5_doc(f: ArticleFeatures) -> Vec:
    """The article as one e5 vector: headline and body chunks, the headline weighted as the whole body."""
    return np.asarray(f.e5_title + f.e5_chunks.mean(axis=0), dtype=np.float32)


def _vectors(f: ArticleFeatures, kind: str) -> Vec:
    """The (n, dim) vectors of `kind` for one article."""
    if kind == "e5_title":
        return f.e5_title[None, :]
    if kind == "e5_chunk":
        return f.e5_chunks
    if kind == "e5_doc":
        return e5_doc(f)[None, :]
    if kind == "use_title":
        return f.use_title[None, :]
    if kind == "use_mean":
        return f.use_sentences[None, :]
    if kind == "use_sent":
        return f.use_sents
    raise KeyError(kind)


ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC")


def identities(f: ArticleFeatures) -> set[str]:
    """The article's distinct linked PER/ORG/LOC identities."""
    return {e for t in ENTITY_TYPES for e in f.entities.get(t, [])}


@dataclass
class Centering:
    means: dict[str, dict[str, Vec]] = field(default_factory=dict)  # kind -> language (or ALL) -> mean
    entity_df: dict[str, int] = field(default_factory=dict)  # identity -> articles naming it (>= 2)
    documents: int = 0

    def idf(self, entity: str) -> float:
        """log((N + 1) / (df + 1)); an identity the fit never saw twice counts as seen once.
        Unfitted: 1 for every identity (plain overlap)."""
        if not self.documents:
            return 1.0
        return math.log((self.documents + 1) / (self.entity_df.get(entity, 1) + 1))

    def center(self, kind: str, language: str | None, v: Vec) -> Vec:
        """`v` (one vector or rows) minus its language's mean of `kind`; unchanged when nothing is fitted."""
        by_language = self.means.get(kind)
        if not by_language:
            return v
        mean = by_language.get(language or ALL, by_language.get(ALL))
        return v if mean is None else np.asarray(v - mean, dtype=np.float32)

    @classmethod
    def fit(cls, articles: Iterable[ArticleFeatures]) -> Centering:
        sums: dict[str, dict[str, Vec]] = {k: {} for k in KINDS}
        counts: dict[str, dict[str, int]] = {k: {} for k in KINDS}
        seen: dict[str, int] = {}
        df: Counter[str] = Counter()
        for f in articles:
            language = f.language or ALL
            seen[language] = seen.get(language, 0) + 1
            df.update(identities(f))
            for kind in KINDS:
                rows = _vectors(f, kind)
                if not len(rows):
                    continue
                for key in {language, ALL}:
                    sums[kind][key] = sums[kind].get(key, 0) + rows.sum(axis=0)
                    counts[kind][key] = counts[kind].get(key, 0) + len(rows)
        means = {
            kind: {
                key: np.asarray(total / counts[kind][key], dtype=np.float32)
                for key, total in sums[kind].items()
                if key == ALL or seen.get(key, 0) >= MIN_ARTICLES
            }
            for kind in KINDS
        }
        return cls(means, {e: n for e, n in df.items() if n >= 2}, sum(seen.values()))

    def arrays(self, prefix: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for kind, by_language in self.means.items():
            languages = sorted(by_language)
            out[f"{prefix}{kind}_languages"] = np.array(languages)
            out[f"{prefix}{kind}_means"] = np.stack([by_language[x] for x in languages])
        if self.documents:
            ids = sorted(self.entity_df)
            out[f"{prefix}entity_ids"] = np.array(ids)
            out[f"{prefix}entity_df"] = np.array([self.entity_df[e] for e in ids], dtype=np.int32)
            out[f"{prefix}documents"] = np.array(self.documents)
        return out

    @classmethod
    def from_arrays(cls, z: Any, prefix: str) -> Centering:
        means: dict[str, dict[str, Vec]] = {}
        for kind in KINDS:
            if f"{prefix}{kind}_languages" not in z:
                continue
            languages = [str(x) for x in z[f"{prefix}{kind}_languages"]]
            rows = np.asarray(z[f"{prefix}{kind}_means"], dtype=np.float32)
            means[kind] = dict(zip(languages, rows, strict=True))
        if f"{prefix}documents" not in z:
            return cls(means)
        ids = [str(x) for x in z[f"{prefix}entity_ids"]]
        df = dict(zip(ids, (int(n) for n in z[f"{prefix}entity_df"]), strict=True))
        return cls(means, df, int(z[f"{prefix}documents"]))
