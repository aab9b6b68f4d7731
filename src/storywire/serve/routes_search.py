"""Cross-lingual search and the streaming exports (CSV, JSONL)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from storywire.export import KINDS
from storywire.serve import schemas
from storywire.serve.app import offload, state
from storywire.serve.queries import Record

router = APIRouter()
Table = Literal["articles", "entities", "stories", "events"]
Format = Literal["csv", "jsonl"]


@router.get("/search", response_model=schemas.SearchResult, tags=["search"])
async def search(
    request: Request,
    q: Annotated[str, Query(max_length=500, description="words or a name, in any language or script")],
    language: Annotated[str | None, Query(max_length=16, description="only hits in this language")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    """Articles in every language: full text, entity aliases across scripts, and embedding similarity.

    Query syntax is never interpreted: quotes, NEAR, * and parentheses are searched as text.
    `vectors` says whether the embedding leg ran ("ready") or the answer comes from full text and
    aliases alone ("busy": the query encoder was busy; "building", "idle", "disabled", "off").
    """
    search = state(request).search
    # a cached answer skips the worker-thread hop; the generation in its key keeps it current
    found = search.cached(q, limit, language or None)
    return found if found is not None else await offload(search.search, q, limit, language or None)


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def csv_lines(rows: Iterator[Record]) -> Iterator[str]:
    buffer = io.StringIO()
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({key: _flat(value) for key, value in row.items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if writer is None:
        yield "id\r\n"


def jsonl_lines(rows: Iterator[Record], kind: str) -> Iterator[str]:
    for row in rows:
        yield json.dumps({"kind": kind, **row}, ensure_ascii=False) + "\n"


@router.get(
    "/export/{table}",
    tags=["export"],
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}},
)
def export(request: Request, table: Table, format: Format = "jsonl") -> StreamingResponse:  # noqa: A002
    """Stream one table in the export schema (docs/export-schema.md), row by row."""
    rows = state(request).queries.export_rows(table)
    if format == "csv":
        body, media = csv_lines(rows), "text/csv; charset=utf-8"
    else:
        body, media = jsonl_lines(rows, KINDS[table]), "application/x-ndjson; charset=utf-8"
    disposition = f'attachment; filename="storywire-{table}.{format}"'
    return StreamingResponse(body, media_type=media, headers={"content-disposition": disposition})
