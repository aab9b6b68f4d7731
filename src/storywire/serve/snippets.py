"""Search snippets, cut only for the hits a response returns.

`make_snippet` (store/text_search.py) folds the whole article to find the first query term;
it ran for every candidate of every leg and dominated search time.  Now it runs for the
returned hits alone, and text whose case folding is already ASCII (most Latin-script news)
skips the Unicode decomposition, which cannot change it.
"""

from __future__ import annotations

from storywire.store.text_search import fold as full_fold
from storywire.store.text_search import query_terms

WIDTH = 160


def fold(text: str) -> str:
    """Exactly `text_search.fold`: lower-case and strip diacritics."""
    folded = text.casefold()
    return folded if folded.isascii() else full_fold(text)


def snippet(text: str, query: str, width: int = WIDTH) -> str:
    """Exactly `text_search.make_snippet`: a window of `text` around the first query term."""
    folded = fold(text)
    positions = [folded.find(term) for term in query_terms(query)]
    hits = [p for p in positions if p >= 0]
    start = max(0, (min(hits) if hits else 0) - width // 3)
    window = text[start : start + width].replace("\n", " ")
    return ("…" if start else "") + window + ("…" if start + width < len(text) else "")
