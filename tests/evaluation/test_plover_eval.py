"""`storywire eval plover`: PLOVER records and storywire's own multilingual labelled set."""

from __future__ import annotations

from pathlib import Path

import pytest

from storywire.cli import main
from storywire.evaluation.plover import evaluate, load_items, match_actors

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "tests" / "data" / "events" / "multilingual.jsonl"
PLOVER = ROOT.parent / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.json"


def test_match_actors() -> None:
    assert match_actors(["Tom King"], ["British Defence Secretary Tom King"]) == (1, 0, 0)
    assert match_actors(["Hungarian", "Paris"], ["Hungarian", "Romanian"]) == (1, 1, 1)
    assert match_actors([], ["Xavier"]) == (0, 0, 1)


def test_own_labelled_set_per_language() -> None:
    items = load_items(LABELLED)
    assert {i.lang for i in items} >= {"en", "fr", "de", "uk", "ru", "es", "it", "pl"}
    result = evaluate(items)
    for lang, tally in result.by_language.items():
        assert tally.accuracy >= 0.8, lang
        assert tally.f1 >= 0.7, lang
    assert result.attributes["status right"] / result.attributes["status asked"] >= 0.85


def test_cli_headline_last(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "plover", str(LABELLED)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert "per language" in "\n".join(lines)
    assert 0.85 <= float(lines[-1]) <= 1.0


def test_plover_targets() -> None:
    if not PLOVER.exists():
        pytest.skip("shared evaluation data not present")
    items = [i for i in load_items(PLOVER) if i.type in ("CONSULT", "AGREE", "ACCUSE")]
    result = evaluate(items)
    assert result.headline.accuracy >= 0.85
    assert result.headline.f1 >= 0.80
