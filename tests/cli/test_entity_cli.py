"""`storywire entity ...`: inspection and corrections that persist across processes and ingests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from storywire.cli import main

# Written for this test; spaCy (en, fr) finds these names reliably.
TEXTS = {
    "en_meeting.txt": "Macron meets Scholz in Berlin\n\nFrench President Emmanuel Macron met German Chancellor "
    "Olaf Scholz in Berlin on Tuesday to discuss European defence spending. Macron said Europe must be able "
    "to defend itself, while Scholz called for joint procurement of air defence systems.\n",
    "fr_rencontre.txt": "Emmanuel Macron à Berlin\n\nLe président Emmanuel Macron a rencontré mardi à Berlin le "
    "chancelier Olaf Scholz. Les deux dirigeants ont présenté un plan commun pour la défense européenne.\n",
}
LATER = (
    "Scholz and Macron speak again\n\nOlaf Scholz spoke with Emmanuel Macron by telephone on Friday about "
    "the defence plan the two leaders presented in Berlin earlier this week.\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = str(tmp_path / "t.db")
    assert run(capsys, "ingest", str(folder), "--db", path, "--embedder", "hash", "--quiet")[0] == 0
    return path


def ingest_later(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    later = tmp_path / "later.txt"
    later.write_text(LATER, encoding="utf-8")
    assert run(capsys, "ingest", str(later), str(tmp_path / "in"), "--db", db, "--embedder", "hash", "--quiet")[0] == 0


def entity_id(capsys: pytest.CaptureFixture[str], db: str, name: str) -> str:
    code, out, _ = run(capsys, "entity", "list", "--query", name, "--db", db)
    assert code == 0
    return out.split()[0]


def test_show_person_and_place(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "entity", "show", "Macron", "--db", db)
    assert code == 0
    assert "PER  Emmanuel Macron" in out and "articles: 2" in out
    assert "    en: " in out and "    fr: " in out
    code, out, _ = run(capsys, "entity", "show", "Berlin", "--db", db)
    assert code == 0 and "country DE" in out and "coordinates 52." in out


def test_list_filters_by_type(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "entity", "list", "--type", "LOC", "--db", db)
    assert code == 0 and "Berlin" in out and "Macron" not in out


def test_merge_persists_and_survives_new_articles(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    macron, scholz = entity_id(capsys, db, "Macron"), entity_id(capsys, db, "Olaf Scholz")
    code, out, _ = run(capsys, "entity", "merge", macron, scholz, "--db", db)
    assert code == 0 and f"merged {scholz}" in out
    # a fresh process sees the merge; the retired id still resolves to the kept entity
    shown = subprocess.run(
        [sys.executable, "-m", "storywire.cli", "entity", "show", scholz, "--db", db],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert shown.startswith(f"{macron}  PER  Emmanuel Macron") and scholz in shown
    ingest_later(tmp_path, db, capsys)  # the same articles again (duplicates) and a new one
    code, out, _ = run(capsys, "entity", "list", "--type", "PER", "--db", db)
    people = [line for line in out.splitlines() if line.startswith("ent:")]
    assert len(people) == 1 and people[0].split()[2] == "3"  # one person, in all three articles
    code, _, err = run(capsys, "entity", "merge", macron, scholz, "--db", db)
    assert code == 2 and "already one entity" in err


def test_split_moves_an_alias_and_its_mentions(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    macron = entity_id(capsys, db, "Emmanuel Macron")
    code, out, _ = run(capsys, "entity", "split", macron, "Macron", "--db", db)
    assert code == 0
    new_id = out.split(" into ")[1].split()[0]
    assert new_id != macron and "articles: 1" in out  # the one article that says just "Macron"
    ingest_later(tmp_path, db, capsys)
    code, out, _ = run(capsys, "entity", "show", macron, "--db", db)
    assert "articles: 3" in out and "Emmanuel Macron" in out
    code, out, _ = run(capsys, "entity", "show", new_id, "--db", db)
    assert code == 0 and "    en: Macron" in out


def test_rename_wins_over_later_evidence(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scholz = entity_id(capsys, db, "Scholz")
    assert run(capsys, "entity", "rename", scholz, "Olaf Scholz (SPD)", "--db", db)[0] == 0
    ingest_later(tmp_path, db, capsys)
    code, out, _ = run(capsys, "entity", "show", scholz, "--db", db)
    assert code == 0 and out.startswith(f"{scholz}  PER  Olaf Scholz (SPD)")


def test_errors_are_messages_with_exit_codes(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    macron = entity_id(capsys, db, "Macron")
    code, _, err = run(capsys, "entity", "show", "ent:000000000000", "--db", db)
    assert code == 3 and "no entity with id" in err and "Traceback" not in err
    code, _, err = run(capsys, "entity", "merge", macron, "ent:000000000000", "--db", db)
    assert code == 3 and "no entity with id 'ent:000000000000'" in err
    code, _, err = run(capsys, "entity", "split", macron, "Angela Merkel", "--db", db)
    assert code == 2 and "is not an alias of" in err and "Emmanuel Macron" in err
    code, _, err = run(capsys, "entity", "show", "Nobody Known", "--db", db)
    assert code == 3 and "no entity matches" in err
    code, _, err = run(capsys, "entity", "list", "--db", str(tmp_path / "missing.db"))
    assert code == 3 and "no database at" in err
    assert not (tmp_path / "missing.db").exists()
