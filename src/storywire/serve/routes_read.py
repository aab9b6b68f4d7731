"""Read endpoints: stories, articles, entities, timelines, events, storylines, volume, network."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request

from storywire.serve import schemas
from storywire.serve.app import API_VERSION, offload, state
from storywire.serve.queries import EventFilter, Queries, StoryFilter

router = APIRouter()

Id = Annotated[str, Path(min_length=1, max_length=512, description="an id as the API gave it")]
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
Since = Annotated[date | None, Query(description="earliest date (inclusive)")]
Until = Annotated[date | None, Query(description="latest date (inclusive)")]
Language = Annotated[str | None, Query(max_length=16, description="ISO 639-1 code, e.g. uk")]
Text = Annotated[str | None, Query(max_length=500)]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": schemas.Problem}}


def _missing(kind: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no such {kind}")


@router.get("/health", response_model=schemas.Health, tags=["meta"])
async def health(request: Request) -> dict[str, Any]:
    serve = state(request)
    vectors = serve.search.vectors.state if serve.search.vectors else "off"
    return {
        "status": "ok",
        "version": API_VERSION,
        **await offload(serve.queries.counts),
        "vectors": vectors,
        "ingest": bool(serve.token),
    }


@router.get("/stories", response_model=schemas.StoryPage, tags=["stories"])
async def list_stories(
    request: Request,
    since: Since = None,
    until: Until = None,
    language: Language = None,
    entity: Annotated[str | None, Query(max_length=512, description="entity id")] = None,
    q: Annotated[str | None, Query(max_length=500, description="words the story's articles contain")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Stories, newest first, filtered by date range, language, entity and text."""
    where = StoryFilter(since, until, language or None, entity or None, q if q and q.strip() else None)
    total, items = await offload(state(request).queries.list_stories, where, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/stories/{story_id}", response_model=schemas.StoryDetail, responses=NOT_FOUND, tags=["stories"])
async def get_story(request: Request, story_id: Id) -> dict[str, Any]:
    """One story: its articles grouped by language (text with entity mentions) and its events."""
    found = await offload(state(request).queries.story, story_id)
    if found is None:
        raise _missing("story")
    return found


@router.get("/articles", response_model=schemas.ArticlePage, tags=["articles"])
async def list_articles(
    request: Request,
    language: Language = None,
    story: Annotated[str | None, Query(max_length=512)] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    queries = state(request).queries
    total, items = await offload(queries.list_articles, language or None, story or None, since, until, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/articles/{article_id}", response_model=schemas.ArticleView, responses=NOT_FOUND, tags=["articles"])
async def get_article(request: Request, article_id: Id) -> dict[str, Any]:
    """One article in the export shape, with its entity mentions."""
    found = await offload(state(request).queries.article, article_id)
    if found is None:
        raise _missing("article")
    return found


@router.get("/entities", response_model=schemas.EntityPage, tags=["entities"])
async def list_entities(
    request: Request,
    q: Annotated[str | None, Query(max_length=500, description="any alias, in any script")] = None,
    type: Annotated[str | None, Query(max_length=8, description="PER, ORG, LOC or MISC")] = None,  # noqa: A002
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Entities whose alias (in any language or script) is or starts with `q`."""
    total, items = await offload(state(request).queries.find_entities, q, type or None, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/entities/{entity_id}", response_model=schemas.EntityDetail, responses=NOT_FOUND, tags=["entities"])
async def get_entity(request: Request, entity_id: Id) -> dict[str, Any]:
    found = await offload(state(request).queries.entity, entity_id)
    if found is None:
        raise _missing("entity")
    return found


@router.get(
    "/entities/{entity_id}/timeline", response_model=schemas.Timeline, responses=NOT_FOUND, tags=["entities"]
)
async def entity_timeline(request: Request, entity_id: Id) -> dict[str, Any]:
    """Events involving the entity, ordered by date, and how many articles name it each day."""
    found = await offload(_timeline, state(request).queries, entity_id)
    if found is None:
        raise _missing("entity")
    return found


def _timeline(queries: Queries, entity_id: str) -> dict[str, Any] | None:
    names = queries.names([entity_id])
    return {"entity": names[entity_id], **queries.timeline(entity_id)} if entity_id in names else None


@router.get("/events", response_model=schemas.EventPage, tags=["events"])
async def list_events(
    request: Request,
    type: Annotated[str | None, Query(max_length=40, description="PLOVER type, e.g. CONSULT")] = None,  # noqa: A002
    actor: Annotated[str | None, Query(max_length=512, description="entity id of a source or target")] = None,
    place: Annotated[str | None, Query(max_length=512, description="entity id of the place")] = None,
    story: Annotated[str | None, Query(max_length=512)] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    where = EventFilter(type or None, actor or None, place or None, since, until, story or None)
    total, items = await offload(state(request).queries.list_events, where, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/storylines", response_model=schemas.StorylinePage, tags=["stories"])
async def list_storylines(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Storylines: stories that continue one another, grouped by storyline id."""
    total, items = await offload(state(request).queries.storylines, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/storylines/{storyline_id}", response_model=schemas.Storyline, responses=NOT_FOUND, tags=["stories"])
async def get_storyline(request: Request, storyline_id: Id) -> dict[str, Any]:
    found = await offload(state(request).queries.storyline, storyline_id)
    if found is None:
        raise _missing("storyline")
    return found


@router.get("/volume", response_model=list[schemas.VolumeDay], tags=["stories"])
async def volume(request: Request, since: Since = None, until: Until = None) -> list[dict[str, Any]]:
    """Articles and stories per publication day (for the volume chart)."""
    return await offload(state(request).queries.volume, since, until)


@router.get("/network", response_model=schemas.Network, tags=["events"])
async def network(
    request: Request,
    type: Annotated[str | None, Query(max_length=40, description="only events of this type")] = None,  # noqa: A002
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 150,
) -> dict[str, Any]:
    """Who met (or dealt with) whom: actors joined by the events they share, strongest ties first."""
    return await offload(state(request).queries.network, type or None, since, until, limit)
