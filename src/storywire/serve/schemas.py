"""Response and request bodies as they appear in the OpenAPI document (/openapi.json)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT = 1_000_000


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Health(BaseModel):
    status: str
    version: str
    articles: int
    stories: int
    entities: int
    events: int
    vectors: str = Field(
        description='the index of stored article embeddings: "idle", "building", "ready", "disabled"'
        ' (embeddings do not fit the query encoder, or the index failed) or "off" (no query encoder)'
    )
    ingest: bool


class StorySummary(Open):
    id: str
    title: str
    languages: list[str]
    first_published: str | None
    last_published: str | None
    storyline: str | None
    articles: list[str]
    article_count: int
    sources: list[str]


class StoryPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[StorySummary]


class ArticleBrief(Open):
    id: str
    title: str | None
    language: str | None
    published: str | None
    source: str | None
    url: str | None
    story: str | None


class MentionView(BaseModel):
    start: int
    end: int
    text: str
    type: str
    entity: str | None


class ArticleView(ArticleBrief):
    text: str
    mentions: list[MentionView]


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleBrief]


class EntityName(BaseModel):
    id: str
    name: str | None
    type: str | None


class LanguageGroup(BaseModel):
    language: str
    articles: list[ArticleView]


class StoryEntity(EntityName):
    articles: int


class EventView(Open):
    id: str
    type: str
    actors: list[str]
    sources: list[str]
    targets: list[str]
    place: str | None
    date: str | None
    status: str
    story: str | None
    names: dict[str, EntityName] = Field(default_factory=dict)


class StoryDetail(BaseModel):
    story: StorySummary
    languages: list[LanguageGroup]
    entities: list[StoryEntity]
    events: list[EventView]
    names: dict[str, EntityName]


class EntityView(Open):
    id: str
    name: str | None
    type: str | None
    aliases: list[str]
    aliases_by_language: dict[str, list[str]]
    country: str | None
    latitude: float | None
    longitude: float | None


class EntityDetail(EntityView):
    article_count: int


class EntityPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EntityView]


class DayCount(BaseModel):
    date: str
    articles: int


class Timeline(BaseModel):
    entity: EntityName
    events: list[EventView]
    mentions: list[DayCount]


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EventView]


class Storyline(BaseModel):
    id: str
    title: str
    first_published: str | None
    last_published: str | None
    languages: list[str]
    stories: list[dict[str, Any]]


class StorylinePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[Storyline]


class VolumeDay(BaseModel):
    date: str
    articles: int
    stories: int


class NetworkNode(BaseModel):
    id: str
    name: str | None
    type: str | None
    events: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    events: int
    types: dict[str, int]


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class SearchHit(ArticleBrief):
    snippet: str
    score: float
    matched_by: list[str]


VECTORS = (
    "Whether this answer's embedding-similarity leg ran. "
    '"ready": it ran (with an empty index of stored embeddings it has nothing to add). '
    '"busy": the query encoder was busy with other searches, so the answer comes from full text and '
    "entity aliases only; the same search may get it a moment later. "
    '"building" (or "idle", just before building starts): the index of stored article embeddings is '
    "still being built after the server started; full text and aliases only. "
    '"disabled": stored embeddings do not fit the query encoder, or the index failed; full text and '
    "aliases only until restart. "
    '"off": the server runs without a query encoder.'
)


class SearchResult(BaseModel):
    query: str
    entities: list[EntityName] = Field(description="entities the query names, in any script")
    languages: list[str] = Field(description="languages of the returned hits")
    vectors: str = Field(description=VECTORS)
    hits: list[SearchHit]


class IngestArticle(BaseModel):
    """One article as JSON: `text` (or `html`), with optional metadata."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(default=None, max_length=200)
    text: str | None = Field(default=None, max_length=MAX_TEXT)
    html: str | None = Field(default=None, max_length=MAX_TEXT)
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    source: str | None = Field(default=None, max_length=500)
    published: str | None = Field(default=None, max_length=40)
    language: str | None = Field(default=None, max_length=16)


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[IngestArticle] = Field(min_length=1, max_length=1000)


class IngestResult(BaseModel):
    ingested: int
    duplicates: int
    rejected: dict[str, int]
    summary: str


class Problem(BaseModel):
    detail: str
