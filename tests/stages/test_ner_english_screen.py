"""English film and television production news: screen agencies, funds, channels, actors, canals, forums."""

from __future__ import annotations

import pytest

from storywire.evaluation.news_ner import pipeline_mentions


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in pipeline_mentions(text, "en")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Screen Kentshire has put £400,000 into the series. Now crews can stay in Kentshire.",
            ("ORG", "Screen Kentshire"),
        ),
        ("The broadcaster will show the series next year, with repeats on its sister channel More4.", ("ORG", "More4")),
        ("Directed by Tom Hale, it stars Priya Vance as DCI Molly Stone, a detective.", ("PER", "Priya Vance")),
        ("A body was found in the Kennet and Avon Canal near Newbury.", ("LOC", "Kennet and Avon Canal")),
        (
            "The Beeston and Holbeck Residents Forum told the Evening Chronicle that traffic would rise.",
            ("ORG", "Beeston and Holbeck Residents Forum"),
        ),
    ],
)
def test_screen_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Screen Cornwall has put £400,000 from its Cornwall Film Fund into the series.", "Cornwall Film Fund"),
        ("Directed by Tom Hale, it stars Priya Vance as DCI Molly Stone, a detective.", "DCI"),
        ("The Screen Actors Guild met Paula Ross in Los Angeles.", "Screen Actors"),
        (
            "The film will open the Bristol International Film Festival in October.",
            "Bristol International Film Festival",
        ),
        ("Ten trainees will join under the BFI's Talent Bridges programme.", "Talent Bridges"),
    ],
)
def test_no_names(text: str, absent: str) -> None:
    assert absent not in {t for _, t in _found(text)}
