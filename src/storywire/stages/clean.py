"""Cleaning: keep the article body of a scraped page, drop (and account for) the rest.

The input is text already extracted from HTML, one block per line, so the unit of decision
is the line (wrapped lines are first glued back into blocks).  Decisions, in order:

1. pattern rules for boilerplate that looks the same on every site (tickers, photo
   credits, UI labels, hashtag lines, bylines, "Source: URL", related-list headers, and the
   site's notices about itself: cookie banners, paywalls, `site_notices`);
2. the *body span*: from the first to the last block that reads like prose (long enough,
   sentence punctuation, normal stop-word density — the jusText idea, on lines);
3. position: short headline-like blocks before the span are headline / section label /
   navigation, those after it are related-news lists; inside the span they are kept
   (sub-headings, short paragraphs), unless they form a list;
4. lists of other headlines before and after the article's prose (`page_lists`).

Every dropped non-empty line is recorded in `article.removed` with a stable reason.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from storywire.model import Article, Paragraph, RemovedLine
from storywire.stages.boilerplate_lines import ATTRIBUTION, BULLET, TERMINAL, WORD, line_pattern_reason
from storywire.stages.page_lists import MAX_WORDS as HEADLINE_MAX_WORDS
from storywire.stages.page_lists import mark_headline_lists

VERSION = "7"  # 2: syndication disclaimers; 3: series notices ("This post is part of our coverage"); 4: headline lists;
# 5: a line above the body longer than a headline is its lead; 6: cookie banners and paywall notices;
# 7: a subscription offer alone on its line ("2 MESES GRATIS")
MODEL_NAME = "storywire-rules"

_JUSTEXT_NAMES = {
    "en": "English", "fr": "French", "de": "German", "uk": "Ukrainian", "ru": "Russian",
    "es": "Spanish", "it": "Italian", "pl": "Polish", "ar": "Arabic",
}  # fmt: skip

_SENTENCE_PUNCT = re.compile(r"[.!?…。！？؟][\"'»”’)\]]*\s")
_URL = re.compile(r"https?://\S+|www\.\S+")
_TRAILING_SEPARATOR = re.compile(r"\s*[|•]+\s*$")
_DATE_LINE = re.compile(
    r"^(?:\d{1,2}[./\s-]+(?:\d{1,2}|[^\W\d_]{3,12})\.?[./,\s-]+\d{2,4}|"
    r"[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[,\s]+\d{1,2}[:.h]\d{2})?$"
    r"|^\d{1,2}[:.h]\d{2}$"
)

_EMBED_MARK = re.compile(r"pic\.twitter\.com/|https?://t\.co/|instagram\.com/p/|x\.com/\w+/status")


@dataclass
class _Block:
    """One or more raw lines glued into a candidate paragraph."""

    lines: list[int]  # 1-based raw line numbers
    raw_lines: list[str]
    text: str
    reason: str | None = None
    quote: bool = False
    good: bool = False


@functools.cache
def _stoplist(lang: str) -> frozenset[str]:
    import justext

    name = _JUSTEXT_NAMES.get(lang)
    return frozenset(w.lower() for w in justext.get_stoplist(name)) if name else frozenset()


def _norm(s: str) -> str:
    """Comparison key for duplicate detection: case, spacing and punctuation ignored."""
    s = unicodedata.normalize("NFKC", s).casefold()
    return " ".join(WORD.findall(s))


def _is_blank(line: str) -> bool:
    return not any(not unicodedata.category(c).startswith(("Z", "C")) for c in line)


def _blocks(raw: str) -> list[_Block]:
    """Lines to blocks; a line that does not end a sentence and is followed by one starting
    in lower case is a hard wrap and joins the next line."""
    blocks: list[_Block] = []
    prev_open = False
    for no, line in enumerate(raw.splitlines(), start=1):
        if _is_blank(line):
            blocks.append(_Block([no], [line], "", reason="blank" if line else None))
            prev_open = False
            continue
        text = line.strip()
        if prev_open and blocks and text[:1].islower():
            last = blocks[-1]
            last.lines.append(no)
            last.raw_lines.append(line)
            last.text = f"{last.text} {text}"
        else:
            blocks.append(_Block([no], [line], text))
        prev_open = not TERMINAL.search(text) and len(text) > 40
    return blocks


def _doc_language(blocks: list[_Block], hint: str | None) -> str | None:
    from storywire.stages.language import identify

    longest = sorted((b.text for b in blocks if b.text), key=len, reverse=True)[:5]
    lang, _, _ = identify(" ".join(longest)) if longest else (None, 0.0, True)
    return lang or hint


def _stop_density(text: str, stop: frozenset[str]) -> float:
    words = WORD.findall(text.casefold())
    return sum(map(stop.__contains__, words)) / len(words) if words else 0.0


def _pattern_reason(text: str, title_keys: set[str]) -> str | None:
    """Boilerplate recognisable from the line alone, or a repeat of the page's headline."""
    if reason := line_pattern_reason(text):
        return reason
    if not title_keys:
        return None  # what follows only compares normalised text with the headlines
    if _norm(text) in title_keys:
        return "headline"
    if " - " in text or " | " in text or " – " in text:
        # "Site Name - Headline" or "Headline | Site Name": one side is the headline.
        for part in re.split(r"\s+[-|–]\s+", text):
            if _norm(part) in title_keys and len(part) > 15:
                return "headline"
    return None


