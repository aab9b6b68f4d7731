"""Article similarity against human ratings (SemEval-2022 Task 8 layout).

Every text is analysed once (features cached on disk by content hash, outside the
repository).  Reported: the Pearson correlation of our score with `Overall`, negated so
that higher is better (Overall 1 = very similar), overall and per language pair, for
(a) the shipped model (in-sample on the file it was trained on: an upper bound there,
a fair test on any other file) and (b) k-fold cross-validation on this file, folds grouped
so that no article is in both a training and a test fold, penalties chosen inside the
training folds.  The last line is the cross-validated overall figure alone.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

import numpy as np

from storywire.similarity.cache import FeatureCache
from storywire.similarity.data import RatedPair, group_folds, load_pairs
from storywire.similarity.model import F64, shipped_model
from storywire.similarity.train import build_design, cross_validate, mark_templates, pearson, scores_of

MIN_PAIRS_PER_GROUP = 3  # fewer pairs give no meaningful correlation


def _by_language(pairs: list[RatedPair], scores: F64, y: F64) -> list[tuple[str, int, float]]:
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(pairs):
        groups.setdefault(p.languages, []).append(i)
    rows = []
    for name, idx in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        r = -pearson(scores[idx], y[idx]) if len(idx) >= MIN_PAIRS_PER_GROUP else float("nan")
        rows.append((name, len(idx), r))
    return rows


def _report(title: str, pairs: list[RatedPair], scores: F64, y: F64, out: TextIO) -> float:
    overall = -pearson(scores, y)
    print(f"{title}: Pearson {overall:.4f} over {len(pairs)} pairs", file=out)
    for name, n, r in _by_language(pairs, scores, y):
        figure = f"{r:.4f}" if np.isfinite(r) else "n/a (too few pairs)"
        print(f"  {name:<6} {n:>5}  {figure}", file=out)
    return overall


def run_similarity_eval(
    csv_path: Path,
    out: TextIO,
    limit: int | None = None,
    cv_folds: int = 5,
    cache: FeatureCache | None = None,
) -> float:
    """Score every pair of `csv_path`; returns (and prints last) the cross-validated Pearson."""
    pairs = load_pairs(csv_path, limit)
    if len(pairs) < 2:
        raise ValueError(f"{csv_path}: fewer than two rated pairs")
    texts = [t for p in pairs for t in (p.text1, p.text2)]
    started = time.perf_counter()
    computed = 0

    def progress(done: int, total: int, secs: float) -> None:
        nonlocal computed
        computed = done
        if done == total or done % 200 < 8:
            print(f"analysing texts {done}/{total} ({done / max(secs, 1e-9):.2f}/s)", file=sys.stderr)

    feats = (cache or FeatureCache()).features(texts, progress)
    secs = time.perf_counter() - started
    unique = len(feats)
    rate = f", {computed / secs:.2f} texts/s" if computed else ""
    print(f"{len(pairs)} pairs, {unique} texts ({unique - computed} from cache{rate})", file=out)
    mark_templates(pairs, feats)
    model = shipped_model()
    design = build_design(pairs, feats, model.space)
    shipped = scores_of(model, design)
    _report("shipped model", pairs, shipped, design.y, out)
    k = max(2, min(cv_folds, len(pairs)))
    folds = group_folds(pairs, k)
    oof = cross_validate(pairs, feats, folds, k)
    overall = _report(f"{k}-fold cross-validated (grouped by article)", pairs, oof, design.y, out)
    # Informational, never the headline: a side whose text is not the article (a bot wall, a
    # site template shared by several articles) was rated by people who saw the real page.
    both = [i for i, p in enumerate(pairs) if not (feats[p.text1].not_article or feats[p.text2].not_article)]
    if 0 < len(both) < len(pairs):
        kept = [pairs[i] for i in both]
        _report("  the same, pairs with article text on both sides only", kept, oof[both], design.y[both], out)
    if not np.isfinite(overall):
        overall = float("nan")
    print(f"{overall:.4f}", file=out)
    return overall
