"""Text preparation shared by the full-text index and its queries.

SQLite's `unicode61 remove_diacritics 2` tokenizer folds accents but cannot split
unspaced Chinese or Japanese, so such runs are indexed as overlapping character bigrams,
and queries are segmented the same way.  User queries never reach FTS5 syntax: every term
is quoted, so `NEAR`, `*`, quotes and parentheses are searched as text, never parsed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_UNSPACED = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED_RUN = re.compile(f"[{_UNSPACED}]+")
_TERM = re.compile(rf"[^\W_]+|[{_UNSPACED}]+")


def _bigrams(run: str) -> str:
    if len(run) < 2:
        return run
    return " ".join(run[i : i + 2] for i in range(len(run) - 1))


def segment_unspaced(text: str) -> str:
    """Rewrite runs of CJK characters as space-separated bigrams; other text is unchanged."""
    return _UNSPACED_RUN.sub(lambda m: f" {_bigrams(m.group())} ", text)


def fold(text: str) -> str:
    """Lower-case and strip diacritics, as the FTS tokenizer does."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def searchable_text(text: str) -> str:
    return fold(segment_unspaced(text))


def query_terms(query: str) -> list[str]:
    terms: list[str] = []
    for term in _TERM.findall(fold(query)):
        terms.extend(_bigrams(term).split() if _UNSPACED_RUN.fullmatch(term) else [term])
    return terms


def fts_query(query: str) -> str | None:
    """A safe FTS5 MATCH expression requiring every term, or None when nothing is searchable."""
    terms = query_terms(query)
    if not terms:
        return None
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def make_snippet(text: str, query: str, width: int = 160, fold_text: Callable[[str], str] | None = None) -> str:
    """A window of `text` around the first query term, for result lists (`fold_text`: a faster
    fold giving the same result as `fold`, if the caller has one)."""
    folded = (fold_text or fold)(text)
    positions = [folded.find(term) for term in query_terms(query)]
    hits = [p for p in positions if p >= 0]
    # folding can shift offsets slightly for decomposed characters; a snippet tolerates that
    start = max(0, (min(hits) if hits else 0) - width // 3)
    snippet = text[start : start + width].replace("\n", " ")
    return ("…" if start else "") + snippet + ("…" if start + width < len(text) else "")
