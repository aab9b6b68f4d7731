"""The online link model: cheap pair features, the shipped logistic model, and its use by the clusterer."""

from __future__ import annotations

import math
from datetime import date

import numpy as np

from storywire.model import Article, TemporalExpression
from storywire.similarity.link import LINK_FEATURES, LinkModel, LinkSide, link_features, shipped_link_model
from storywire.stages.cluster import ClusterConfig, StoryClusterer, happening_dates

DAY = date(2025, 2, 28).toordinal()


def unit(*values: float) -> tuple[float, ...]:
    v = np.asarray(values, dtype=np.float64)
    return tuple(float(x) for x in v / np.linalg.norm(v))


def side(vector: tuple[float, ...] | None, entities: dict[str, int]) -> LinkSide:
    return LinkSide(vector, entities, (), "en")


def test_features_are_defined_without_entities_or_vectors() -> None:
    x = link_features(side(None, {}), side(unit(1, 0), {}))
    assert len(x) == len(LINK_FEATURES)
    assert math.isnan(x[0]) and x[1:6] == [0.0] * 5


def test_happening_closeness_uses_mentioned_dates() -> None:
    november = date(2024, 11, 12).toordinal()
    a = LinkSide(None, {}, ((DAY, DAY),), "en")
    b = LinkSide(None, {}, ((november, november),), "en")
    near, far = link_features(a, a), link_features(a, b)
    i = LINK_FEATURES.index("happening_closeness")
    assert near[i] == 1.0 and far[i] < 0.1


def test_entity_overlaps() -> None:
    x = dict(zip(LINK_FEATURES, link_features(side(None, {"a": 3, "b": 1}), side(None, {"a": 1})), strict=True))
    assert x["ent_containment"] == 1.0 and x["ent_both"] == 1.0
    assert math.isclose(x["ent_shared"], math.log(2))


def test_shipped_model_is_monotone_in_the_evidence() -> None:
    model = shipped_link_model()
    assert 0.0 < model.threshold < 1.0 and "train.csv" in str(model.provenance["data"])
    actors = {"shoigu": 3, "wang": 2, "beijing": 1}
    close, loose = unit(1.0, 0.1, 0.0), unit(1.0, 0.7, 0.0)  # cosines ~0.99 and ~0.82 with `close`
    same = model.score(side(close, actors), side(close, actors))
    weaker_text = model.score(side(close, actors), side(loose, actors))
    fewer_actors = model.score(side(close, actors), side(close, {"nobody": 1}))
    assert same >= model.threshold
    assert same > weaker_text and same > fewer_actors


def test_unknown_feature_is_scored_at_the_training_mean() -> None:
    model = LinkModel(mean=[0.5] * len(LINK_FEATURES), scale=[1.0] * len(LINK_FEATURES),
                      coef=[1.0] * len(LINK_FEATURES), intercept=0.0, threshold=0.5)  # fmt: skip
    assert model.probability([math.nan] + [0.5] * (len(LINK_FEATURES) - 1)) == 0.5
    assert LinkModel.from_json(model.to_json()) == model


def test_happening_dates_keep_specific_dates_only() -> None:
    article = Article(id="a", raw="", dates=[
        TemporalExpression(0, 1, "x", "2025-02-28", "day"), TemporalExpression(0, 1, "x", "2025", "year"),
        TemporalExpression(0, 1, "x", "2024-11", "month"),
    ])  # fmt: skip
    assert happening_dates(article) == (
        (date(2024, 11, 1).toordinal(), date(2024, 11, 30).toordinal()),
        (DAY, DAY),
    )


def test_clusterer_uses_the_learned_model_unless_told_otherwise() -> None:
    assert StoryClusterer().link_model is not None
    assert StoryClusterer(ClusterConfig(learned=False)).link_model is None
