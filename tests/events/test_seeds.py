"""The real pipeline on the seed articles: every meeting they report, merged across articles and runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storywire.cli import main
from storywire.ingest.sources import read_inputs
from storywire.model import Event
from storywire.pipeline import Pipeline
from storywire.stages.embed import HashEmbedder
from storywire.store.memory import MemoryStore
from storywire.store.sqlite import SQLiteStore
from storywire.store.text_search import fold


@pytest.fixture(scope="module")
def seeded(seeds: Path) -> tuple[list[Event], dict[str, dict[str, Any]]]:
    store = MemoryStore()
    Pipeline(store, HashEmbedder()).ingest(read_inputs([str(seeds)], meta_file=seeds / "meta.jsonl"))
    records = {r["id"]: r for r in store.entity_records()}
    return list(store.iter_events()), records


def _forms(record: dict[str, Any]) -> str:
    aliases = [a for forms in (record.get("aliases") or {}).values() for a in forms]
    return fold(" ".join([str(record.get("name", "")), *aliases]))


def _find(events: list[Event], records: dict[str, dict[str, Any]], people: list[list[str]], place: str | None,
          day: str | None, status: str = "happened", mode: str | None = None) -> list[Event]:  # fmt: skip
    out = []
    for event in events:
        if event.type != "CONSULT" or (status == "planned") != (event.status == "planned"):
            continue
        forms = [_forms(records.get(a, {})) for a in event.actors]
        if not all(any(any(fold(v) in f for v in variants) for f in forms) for variants in people):
            continue
        if place is not None and (event.place is None or place not in _forms(records.get(event.place, {}))):
            continue
        if day is not None and event.date != day:
            continue
        if mode is not None and event.mode != mode:
            continue
        out.append(event)
    return out


SHOIGU = ["shoigu", "шойгу", "choigou", "schoigu"]
XI = ["xi jinping", "сі цзіньпін"]
EXPECTED = [
    ("Shoigu–Wang Yi, Beijing", [SHOIGU, ["wang yi"]], "beijing", "2025-02-28"),
    ("Shoigu–Xi, Beijing", [SHOIGU, XI], "beijing", "2025-02-28"),
    ("Shoigu–Anwar Ibrahim, Kuala Lumpur", [SHOIGU, ["anwar ibrahim"]], "kuala lumpur", "2025-02-27"),
    ("Shoigu–Kim Jong-un, Pyongyang", [SHOIGU, ["kim jong-un", "kim jong un"]], "pyongyang", "2024-09-13"),
    ("Wang Yi–Shoigu, Beijing", [SHOIGU, ["wang yi"]], "beijing", "2024-11-12"),
    ("Medvedev–Xi, Beijing", [["medvedev", "медведєв"], XI], "beijing", "2022-12-21"),
]


@pytest.mark.parametrize(("label", "people", "place", "day"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_seed_meetings(seeded: tuple[list[Event], dict[str, dict[str, Any]]], label: str, people: list[list[str]],
                       place: str, day: str) -> None:  # fmt: skip
    events, records = seeded
    assert _find(events, records, people, place, day), label


def test_putin_xi_video_call(seeded: tuple[list[Event], dict[str, dict[str, Any]]]) -> None:
    events, records = seeded
    assert _find(events, records, [["putin", "poutine", "путін"], XI], None, "2022-12-30", mode="phone")


def test_planned_meeting_is_planned(seeded: tuple[list[Event], dict[str, dict[str, Any]]]) -> None:
    events, records = seeded
    assert _find(events, records, [SHOIGU, XI], None, None, status="planned")


def test_evidence_points_into_articles(seeded: tuple[list[Event], dict[str, dict[str, Any]]]) -> None:
    events, _ = seeded
    assert events
    for event in events:
        assert event.evidence and event.actors
        for evidence in event.evidence:
            assert 0 <= evidence.start < evidence.end and evidence.text.strip()


def test_merging_across_ingest_runs(tmp_path: Path, seeds: Path) -> None:
    db = tmp_path / "runs.db"
    files = {p.name: p for p in seeds.glob("*.txt")}
    for name in ("000_479425f1d2741736.txt", "003_5d407fa9e5e9a813.txt"):  # fr then de, Feb 2025
        store = SQLiteStore(db)
        Pipeline(store, HashEmbedder()).ingest(read_inputs([str(files[name])], meta_file=seeds / "meta.jsonl"))
        store.close()
    store = SQLiteStore(db)
    records = {r["id"]: r for r in store.entity_records()}
    found = _find(list(store.iter_events()), records, [SHOIGU, ["wang yi"]], "beijing", "2025-02-28")
    assert found and len({e.article for e in found[0].evidence}) == 2
    store.close()


def test_timeline_cli_any_alias_any_script(tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.db")
    assert main(["ingest", str(seeds), "--meta", str(seeds / "meta.jsonl"), "--db", db, "--quiet",
                 "--embedder", "hash"]) == 0  # fmt: skip
    capsys.readouterr()
    outputs = []
    for query in ("Shoigu", "Schoigu", "Шойгу", "Choïgou"):
        assert main(["timeline", query, "--db", db, "--format", "json"]) == 0
        outputs.append(capsys.readouterr().out)
    assert len(set(outputs)) == 1
    rows = json.loads(outputs[0])
    assert len(rows) >= 5
    dates = [r["date"].split("/")[-1] for r in rows]
    assert dates == sorted(dates) or rows[0]["date"] <= rows[-1]["date"]
    assert main(["timeline", "Shoigu", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "CONSULT" in text and "event(s)" in text
    assert main(["timeline", "Shoigu", "--db", db, "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("date,precision,type")
    assert main(["timeline", "Nobody Atall", "--db", db]) == 3
    story = rows[0]["articles"].split(",")[0]
    assert main(["show", story, "--db", db]) == 0
    assert "events (" in capsys.readouterr().out
    assert main(["export", "--format", "json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["events"]


def test_seed_roles(seeded: tuple[list[Event], dict[str, dict[str, Any]]]) -> None:
    """Shoigu is the secretary of Russia's Security Council (RU) in Beijing; Kim Jong-un is North Korea's (KP)."""
    events, records = seeded
    council = ("security council", "conseil de securite", "sicherheitsrat", "ради безпеки", "совета безопасности")
    beijing = _find(events, records, [SHOIGU, ["wang yi"]], "beijing", "2025-02-28")
    assert beijing
    shoigu = next(a for a in beijing[0].actors if any(fold(v) in _forms(records[a]) for v in SHOIGU))
    role = beijing[0].roles[shoigu]
    assert role.country == "RU"
    assert any(c in fold(title) for title in [role.title, *role.titles.values()] for c in council)
    pyongyang = _find(events, records, [SHOIGU, ["kim jong-un", "kim jong un"]], "pyongyang", "2024-09-13")
    assert pyongyang
    kim = next(a for a in pyongyang[0].actors if "kim jong" in _forms(records[a]))
    assert pyongyang[0].roles[kim].country == "KP"
    assert pyongyang[0].roles[shoigu].country == "RU"


def test_seed_roles_exported_and_shown(tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "r.db")
    assert main(["ingest", str(seeds), "--meta", str(seeds / "meta.jsonl"), "--db", db, "--quiet",
                 "--embedder", "hash"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["export", "--format", "json", "--db", db]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    roles = [r for e in events for r in e["roles"].values()]
    assert roles and all(set(r) >= {"title", "country"} for r in roles)
    assert {"RU", "CN", "KP"} <= {r["country"] for r in roles}
    assert main(["timeline", "Shoigu", "--db", db]) == 0
    assert ", RU)" in capsys.readouterr().out