def _is_prose(b: _Block, stop: frozenset[str], stop_en: frozenset[str], cjk: bool) -> bool:
    text = b.text
    if cjk:
        return len(text) >= 25 and bool(re.search(r"[。！？]", text))
    if len(text) < 60 or len(WORD.findall(text)) < 8:
        return False
    if not (TERMINAL.search(text) or _SENTENCE_PUNCT.search(text)):
        return False
    urls = sum(len(u) for u in _URL.findall(text))
    if urls > 0.3 * len(text):
        return False
    if not stop:
        return True
    # The doc language or English (quoted posts are often English) must look like prose: the
    # stop-word density by the better of the two lists (the words read once for both).
    words = WORD.findall(text.casefold())
    hits = max(sum(map(stop.__contains__, words)), sum(map(stop_en.__contains__, words)))
    return hits / len(words) >= 0.12 if words else False


def _headline_keys(blocks: list[_Block], title: str | None) -> set[str]:
    """Normalised texts of headlines: the given title, and short non-sentence lines that
    occur more than once on the page (a page repeats its headline; prose it does not)."""
    keys = {_norm(title)} if title else set()
    seen: dict[str, int] = {}
    for b in blocks:
        if b.text and len(b.text) < 250 and not TERMINAL.search(b.text):
            k = _norm(b.text)
            seen[k] = seen.get(k, 0) + 1
    keys |= {k for k, n in seen.items() if n > 1 and len(k) > 10}
    return {k for k in keys if k}


def _is_short_label(text: str) -> bool:
    return len(text) <= 30 and len(text.split()) <= 3 and not TERMINAL.search(text)


def _classify(blocks: list[_Block], lang: str | None, title: str | None) -> None:
    stop = _stoplist(lang) if lang else frozenset()
    stop_en = _stoplist("en")
    cjk = lang == "zh"
    keys = _headline_keys(blocks, title)
    content = [b for b in blocks if b.text]
    for b in content:
        b.reason = _pattern_reason(b.text, keys)
        b.good = b.reason is None and _is_prose(b, stop, stop_en, cjk)
    good = [i for i, b in enumerate(content) if b.good]
    if not good:
        # Nothing reads like prose (a brief, a one-liner): keep whatever no rule rejects.
        first, last = 0, len(content) - 1
    else:
        first, last = good[0], good[-1]
    for i, b in enumerate(content):
        if b.reason or b.good:
            continue
        text = b.text
        sentence = bool(TERMINAL.search(text)) and len(text.split()) >= 5
        if ATTRIBUTION.match(text):
            continue  # a quote's attribution line is kept and marked below
        if _DATE_LINE.match(text):
            b.reason = "related" if i > last else "navigation"
        elif i < first:
            nxt = content[i + 1] if i + 1 < len(content) else None
            # a short lead right before the body; or a longer one whose last sentence ran into
            # a link's text ("... his ideology.Also Read - ..."): too long for a headline
            if i == first - 1 and (sentence or len(text.split()) > HEADLINE_MAX_WORDS):
                continue
            if _is_short_label(text) and nxt is not None and nxt.reason == "headline":
                b.reason = "section_label"
            elif i in (0, first - 1) and len(text.split()) >= 4 and not sentence:
                b.reason = "headline"  # the page's headline, first or just above the body
            else:
                b.reason = "navigation"
        elif i > last:
            prev = content[i - 1]
            # A closing sentence right after the body stays (also an unpunctuated but
            # prose-like one: truncated feeds); after boilerplate it is a teaser.
            prose = len(text) >= 120 and _stop_density(text, stop or stop_en) >= 0.2
            if (sentence or prose) and prev.reason is None:
                b.good = True
                last = i
            else:
                b.reason = "related"
    _inner_lists(content, first, last)
    mark_headline_lists(content, stop or stop_en)
    _mark_quotes(content)
    _dedupe(content)


