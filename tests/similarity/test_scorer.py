"""The learned scorer: monotonic sanity, the date prior, calibration, and real demo articles."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from similarity_fixtures import make

from storywire.similarity.features import FEATURE_NAMES, pair_features
from storywire.similarity.model import PairScorer, shipped_model


def test_shipped_weights_load_once() -> None:
    assert shipped_model() is shipped_model()
    assert shipped_model().names == FEATURE_NAMES


def test_more_shared_evidence_scores_higher() -> None:
    scorer = PairScorer()
    ents = {"PER": ["ent:a", "ent:b"], "LOC": ["ent:c"]}
    base = make(1, entities=ents, dates=["2025-02-28"], countries=["CN"])
    same = make(1, entities=ents, dates=["2025-02-28"], countries=["CN"])
    unrelated = make(7, entities={"PER": ["ent:z"]}, dates=["2025-02-28"], countries=["DE"])
    assert scorer.score_features(base, same) > scorer.score_features(base, unrelated)


def test_date_prior_separates_visits_months_apart() -> None:
    # identical text vectors and actors; only the happening date differs
    scorer = PairScorer()
    ents = {"PER": ["ent:shoigu", "ent:wang"], "LOC": ["ent:beijing"]}
    feb = make(1, entities=ents, dates=["2025-02-28"], published="2025-02-28")
    feb2 = make(1, entities=ents, dates=["2025-02-28"], published="2025-03-01")
    nov = make(1, entities=ents, dates=["2024-11-12"], published="2024-11-12")
    assert scorer.score_features(feb, feb2) > scorer.score_features(feb, nov) + 0.3
    assert scorer.same_happening_probability_features(feb, feb2) > scorer.same_happening_probability_features(feb, nov)


def test_probability_is_monotonic_and_bounded() -> None:
    scorer = PairScorer()
    probs = [scorer.probability_from_score(s) for s in np.linspace(-0.5, 1.5, 21)]
    assert all(0.0 <= p <= 1.0 for p in probs)
    assert all(x <= y for x, y in itertools.pairwise(probs))
    assert probs[-1] > 0.5 > probs[0]


def test_features_are_symmetric() -> None:
    a = make(1, entities={"PER": ["ent:a"]}, dates=["2025-02-28"])
    b = make(2, entities={"PER": ["ent:a", "ent:b"]}, dates=["2025-03-02"])
    assert np.allclose(pair_features(a, b), pair_features(b, a))


def test_demo_visits_months_apart_score_below_same_day_cross_lingual(demo_article) -> None:  # type: ignore[no-untyped-def]
    """Real analysis + encoders: Shoigu in Beijing, Feb 2025 (en, ru) versus Nov 2024 (en)."""
    scorer = PairScorer()
    feb_en = demo_article("en_shoigu_beijing_0228_a.txt")
    feb_ru = demo_article("ru_shoigu_pekin_0228.txt")
    nov_en = demo_article("en_shoigu_beijing_1112.txt")
    same = scorer.score(feb_en, feb_ru)
    other_visit = scorer.score(feb_en, nov_en)
    assert same > other_visit
    # calibrated on SemEval, where Overall <= 1.5 is rare across languages: the same-day pair
    # sits near even odds (0.45 with the v2 features, 0.35 after the session-10 refit), the
    # other visit far below; the calibration moves a little with every refit, the order not
    p_same = scorer.same_happening_probability(feb_en, feb_ru)
    p_other = scorer.same_happening_probability(feb_en, nov_en)
    assert p_same > 0.3 and p_other < 0.15 and p_same > 4 * p_other


def test_unrelated_demo_stories_score_low(demo_article) -> None:  # type: ignore[no-untyped-def]
    scorer = PairScorer()
    quake = demo_article("en_turkey_quake_malatya_0318.txt")
    quake_fr = demo_article("fr_seisme_malatya_0319.txt")
    cop = demo_article("en_cop29_baku_1123.txt")
    assert scorer.score(quake, quake_fr) > scorer.score(quake, cop)
    assert scorer.score(quake, quake) >= scorer.score(quake, quake_fr)


def test_a_side_that_is_not_an_article_scores_at_the_prior() -> None:
    # a bot wall or site template says nothing about the article annotators saw
    scorer = PairScorer()
    a, b = make(1), make(1)
    prior = scorer.score_features(make(1), make(1, kept_chars=0))
    assert prior == pytest.approx((4.0 - scorer.model.prior_rating) / 3.0)
    b.template = True
    assert scorer.score_features(a, b) == prior
    assert scorer.score_features(a, make(1)) > prior  # the same text, as articles: similar
