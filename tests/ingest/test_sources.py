"""Every input format, and every kind of bad input, gives an Article or a typed Rejection."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storywire.ingest.decode import InputRejected, decode_bytes
from storywire.ingest.formats import Item
from storywire.ingest.sources import MetadataError, read_inputs
from storywire.model import Article, Rejection, RejectReason

BODY = "Sergei Shoigu met Wang Yi in Beijing on Friday for talks on regional security.\n\nSecond paragraph."


def only(items: list[Item]) -> Item:
    assert len(items) == 1, items
    return items[0]


def read(*paths: Path | str, **kwargs: object) -> list[Item]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def test_text_file_takes_metadata_from_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    meta = {"file": "a.txt", "published": "2025-02-28", "url": "https://n.test/a", "source": "N", "title": "T"}
    (tmp_path / "meta.jsonl").write_text(json.dumps(meta) + "\n", encoding="utf-8")
    item = only(read(tmp_path))
    assert isinstance(item, Article)
    assert (item.raw, item.published, item.url, item.source, item.title) == (
        BODY,
        date(2025, 2, 28),
        "https://n.test/a",
        "N",
        "T",
    )


def test_explicit_meta_file_applies_to_a_folder_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BODY, encoding="utf-8")
    meta = tmp_path / "m.jsonl"
    meta.write_text(json.dumps({"file": "a.txt", "published": "2024-11-12"}) + "\n", encoding="utf-8")
    item = only(read(tmp_path / "in", meta_file=meta))
    assert isinstance(item, Article) and item.published == date(2024, 11, 12)


def test_broken_metadata_is_an_error(tmp_path: Path) -> None:
    meta = tmp_path / "m.jsonl"
    meta.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(MetadataError):
        read(tmp_path, meta_file=meta)


def test_html_page_is_extracted_with_metadata(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    paragraph = "Emmanuel Macron and Olaf Scholz met in Berlin to agree on a European defence plan. " * 3
    page.write_text(
        "<html><head><title>Site</title><meta property='og:title' content='Macron meets Scholz'>"
        "<meta property='article:published_time' content='2025-03-04T09:00:00Z'></head><body>"
        "<nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        f"<article><h1>Macron meets Scholz</h1><p>{paragraph}</p><p>They spoke for two hours.</p></article>"
        "<footer>© Site 2025</footer></body></html>",
        encoding="utf-8",
    )
    item = only(read(page))
    assert isinstance(item, Article)
    assert "Macron and Olaf Scholz" in item.raw and "Home" not in item.raw and "©" not in item.raw
    assert item.title == "Macron meets Scholz" and item.published == date(2025, 3, 4)


def test_html_without_text_is_rejected(tmp_path: Path) -> None:
    page = tmp_path / "e.html"
    page.write_text("<html><head><title>x</title></head><body><script>var x;</script></body></html>", encoding="utf-8")
    item = only(read(page))
    assert isinstance(item, Rejection) and item.reason is RejectReason.NO_TEXT


def test_jsonl_records_and_a_malformed_line(tmp_path: Path) -> None:
    records = tmp_path / "r.jsonl"
    good = {"id": "x1", "url": "https://n.test/x1", "title": "T", "text": BODY, "published": "2025-02-28",
            "language": "en", "source": "Wire"}
    html = {"id": "x2", "html": f"<html><body><article><p>{BODY} {BODY}</p></article></body></html>"}
    records.write_text(json.dumps(good) + "\n{broken\n" + json.dumps(html) + "\n" + json.dumps({"id": "x3"}) + "\n",
                       encoding="utf-8")
    items = read(records)
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Article", "Rejection"]  # file order
    first = items[0]
    assert isinstance(first, Article)
    assert (first.id, first.language_hint, first.source) == ("x1", "en", "Wire")
    assert isinstance(items[1], Rejection) and items[1].reason is RejectReason.MALFORMED
    assert items[1].origin.endswith("r.jsonl:2")
    assert isinstance(items[3], Rejection) and items[3].reason is RejectReason.EMPTY


def test_a_jsonl_feed_over_the_size_limit_is_read_record_by_record(tmp_path: Path) -> None:
    records = tmp_path / "dump.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": f"{BODY} Record {i}."}) for i in range(40)]
    lines.insert(7, json.dumps({"id": "huge", "text": "word " * 20_000}))
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    limit = 50_000
    assert records.stat().st_size > limit  # the file as a whole is over the limit
    items = read(records, max_bytes=limit)
    assert [i.id for i in items if isinstance(i, Article)] == [f"r{i}" for i in range(40)]
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert len(rejected) == 1 and rejected[0].reason is RejectReason.OVERSIZE
    assert rejected[0].origin.endswith("dump.jsonl:8")


def test_a_binary_jsonl_file_is_one_rejection(tmp_path: Path) -> None:
    records = tmp_path / "blob.jsonl"
    records.write_bytes(bytes(range(256)) * 100)
    items = read(records)
    assert len(items) == 1 and isinstance(items[0], Rejection) and items[0].reason is RejectReason.BINARY


def test_json_list_and_wrapped_object(tmp_path: Path) -> None:
    listed = tmp_path / "l.json"
    listed.write_text(json.dumps([{"text": BODY}, {"text": BODY + " more"}]), encoding="utf-8")
    wrapped = tmp_path / "w.json"
    wrapped.write_text(json.dumps({"articles": [{"text": BODY + " other"}]}), encoding="utf-8")
    assert [type(i) for i in read(listed, wrapped)] == [Article, Article, Article]


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><language>de</language>
<item><title>Schoigu in Peking</title><link>https://n.test/1</link><pubDate>Fri, 28 Feb 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Sergei Schoigu traf am Freitag in Peking ein.&lt;/p&gt;&lt;p&gt;Zweiter Absatz.&lt;/p&gt;
</description></item>
<item><title>Leer</title><link>https://n.test/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fil</title>
<entry><title>Choïgou à Pékin</title><link href="https://n.test/a"/><updated>2025-02-28T08:00:00Z</updated>
<content type="html">&lt;p&gt;Sergueï Choïgou est arrivé vendredi à Pékin.&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_feeds(tmp_path: Path) -> None:
    (tmp_path / "f.xml").write_text(RSS, encoding="utf-8")
    (tmp_path / "g.atom").write_text(ATOM, encoding="utf-8")
    items = read(tmp_path / "f.xml", tmp_path / "g.atom")
    first, empty, atom = items
    assert isinstance(first, Article) and isinstance(atom, Article)
    assert first.raw.splitlines()[0] == "Sergei Schoigu traf am Freitag in Peking ein."
    assert (first.url, first.published, first.source, first.language_hint) == (
        "https://n.test/1", date(2025, 2, 28), "Wire", "de")
    assert isinstance(empty, Rejection) and empty.reason is RejectReason.NO_TEXT
    assert atom.title == "Choïgou à Pékin" and atom.published == date(2025, 2, 28)


def test_stdin_is_sniffed(tmp_path: Path) -> None:
    text = only(read("-", stdin=io.BytesIO(BODY.encode())))
    assert isinstance(text, Article) and text.origin == "stdin"
    record = only(read("-", stdin=io.BytesIO(json.dumps({"text": BODY, "id": "s1"}).encode())))
    assert isinstance(record, Article) and record.id == "s1"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", RejectReason.EMPTY),
        ("blank.txt", b" \n\t\n ", RejectReason.EMPTY),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), RejectReason.BINARY),
        ("legacy.txt", "Шойгу прибыл в Пекин в пятницу.".encode("cp1251"), RejectReason.UNDECODABLE),
        ("big.txt", b"word " * 300_000, RejectReason.OVERSIZE),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", RejectReason.BINARY),
        ("notes.docx", b"plain words in an unexpected file type", RejectReason.UNSUPPORTED),
    ],
)
def test_bad_inputs_get_typed_reasons(tmp_path: Path, name: str, content: bytes, reason: RejectReason) -> None:
    (tmp_path / name).write_bytes(content)
    item = only(read(tmp_path / name, max_bytes=1_000_000))
    assert isinstance(item, Rejection) and item.reason is reason and item.detail


def test_legacy_encoding_can_be_named(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Шойгу прибыл в Пекин в пятницу.".encode("cp1251"))
    item = only(read(path, encoding="cp1251"))
    assert isinstance(item, Article) and item.raw.startswith("Шойгу")


def test_mojibake_is_repaired_and_noted(tmp_path: Path) -> None:
    original = "Le secrétaire du Conseil de sécurité est arrivé à Pékin vendredi."
    path = tmp_path / "moji.txt"
    path.write_text(original.encode("utf-8").decode("cp1252"), encoding="utf-8")
    item = only(read(path))
    assert isinstance(item, Article) and item.raw == original
    assert item.notes == ["mojibake repaired (ftfy)"]


def test_same_text_gets_the_same_id(tmp_path: Path) -> None:
    from storywire.pipeline import prepare

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Share this article\n  " + BODY.replace("\n\n", "\n \n") + "\n", encoding="utf-8")
    a, b = read(tmp_path)
    assert isinstance(a, Article) and isinstance(b, Article) and a.id == b.id == ""
    prepare(a)
    prepare(b)
    assert a.id == b.id and a.id.startswith("a")


def test_sidecars_and_hidden_files_are_not_articles(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("docs", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "MANIFEST.json").write_text("{}", encoding="utf-8")
    assert read(tmp_path) == []


@given(st.binary(max_size=400))
def test_decode_never_crashes(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except InputRejected as error:
        assert error.reason in set(RejectReason)
    else:
        assert decoded.text.strip()
