"""German compounds holding a name are no name (ner/german_compounds.py)."""

from __future__ import annotations

import pytest
from ner_mentions import mention, spans

from storywire.stages.ner.german_compounds import without_name_compounds


@pytest.mark.parametrize(
    ("surface", "kept"),
    [
        ("Ukraine-Konflikts", False),  # a country, then a noun
        ("EU-Gipfel", False),  # a known organisation, then a noun
        ("USA-Besuch", False),
        ("EU-Kommission", True),  # a known organisation's own name
        ("Nordrhein-Westfalen", True),  # a known region
        ("Berlin-Tiergarten", True),  # a city's district
        ("Mercedes-Benz", True),
        ("Ukraine", True),
    ],
)
def test_a_compound_of_a_country_or_body_and_a_noun_is_no_name(surface: str, kept: bool) -> None:
    text = f"Es ging um {surface} am Freitag."
    found = [mention(text, surface, "ORG")]
    assert spans(without_name_compounds(found, "de")) == ([(surface, "ORG")] if kept else [])
    assert spans(without_name_compounds(found, "en")) == [(surface, "ORG")]
