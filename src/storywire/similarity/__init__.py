"""Article similarity that knows what "the same happening" is, and near-duplicate detection.

article = analyse_text(text, published=date(2025, 2, 28))
scorer = PairScorer()                       # shipped weights, loaded once per process
scorer.score(a, b)                          # higher = more alike (~0..1)
scorer.same_happening_probability(a, b)     # calibrated
fa, fb = features_for(a), features_for(b)   # per-article encoders run once
scorer.score_features(fa, fb)               # cheap for many pairs

The clusterer does not run this model (its encoders cost ~0.5 s per article); it links with
`similarity.link`, a logistic regression over what it keeps per article (lead-vector cosine,
entity identities, mentioned dates), trained by `similarity.linktrain` (weights: link.json).
"""

from storywire.similarity.analysis import analyse_text
from storywire.similarity.model import PairScorer
from storywire.similarity.representation import ArticleFeatures, compute_features, features_for

__all__ = [
    "ArticleFeatures",
    "PairScorer",
    "analyse_text",
    "compute_features",
    "features_for",
]
