"""Pairwise features of two articles: what makes two reports one happening.

Every feature is oriented so that larger means "more alike", and is defined (0 or a
neutral value, with an indicator) when a side lacks the signal: SemEval texts carry no
publication date and most lack specific dates, and that absence must not read as distance.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from storywire.similarity.representation import ArticleFeatures, Vec

# Gaps beyond this many days between the happenings two articles report read as
# "different happenings" (the two Beijing visits three months apart share every actor).
DATE_SCALE_DAYS = 7.0

FEATURE_NAMES: tuple[str, ...] = (
    "e5_title", "e5_lead", "e5_mean", "e5_max", "e5_title_body",
    "use_title", "use_lead", "use_sentences",
    "ent_all", "ent_per", "ent_org", "ent_loc", "ent_weighted", "ent_both",
    "countries", "countries_both", "numbers", "numbers_both",
    "dates_both", "date_closeness", "date_match", "years", "years_both", "published_closeness",
    "same_language",
)  # fmt: skip


def _cos(a: Vec, b: Vec) -> float:
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    return float(a @ b) / (na * nb) if na > 0 and nb > 0 else 0.0


def _mean(v: Vec) -> Vec:
    m = np.asarray(v.mean(axis=0), dtype=np.float32)
    return m


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def entity_overlap(a: list[str], b: list[str]) -> float:
    """Overlap coefficient of linked identity ids (a short article is not penalised for brevity)."""
    sa, sb = set(a), set(b)
    return len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0


def weighted_entity_overlap(a: list[str], b: list[str]) -> float:
    """Cosine of mention-count vectors: the actors an article keeps naming weigh more."""
    ca, cb = Counter(a), Counter(b)
    dot = sum(ca[k] * cb[k] for k in ca.keys() & cb.keys())
    na = math.sqrt(sum(v * v for v in ca.values()))
    nb = math.sqrt(sum(v * v for v in cb.values()))
    return dot / (na * nb) if na and nb else 0.0


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two closed intervals (0 when they overlap)."""
    return max(0, b[0] - a[1], a[0] - b[1])


def happening_gap(fa: ArticleFeatures, fb: ArticleFeatures) -> float | None:
    """Days between the happenings two articles report, or None when a side has no date.

    Each side's happening is dated by its specific date mentions and its publication date;
    the gap is the smallest over those, so a mention of the other visit's date is enough to
    say "maybe the same" and only consistently distant dates say "different".
    """
    da = list(fa.dates) + ([(fa.published, fa.published)] if fa.published is not None else [])
    db = list(fb.dates) + ([(fb.published, fb.published)] if fb.published is not None else [])
    if not da or not db:
        return None
    return float(min(_gap(x, y) for x in da for y in db))


def closeness(days: float | None) -> float:
    """1 for the same day, 0.5 at `DATE_SCALE_DAYS`, towards 0 for months; 0 when unknown."""
    return 0.0 if days is None else 1.0 / (1.0 + days / DATE_SCALE_DAYS)


def date_match(fa: ArticleFeatures, fb: ArticleFeatures) -> float:
    """Share of the (smaller side's) specific dates that the other side mentions within 2 days."""
    if not fa.dates or not fb.dates:
        return 0.0
    small, big = (fa.dates, fb.dates) if len(fa.dates) <= len(fb.dates) else (fb.dates, fa.dates)
    return sum(1 for x in small if any(_gap(x, y) <= 2 for y in big)) / len(small)


def pair_features(fa: ArticleFeatures, fb: ArticleFeatures) -> list[float]:
    """The feature vector (order: FEATURE_NAMES)."""
    ca, cb = fa.e5_chunks, fb.e5_chunks
    sims = ca @ cb.T
    ents_a = [e for t in ("PER", "ORG", "LOC") for e in fa.entities.get(t, [])]
    ents_b = [e for t in ("PER", "ORG", "LOC") for e in fb.entities.get(t, [])]
    pub = None
    if fa.published is not None and fb.published is not None:
        pub = float(abs(fa.published - fb.published))
    years_a, years_b = {str(y) for y in fa.years}, {str(y) for y in fb.years}
    nums_a, nums_b = set(fa.numbers), set(fb.numbers)
    values = [
        _cos(fa.e5_title, fb.e5_title),
        _cos(ca[0], cb[0]),
        _cos(_mean(ca), _mean(cb)),
        float(sims.max()),
        0.5 * (_cos(fa.e5_title, _mean(cb)) + _cos(fb.e5_title, _mean(ca))),
        _cos(fa.use_title, fb.use_title),
        _cos(fa.use_lead, fb.use_lead),
        _cos(fa.use_sentences, fb.use_sentences),
        entity_overlap(ents_a, ents_b),
        entity_overlap(fa.entities.get("PER", []), fb.entities.get("PER", [])),
        entity_overlap(fa.entities.get("ORG", []), fb.entities.get("ORG", [])),
        entity_overlap(fa.entities.get("LOC", []), fb.entities.get("LOC", [])),
        weighted_entity_overlap(ents_a, ents_b),
        float(bool(ents_a) and bool(ents_b)),
        _jaccard(set(fa.countries), set(fb.countries)),
        float(bool(fa.countries) and bool(fb.countries)),
        _jaccard(nums_a, nums_b),
        float(bool(nums_a) and bool(nums_b)),
        float(bool(fa.dates) and bool(fb.dates)),
        closeness(happening_gap(fa, fb)),
        date_match(fa, fb),
        _jaccard(years_a, years_b),
        float(bool(years_a) and bool(years_b)),
        closeness(pub),
        float(fa.language is not None and fa.language == fb.language),
    ]
    return values


def interaction_features(fa: ArticleFeatures, fb: ArticleFeatures) -> Vec:
    """Element-wise products of the mean e5 and USE vectors: lets a linear model reweight dimensions."""
    ma, mb = _mean(fa.e5_chunks), _mean(fb.e5_chunks)
    ma /= max(float(np.linalg.norm(ma)), 1e-9)
    mb /= max(float(np.linalg.norm(mb)), 1e-9)
    return np.concatenate([ma * mb, fa.use_sentences * fb.use_sentences]).astype(np.float32)
