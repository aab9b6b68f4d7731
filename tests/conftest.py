from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SEEDS = SHARED / "seeds"
DEMO = ROOT / "src" / "storywire" / "demo" / "corpus"


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not (SEEDS / "meta.jsonl").exists():
        pytest.skip("shared evaluation data not present")
    return SEEDS


@pytest.fixture(scope="session")
def demo() -> Path:
    return DEMO
