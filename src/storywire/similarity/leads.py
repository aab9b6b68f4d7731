"""The clusterer's own lead vector for SemEval texts, cached beside the pair-feature cache.

The online link model (`similarity.link`) must be trained on the vector the clusterer
actually compares: e5 of the first `PASSAGE_CHARS` characters of the cleaned body
(`stages.embed.passage`), not the 500-character chunk of the full features.  Those leads
are cheap (cleaning plus one short e5 passage per text) and are cached in their own
directory, so the full feature cache is neither rebuilt nor touched.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from storywire.ingest.decode import repair_text
from storywire.model import Article
from storywire.pipeline import prepare
from storywire.similarity.analysis import split_headline
from storywire.similarity.cache import default_cache_dir, text_key
from storywire.similarity.representation import Vec
from storywire.stages.embed import PASSAGE_CHARS, E5Embedder, passage

LEADS_VERSION = f"lead{PASSAGE_CHARS}-int8-2"  # the vectors of E5Embedder (onnxruntime int8)
BATCH = 16


def lead_passage(text: str) -> str:
    """What `stages.embed.passage` would embed for a SemEval "headline  body" text."""
    head, body = split_headline(text)
    decoded = repair_text(body)
    article = Article(id="lead", raw=decoded.text, title=head, notes=decoded.notes)
    prepare(article)
    if not article.text.strip():  # as `analyse_text`: nothing survived cleaning
        article.text = decoded.text.strip()
    return passage(article)


class LeadCache:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = (directory or default_cache_dir()) / LEADS_VERSION

    def path(self, text: str) -> Path:
        key = text_key(text, LEADS_VERSION)
        return self.directory / key[:2] / f"{key}.npy"

    def vectors(self, texts: Sequence[str], verbose: bool = False) -> dict[str, Vec]:
        out: dict[str, Vec] = {}
        missing = []
        for text in dict.fromkeys(texts):
            path = self.path(text)
            if path.exists():
                out[text] = np.load(path).astype(np.float32)
            else:
                missing.append(text)
        embedder = E5Embedder() if missing else None
        for i in range(0, len(missing), BATCH):
            batch = missing[i : i + BATCH]
            assert embedder is not None
            vectors = embedder.embed([lead_passage(t) for t in batch])
            for text, vector in zip(batch, vectors, strict=True):
                path = self.path(text)
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
                np.save(tmp, vector.astype(np.float32))
                tmp.replace(path)
                out[text] = vector.astype(np.float32)
            if verbose:
                print(f"leads {min(i + BATCH, len(missing))}/{len(missing)}", file=sys.stderr)
        return out
