"""A small random neural-tagger model in the layout of `ner-neural-<lang>.npz`, for tests."""

from __future__ import annotations

import numpy as np

from storywire.stages.ner.neural import ALLOWED, LABELS


def random_model(rng: np.random.Generator) -> dict[str, np.ndarray]:
    n_lab, wd, cd, nf, h = len(LABELS), 4, 3, 5, 6
    arrays: dict[str, np.ndarray] = {
        "vocab": np.asarray("berlin\nin"),
        "chars": np.asarray("\n".join("abcdefghijklmnopqrstuvwxyzBOP")),
        "labels": np.asarray("\n".join(LABELS)),
        "wemb": rng.normal(size=(4, wd)).astype(np.float16),
        "cemb": rng.normal(size=(33, cd)).astype(np.float16),
        "kemb": rng.normal(size=(8, 8)).astype(np.float16),
        "conv_w": rng.normal(size=(3 * cd, nf)).astype(np.float16),
        "conv_b": rng.normal(size=nf).astype(np.float32),
        "out_w": rng.normal(size=(2 * h, n_lab)).astype(np.float16),
        "out_b": rng.normal(size=n_lab).astype(np.float32),
        "trans": np.where(ALLOWED, rng.normal(size=(n_lab + 1, n_lab)), -1e4).astype(np.float32),
        "end": rng.normal(size=n_lab).astype(np.float32),
    }
    for d in ("f", "b"):
        arrays[f"{d}_wih"] = rng.normal(size=(wd + nf + 8, 4 * h)).astype(np.float16)
        arrays[f"{d}_whh"] = rng.normal(size=(h, 4 * h)).astype(np.float16)
        arrays[f"{d}_b"] = rng.normal(size=4 * h).astype(np.float32)
    return arrays
