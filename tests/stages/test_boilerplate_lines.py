"""Boilerplate lines told by their own shape (lines written for these tests)."""

from __future__ import annotations

import pytest

from storywire.stages.boilerplate_lines import line_pattern_reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("RELX 2.12% 2,345.00", "ticker"),
        ("NYSE - NASDAQ", "ticker"),
        ("Source: https://example.org/news/1", "source_link"),
        ("#Tripoli #Libya #Gaddafi", "hashtags"),
        ("Text size:", "ui"),
        ("Comments (12)", "ui"),
        ("Photo: AFP", "photo_credit"),
        ("By Jane Smith and John Doe", "byline"),
        ("Lesen Sie auch", "related"),
        ("We use cookies on our website to give you the best experience.", "consent"),
        ("Cet article est réservé aux abonnés.", "paywall"),
        ("The content is provided as is, without warranty of any kind.", "disclaimer"),
    ],
)
def test_a_boilerplate_line_gets_its_reason(line: str, reason: str) -> None:
    assert line_pattern_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the talks in Beijing would continue on Friday.",
        "Shares of the company rose 2% in early trading, dealers said.",
        "— a quoted post's attribution (@someone) March 3",
    ],
)
def test_prose_is_no_boilerplate(line: str) -> None:
    assert line_pattern_reason(line) is None
