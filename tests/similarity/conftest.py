from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from storywire.model import Article
from storywire.similarity.analysis import analyse_text

DEMO = Path(__file__).resolve().parents[2] / "src" / "storywire" / "demo" / "corpus"


def _meta() -> dict[str, dict[str, str]]:
    rows = [json.loads(line) for line in (DEMO / "meta.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return {r["file"]: r for r in rows}


@pytest.fixture(scope="session")
def demo_article():  # type: ignore[no-untyped-def]
    """Analyse a demo-corpus file (with its feed metadata) once per session."""
    meta = _meta()
    cache: dict[str, Article] = {}

    def load(name: str) -> Article:
        if name not in cache:
            m = meta.get(name, {})
            published = date.fromisoformat(m["published"]) if m.get("published") else None
            text = (DEMO / name).read_text(encoding="utf-8")
            cache[name] = analyse_text(text, published=published, title=m.get("title"))
        return cache[name]

    return load
