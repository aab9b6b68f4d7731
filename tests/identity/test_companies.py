"""Companies and clubs named the same way in every language: found where a model or the
rules see one capitalised word and no cue, and linked to one identity across scripts.

Sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storywire.identity.clubs import CLUBS
from storywire.identity.companies import COMPANIES
from storywire.identity.organisations import ORG_NAMES
from storywire.stages.entities import extract_entities_from_text

OrgNames = Callable[[dict[str, str]], dict[str, set[str]]]  # the `organisation_names` fixture


def test_every_listed_name_links_to_its_canonical_name() -> None:
    for table in (COMPANIES, CLUBS):
        for canonical, names in table.items():
            assert all(ORG_NAMES[name] == canonical for name in names), canonical


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Ieri la Juventus ha battuto l'Inter a Torino.", "it", "Juventus"),
        ("Ieri la Juventus ha battuto l'Inter a Torino.", "it", "Inter"),
        ("Enel ha firmato un accordo con la tedesca Siemens.", "it", "Siemens"),
        ("Repsol gana un 20% más en el trimestre.", "es", "Repsol"),
        ("El Paris Saint-Germain fichó a un delantero.", "es", "Paris Saint-Germain"),
        ("Bayern München gewann gegen Borussia Dortmund.", "de", "Borussia Dortmund"),
    ],
)
def test_a_company_or_club_with_no_cue_is_an_organisation(text: str, language: str, name: str) -> None:
    assert (name, "ORG") in {(m.text, m.type) for m in extract_entities_from_text(text, language)}


def test_a_company_is_one_identity_across_scripts(organisation_names: OrgNames) -> None:
    names = organisation_names(
        {
            "de": "Der Vorstand von Siemens traf sich am Montag in München mit Vertretern von Gazprom.",
            "ru": "Представители Сименс встретились в Мюнхене с руководством Газпрома.",
        }
    )
    assert names["de"] >= {"Siemens", "Gazprom"} and names["ru"] >= {"Siemens", "Gazprom"}, names


def test_a_stadium_named_after_a_company_is_a_place() -> None:
    got = {(m.text, m.type) for m in extract_entities_from_text("Si gioca all'Allianz Stadium di Torino.", "it")}
    assert ("Allianz Stadium", "LOC") in got and ("Allianz", "ORG") not in got
