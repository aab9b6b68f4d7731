"""Train the similarity combiner on a SemEval-2022 Task 8 CSV and write the shipped weights.

    python -m storywire.similarity.train ../shared/data/semeval2022-task8/train.csv

Features come from the on-disk cache (computed on first use: ~1.5-2 texts/s on 2 cores);
once cached, training takes seconds.  Ridge penalties are chosen by group cross-validation
inside the training data only (nested when `cross_validate` scores held-out folds), so the
reported cross-validated figure never saw its own test fold.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storywire.similarity.cache import FeatureCache
from storywire.similarity.data import RatedPair, group_folds, load_pairs, template_texts
from storywire.similarity.features import FEATURE_NAMES, interaction_features, pair_features
from storywire.similarity.model import CLIP, DATE_PENALTY, F64, SCALE_FLOOR, LinearModel, date_penalty, rating_to_score
from storywire.similarity.representation import ArticleFeatures
from storywire.similarity.space import Centering
from storywire.similarity.trees import fit_trees

BASE_ALPHAS = (1.0, 10.0, 100.0)
INTER_ALPHAS = (math.inf,)  # inf: no interaction block (3-30 added < 0.003 at 10x the cost)
SAME_HAPPENING_MAX = 1.5  # Overall <= this counts as "the same happening" for calibration


@dataclass
class Design:
    base: F64
    inter: F64
    penalty: F64  # date prior per pair, subtracted from the score
    y: F64  # Overall rating
    hedged: npt.NDArray[np.bool_]  # a side is not an article: scored at the prior, not trained on


def build_design(pairs: list[RatedPair], feats: dict[str, ArticleFeatures], space: Centering | None = None) -> Design:
    fa = [feats[p.text1] for p in pairs]
    fb = [feats[p.text2] for p in pairs]
    base = np.asarray([pair_features(a, b, space) for a, b in zip(fa, fb, strict=True)], dtype=np.float64)
    inter = np.asarray([interaction_features(a, b) for a, b in zip(fa, fb, strict=True)], dtype=np.float64)
    penalty = np.asarray([date_penalty(a, b, DATE_PENALTY) for a, b in zip(fa, fb, strict=True)])
    hedged = np.asarray([a.not_article or b.not_article for a, b in zip(fa, fb, strict=True)], dtype=bool)
    return Design(base, inter, penalty, np.asarray([p.overall for p in pairs], dtype=np.float64), hedged)


def fit_ridge(base: F64, inter: F64, y: F64, alpha: float, inter_alpha: float) -> LinearModel:
    """Closed-form ridge; the interaction block (if any) gets its own, larger penalty."""
    mean = base.mean(axis=0)
    scale = base.std(axis=0)
    scale = np.maximum(scale, SCALE_FLOOR)
    xs = np.clip((base - mean) / scale, -CLIP, CLIP)
    penalties = [alpha] * xs.shape[1]
    use_inter = math.isfinite(inter_alpha)
    if use_inter:
        xs = np.hstack([xs, inter])
        penalties += [inter_alpha] * inter.shape[1]
    x_mean = xs.mean(axis=0)
    xc = xs - x_mean
    yc = y - y.mean()
    coef = np.linalg.solve(xc.T @ xc + np.diag(penalties), xc.T @ yc)
    intercept = float(y.mean() - x_mean @ coef)
    return LinearModel(
        names=FEATURE_NAMES, mean=mean, scale=scale, coef=coef, intercept=intercept,
        inter_dim=inter.shape[1] if use_inter else 0, calib_a=1.0, calib_b=0.0,
    )  # fmt: skip


def scores_of(model: LinearModel, d: Design, rows: F64 | list[int] | slice = slice(None)) -> F64:
    pred = model.predict_rating(d.base[rows], d.inter[rows] if model.inter_dim else None)
    pred = np.where(d.hedged[rows], model.prior_rating, pred)
    return np.asarray(rating_to_score(pred) - d.penalty[rows])


def pearson(x: F64, y: F64) -> float:
    if len(x) < 2 or float(np.std(x)) == 0 or float(np.std(y)) == 0:
        return float("nan")
    return float(np.corrcoef(x, y)[0, 1])


def select_and_fit(d: Design, rows: list[int], folds: list[int], k: int, with_trees: bool = True) -> LinearModel:
    """Pick the ridge penalties by group CV on `rows` only, then fit ridge (and trees) on all of `rows`.

    Hedged pairs are left out of the fits: their ratings are about texts we do not have.
    """
    prior = float(d.y[rows].mean())
    rows = [i for i in rows if not d.hedged[i]]
    best = (-math.inf, BASE_ALPHAS[0], INTER_ALPHAS[0])
    inner = sorted({folds[i] for i in rows})
    for alpha in BASE_ALPHAS:
        for inter_alpha in INTER_ALPHAS:
            oof = np.zeros(len(rows))
            for f in inner if len(inner) > 1 else []:
                train = [i for i in rows if folds[i] != f]
                test_pos = [j for j, i in enumerate(rows) if folds[i] == f]
                m = fit_ridge(d.base[train], d.inter[train], d.y[train], alpha, inter_alpha)
                oof[test_pos] = scores_of(m, d, [rows[j] for j in test_pos])
            r = -pearson(oof, d.y[rows]) if len(inner) > 1 else 0.0
            if r > best[0]:
                best = (r, alpha, inter_alpha)
    model = fit_ridge(d.base[rows], d.inter[rows], d.y[rows], best[1], best[2])
    if with_trees:
        model.trees = fit_trees(d.base[rows], d.y[rows])
    model.prior_rating = prior
    return model


def mark_templates(pairs: list[RatedPair], feats: dict[str, ArticleFeatures]) -> None:
    """Flag the texts the file gives for several distinct articles (see `data.template_texts`)."""
    shared = template_texts(pairs)
    for text, f in feats.items():
        f.template = text.strip() in shared


def fit_space(pairs: list[RatedPair], feats: dict[str, ArticleFeatures]) -> Centering:
    """Language means over the distinct articles of `pairs` (texts only, no ratings)."""
    return Centering.fit(feats[t] for t in dict.fromkeys(t for p in pairs for t in (p.text1, p.text2)))


def cross_validate(pairs: list[RatedPair], feats: dict[str, ArticleFeatures], folds: list[int], k: int) -> F64:
    """Out-of-fold scores: each fold scored by a model (language means, penalties) fitted without it."""
    oof = np.zeros(len(pairs))
    for f in range(k):
        train = [i for i in range(len(pairs)) if folds[i] != f]
        test = [i for i in range(len(pairs)) if folds[i] == f]
        if not test or not train:
            continue
        space = fit_space([pairs[i] for i in train], feats)
        d = build_design(pairs, feats, space)
        inner = [folds[i] - (folds[i] > f) for i in range(len(pairs))]  # renumber the k-1 training folds
        model = select_and_fit(d, train, inner, k - 1)
        oof[test] = scores_of(model, d, test)
    return oof


def fit_logistic(x: F64, t: F64, iters: int = 50) -> tuple[float, float]:
    """P(t=1) = sigmoid(a*x + b) by Newton's method (tiny ridge keeps separable data finite)."""
    a, b = 1.0, 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(a * x + b)))
        w = p * (1 - p) + 1e-9
        g = np.array([np.sum((p - t) * x) + 1e-3 * a, np.sum(p - t)])
        h = np.array([[np.sum(w * x * x) + 1e-3, np.sum(w * x)], [np.sum(w * x), np.sum(w)]])
        step = np.linalg.solve(h, g)
        a, b = a - float(step[0]), b - float(step[1])
        if float(np.abs(step).max()) < 1e-8:
            break
    return a, b


