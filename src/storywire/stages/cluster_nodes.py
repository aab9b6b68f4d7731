"""What the story clusterer keeps of a stored article, and how it reads the article's ids.

A `Node`, read off the `Article`, holds an article's entity mentions (news agencies left
out: a dateline's "(EFE)" links nothing), its actors (people weighted above organisations,
for storylines), its specific happening dates, and its place in a story; vectors stay in
the index.  The clusterer's outputs depend on what is read here: a change here is a change
of `cluster.VERSION`.

A node keeps the entity ids that linking gave the article on arrival; the clusterer compares
them through the registry as it is now (`Identities`; `SameIds` where there is none), so
identities merged since then count as one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from storywire.identity.organisations import news_medium
from storywire.model import Article

# A person mention counts twice an organisation's in a story's actor profile (storylines):
# people keep one identity across languages far more reliably than organisations, whose
# names are translated ("Conseil de sécurité russe", "russischen Sicherheitsrates").
ACTOR_WEIGHTS = {"PER": 2, "ORG": 1}
HAPPENING_SPAN_DAYS = 31  # a date mention coarser than this ("2024", "last year") dates no happening


@dataclass(slots=True)
class Node:
    """What the clusterer keeps of a stored article (vectors stay in the index).

    Compact on purpose (slots, tuples, interned ids): a million of these must fit in memory.
    """

    published: date | None
    mentions: tuple[tuple[str, int], ...]  # entity id, mention count
    actors: tuple[tuple[str, int], ...]  # PER and ORG only: what storylines follow
    story: str
    language: str | None = None
    title: str | None = None
    source: str | None = None
    dates: tuple[tuple[int, int], ...] = ()  # ordinal [lo, hi] of specific happening dates
    duplicate_of: str | None = None  # a near-duplicate is always linked to its original

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(entity_id for entity_id, _ in self.mentions)


def entity_mentions(article: Article) -> Counter[str]:
    """The article's people, organisations and places; not the agencies that reported it."""
    return Counter(
        m.entity_id
        for m in article.mentions
        if m.entity_id and m.type in ("PER", "ORG", "LOC") and not (m.type == "ORG" and news_medium(m.text))
    )


def happening_dates(article: Article) -> tuple[tuple[int, int], ...]:
    """Specific (at most a month wide) normalised dates the article mentions, as ordinal intervals."""
    from storywire.similarity.representation import timex_interval

    found = set()
    for expr in article.dates:
        span = timex_interval(expr.value)
        if span is not None and (span[1] - span[0]).days <= HAPPENING_SPAN_DAYS:
            found.add((span[0].toordinal(), span[1].toordinal()))
    return tuple(sorted(found))


class Identities(Protocol):
    def resolve(self, entity_id: str) -> str: ...

    def retired_ids(self, entity_id: str) -> list[str]: ...


class SameIds:
    """Identities for a clusterer without a registry: every id stands for itself."""

    def resolve(self, entity_id: str) -> str:
        return entity_id

    def retired_ids(self, entity_id: str) -> list[str]:
        return []
