"""Pairwise features of two articles: what makes two reports one happening.

Every feature is oriented so that larger means "more alike", and is defined (0 or a
neutral value, with an indicator) when a side lacks the signal: SemEval texts carry no
publication date and most lack specific dates, and that absence must not read as distance.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from storywire.similarity.representation import ArticleFeatures, Vec
from storywire.similarity.space import Centering, e5_doc, identities

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
    "e5_doc", "e5_title_chunk", "use_title_body", "use_align",
    "c_e5_doc", "c_e5_mean", "c_e5_max", "c_e5_title", "c_use_sentences", "c_use_title", "c_use_align",
    "typical_e5", "typical_use",
    "kept_chars", "kept_share",
    "ent_idf", "ent_idf_shared",
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


def interval_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two closed intervals (0 when they overlap)."""
    return max(0, b[0] - a[1], a[0] - b[1])


class Dated(Protocol):
    """Anything with happening dates: `ArticleFeatures`, or the clusterer's `link.LinkSide`."""

    @property
    def dates(self) -> Sequence[tuple[int, int]]: ...

    @property
    def published(self) -> int | None: ...


def happening_gap(fa: Dated, fb: Dated) -> float | None:
    """Days between the happenings two articles report, or None when a side has no date.

    Each side's happening is dated by its specific date mentions and its publication date;
    the gap is the smallest over those, so a mention of the other visit's date is enough to
    say "maybe the same" and only consistently distant dates say "different".
    """
    da = list(fa.dates) + ([(fa.published, fa.published)] if fa.published is not None else [])
    db = list(fb.dates) + ([(fb.published, fb.published)] if fb.published is not None else [])
    if not da or not db:
        return None
    return float(min(interval_gap(x, y) for x in da for y in db))


def closeness(days: float | None) -> float:
    """1 for the same day, 0.5 at `DATE_SCALE_DAYS`, towards 0 for months; 0 when unknown."""
    return 0.0 if days is None else 1.0 / (1.0 + days / DATE_SCALE_DAYS)


def date_match(fa: ArticleFeatures, fb: ArticleFeatures) -> float:
    """Share of the (smaller side's) specific dates that the other side mentions within 2 days."""
    if not fa.dates or not fb.dates:
        return 0.0
    small, big = (fa.dates, fb.dates) if len(fa.dates) <= len(fb.dates) else (fb.dates, fa.dates)
    return sum(1 for x in small if any(interval_gap(x, y) <= 2 for y in big)) / len(small)


def _unit_rows(m: Vec) -> Vec:
    norms = np.linalg.norm(m, axis=-1, keepdims=True)
    return np.asarray(m / np.maximum(norms, 1e-9), dtype=np.float32)


def alignment(a: Vec, b: Vec) -> float:
    """Mean over both sides' sentences of the best cosine on the other side (BERTScore-like F).

    Unlike the cosine of the two means it rewards a shared account even when one article
    goes on to other matters.
    """
    if not len(a) or not len(b):
        return 0.0
    sims = _unit_rows(a) @ _unit_rows(b).T
    return 0.5 * float(sims.max(axis=1).mean() + sims.max(axis=0).mean())


def _both_ways(xa: Vec, ya: Vec, xb: Vec, yb: Vec) -> float:
    """Symmetrised cosine of one side's `x` with the other's `y`."""
    return 0.5 * (_cos(xa, yb) + _cos(xb, ya))


def content_features(fa: ArticleFeatures, fb: ArticleFeatures) -> list[float]:
    """How much article the thinner side holds: a failed scrape leaves site chrome, whose
    similarity to anything says little about what annotators of the real article saw."""
    kept = min(fa.kept_chars, fb.kept_chars)
    share = min(fa.kept_chars / max(fa.raw_chars, 1), fb.kept_chars / max(fb.raw_chars, 1))
    return [math.log1p(kept), min(1.0, share)]


def typicality(space: Centering, kind: str, language: str | None, v: Vec) -> float:
    """Cosine of `v` to its language's mean: low for a text unlike news (a page of site chrome,
    a cookie notice), whose similarities the model should trust less."""
    return _cos(v, v - space.center(kind, language, v))


def centred_features(fa: ArticleFeatures, fb: ArticleFeatures, space: Centering) -> list[float]:
    """Cosines after each side's language mean is subtracted (see space.py)."""
    la, lb = fa.language, fb.language

    def c(kind: str, language: str | None, v: Vec) -> Vec:
        return space.center(kind, language, v)

    chunks_a, chunks_b = c("e5_chunk", la, fa.e5_chunks), c("e5_chunk", lb, fb.e5_chunks)
    return [
        _cos(c("e5_doc", la, e5_doc(fa)), c("e5_doc", lb, e5_doc(fb))),
        _cos(_mean(chunks_a), _mean(chunks_b)),
        float((_unit_rows(chunks_a) @ _unit_rows(chunks_b).T).max()),
        _cos(c("e5_title", la, fa.e5_title), c("e5_title", lb, fb.e5_title)),
        _cos(c("use_mean", la, fa.use_sentences), c("use_mean", lb, fb.use_sentences)),
        _cos(c("use_title", la, fa.use_title), c("use_title", lb, fb.use_title)),
        alignment(c("use_sent", la, fa.use_sents), c("use_sent", lb, fb.use_sents)),
        min(typicality(space, "e5_doc", la, e5_doc(fa)), typicality(space, "e5_doc", lb, e5_doc(fb))),
        min(typicality(space, "use_mean", la, fa.use_sentences), typicality(space, "use_mean", lb, fb.use_sentences)),
    ]


def idf_overlap(fa: ArticleFeatures, fb: ArticleFeatures, space: Centering) -> list[float]:
    """Shared identities weighted by rarity: their IDF over the smaller side's, and the log of
    the shared IDF mass.  Two Cairo crime reports share "Egypt" and "Cairo" and little else
    that counts; two reports of one meeting share its rare participants."""
    a, b = identities(fa), identities(fb)
    if not a or not b:
        return [0.0, 0.0]
    shared = sum(space.idf(e) for e in a & b)
    smaller = min(sum(space.idf(e) for e in a), sum(space.idf(e) for e in b))
    return [shared / smaller if smaller > 0 else 0.0, math.log1p(shared)]


def pair_features(fa: ArticleFeatures, fb: ArticleFeatures, space: Centering | None = None) -> list[float]:
    """The feature vector (order: FEATURE_NAMES); `space` defaults to no centring."""
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
        _cos(e5_doc(fa), e5_doc(fb)),
        0.5 * (float((cb @ fa.e5_title).max()) + float((ca @ fb.e5_title).max())),
        _both_ways(fa.use_title, fa.use_sentences, fb.use_title, fb.use_sentences),
        alignment(fa.use_sents, fb.use_sents),
    ]
    values += centred_features(fa, fb, space or Centering())
    values += content_features(fa, fb)
    values += idf_overlap(fa, fb, space or Centering())
    return values


def interaction_features(fa: ArticleFeatures, fb: ArticleFeatures) -> Vec:
    """Element-wise products of the mean e5 and USE vectors: lets a linear model reweight dimensions."""
    ma, mb = _mean(fa.e5_chunks), _mean(fb.e5_chunks)
    ma /= max(float(np.linalg.norm(ma)), 1e-9)
    mb /= max(float(np.linalg.norm(mb)), 1e-9)
    return np.concatenate([ma * mb, fa.use_sentences * fb.use_sentences]).astype(np.float32)
