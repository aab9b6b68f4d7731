"""Boosted regression trees as plain arrays: trained with scikit-learn, scored with numpy.

scikit-learn is needed only to train (storywire.similarity.train); the shipped model is
a handful of arrays in the weights .npz, so scoring needs numpy alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

# Chosen a priori for ~1,300 pairs and ~25 features (shallow, slow, regularised), compared
# only against one alternative (8-leaf trees, 200 rounds; 0.005 lower on a partial sample).
GBM_PARAMS: dict[str, Any] = {
    "max_iter": 300, "learning_rate": 0.03, "max_depth": 3, "min_samples_leaf": 20, "l2_regularization": 1.0,
    "random_state": 0,
}  # fmt: skip


@dataclass
class TreeEnsemble:
    baseline: float
    roots: I64  # index of each tree's root in the node arrays
    feature: I64
    threshold: F64
    left: I64  # global node indices
    right: I64
    missing_left: npt.NDArray[np.bool_]
    is_leaf: npt.NDArray[np.bool_]
    value: F64

    def predict(self, x: F64) -> F64:
        """Sum of leaf values over the trees, vectorised over the rows of `x`."""
        x = np.atleast_2d(x)
        if len(x) == 1:
            return np.asarray([self._predict_one([float(v) for v in x[0]])])
        rows = np.arange(len(x))
        total = np.full(len(x), float(self.baseline), dtype=np.float64)
        for root in self.roots:
            node = np.full(len(x), root, dtype=np.int64)
            while True:
                active = ~self.is_leaf[node]
                if not active.any():
                    break
                feats = self.feature[node]
                vals = x[rows, np.where(active, feats, 0)]
                go_left = np.where(np.isnan(vals), self.missing_left[node], vals <= self.threshold[node])
                node = np.where(active, np.where(go_left, self.left[node], self.right[node]), node)
            total += self.value[node]
        return total

    def _predict_one(self, row: list[float]) -> float:
        # one pair (the clusterer's case): plain-Python walks beat per-tree numpy calls ~50x
        if not hasattr(self, "_lists"):
            self._lists = tuple(
                a.tolist() for a in (self.feature, self.threshold, self.left, self.right, self.missing_left,
                                     self.is_leaf, self.value)
            )  # fmt: skip
        feature, threshold, left, right, missing_left, is_leaf, value = self._lists
        total = float(self.baseline)
        for node in self.roots.tolist():
            while not is_leaf[node]:
                v = row[feature[node]]
                go_left = missing_left[node] if v != v else v <= threshold[node]  # v != v: NaN
                node = left[node] if go_left else right[node]
            total += value[node]
        return total

    def arrays(self, prefix: str) -> dict[str, Any]:
        return {f"{prefix}{k}": getattr(self, k) for k in self.__dataclass_fields__}

    @classmethod
    def from_arrays(cls, z: Any, prefix: str) -> TreeEnsemble:
        fields: dict[str, Any] = {k: np.asarray(z[f"{prefix}{k}"]) for k in cls.__dataclass_fields__}
        fields["baseline"] = float(fields["baseline"])  # a 0-d array would be mutated by +=
        return cls(**fields)


def fit_trees(x: F64, y: F64) -> TreeEnsemble:
    """Fit scikit-learn's HistGradientBoostingRegressor and export its trees."""
    from sklearn.ensemble import HistGradientBoostingRegressor

    model = HistGradientBoostingRegressor(**GBM_PARAMS).fit(x, y)
    parts: dict[str, list[Any]] = {k: [] for k in ("feature", "threshold", "left", "right", "missing", "leaf", "value")}
    roots: list[int] = []
    offset = 0
    for (predictor,) in model._predictors:  # one predictor per boosting round for regression
        nodes = predictor.nodes
        roots.append(offset)
        parts["feature"].append(nodes["feature_idx"].astype(np.int64))
        parts["threshold"].append(nodes["num_threshold"].astype(np.float64))
        parts["left"].append(nodes["left"].astype(np.int64) + offset)
        parts["right"].append(nodes["right"].astype(np.int64) + offset)
        parts["missing"].append(nodes["missing_go_to_left"].astype(bool))
        parts["leaf"].append(nodes["is_leaf"].astype(bool))
        parts["value"].append(nodes["value"].astype(np.float64))
        offset += len(nodes)
    baseline = float(np.asarray(model._baseline_prediction).ravel()[0])
    return TreeEnsemble(
        baseline=baseline, roots=np.asarray(roots, dtype=np.int64), feature=np.concatenate(parts["feature"]),
        threshold=np.concatenate(parts["threshold"]), left=np.concatenate(parts["left"]),
        right=np.concatenate(parts["right"]), missing_left=np.concatenate(parts["missing"]),
        is_leaf=np.concatenate(parts["leaf"]), value=np.concatenate(parts["value"]),
    )  # fmt: skip
