"""Ingest over HTTP: POST articles as JSON; requires the server's token."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from storywire.serve import schemas
from storywire.serve.app import ServeState, state

router = APIRouter()
bearer = HTTPBearer(auto_error=False, description="the token given to `storywire serve --token`")


def _authorised(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> ServeState:
    serve = state(request)
    if not serve.token:
        raise HTTPException(403, "ingest is disabled: start the server with --token or STORYWIRE_TOKEN")
    if credentials is None or not serve.token_ok(credentials.credentials):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})
    return serve


@router.post(
    "/articles",
    response_model=schemas.IngestResult,
    status_code=201,
    tags=["articles"],
    responses={401: {"model": schemas.Problem}, 403: {"model": schemas.Problem}, 413: {"model": schemas.Problem}},
)
def ingest(body: schemas.IngestRequest, serve: Annotated[ServeState, Depends(_authorised)]) -> dict[str, Any]:
    """Ingest articles (text or html, with optional id/url/title/source/published/language)."""
    from storywire.api import Storywire

    records = [a.model_dump(exclude_none=True) for a in body.articles]
    with serve.ingest_lock, serve.writers_lock():
        # another server process may have ingested since this one's pipeline loaded the store:
        # its identities, stories and near-duplicate index would then be stale, so reload them
        if serve.ingester is None or serve.ingested_version != serve.data_version():
            serve.ingester = Storywire(serve.store, serve.embedder)
        report = serve.ingester.ingest(records=records)
        serve.ingested_version = serve.data_version()
    serve.queries.touch()
    if serve.search.vectors is not None:
        serve.search.vectors.refresh()
    return {
        "ingested": report.ingested,
        "duplicates": report.duplicates,
        "rejected": dict(report.rejected),
        "summary": report.summary(),
    }
