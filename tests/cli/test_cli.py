"""The command line, end to end, on the seeds and the demo corpus."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from storywire.cli import main
from storywire.store.sqlite import SQLiteStore

SEED_LANGUAGES = ["fr", "fr", "en", "de", "uk"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_seeds_ingest_and_export(tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    code, out, _ = run(capsys, "ingest", str(seeds), "--meta", str(seeds / "meta.jsonl"), "--db", db, "--quiet")
    assert code == 0 and out.strip() == "ingested 5, duplicates skipped 0, rejected 0"
    code, out, _ = run(capsys, "export", "--format", "json", "--db", db)
    document = json.loads(out)
    assert set(document) >= {"articles", "entities", "stories", "events"}
    articles = sorted(document["articles"], key=lambda a: a["published"] + a["id"])
    by_origin = {a["id"]: a for a in articles}
    assert len(by_origin) == 5
    stored = SQLiteStore(db)
    origins = sorted((Path(a.origin).name, a.language) for a in stored.iter_articles())
    stored.close()
    assert [language for _, language in origins] == SEED_LANGUAGES
    for article in document["articles"]:
        assert {"id", "source", "title", "language", "published", "text", "dates"} <= set(article)
        for timex in article["dates"]:
            assert article["text"][timex["start"] : timex["end"]] == timex["text"]
    assert document["schema_version"] == "1.3"
    for story in document["stories"]:
        assert {"id", "articles", "title", "storyline", "group", "titles", "sources", "entities"} <= set(story)
    texts = {a["id"]: a["text"] for a in document["articles"]}
    for entity in document["entities"]:
        assert entity["type"] in {"PER", "ORG", "LOC", "MISC"}
        for mention in entity["mentions"]:
            assert texts[mention["article"]][mention["start"] : mention["end"]] == mention["text"]
    # re-ingesting the same articles creates nothing new
    code, out, _ = run(capsys, "ingest", str(seeds), "--meta", str(seeds / "meta.jsonl"), "--db", db, "--quiet")
    assert out.strip() == "ingested 0, duplicates skipped 5, rejected 0"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo: Path) -> tuple[str, str]:
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    from contextlib import redirect_stdout
    from io import StringIO

    buffer = StringIO()
    with redirect_stdout(buffer):
        assert main(["ingest", str(demo), "--db", db, "--quiet", "--embedder", "hash"]) == 0
    return db, buffer.getvalue()


def test_demo_counts_rejects_and_duplicates(demo_db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, summary = demo_db
    assert "rejected 5 (binary 1, empty 2, malformed 1, undecodable 1)" in summary
    assert "duplicates skipped" in summary and "duplicates skipped 0" not in summary
    assert "mojibake repaired (ftfy): 1" in summary
    code, out, _ = run(capsys, "rejects", "--db", db)
    assert code == 0 and out.strip().endswith("5 rejected input(s)")
    assert "bad/binary.bin" in out and "undecodable" in out


def test_stories_show_search(demo_db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = demo_db
    code, out, _ = run(capsys, "stories", "--db", db)
    assert code == 0
    story_id = out.split()[0]
    code, out, _ = run(capsys, "show", story_id, "--db", db)
    assert code == 0 and out.startswith(story_id) and "article(s)" in out
    article_id = out.split("\n  - ")[1].split()[0]
    code, out, _ = run(capsys, "show", article_id, "--db", db)
    assert code == 0 and out.startswith(article_id) and "language" in out
    code, _, err = run(capsys, "show", "../../etc/passwd", "--db", db)
    assert code == 3 and "no story, storyline or article" in err
    code, out, _ = run(capsys, "search", "Шойгу", "--db", db)
    assert code == 0 and "0 hit(s)" not in out


def test_export_formats(demo_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = demo_db
    assert run(capsys, "export", "--format", "jsonl", "--out", str(tmp_path / "e.jsonl"), "--db", db)[0] == 0
    kinds = {json.loads(line)["kind"] for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()}
    assert kinds == {"article", "entity", "story", "event"}
    for fmt in ("csv", "parquet"):
        assert run(capsys, "export", "--format", fmt, "--out", str(tmp_path / fmt), "--db", db)[0] == 0
    with (tmp_path / "csv" / "articles.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    table = pq.read_table(tmp_path / "parquet" / "articles.parquet")
    assert len(rows) == table.num_rows > 40
    code, _, err = run(capsys, "export", "--format", "csv", "--db", db)
    assert code == 2 and "--out" in err


def test_missing_input_and_bad_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "x.db"))
    assert code == 2 and "no such file" in err
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "stories", "--db", str(bad))
    assert code == 2 and "cannot open store" in err


def test_stdin_ingest(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    record = {"id": "w1", "text": "Olaf Scholz traf Emmanuel Macron am Dienstag in Berlin.", "published": "2025-02-11"}
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps(record).encode())))
    code, out, _ = run(capsys, "ingest", "-", "--db", str(tmp_path / "i.db"), "--embedder", "hash", "--quiet")
    assert code == 0 and out.startswith("ingested 1")


def test_kill_9_then_resume(tmp_path: Path, demo: Path) -> None:
    db = tmp_path / "crash.db"
    command = [sys.executable, "-m", "storywire.cli", "ingest", str(demo), "--db", str(db),
               "--embedder", "hash", "--batch-size", "2", "--verbose", "--quiet"]  # fmt: skip
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    assert process.stderr is not None
    reported = 0
    deadline = time.monotonic() + 120
    for line in process.stderr:
        if line.startswith("committed "):
            reported = int(line.split()[1])
            if reported >= 6:
                break
        assert time.monotonic() < deadline
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert reported >= 6
    store = SQLiteStore(db)
    assert store.article_count() >= reported  # nothing reported as committed was lost
    store.close()
    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0
    store = SQLiteStore(db)
    count = store.article_count()
    store.close()
    clean_db = tmp_path / "clean.db"
    subprocess.run([*command[:5], "--db", str(clean_db), "--embedder", "hash", "--quiet"], check=True, timeout=300)
    reference = SQLiteStore(clean_db)
    assert count == reference.article_count()
    reference.close()
