"""The online link score: P(two articles report one happening) from what the clusterer has.

The full similarity model (`model.py`) needs e5 and USE vectors of several passages: ~0.5 s
per article, too slow for every ingested article.  The clusterer keeps per article only the
e5 vector of its lead, its linked entity identities (with mention counts), its language and
the specific dates it mentions; this module turns a pair of those into a handful of
features and a logistic regression over them, learned on the SemEval-2022 Task 8 training
pairs (`linktrain.py`) with the link threshold chosen by grouped cross-validation there.
Scoring is numpy-free arithmetic: it runs for every candidate pair.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources

from storywire.similarity.features import closeness, interval_gap

LINK_FILE = "link.json"

LINK_FEATURES: tuple[str, ...] = (
    "lead_cos",  # cosine of the stored e5 lead vectors
    "ent_containment",  # shared identities / the smaller side's: brevity is not penalised
    "ent_shared",  # log(1 + shared identities): one shared capital is weak, five shared names strong
    "ent_both",  # both sides have linked entities (else the overlaps are 0 by absence)
    "happening_closeness",  # closest pair of specific dates the two texts mention (0: a side has none)
    "dates_both",  # both sides mention specific dates
    "same_language",  # e5 cosines run higher within a language than across
)
# Not features: the publication dates.  Only 1% of the training pairs have both (SemEval
# gives none; a few are inferred from the body), so a learned weight would be extrapolated
# to every online pair, where both are always known; the clusterer's window stays the hard
# rule for them (the Beijing visits three months apart never become candidates).


@dataclass(frozen=True)
class LinkSide:
    """What the clusterer knows of one article."""

    vector: tuple[float, ...] | None  # unit e5 lead vector (None: not embedded)
    entities: Mapping[str, int]  # linked PER/ORG/LOC identity -> mention count
    dates: tuple[tuple[int, int], ...] = ()  # ordinal [lo, hi] of specific (<= a month) date mentions
    language: str | None = None


def link_features(a: LinkSide, b: LinkSide, cosine: float | None = None) -> list[float]:
    """The feature vector (order: LINK_FEATURES).  `cosine` saves the dot product when known;
    a missing vector gives NaN, which the model replaces by its training mean ("no evidence")."""
    if cosine is None:
        cosine = (
            math.nan
            if a.vector is None or b.vector is None
            else sum(x * y for x, y in zip(a.vector, b.vector, strict=True))
        )
    ea, eb = a.entities, b.entities
    shared = len(ea.keys() & eb.keys())
    smaller = min(len(ea), len(eb))
    gap = min((interval_gap(x, y) for x in a.dates for y in b.dates), default=None)
    return [
        float(cosine),
        shared / smaller if smaller else 0.0,
        math.log1p(shared),
        float(smaller > 0),
        closeness(None if gap is None else float(gap)),
        float(bool(a.dates) and bool(b.dates)),
        float(a.language is not None and a.language == b.language),
    ]


@dataclass
class LinkModel:
    """Logistic regression over standardised LINK_FEATURES; `threshold` on its probability."""

    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float
    threshold: float
    names: tuple[str, ...] = LINK_FEATURES
    provenance: dict[str, object] = field(default_factory=dict)

    def probability(self, x: list[float]) -> float:
        z = self.intercept
        for value, mu, sd, w in zip(x, self.mean, self.scale, self.coef, strict=True):
            if value != value:  # NaN: unknown, scored at the training mean
                continue
            z += w * max(-4.0, min(4.0, (value - mu) / sd))  # clipped as the similarity model does
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def score(self, a: LinkSide, b: LinkSide, cosine: float | None = None) -> float:
        return self.probability(link_features(a, b, cosine))

    def to_json(self) -> str:
        body = {
            "names": list(self.names), "mean": self.mean, "scale": self.scale, "coef": self.coef,
            "intercept": self.intercept, "threshold": self.threshold, "provenance": self.provenance,
        }  # fmt: skip
        return json.dumps(body, indent=1)

    @classmethod
    def from_json(cls, text: str) -> LinkModel:
        body = json.loads(text)
        names = tuple(body["names"])
        if names != LINK_FEATURES:
            raise ValueError("link model was trained on other features")
        return cls(
            mean=[float(v) for v in body["mean"]], scale=[float(v) for v in body["scale"]],
            coef=[float(v) for v in body["coef"]], intercept=float(body["intercept"]),
            threshold=float(body["threshold"]), names=names, provenance=dict(body.get("provenance", {})),
        )  # fmt: skip


@functools.cache
def shipped_link_model() -> LinkModel:
    """The shipped link model (models/similarity/link.json), loaded once per process."""
    ref = resources.files("storywire") / "models" / "similarity" / LINK_FILE
    return LinkModel.from_json(ref.read_text(encoding="utf-8"))


def entity_counts(pairs: Iterable[tuple[str, int]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for entity_id, n in pairs:
        counts[entity_id] += n
    return counts
