"""German fire and industrial-accident reports: parks, operators, state offices, county units, halls."""

from __future__ import annotations

import pytest

from storywire.evaluation.news_ner import pipeline_mentions


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in pipeline_mentions(text, "de")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ein Feuer brach am Montag im Chemiepark Leunastadt an der Hauptstraße aus.",
            ("LOC", "Chemiepark Leunastadt"),
        ),
        (
            "Das Löschwasser wurde laut der Parkbetreiberin Saalequell Infraservice GmbH aufgefangen.",
            ("ORG", "Saalequell Infraservice GmbH"),
        ),
        ("Die Firma gehört zum Münchner Spezialchemiekonzern Tarvio Materials SE.", ("ORG", "Tarvio Materials SE")),
        ("Der Gefahrstoffzug des Landkreises Saale-Orla war im Einsatz.", ("ORG", "Landkreises Saale-Orla")),
        ("Brandermittler des Landeskriminalamts Thüringen ermitteln.", ("ORG", "Landeskriminalamts Thüringen")),
        ("Die Lebensmittelüberwachung des Landkreises Uelzen prüft Betriebe.", ("ORG", "Landkreises Uelzen")),
        (
            "Auch die Gewerbeaufsicht des Landesamts für Arbeitsschutz hat sich eingeschaltet.",
            ("ORG", "Gewerbeaufsicht"),
        ),
        ("Die Versammlung findet am Freitag im Kulturhaus Lobeda statt.", ("LOC", "Kulturhaus Lobeda")),
        ("Zwei Verletzte wurden ins Städtische Klinikum Zwickau gebracht.", ("ORG", "Städtische Klinikum Zwickau")),
    ],
)
def test_incident_bodies_and_places(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


def test_headline_bodies_split_at_a_spaced_dash() -> None:
    text = (
        "Explosion bei der Saalequell Pigmente GmbH – Landesamt für Arbeitsschutz prüft Anlage, "
        "Staatsanwaltschaft Gera ermittelt\n\nAm Montag brannte es."
    )
    found = _found(text)
    for name in ("Saalequell Pigmente GmbH", "Landesamt für Arbeitsschutz", "Staatsanwaltschaft Gera"):
        assert ("ORG", name) in found
