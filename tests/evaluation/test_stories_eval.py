from __future__ import annotations

import io
from pathlib import Path

from storywire.evaluation.stories import bcubed, run_story_eval
from storywire.stages.embed import HashEmbedder


def test_bcubed() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed({"a": "1", "b": "1", "c": "2"}, gold) == (1.0, 1.0, 1.0)
    p, r, f = bcubed({"a": "1", "b": "2", "c": "3"}, gold)
    assert p == 1.0 and abs(r - 2 / 3) < 1e-9 and 0 < f < 1
    p, _, _ = bcubed({"a": "1", "b": "1", "c": "1"}, gold)
    assert abs(p - 5 / 9) < 1e-9
    assert bcubed({}, gold) == (0.0, 0.0, 0.0)


def test_story_eval_prints_its_figure_last(demo: Path) -> None:
    out = io.StringIO()
    figure = run_story_eval(demo, out, HashEmbedder())
    lines = out.getvalue().strip().splitlines()
    assert lines[-1] == f"{figure:.4f}" and 0.5 < figure <= 1.0
    assert "labelled articles found" in out.getvalue()
