"""Lists of other articles' headlines on a scraped page, told apart from the article.

A site's frame often puts a block of other headlines ("latest news", "most read") before or
after the article.  The cleaner's body span starts at the first prose-like line, and some
headlines read like prose (a quotation, a long headline with a full stop inside), so such a
block was kept as body text.  Here the page is segmented: its *article paragraphs* are the
prose blocks that do not have a headline's shape (a few words, title-like, no closing full
stop).  Before the first of them and after the last, a run of consecutive headline-shaped
lines (lines the cleaner already set aside join the run) that holds at least `MIN_ITEMS`
headlines is a list, and its kept lines are set aside as "headline_list".

A lead is kept: it ends with a full stop, so it ends a run instead of joining it, and the
article's own header above it is left as the position rules left it: from the headline that
the page's publication line names ("Publié le ...", see `title.dateline_headline`; that one
is set aside as "headline"), or else the run's last `HEADER_LINES` headline-shaped lines
(headline, standfirst, byline) but those of them above the nearest that share no word with
the article.  Lines inside the article, quoted posts (@handles, #hashtags, links) and
bulleted items are never list items.  A list's kept first line of the page is set aside as
"headline", as the position rules have it (a headline candidate for `title`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from storywire.stages.boilerplate_lines import BULLET, WORD
from storywire.stages.title import content_words, dateline_headline

HEADLINE_LIST = "headline_list"
MIN_ITEMS = 3  # headline-shaped lines (kept or already set aside) that make a run a list
HEADER_LINES = 3  # headline-shaped lines right above the article that may be its own header
MAX_WORDS = 24
MIN_WORDS = 3
MAX_CHARS = 180

_CLOSERS = "\"'»”’)]"
_POST = re.compile(r"(?:^|\s)(?:@\w|#[^\W\d_])|pic\.twitter\.com/|https?://|www\.")
_LEADING = re.compile(r"^[\W_]+")  # quotes, inverted marks, brackets, spaces


class Segment(Protocol):
    """A block of the page as the cleaner holds it."""

    text: str
    reason: str | None
    good: bool


def is_headline_shaped(text: str) -> bool:
    """A headline's shape: a few words, title-like opening, no closing full stop or colon."""
    text = text.strip().rstrip("|• ").strip()
    words = WORD.findall(text)
    if not (MIN_WORDS <= len(words) <= MAX_WORDS) or len(text) > MAX_CHARS:
        return False
    first = _LEADING.sub("", text)[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    end = text.rstrip(_CLOSERS + " ")[-1:]
    if end in ".:;,":  # "…", "?" and "!" close headlines too
        return False
    return not (BULLET.match(text) or _POST.search(text) or " | " in text)


def mark_headline_lists(content: Sequence[Segment], stop: frozenset[str] = frozenset()) -> None:
    """Set aside the kept lines of headline lists before and after the article's paragraphs
    (`content`: the page's non-blank blocks, in order, after the position rules; `stop`: the
    page language's stop words)."""
    shaped = [is_headline_shaped(b.text) for b in content]
    article = [i for i, b in enumerate(content) if b.reason is None and b.good and not shaped[i]]
    if not article:
        return  # nothing but headlines and labels: no article to tell a list from
    first, last = article[0], article[-1]
    top = _runs(content, shaped, 0, first)
    if top:
        header = _header(content, shaped, top[-1], article, stop)
        top[-1] = [i for i in top[-1] if i < header[0]]
    for run in top:
        _set_aside(content, run)
    for run in _runs(content, shaped, last + 1, len(content)):
        _set_aside(content, run)


def _header(
    content: Sequence[Segment], shaped: list[bool], run: list[int], article: list[int], stop: frozenset[str]
) -> list[int]:
    """The article's own header (kicker, headline, standfirst, byline) at the end of the list
    run above it: from the headline over the page's publication line when there is one, else
    the run's last few headline-shaped lines, less those above that share no word with the
    article.  Its lines stay as the position rules left them (a standfirst without its full
    stop looks like a headline, and nothing tells the two apart), but for the headline that
    the publication line names, set aside as "headline"."""
    own = _own_headline(content, run)
    header = [i for i in run if shaped[i]][-HEADER_LINES:] if own is None else [own]
    if own is None:
        topic = _topic_words(" ".join(content[i].text for i in article), stop)
        while (
            len(header) > 1
            and content[header[0]].reason is None
            and not _topic_words(content[header[0]].text, stop) & topic
        ):
            header.pop(0)
    if own is not None and content[own].reason is None:
        content[own].reason = "headline"
        content[own].good = False
    return header


def _topic_words(text: str, stop: frozenset[str]) -> set[str]:
    return content_words(text) - stop


def _own_headline(content: Sequence[Segment], run: list[int]) -> int | None:
    """The run's line that the page's publication line names as its headline (see
    `title.dateline_headline`)."""
    headline = dateline_headline("\n".join(b.text for b in content))
    return next((i for i in reversed(run) if content[i].text == headline), None) if headline else None


def _runs(content: Sequence[Segment], shaped: list[bool], start: int, stop: int) -> list[list[int]]:
    """Maximal runs of list-like blocks in [start, stop) holding at least MIN_ITEMS headlines."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i in [*range(start, stop), -1]:
        if i >= 0 and (shaped[i] or content[i].reason is not None):
            run.append(i)
            continue
        if sum(shaped[j] for j in run) >= MIN_ITEMS:
            runs.append(run)
        run = []
    return runs


def _set_aside(content: Sequence[Segment], run: list[int]) -> None:
    for i in run:
        if content[i].reason is None:
            # the page's first line is a headline candidate, as the position rules have it
            content[i].reason = "headline" if i == 0 else HEADLINE_LIST
            content[i].good = False
