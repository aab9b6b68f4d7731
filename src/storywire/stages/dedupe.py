"""Near-duplicate articles (syndicated wire copies, re-published pages) by MinHash LSH.

A wire story re-published under another headline, with other site chrome and a word
changed here and there, is one source reporting once, not two reports agreeing: callers
keep the copy as a source of the first article (`Article.duplicate_of`) rather than as
separate evidence.  Shingles are word 3-grams of the case-folded cleaned text (character
5-grams for scripts written without spaces), so headline and boilerplate differences
move the Jaccard estimate only a little while a different article shares almost nothing.
"""

from __future__ import annotations

import io
import json
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from storywire.model import Article

NUM_PERM = 128
SEED = 1  # fixed: persisted signatures must stay comparable with new ones
SCHEME = "affine32"  # datasketch's hashing scheme, named explicitly for the same reason
DEFAULT_THRESHOLD = 0.75  # the demo's edited German wire copy sits at 0.82; unrelated reports < 0.3
WORD_SHINGLE = 3
CHAR_SHINGLE = 5
_WORD = re.compile(r"\w+")
_NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def shingles(text: str) -> set[str]:
    """Word 3-grams, or character 5-grams where the text is mostly unspaced script (zh, ja, th)."""
    folded = text.casefold()
    if len(_NO_SPACE_SCRIPT.findall(folded)) > len(folded) // 4:
        compact = re.sub(r"\s+", "", folded)
        return {compact[i : i + CHAR_SHINGLE] for i in range(max(1, len(compact) - CHAR_SHINGLE + 1))}
    words = _WORD.findall(folded)
    if len(words) < WORD_SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + WORD_SHINGLE]) for i in range(len(words) - WORD_SHINGLE + 1)}


def signature(text: str) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    mh.update_batch([s.encode("utf-8") for s in shingles(text)])
    return mh


class NearDuplicates:
    """An LSH index of article signatures; `find` returns the earliest-added near-duplicate."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._sigs

    def add(self, article_id: str, text: str) -> None:
        self._add_signature(article_id, signature(text))

    def remove(self, article_id: str) -> None:
        """Forget an article that will not be stored (its analysis failed)."""
        if self._sigs.pop(article_id, None) is not None:
            self._lsh.remove(article_id)
            self._order.pop(article_id, None)

    def _add_signature(self, article_id: str, sig: MinHash) -> None:
        if article_id in self._sigs:
            return  # ids are stable: re-adding the same article is a no-op
        self._lsh.insert(article_id, sig)
        self._sigs[article_id] = sig
        self._order[article_id] = len(self._order)

    def matches(self, text: str) -> list[tuple[str, float]]:
        """Indexed articles whose estimated Jaccard with `text` reaches the threshold, best first."""
        sig = signature(text)
        if sig.is_empty():
            return []
        found = [(aid, float(sig.jaccard(self._sigs[aid]))) for aid in self._lsh.query(sig)]
        # LSH candidates can fall a little under the threshold: keep only confirmed ones
        found = [(aid, j) for aid, j in found if j >= self.threshold]
        return sorted(found, key=lambda x: (-x[1], self._order[x[0]]))

    def find(self, text: str) -> str | None:
        """The id of an indexed near-duplicate of `text` (earliest added among the best), or None."""
        found = self.matches(text)
        return found[0][0] if found else None

    def to_bytes(self) -> bytes:
        """Ids and signatures (the LSH buckets are rebuilt on load: they derive from them)."""
        ids = list(self._sigs)
        buf = io.BytesIO()
        hashes = np.stack([self._sigs[i].hashvalues for i in ids]) if ids else np.zeros((0, NUM_PERM), np.uint64)
        meta = json.dumps(
            {"threshold": self.threshold, "ids": ids, "num_perm": NUM_PERM, "seed": SEED, "scheme": SCHEME}
        )
        np.savez_compressed(buf, meta=np.frombuffer(meta.encode(), dtype=np.uint8), hashes=hashes)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> NearDuplicates:
        with np.load(io.BytesIO(data)) as z:
            meta = json.loads(z["meta"].tobytes().decode())
            hashes = z["hashes"]
        if (meta["num_perm"], meta["seed"], meta.get("scheme")) != (NUM_PERM, SEED, SCHEME):
            raise ValueError("signatures were made with other MinHash parameters")
        index = cls(threshold=float(meta["threshold"]))
        for aid, row in zip(meta["ids"], hashes, strict=True):
            index._add_signature(aid, MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=row, scheme=SCHEME))
        return index

    @classmethod
    def from_texts(cls, items: list[tuple[str, str]], threshold: float = DEFAULT_THRESHOLD) -> NearDuplicates:
        """Rebuild from stored (article id, cleaned text) pairs, in the order they were first seen."""
        index = cls(threshold)
        for article_id, text in items:
            index.add(article_id, text)
        return index


def mark_duplicates(articles: list[Article], index: NearDuplicates) -> int:
    """Set `duplicate_of` for each article that near-duplicates an earlier one; index the rest.

    Returns how many were marked.  Articles are taken in the order given (feed order),
    so the first copy seen stays the article and later copies become its sources.
    """
    marked = 0
    for article in articles:
        original = index.find(article.text)
        if original is not None and original != article.id:
            article.duplicate_of = original
            marked += 1
        else:
            index.add(article.id, article.text)
    return marked
