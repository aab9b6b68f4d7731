"""Readers for each input format; each yields Articles (raw text + metadata) or Rejections."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from storywire.ingest.decode import DecodedText, InputRejected, decode_bytes, repair_text
from storywire.model import Article, Rejection, RejectReason
from storywire.serialize import parse_date

Item = Article | Rejection
_SPACES = re.compile(r"\s+")
_SAFE_ID = re.compile(r"[^A-Za-z0-9_.:-]+")


def text_fingerprint(text: str) -> str:
    return hashlib.sha256(_SPACES.sub(" ", text).strip().casefold().encode()).hexdigest()


def make_article(decoded: DecodedText, origin: str, meta: Mapping[str, Any]) -> Article:
    """An Article holding the raw text and whatever metadata the input gave."""
    given = meta.get("id")
    # without an id of its own, an article is named after its cleaned text once cleaning has run
    # (pipeline.prepare), so copies that differ only in boilerplate get one id in any order
    article_id = _SAFE_ID.sub("-", str(given))[:80] if given else ""
    language = meta.get("language")
    return Article(
        id=article_id,
        raw=decoded.text,
        origin=origin,
        url=_text_or_none(meta.get("url") or meta.get("link")),
        title=_text_or_none(meta.get("title")),
        source=_text_or_none(meta.get("source")),
        published=parse_date(meta.get("published") or meta.get("date")),
        language_hint=str(language).lower()[:8] if language else None,
        notes=list(decoded.notes),
    )


def _text_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Article text and metadata from an HTML page, via trafilatura."""
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if document is None:
        return "", {}
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    meta = {key: data.get(key) for key in ("title", "url", "date", "sitename", "language")}
    meta["source"] = meta.pop("sitename")
    meta["published"] = meta.pop("date")
    return str(data.get("text") or ""), {k: v for k, v in meta.items() if v}


def markup_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (a feed entry), one block element a line."""
    import lxml.html

    spaced = re.sub(r"(?i)<br\s*/?>|</(p|div|li|h[1-6]|blockquote)>", "\n", fragment)
    try:
        return str(lxml.html.fromstring(f"<div>{spaced}</div>").text_content()).strip()
    except (ValueError, lxml.etree.ParserError):
        return ""


def read_text_file(data: bytes, origin: str, meta: Mapping[str, Any], encoding: str | None) -> Item:
    try:
        return make_article(decode_bytes(data, encoding=encoding), origin, meta)
    except InputRejected as error:
        return Rejection(origin, error.reason, error.detail)


def read_html(data: bytes, origin: str, meta: Mapping[str, Any], encoding: str | None) -> Item:
    try:
        decoded = decode_bytes(data, encoding=encoding)
    except InputRejected as error:
        return Rejection(origin, error.reason, error.detail)
    text, found = html_to_text(decoded.text)
    if not text.strip():
        return Rejection(origin, RejectReason.NO_TEXT, "no article text found in the page")
    return make_article(DecodedText(text, decoded.notes), origin, {**found, **meta})


def read_json_lines(path: Path, encoding: str | None, max_bytes: int) -> Iterator[Item]:
    """A JSON Lines file, read a line at a time: a feed dump of any size is ingested, each
    record held to `max_bytes` (an over-size record is rejected alone, its neighbours kept).
    A file whose start is binary or undecodable is rejected whole, as one input."""
    origin = str(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Rejection(origin, RejectReason.UNDECODABLE, f"cannot read: {error.strerror}")
        return
    with handle:
        head = handle.read(_SNIFF_BYTES)
        whole = len(head) < _SNIFF_BYTES
        # complete lines only, so that no multi-byte character is cut at the sample's end
        sample = head if whole or b"\n" not in head else head[: head.rfind(b"\n") + 1]
        try:
            decode_bytes(sample, max_bytes=len(sample), encoding=encoding)
        except InputRejected as error:
            if whole or error.reason is not RejectReason.EMPTY:
                yield Rejection(origin, error.reason, error.detail)
                return
        handle.seek(0)
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{origin}:{number}"
            try:
                decoded = decode_bytes(line, max_bytes, encoding)
                record = json.loads(decoded.text)
            except InputRejected as error:
                yield Rejection(where, error.reason, error.detail)
                continue
            except json.JSONDecodeError as error:
                yield Rejection(where, RejectReason.MALFORMED, f"invalid JSON: {error.msg}")
                continue
            yield record_to_item(record, where)


_SNIFF_BYTES = 8192


def read_records(data: bytes, origin: str, encoding: str | None) -> Iterator[Item]:
    """A .jsonl file (one record a line) or a .json file (a record, a list, or {"articles": [...]})."""
    try:
        decoded = decode_bytes(data, encoding=encoding)
    except InputRejected as error:
        yield Rejection(origin, error.reason, error.detail)
        return
    stripped = decoded.text.lstrip()
    records: list[tuple[str, Any]] = []
    if stripped.startswith("[") or (stripped.startswith("{") and "\n{" not in stripped.strip()):
        try:
            loaded = json.loads(decoded.text)
        except json.JSONDecodeError as error:
            yield Rejection(origin, RejectReason.MALFORMED, f"invalid JSON: {error.msg} at line {error.lineno}")
            return
        if isinstance(loaded, dict) and isinstance(loaded.get("articles"), list):
            loaded = loaded["articles"]
        items = loaded if isinstance(loaded, list) else [loaded]
        records = [(f"{origin}#{i}", item) for i, item in enumerate(items)]
    else:
        for number, line in enumerate(decoded.text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{origin}:{number}"
            try:
                records.append((where, json.loads(line)))
            except json.JSONDecodeError as error:
                yield Rejection(where, RejectReason.MALFORMED, f"invalid JSON: {error.msg}")
    for where, record in records:
        yield record_to_item(record, where)


def record_to_item(record: object, origin: str) -> Item:
    """One JSON article record: `text` or `html`, with optional id/url/title/published/language/source."""
    if not isinstance(record, dict):
        return Rejection(origin, RejectReason.MALFORMED, "record is not a JSON object")
    text = record.get("text")
    html = record.get("html")
    meta = dict(record)
    if not (isinstance(text, str) and text.strip()) and isinstance(html, str) and html.strip():
        text, found = html_to_text(html)
        meta = {**found, **{k: v for k, v in record.items() if v}}
    if not isinstance(text, str) or not text.strip():
        return Rejection(origin, RejectReason.EMPTY, "record has no text or html")
    decoded = repair_text(text)
    return make_article(decoded, origin, meta)


def read_feed(data: bytes, origin: str) -> Iterator[Item]:
    """RSS or Atom: one article per entry, full content preferred over the summary."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield Rejection(origin, RejectReason.MALFORMED, f"unreadable feed: {parsed.get('bozo_exception')}")
        return
    source = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries):
        where = f"{origin}#{entry.get('id') or number}"
        content = entry.get("content") or []
        body = content[0].get("value", "") if content else entry.get("summary", "")
        text = markup_text(body) if "<" in body else body
        if not text.strip():
            yield Rejection(where, RejectReason.NO_TEXT, "feed entry has no text")
            continue
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        meta = {
            "id": None,
            "url": entry.get("link"),
            "title": entry.get("title"),
            "source": source,
            "published": "{:04d}-{:02d}-{:02d}".format(*published[:3]) if published else None,
            "language": parsed.feed.get("language"),
        }
        yield make_article(repair_text(text), where, meta)
