"""The notebook API: open, ingest, iterate, search, export."""

from __future__ import annotations

from pathlib import Path

import storywire


def test_open_ingest_iterate_export(tmp_path: Path, demo: Path) -> None:
    with storywire.open(tmp_path / "api.db", embedder="hash") as sw:
        report = sw.ingest([demo / "en_shoigu_beijing_0227.txt", demo / "fr_macron_scholz_berlin_0212.txt"])
        sw.ingest(records=[{"id": "r1", "text": "Olaf Scholz empfing Emmanuel Macron am Dienstag in Berlin.",
                            "published": "2025-02-11", "language": "de", "source": "Wire"}])  # fmt: skip
        assert report.ingested == 2
        stories = list(sw.stories())
        assert sum(len(s.articles) for s in stories) == 3
        article = sw.article("r1")
        assert article is not None and article.source == "Wire" and article.language == "de"
        assert sw.story(stories[0].id) == stories[0]
        assert [hit.article_id for hit in sw.search("Scholz Macron")]
        document = sw.export()
        assert isinstance(document, dict) and len(document["articles"]) == 3
        written = sw.export("jsonl", out=tmp_path / "x.jsonl")
        assert written == [tmp_path / "x.jsonl"]
    with storywire.open(tmp_path / "api.db", embedder="hash") as again:
        assert len(list(again.articles())) == 3


def test_in_memory_database() -> None:
    with storywire.open(embedder="hash") as sw:
        sw.ingest(records=[{"text": "Antonio Guterres spoke with Volodymyr Zelensky by phone on Thursday."}])
        assert len(list(sw.articles())) == 1
        assert sw.rejections() == []