def _inner_lists(content: list[_Block], first: int, last: int) -> None:
    """Inside the body a lone short line is a sub-heading, but 3+ consecutive short
    non-sentence lines are an inserted link list."""
    run: list[_Block] = []
    for b in [*content[first : last + 1], _Block([], [], "x" * 100, good=True)]:
        short = b.reason is None and not b.good and not TERMINAL.search(b.text)
        # Bulleted items of some length are the article's own list, not links.
        bullet = BULLET.match(b.text) is not None and len(b.text.split()) >= 6
        if short and not bullet and not ATTRIBUTION.match(b.text):
            run.append(b)
            continue
        if len(run) >= 3:
            for r in run:
                r.reason = "related"
        run = []


def _mark_quotes(content: list[_Block]) -> None:
    """A "— Name (@handle) Date" line closes an embedded post: mark it and the post's text
    above it (the line just before, and earlier ones that also carry embed links)."""
    for i, b in enumerate(content):
        if b.reason is not None:
            continue
        if _EMBED_MARK.search(b.text) and len(b.text) < 600:
            b.quote = True
        if not ATTRIBUTION.match(b.text):
            continue
        b.quote = True
        j = i - 1
        if j >= 0 and content[j].reason is None:
            content[j].quote = True
            j -= 1
        while j >= 0 and content[j].reason is None and _EMBED_MARK.search(content[j].text):
            content[j].quote = True
            j -= 1


def _dedupe(content: list[_Block]) -> None:
    seen: set[str] = set()
    for b in content:
        if b.reason is not None:
            continue
        k = _norm(b.text) or b.text
        if k in seen and len(k) > 3:
            b.reason = "duplicate_line"
        seen.add(k)


def _decide(raw: str, title: str | None, hint: str | None) -> list[_Block]:
    blocks = _blocks(raw)
    _classify(blocks, _doc_language(blocks, hint), title)
    return blocks


@dataclass(frozen=True)
class LineDecision:
    """The cleaner's verdict on one non-empty raw line (for evaluation and debugging)."""

    line_no: int
    reason: str | None  # None: kept in the body
    is_quote: bool


def line_decisions(raw: str, title: str | None = None, language_hint: str | None = None) -> list[LineDecision]:
    """Per-line verdicts of `clean` on `raw`, without building an Article."""
    return [
        LineDecision(no, b.reason, b.quote and b.reason is None)
        for b in _decide(raw, title, language_hint)
        for no, line in zip(b.lines, b.raw_lines, strict=True)
        if line
    ]


def clean(article: Article) -> None:
    """Fill `text`, `paragraphs` and `removed` from `article.raw` (left untouched)."""
    blocks = _decide(article.raw, article.title, article.language_hint)
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    removed: list[RemovedLine] = []
    pos = 0
    for b in blocks:
        if b.reason is not None:
            for no, line in zip(b.lines, b.raw_lines, strict=True):
                removed.append(RemovedLine(text=line, reason=b.reason, line_no=no))
            continue
        if not b.text:
            continue
        # Layout separators ("... (Source : KCNA) |") are not part of the sentence.
        text = b.text
        if "|" in text or "•" in text:  # the separator regex tries every space of the block
            text = _TRAILING_SEPARATOR.sub("", text) or text
        if parts:
            pos += 2
        paragraphs.append(Paragraph(start=pos, end=pos + len(text), is_quote=b.quote))
        parts.append(text)
        pos += len(text)
    article.text = "\n\n".join(parts)
    article.paragraphs = paragraphs
    article.removed = removed
    article.record("clean", MODEL_NAME, VERSION)
