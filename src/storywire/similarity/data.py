"""SemEval-2022 Task 8 layout: pairs of article texts with human similarity ratings."""

from __future__ import annotations

import csv
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RatedPair:
    pair_id: str
    lang1: str
    lang2: str
    text1: str
    text2: str
    overall: float  # 1 = very similar .. 4 = very dissimilar

    @property
    def languages(self) -> str:
        return self.lang1 if self.lang1 == self.lang2 else f"{self.lang1}-{self.lang2}"


def load_pairs(csv_path: Path, limit: int | None = None) -> list[RatedPair]:
    """Rows with two non-empty texts and a numeric Overall, in file order."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article texts exceed the 128 KiB default
    pairs: list[RatedPair] = []
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                overall = float(row["Overall"])
            except (KeyError, ValueError):
                continue
            text1, text2 = (row.get("text1") or "").strip(), (row.get("text2") or "").strip()
            if not text1 or not text2:
                continue
            pairs.append(RatedPair(row.get("pair_id", ""), row["lang1"], row["lang2"], text1, text2, overall))
            if limit is not None and len(pairs) >= limit:
                break
    return pairs


def article_texts(csv_path: Path, language: str) -> list[str]:
    """The distinct article texts of one language in the file, in file order (for the NER
    training tools: `ner/silver.py`, `ner/pretrained_vectors.py`)."""
    texts = (
        text
        for p in load_pairs(csv_path)
        for lang, text in ((p.lang1, p.text1), (p.lang2, p.text2))
        if lang == language
    )
    return list(dict.fromkeys(texts))


def template_texts(pairs: list[RatedPair]) -> set[str]:
    """Texts that the file gives for two or more distinct article ids.

    A scrape that hit a bot wall or a site's chrome yields the same text for every article of
    that site; annotators rated the real articles, so such a text says nothing about its pair.
    Syndicated copies are caught too, and lose only their text evidence.
    """
    ids: dict[str, set[str]] = {}
    for i, p in enumerate(pairs):
        first, _, second = p.pair_id.partition("_") if "_" in p.pair_id else (f"row{i}a", "", f"row{i}b")
        ids.setdefault(p.text1.strip(), set()).add(first)
        ids.setdefault(p.text2.strip(), set()).add(second)
    return {text for text, owners in ids.items() if len(owners) > 1}


def group_folds(pairs: list[RatedPair], k: int) -> list[int]:
    """A fold per pair such that no article (by id or by text) is in two folds.

    Pairs sharing an article are joined (union-find over article ids and texts); the
    resulting components (at most a handful of pairs each) are dealt to folds by a hash
    of their smallest member, so the split does not depend on row order.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = parent.setdefault(x, x)
        while root != parent[root]:
            root = parent[root]
        parent[x] = root
        return root

    def union(x: str, y: str) -> None:
        parent[find(x)] = find(y)

    for i, p in enumerate(pairs):
        ids = p.pair_id.split("_") if "_" in p.pair_id else [f"row{i}a", f"row{i}b"]
        nodes = [*(f"id:{x}" for x in ids), f"tx:{_h(p.text1)}", f"tx:{_h(p.text2)}"]
        for node in nodes[1:]:
            union(nodes[0], node)
        union(f"tx:{_h(p.text1)}", f"id:{ids[0]}")
        union(f"tx:{_h(p.text2)}", f"id:{ids[-1]}")
    members: dict[str, list[int]] = {}
    for i, p in enumerate(pairs):
        members.setdefault(find(f"tx:{_h(p.text1)}"), []).append(i)
    folds = [0] * len(pairs)
    for rows in members.values():
        fold = int(_h(min(pairs[i].pair_id + pairs[i].text1[:50] for i in rows)), 16) % k
        for i in rows:
            folds[i] = fold
    return folds


def _h(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]
