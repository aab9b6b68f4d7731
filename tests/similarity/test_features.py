"""Pairwise features on hand-built ArticleFeatures (no encoder: fast and exact)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from similarity_fixtures import make

from storywire.similarity.features import (
    FEATURE_NAMES,
    alignment,
    closeness,
    content_features,
    date_match,
    entity_overlap,
    happening_gap,
    pair_features,
    weighted_entity_overlap,
)
from storywire.similarity.representation import ArticleFeatures, timex_interval


def feature(fa: ArticleFeatures, fb: ArticleFeatures, name: str) -> float:
    return pair_features(fa, fb)[FEATURE_NAMES.index(name)]


def test_vector_matches_names() -> None:
    assert len(pair_features(make(1), make(2))) == len(FEATURE_NAMES)


def test_entity_overlap_is_by_identity_id() -> None:
    # the same ids whatever the surface script; strings never enter the comparison
    a = make(1, entities={"PER": ["ent:shoigu", "ent:wangyi"], "LOC": ["ent:beijing"]})
    b = make(2, entities={"PER": ["ent:shoigu"], "LOC": ["ent:beijing"]})
    c = make(3, entities={"PER": ["ent:scholz"], "LOC": ["ent:berlin"]})
    assert feature(a, b, "ent_all") == 1.0  # overlap coefficient: the shorter side is covered
    assert feature(a, c, "ent_all") == 0.0
    assert feature(a, b, "ent_per") == 1.0 and feature(a, b, "ent_loc") == 1.0
    assert feature(a, make(4), "ent_both") == 0.0


def test_entity_overlap_helpers() -> None:
    assert entity_overlap([], ["x"]) == 0.0
    assert entity_overlap(["x", "y"], ["y", "z", "w"]) == pytest.approx(0.5)
    assert weighted_entity_overlap(["x", "x", "y"], ["x", "x", "y"]) == pytest.approx(1.0)
    assert 0 < weighted_entity_overlap(["x", "x", "x", "y"], ["y", "y", "y", "x"]) < 0.7


def test_timex_intervals() -> None:
    assert timex_interval("2025-02-28") == (date(2025, 2, 28), date(2025, 2, 28))
    assert timex_interval("2025-W09") == (date(2025, 2, 24), date(2025, 3, 2))
    assert timex_interval("2024-12") == (date(2024, 12, 1), date(2024, 12, 31))
    assert timex_interval("2025-Q4") == (date(2025, 10, 1), date(2025, 12, 31))
    assert timex_interval("2025-02-24/2025-03-02") == (date(2025, 2, 24), date(2025, 3, 2))
    assert timex_interval("PRESENT_REF") is None


def test_date_closeness_uses_happening_dates() -> None:
    feb = make(1, dates=["2025-02-28"])
    feb_next_day = make(2, dates=["2025-03-01"])
    nov = make(3, dates=["2024-11-12"])
    assert happening_gap(feb, feb_next_day) == 1.0
    assert happening_gap(feb, nov) == 108.0
    assert feature(feb, feb_next_day, "date_closeness") > 0.8 > 0.1 > feature(feb, nov, "date_closeness")
    assert date_match(feb, feb_next_day) == 1.0 and date_match(feb, nov) == 0.0


def test_publication_date_counts_and_absence_is_neutral() -> None:
    a = make(1, published="2025-02-28")
    b = make(2, published="2024-11-12")
    assert happening_gap(a, b) == 108.0
    assert happening_gap(make(1), b) is None  # unknown is not "far"
    assert closeness(None) == 0.0 and closeness(0) == 1.0


def test_places_by_country() -> None:
    a = make(1, countries=["CN"])
    assert feature(a, make(2, countries=["CN", "RU"]), "countries") == pytest.approx(0.5)
    assert feature(a, make(3, countries=["DE"]), "countries") == 0.0


def test_sentence_alignment_rewards_a_shared_account() -> None:
    rng = np.random.default_rng(0)
    shared, own_a, own_b = (rng.normal(size=(2, 16)).astype(np.float32) for _ in range(3))
    a = np.vstack([shared, own_a])
    b = np.vstack([shared, own_b])
    unrelated = rng.normal(size=(4, 16)).astype(np.float32)
    assert alignment(a, b) > alignment(a, unrelated) + 0.3
    assert alignment(a, a) == pytest.approx(1.0, abs=1e-5)
    assert alignment(a, np.zeros((0, 16), dtype=np.float32)) == 0.0


def test_content_features_follow_the_thinner_side() -> None:
    full, chrome = make(1, kept_chars=900), make(2, kept_chars=0)
    kept, share = content_features(full, chrome)
    assert kept == 0.0 and share == 0.0
    assert feature(full, make(3, kept_chars=900), "kept_share") == pytest.approx(0.9)
