"""Per-language centring: a language's shared offset stops counting as similarity."""

from __future__ import annotations

import numpy as np
from similarity_fixtures import make

from storywire.similarity.features import FEATURE_NAMES, pair_features
from storywire.similarity.representation import ArticleFeatures
from storywire.similarity.space import ALL, MIN_ARTICLES, Centering


def _shifted(seed: int, language: str, offset: np.ndarray) -> ArticleFeatures:  # type: ignore[type-arg]
    f = make(seed, language=language)
    f.e5_title = f.e5_title + offset
    f.e5_chunks = f.e5_chunks + offset
    return f


def test_centring_removes_a_language_offset() -> None:
    offset = np.zeros(384, dtype=np.float32)
    offset[0] = 3.0  # every "ar" text shares a strong common direction
    corpus = [_shifted(s, "ar", offset) for s in range(MIN_ARTICLES)] + [make(100 + s) for s in range(MIN_ARTICLES)]
    space = Centering.fit(corpus)
    a, b = corpus[0], corpus[1]  # unrelated content, same language
    raw = pair_features(a, b)[FEATURE_NAMES.index("e5_doc")]
    centred = pair_features(a, b, space)[FEATURE_NAMES.index("c_e5_doc")]
    assert raw > 0.9  # the offset dominates the plain cosine
    assert abs(centred) < 0.3


def test_rare_and_unseen_languages_use_the_overall_mean() -> None:
    corpus = [make(s, language="en") for s in range(MIN_ARTICLES)] + [make(50, language="sw")]
    space = Centering.fit(corpus)
    assert "en" in space.means["e5_title"] and "sw" not in space.means["e5_title"]
    v = make(60).e5_title
    expected = v - space.means["e5_title"][ALL]
    assert np.allclose(space.center("e5_title", "sw", v), expected)
    assert np.allclose(space.center("e5_title", "xx", v), expected)
    assert np.allclose(Centering().center("e5_title", "en", v), v)  # nothing fitted: unchanged


def test_arrays_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = [make(s, language="de", entities={"LOC": ["ent:de"]} if s % 2 else {}) for s in range(MIN_ARTICLES)]
    space = Centering.fit(corpus)
    np.savez(tmp_path / "s.npz", **space.arrays("space_"))
    with np.load(tmp_path / "s.npz") as z:
        back = Centering.from_arrays(z, "space_")
    assert back.means.keys() == space.means.keys()
    assert np.allclose(back.means["use_sent"]["de"], space.means["use_sent"]["de"])
    assert back.entity_df == space.entity_df == {"ent:de": MIN_ARTICLES // 2}
    assert back.documents == space.documents == MIN_ARTICLES


def test_sharing_a_rare_actor_counts_more_than_sharing_the_common_country() -> None:
    egypt, cairo = "ent:egypt", "ent:cairo"
    corpus = [make(s, entities={"LOC": [egypt, cairo]}) for s in range(30)]
    corpus += [make(100, entities={"PER": ["ent:sisi"]}), make(101, entities={"PER": ["ent:sisi"]})]
    space = Centering.fit(corpus)
    assert space.idf(egypt) < space.idf("ent:sisi") < space.idf("ent:never-seen")
    crime_a = make(1, entities={"LOC": [egypt, cairo], "PER": ["ent:victim-a"]})
    crime_b = make(2, entities={"LOC": [egypt, cairo], "PER": ["ent:victim-b"]})
    meeting_a = make(3, entities={"LOC": [egypt], "PER": ["ent:sisi", "ent:tebboune", "ent:aide-a"]})
    meeting_b = make(4, entities={"LOC": [cairo], "PER": ["ent:sisi", "ent:tebboune", "ent:aide-b"]})
    i = FEATURE_NAMES.index("ent_idf")
    plain = FEATURE_NAMES.index("ent_all")
    crimes, meetings = pair_features(crime_a, crime_b, space), pair_features(meeting_a, meeting_b, space)
    assert crimes[plain] > meetings[plain]  # plain overlap: the two crime reports look closer
    assert meetings[i] > crimes[i]  # weighted by rarity: the meeting reports do
    unfitted = pair_features(meeting_a, meeting_b)[i]
    assert unfitted == meetings[plain]  # no document frequencies: plain containment
