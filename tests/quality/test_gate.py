"""CI's quality gate: no pinned figure may drop. See src/storywire/evaluation/gate.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from storywire.evaluation.gate import GATES, TOLERANCE, load_pins


@pytest.mark.parametrize("name", list(GATES))
def test_figure_holds_its_pin(name: str, seeds: Path) -> None:
    pins = load_pins()
    assert name in pins, f"no pin for {name}: run `storywire eval gate --update`"
    figure = GATES[name](seeds.parent)
    assert figure >= pins[name] - TOLERANCE, f"{name} dropped to {figure:.4f} from its pin {pins[name]:.4f}"
