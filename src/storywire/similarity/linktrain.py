"""Train the online link model (`link.py`) on a SemEval-2022 Task 8 CSV.

    python -m storywire.similarity.linktrain ../shared/data/semeval2022-task8/train.csv

A pair is "the same happening" when its Overall rating is at most `SAME_HAPPENING_MAX`
(1 = very similar .. 4 = very dissimilar).  Everything is chosen by cross-validation on
the training file, folds grouped so that no article is on both sides (`data.group_folds`):
the ridge penalty inside the training folds, the link threshold on the out-of-fold
probabilities.  Nothing is fitted on the demo corpus the clusterer is evaluated on.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storywire.similarity.cache import FeatureCache
from storywire.similarity.data import RatedPair, group_folds, load_pairs
from storywire.similarity.leads import LEADS_VERSION, LeadCache
from storywire.similarity.link import LINK_FEATURES, LINK_FILE, LinkModel, LinkSide, link_features
from storywire.similarity.model import CLIP, F64, SCALE_FLOOR
from storywire.similarity.representation import ArticleFeatures, Vec
from storywire.similarity.train import mark_templates

SAME_HAPPENING_MAX = 2.0  # "very" or "somewhat" similar: what one story should hold
ALPHAS = (0.1, 1.0, 10.0)
# Links chain (a story is a connected group), so a false link costs more than a missed one:
# the threshold maximises F-beta with beta < 1 (precision weighted), fixed before looking.
BETA = 0.5


def side(f: ArticleFeatures, lead: Vec) -> LinkSide:
    counts: dict[str, int] = {}
    for kind in ("PER", "ORG", "LOC"):
        for entity_id in f.entities.get(kind, []):
            counts[entity_id] = counts.get(entity_id, 0) + 1
    vector = tuple(float(v) for v in lead / max(float(np.linalg.norm(lead)), 1e-9))
    return LinkSide(vector, counts, tuple(f.dates), f.language)


def design(pairs: list[RatedPair], feats: dict[str, ArticleFeatures], leads: dict[str, Vec]) -> F64:
    rows = []
    for p in pairs:
        a, b = side(feats[p.text1], leads[p.text1]), side(feats[p.text2], leads[p.text2])
        rows.append(link_features(a, b))
    return np.asarray(rows, dtype=np.float64)


def fit(x: F64, t: F64, alpha: float) -> LinkModel:
    """L2-penalised logistic regression by Newton's method over standardised, clipped features."""
    mean = x.mean(axis=0)
    scale = np.maximum(x.std(axis=0), SCALE_FLOOR)
    xs = np.hstack([np.clip((x - mean) / scale, -CLIP, CLIP), np.ones((len(x), 1))])
    w = np.zeros(xs.shape[1])
    penalty = np.full(xs.shape[1], alpha)
    penalty[-1] = 0.0  # the intercept is not shrunk
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(xs @ w, -60, 60)))
        grad = xs.T @ (p - t) + penalty * w
        hess = (xs * (p * (1 - p))[:, None]).T @ xs + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return LinkModel(
        mean=[float(v) for v in mean], scale=[float(v) for v in scale], coef=[float(v) for v in w[:-1]],
        intercept=float(w[-1]), threshold=0.5,
    )  # fmt: skip


def predict(model: LinkModel, x: F64) -> F64:
    return np.asarray([model.probability([float(v) for v in row]) for row in x], dtype=np.float64)


def log_loss(p: F64, t: F64) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(t * np.log(p) + (1 - t) * np.log(1 - p)))


def select_and_fit(x: F64, t: F64, folds: list[int]) -> LinkModel:
    """Penalty by inner grouped CV (out-of-fold log loss), then a fit on all rows."""
    best = (math.inf, ALPHAS[0])
    for alpha in ALPHAS:
        oof = np.zeros(len(t))
        for f in sorted(set(folds)):
            train = [i for i, g in enumerate(folds) if g != f]
            test = [i for i, g in enumerate(folds) if g == f]
            oof[test] = predict(fit(x[train], t[train], alpha), x[test])
        loss = log_loss(oof, t)
        if loss < best[0]:
            best = (loss, alpha)
    return fit(x, t, best[1])