def train(csv_path: Path, out: Path, k: int = 5, cache: FeatureCache | None = None) -> LinearModel:
    pairs = load_pairs(csv_path)
    feats = (cache or FeatureCache()).features([t for p in pairs for t in (p.text1, p.text2)], _progress)
    mark_templates(pairs, feats)
    folds = group_folds(pairs, k)
    oof = cross_validate(pairs, feats, folds, k)
    space = fit_space(pairs, feats)
    d = build_design(pairs, feats, space)
    print(f"cross-validated Pearson {-pearson(oof, d.y):.4f}", file=sys.stderr)
    model = select_and_fit(d, list(range(len(pairs))), folds, k)
    model.space = space
    # calibrate on out-of-fold scores: in-sample scores would be over-confident
    model.calib_a, model.calib_b = fit_logistic(oof, (d.y <= SAME_HAPPENING_MAX).astype(np.float64))
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    return model


def _progress(done: int, total: int, secs: float) -> None:
    if done % 200 < 8 or done == total:
        print(f"features {done}/{total} ({done / max(secs, 1e-9):.2f} texts/s)", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv", type=Path)
    default_out = Path(__file__).resolve().parent.parent / "models" / "similarity" / "weights.npz"
    parser.add_argument("--out", type=Path, default=default_out)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    model = train(args.csv, args.out, args.folds)
    print(f"wrote {args.out} (interaction block: {model.inter_dim} dims)")


if __name__ == "__main__":
    main()
