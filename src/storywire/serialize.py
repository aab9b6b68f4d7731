"""Plain-dict forms of the records, for the store and for export.

Dates become ISO strings; everything else is JSON-native.  `article_from_dict` is the
exact inverse of `article_to_dict` (a round-trip property test holds it to that).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from storywire.model import (
    ActorRole,
    Article,
    Event,
    Evidence,
    Mention,
    Paragraph,
    Provenance,
    RemovedLine,
    Sentence,
    TemporalExpression,
)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_date(value: object) -> date | None:
    """Read an ISO date or datetime string (as feeds give them); None when absent or unreadable."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def event_to_dict(event: Event) -> dict[str, Any]:
    return asdict(event)


def event_from_dict(data: dict[str, Any]) -> Event:
    fields = dict(data)
    fields["evidence"] = [Evidence(**e) for e in fields.get("evidence", [])]
    fields["roles"] = {eid: ActorRole(**r) for eid, r in (fields.get("roles") or {}).items()}
    return Event(**fields)


def article_to_dict(article: Article) -> dict[str, Any]:
    data = asdict(article)
    data["published"] = _iso(article.published)
    return data


def article_from_dict(data: dict[str, Any]) -> Article:
    fields = dict(data)
    fields["published"] = parse_date(fields.get("published"))
    fields["removed"] = [RemovedLine(**r) for r in fields.get("removed", [])]
    fields["paragraphs"] = [Paragraph(**p) for p in fields.get("paragraphs", [])]
    fields["sentences"] = [Sentence(**s) for s in fields.get("sentences", [])]
    fields["mentions"] = [Mention(**m) for m in fields.get("mentions", [])]
    fields["dates"] = [TemporalExpression(**t) for t in fields.get("dates", [])]
    fields["provenance"] = [Provenance(**p) for p in fields.get("provenance", [])]
    return Article(**fields)