def cross_validate(x: F64, t: F64, folds: list[int]) -> F64:
    oof = np.zeros(len(t))
    for f in sorted(set(folds)):
        train = [i for i, g in enumerate(folds) if g != f]
        test = [i for i, g in enumerate(folds) if g == f]
        inner = [folds[i] for i in train]
        oof[test] = predict(select_and_fit(x[train], t[train], inner), x[test])
    return oof


def f_beta(pred: npt.NDArray[np.bool_], t: F64, beta: float = BETA) -> tuple[float, float, float]:
    tp = float(np.sum(pred & (t == 1)))
    precision = tp / max(float(pred.sum()), 1.0)
    recall = tp / max(float(t.sum()), 1.0)
    b2 = beta * beta
    f = (1 + b2) * precision * recall / (b2 * precision + recall) if precision + recall else 0.0
    return f, precision, recall


def best_threshold(scores: F64, t: F64) -> float:
    """The threshold maximising F-beta of the out-of-fold scores (midpoint between neighbours)."""
    candidates = np.unique(np.round(scores, 4))
    best = (-1.0, 0.5)
    for c in candidates:
        f = f_beta(scores >= c, t)[0]
        if f > best[0]:
            best = (f, float(c))
    return best[1]


def auc(scores: F64, t: F64) -> float:
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    pos = t == 1
    n1, n0 = int(pos.sum()), int((~pos).sum())
    return float((ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)) if n1 and n0 else float("nan")


def train(csv_path: Path, out: Path | None, k: int = 5) -> LinkModel:
    pairs = load_pairs(csv_path)
    texts = [t for p in pairs for t in (p.text1, p.text2)]
    feats = FeatureCache().features(texts)
    mark_templates(pairs, feats)
    leads = LeadCache().vectors(texts, verbose=True)
    # a side that is not the article (template, bot wall): its rating is about a text we lack
    kept = [p for p in pairs if not (feats[p.text1].not_article or feats[p.text2].not_article)]
    folds = group_folds(kept, k)
    x = design(kept, feats, leads)
    t = np.asarray([p.overall <= SAME_HAPPENING_MAX for p in kept], dtype=np.float64)
    oof = cross_validate(x, t, folds)
    threshold = best_threshold(oof, t)
    # the threshold of each fold's scores is chosen on the other folds' out-of-fold scores only
    held = np.zeros(len(t), dtype=bool)
    for fold in range(k):
        rows = np.asarray(folds) == fold
        held[rows] = oof[rows] >= best_threshold(oof[~rows], t[~rows])
    f, precision, recall = f_beta(held, t)
    hand = 0.6 * x[:, 0] + 0.4 * x[:, 1]  # the former hand-set score (containment is column 1)
    hand_f, hand_p, hand_r = f_beta(hand >= 0.62, t)
    report = {
        "pairs": len(kept), "positives": int(t.sum()), "label": f"Overall <= {SAME_HAPPENING_MAX}",
        "cv_auc": round(auc(oof, t), 4), "cv_log_loss": round(log_loss(oof, t), 4),
        f"cv_f{BETA}": round(f, 4), "cv_precision": round(precision, 4), "cv_recall": round(recall, 4),
        "hand_auc": round(auc(hand, t), 4), f"hand_f{BETA}": round(hand_f, 4),
        "hand_precision": round(hand_p, 4), "hand_recall": round(hand_r, 4),
    }  # fmt: skip
    print(report, file=sys.stderr)
    model = select_and_fit(x, t, folds)
    model.threshold = threshold
    model.provenance = {
        "data": f"{csv_path.name} (SemEval-2022 Task 8 training pairs, texts not stored)",
        "data_sha256": hashlib.sha256(csv_path.read_bytes()).hexdigest(),
        "lead_vectors": LEADS_VERSION, "folds": k, "grouped_by": "article id and text",
        "threshold": f"max F{BETA} of out-of-fold probabilities", **report,
    }  # fmt: skip
    if out is not None:
        out.write_text(model.to_json() + "\n", encoding="utf-8")
    return model


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv", type=Path)
    default_out = Path(__file__).resolve().parent.parent / "models" / "similarity" / LINK_FILE
    parser.add_argument("--out", type=Path, default=default_out)
    parser.add_argument("--dry-run", action="store_true", help="report the CV figures, write nothing")
    args = parser.parse_args(argv)
    model = train(args.csv, None if args.dry_run else args.out)
    print(dict(zip(LINK_FEATURES, (round(c, 3) for c in model.coef), strict=True)), f"threshold {model.threshold}")


if __name__ == "__main__":
    main()
