"""Turn command-line inputs (files, folders, '-') into a stream of Articles and Rejections."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from storywire.ingest.decode import DEFAULT_MAX_BYTES, InputRejected, check_size
from storywire.ingest.formats import Item, read_feed, read_html, read_json_lines, read_records, read_text_file
from storywire.model import Rejection, RejectReason

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".jsonl", ".json", ".ndjson"}
LINE_RECORD_SUFFIXES = {".jsonl", ".ndjson"}  # streamed a line at a time: the size limit is per record
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
# sidecars and documentation that live beside a corpus and are not articles
SIDECAR_NAMES = {"meta.jsonl", "manifest.json", "readme.md", "readme.txt", "license", "license.txt"}


class MetadataError(Exception):
    """The metadata sidecar itself cannot be read."""


def load_meta(path: Path) -> dict[str, dict[str, Any]]:
    """A meta.jsonl sidecar: {file name: record}; lines that are not objects are errors."""
    table: dict[str, dict[str, Any]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise MetadataError(f"cannot read metadata {path}: {error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise MetadataError(f"{path}:{number}: invalid JSON ({error.msg})") from error
        if isinstance(record, dict) and record.get("file"):
            table[str(record["file"])] = record
    return table


def _meta_for(path: Path, tables: list[tuple[Path, dict[str, dict[str, Any]]]]) -> Mapping[str, Any]:
    for base, table in tables:
        for key in _relative_keys(path, base):
            if key in table:
                return table[key]
    return {}


def _relative_keys(path: Path, base: Path) -> list[str]:
    keys = [path.name]
    with contextlib.suppress(ValueError):  # not under base: match by name only
        keys.insert(0, path.resolve().relative_to(base.resolve()).as_posix())
    return keys


def expand_paths(inputs: Iterable[str]) -> Iterator[Path | str]:
    for raw in inputs:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if not hidden and child.name.lower() not in SIDECAR_NAMES:
                    yield child
        else:
            yield path


def read_inputs(
    inputs: Iterable[str],
    meta_file: Path | None = None,
    stdin: BinaryIO | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item]:
    """Every article (or rejection) from the given files, folders and '-' (standard input)."""
    explicit = [(meta_file.parent, load_meta(meta_file))] if meta_file else []
    sidecars: dict[Path, dict[str, dict[str, Any]]] = {}
    for target in expand_paths(inputs):
        if target == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from read_one(data, "stdin", ".txt", {}, encoding, max_bytes, sniff=True)
            continue
        assert isinstance(target, Path)
        folder = target.parent
        if folder not in sidecars:
            sidecar = folder / "meta.jsonl"
            sidecars[folder] = load_meta(sidecar) if sidecar.is_file() else {}
        meta = _meta_for(target, [*explicit, (folder, sidecars[folder])])
        if target.suffix.lower() in LINE_RECORD_SUFFIXES:
            yield from read_json_lines(target, encoding, max_bytes)
            continue
        try:
            with target.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as error:
            yield Rejection(str(target), RejectReason.UNDECODABLE, f"cannot read: {error.strerror}")
            continue
        yield from read_one(data, str(target), target.suffix.lower(), meta, encoding, max_bytes)


def _sniff_suffix(data: bytes) -> str:
    head = data[:512].lstrip().lower()
    if head.startswith((b"<?xml", b"<rss", b"<feed")) and (b"<rss" in data[:2048] or b"<feed" in data[:2048]):
        return ".xml"
    if head.startswith((b"<!doctype html", b"<html")):
        return ".html"
    if head.startswith((b"{", b"[")):
        return ".jsonl"
    return ".txt"


def read_one(
    data: bytes,
    origin: str,
    suffix: str,
    meta: Mapping[str, Any],
    encoding: str | None,
    max_bytes: int,
    sniff: bool = False,
) -> Iterator[Item]:
    try:
        check_size(data, max_bytes)
    except InputRejected as error:
        yield Rejection(origin, error.reason, error.detail)
        return
    if sniff:
        suffix = _sniff_suffix(data)
    if suffix in TEXT_SUFFIXES:
        yield read_text_file(data, origin, meta, encoding)
    elif suffix in HTML_SUFFIXES:
        yield read_html(data, origin, meta, encoding)
    elif suffix in RECORD_SUFFIXES:
        yield from read_records(data, origin, encoding)
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(data, origin)
    else:
        probe = read_text_file(data[:4096], origin, {}, encoding)
        reason = probe.reason if isinstance(probe, Rejection) else RejectReason.UNSUPPORTED
        yield Rejection(origin, reason, f"unsupported file type {suffix or '(none)'}")
