from __future__ import annotations

from storywire.model import Article, RemovedLine, Sentence
from storywire.stages.title import infer_title


def test_most_repeated_headline_wins_over_site_prefixed_one() -> None:
    article = Article(id="a", raw="", text="Body.")
    article.removed = [
        RemovedLine("Wire - Talks in Beijing", "headline", 1),
        RemovedLine("Talks in Beijing", "headline", 3),
        RemovedLine("Talks in Beijing", "headline", 5),
        RemovedLine("RELX 2.12%", "ticker", 2),
    ]
    infer_title(article)
    assert article.title == "Talks in Beijing" and article.provenance[-1].stage == "infer_title"


def test_given_title_is_kept_and_lead_sentence_is_the_fallback() -> None:
    given = Article(id="g", raw="", text="Body.", title="Given")
    infer_title(given)
    assert given.title == "Given" and not given.provenance
    long_text = "Sergei Shoigu met Wang Yi in Beijing " * 10
    article = Article(id="b", raw="", text=long_text, sentences=[Sentence(0, len(long_text), 0)])
    infer_title(article)
    assert article.title is not None and len(article.title) <= 140 and article.title.endswith("…")
