"""The typed records that flow through storywire.

One `Article` passes through the stages; each stage fills only its own fields and
appends a `Provenance` entry.  `raw` is the input exactly as decoded and is never
modified; every offset (paragraphs, sentences, mentions, dates) points into `text`,
the cleaned article body.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
Precision = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century", "range", "time"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class RejectReason(enum.StrEnum):
    """Why an input never became an article. Values are stable: they are stored and exported."""

    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    OVERSIZE = "oversize"
    NO_TEXT = "no_text"  # markup or feed entry that held no article text
    MALFORMED = "malformed"  # a JSON record or feed that cannot be parsed
    UNSUPPORTED = "unsupported"  # a file type storywire does not read
    ANALYSIS_FAILED = "analysis_failed"  # a bug met on this article: reported, the ingest goes on


@dataclass(frozen=True)
class Provenance:
    """Which stage produced a field, with which model or rule set."""

    stage: str
    model: str
    version: str = ""


@dataclass
class RemovedLine:
    """A line the cleaner dropped from `raw`, with why (e.g. 'ticker', 'navigation')."""

    text: str
    reason: str
    line_no: int


@dataclass
class Paragraph:
    start: int
    end: int
    language: str | None = None
    language_confidence: float = 0.0
    language_uncertain: bool = True
    is_quote: bool = False  # an embedded post or quoted block, kept but marked


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass
class Mention:
    """A named-entity mention; `entity_id` is filled by the linking stage."""

    start: int
    end: int
    text: str
    type: EntityType
    model: str = ""
    confidence: float = 1.0
    entity_id: str | None = None


@dataclass
class TemporalExpression:
    """A temporal expression with its calendar value, normalised against the publication date.

    `value` follows TIMEX3 conventions: '2025-02-28', '2025-W09', '2024-11', '2024-SU',
    '2025-Q1', '2025', '202', or a range '2025-02-24/2025-03-02'.
    """

    start: int
    end: int
    text: str
    value: str
    precision: Precision
    type: TimexType = "DATE"


@dataclass
class Article:
    id: str
    raw: str
    origin: str = ""  # file path, "stdin", or feed URL the record came from
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: date | None = None
    published_confidence: float = 1.0  # < 1 when inferred rather than given
    language_hint: str | None = None  # language claimed by the input metadata
    notes: list[str] = field(default_factory=list)  # e.g. "mojibake repaired"
    # filled by stages
    text: str = ""
    content_hash: str = ""
    removed: list[RemovedLine] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    language: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[TemporalExpression] = field(default_factory=list)
    embedding: list[float] | None = None
    story_id: str | None = None
    duplicate_of: str | None = None
    provenance: list[Provenance] = field(default_factory=list)

    def record(self, stage: str, model: str, version: str = "") -> None:
        """Note that `stage` has run, replacing an earlier note of the same stage."""
        self.provenance = [p for p in self.provenance if p.stage != stage]
        self.provenance.append(Provenance(stage, model, version))

    def paragraph_texts(self) -> list[str]:
        return [self.text[p.start : p.end] for p in self.paragraphs]


@dataclass
class Rejection:
    """An input that was refused, with its typed reason; counted and listed, never silent."""

    origin: str
    reason: RejectReason
    detail: str = ""


@dataclass
class Entity:
    """One canonical identity across languages and scripts."""

    id: str
    name: str
    type: EntityType
    aliases: dict[str, list[str]] = field(default_factory=dict)  # language -> surface forms
    country: str | None = None  # ISO 3166-1 alpha-2
    latitude: float | None = None
    longitude: float | None = None
    key: str = ""  # the normalised identity key the linker matched on

    def all_aliases(self) -> list[str]:
        seen: dict[str, None] = {}
        for forms in self.aliases.values():
            for form in forms:
                seen.setdefault(form, None)
        return list(seen)


@dataclass
class Story:
    id: str
    articles: list[str]
    title: str = ""
    languages: list[str] = field(default_factory=list)
    first_published: date | None = None
    last_published: date | None = None
    storyline_id: str | None = None
    titles: dict[str, str] = field(default_factory=dict)  # language -> headline in that language
    sources: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)  # leading entity ids, most prominent first
    # the stories cut from one connected group of linked articles share this key (the id of
    # the group's earliest story); None: the story is its own group
    group: str | None = None

    def title_in(self, languages: list[str]) -> str:
        """The title in the first of `languages` the story has, else its default title."""
        return next((self.titles[lang] for lang in languages if lang in self.titles), self.title)


@dataclass
class Evidence:
    """The sentence of one article that reports an event (offsets into that article's `text`)."""

    article: str
    start: int
    end: int
    text: str


@dataclass
class ActorRole:
    """A person's role as a report gives it: 'secretary of Russia's Security Council', RU.

    `title` and `country` come from the preferred piece of evidence (a title with a country
    first, then a specific one over 'official' / 'counterpart', then English, French, German,
    Ukrainian, Russian, Spanish, Italian, Polish, then the longer); `titles` keeps one title per
    language across every merged report (see storywire.events.roles)."""

    title: str  # the role phrase in the language of the article, articles and punctuation trimmed
    country: str | None = None  # ISO 3166-1 alpha-2, from a country name or adjective in the phrase
    evidence_article: str | None = None  # the article `title` comes from
    language: str | None = None  # the language of `title`
    titles: dict[str, str] = field(default_factory=dict)  # language -> the title kept in that language


@dataclass
class Event:
    """Who did what to whom, where and when (PLOVER types), with every source that reports it."""

    id: str
    type: str  # PLOVER event type: CONSULT, AGREE, ACCUSE, ...
    mode: str | None = None  # e.g. CONSULT: visit, third-party, phone, multilateral
    sources: list[str] = field(default_factory=list)  # actor entity ids
    targets: list[str] = field(default_factory=list)
    place: str | None = None  # entity id
    date: str | None = None  # TIMEX-like value
    date_precision: str | None = None
    status: str = "happened"  # happened, planned, denied, reported
    evidence: list[Evidence] = field(default_factory=list)
    story_id: str | None = None
    roles: dict[str, ActorRole] = field(default_factory=dict)  # actor entity id -> role, where a text gives one

    @property
    def actors(self) -> list[str]:
        return list(dict.fromkeys([*self.sources, *self.targets]))
