"""Newspapers, broadcasters and NGOs by name (identity/media_and_ngos.py). Sentences written
for the tests."""

from __future__ import annotations

import pytest

from storywire.identity.media_and_ngos import NGOS, OUTLETS
from storywire.identity.organisations import ORG_NAMES, news_medium
from storywire.stages.entities import extract_entities_from_text


def test_every_listed_name_links_to_its_canonical_name() -> None:
    for table in (OUTLETS, NGOS):
        for canonical, names in table.items():
            assert all(ORG_NAMES[name] == canonical for name in names), canonical


def test_outlets_are_news_media_and_ngos_are_not() -> None:
    assert news_medium("Corriere della Sera") and news_medium("Gazeta Wyborcza")
    assert not news_medium("Ärzte ohne Grenzen")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Lo ha spiegato il ministro in un'intervista al Corriere della Sera.", "it", "Corriere della Sera"),
        ("Médicos Sin Fronteras alertó de la falta de agua.", "es", "Médicos Sin Fronteras"),
        ("Laut Ärzte ohne Grenzen fehlen Medikamente.", "de", "Ärzte ohne Grenzen"),
        ("Według Gazety Wyborczej rząd planuje zmiany.", "pl", "Gazety Wyborczej"),
    ],
)
def test_an_outlet_or_an_ngo_is_an_organisation(text: str, language: str, name: str) -> None:
    assert (name, "ORG") in {(m.text, m.type) for m in extract_entities_from_text(text, language)}


def test_common_words_are_not_listed() -> None:
    assert not {"Spiegel", "Bild", "Zeit", "Repubblica", "الشرق الأوسط"} & ORG_NAMES.keys()
