"""Run the project's real per-article analysis on a bare text (e.g. a SemEval article).

`analyse_text` is the entry point for texts that do not come through ingest: it builds an
`Article`, runs `prepare` + `analyse` (clean, language, sentences, title, dates, NER) and
links the mentions so features compare identity ids, not strings.
"""

from __future__ import annotations

import re
from datetime import date

from storywire.ingest.decode import repair_text
from storywire.ingest.formats import text_fingerprint
from storywire.model import Article
from storywire.pipeline import analyse, prepare
from storywire.similarity.representation import CLEANED_AWAY
from storywire.stages.clean import VERSION as CLEAN_VERSION
from storywire.stages.dates import VERSION as DATES_VERSION
from storywire.stages.dates import normalise_dates
from storywire.stages.entities import VERSION as ENTITIES_VERSION
from storywire.stages.entities import extract_entities
from storywire.stages.language import VERSION as LANGUAGE_VERSION
from storywire.stages.language import detect_language
from storywire.stages.link import VERSION as LINK_VERSION
from storywire.stages.link import EntityRegistry, link_all
from storywire.stages.ner.modes import ner_mode
from storywire.stages.sentences import VERSION as SENTENCES_VERSION
from storywire.stages.sentences import split_sentences
from storywire.stages.title import VERSION as TITLE_VERSION
from storywire.stages.title import infer_title

# How `analyse_text` makes an article of a text (2: a given headline stands for a body that
# cleaning removed whole).
TEXT_VERSION = "2"
# Bumped by any stage whose output changes: cached features made before are re-analysed.
ANALYSIS_VERSION = " ".join(
    f"{name}={version}"
    for name, version in (
        ("text", TEXT_VERSION), ("clean", CLEAN_VERSION), ("language", LANGUAGE_VERSION),
        ("sentences", SENTENCES_VERSION), ("title", TITLE_VERSION),
        ("dates", DATES_VERSION), ("entities", ENTITIES_VERSION), ("link", LINK_VERSION),
    )
)  # fmt: skip


def analysis_version() -> str:
    """ANALYSIS_VERSION, and the entity mode when it is not the default (`--ner contextual`):
    features cached in one mode are not taken for the other's."""
    mode = ner_mode()
    return ANALYSIS_VERSION if mode == "fast" else f"{ANALYSIS_VERSION} ner={mode}"

# A given headline of at least this many words can stand for a body that cleaning removed whole.
_MIN_HEADLINE_WORDS = 4
_WORD = re.compile(r"\w+")
HEADLINE_ONLY = "cleaning kept nothing of the body; the given headline stands for the article"

# SemEval texts are "<headline>  <body>" (two spaces) or "<headline>\n<body>"; a headline
# longer than this is not one.
_MAX_HEADLINE = 250
_HEADLINE_END = re.compile(r"  |\n")


def split_headline(text: str) -> tuple[str | None, str]:
    """("headline", "body") for a "headline  body" or "headline\nbody" text; (None, text) when
    there is no such split.  The headline is the one the file gives, even when it is a scrape's
    odd title ("Advertising"): the people who rated the pair saw that page."""
    stripped = text.strip()
    found = _HEADLINE_END.search(stripped)
    if found is None:
        return None, text
    head, body = stripped[: found.start()].strip(), stripped[found.end() :].strip()
    if 0 < len(head) <= _MAX_HEADLINE and body:
        return head, body
    return None, text


def analyse_text(
    text: str,
    published: date | None = None,
    title: str | None = None,
    registry: EntityRegistry | None = None,
) -> Article:
    """An analysed, linked Article for `text`.

    Without a publication date (SemEval gives none) `analyse` infers one from full dates in
    the body when it can; otherwise relative dates stay unresolved and the date features
    fall back to "unknown" rather than pretending two articles are far apart.

    `registry` defaults to a fresh one: entity ids are derived from normalised identity keys,
    so two texts linked separately still share ids for the same full name or place, and the
    result depends on this text alone (which is what lets features be cached by content
    hash).  Pass the pipeline's shared registry to resolve bare surnames across articles.
    """
    decoded = repair_text(text)  # a few SemEval rows are mojibake, as some feeds are
    digest = text_fingerprint(decoded.text)
    article = Article(id="t" + digest[:15], raw=decoded.text, title=title, published=published, notes=decoded.notes)
    prepare(article)
    if not article.text.strip():
        _when_cleaned_away(article, decoded.text)
    try:
        analyse(article)
    except (KeyError, ValueError, IndexError) as error:
        _analyse_guarded(article, error)
    link_all([article], registry if registry is not None else EntityRegistry())
    return article


def _when_cleaned_away(article: Article, raw: str) -> None:
    """What to analyse when cleaning kept nothing of the body.

    A page whose body was all boilerplate (a syndicator's disclaimer after the headline) still
    names its happening in a given headline of a few words, which then stands for the article;
    otherwise the text is a failed scrape's site chrome: the raw text is analysed, and marked.
    """
    title = (article.title or "").strip()
    if len(_WORD.findall(title)) >= _MIN_HEADLINE_WORDS:
        article.text = title
        article.notes.append(HEADLINE_ONLY)
        return
    article.text = raw.strip()
    article.notes.append(CLEANED_AWAY)


def _analyse_guarded(article: Article, error: Exception) -> None:
    """`analyse` stage by stage, with the date stages allowed to fail.

    The temporal resolver raises on a few inputs (e.g. KeyError 'core' in
    stages/timex/resolve.py); one unparsable date must not cost the article its entities.
    """
    article.notes.append(f"date analysis failed: {type(error).__name__}: {error}")
    article.dates = []
    detect_language(article)
    split_sentences(article)
    infer_title(article)
    try:
        normalise_dates(article)
    except (KeyError, ValueError, IndexError):
        article.dates = []
    extract_entities(article)
