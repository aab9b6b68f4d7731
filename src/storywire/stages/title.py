"""A display title for articles whose input gave none: the headline the cleaner set aside, or the lead."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set

from storywire.model import Article

MAX_TITLE = 140
MAX_LEAD_SENTENCES = 20  # how far into a page's text a title is looked for


def infer_title(article: Article) -> None:
    if article.title:
        return
    article.title = _inferred_title(article, frozenset()) or None
    article.record("infer_title", "storywire-rules", VERSION)


def retitle(article: Article, teasers: Set[str]) -> bool:
    """Infer the title again without the lines known to be other articles' teasers (`teasers`,
    as `line_key` gives them); True when it changed.  A title the input gave is kept."""
    if not has_inferred_title(article):
        return False
    title = _inferred_title(article, teasers) or None
    if title == article.title:
        return False
    article.title = title
    article.record("infer_title", "storywire-rules, other pages' teasers set aside", VERSION)
    return True


def has_inferred_title(article: Article) -> bool:
    return any(p.stage == "infer_title" for p in article.provenance)


def headline_candidates(article: Article) -> list[str]:
    """The lines the cleaner set aside as possible headlines, in page order."""
    return [r.text.strip() for r in article.removed if r.reason == "headline"]


def title_lines(article: Article) -> list[str]:
    """What a page's title could be taken from: its headline candidates and the title it has
    (the first sentence, when no candidate fitted)."""
    return [*headline_candidates(article), *([article.title] if article.title else [])]


def line_key(line: str) -> str:
    return " ".join(line.split()).casefold()


def _inferred_title(article: Article, teasers: Set[str]) -> str:
    # a page's publication line ("Giovedì • 10 Settembre 2015 • Aggiornato alle 14:54") is no headline
    candidates = [c for c in headline_candidates(article) if line_key(c) not in teasers and not _DATELINE.search(c)]
    anchored = dateline_headline(article.raw)
    if anchored and line_key(anchored) not in teasers:
        return _shortened(anchored)
    headline = _best_headline(candidates, article.text)
    if headline and not content_words(headline) & _lead_words(article.text) and len(_lead_words(article.text)) >= 5:
        headline = ""  # every candidate is another article's teaser: the lead says more
    if not headline and article.sentences:
        # the first sentence that is not a teaser: a scraped page may open with its site's list
        sentences = [article.text[s.start : s.end] for s in article.sentences[:MAX_LEAD_SENTENCES]]
        headline = next((t for t in sentences if line_key(t) not in teasers), sentences[0])
    elif not headline:
        headline = article.text.strip().split("\n", 1)[0]
    return _shortened(headline)


def _shortened(headline: str) -> str:
    if len(headline) > MAX_TITLE:
        headline = headline[: MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"
    return headline


# A page's own publication line: "Publié le 08 septembre 2011 à 15h47", "Published 3 March
# 2024", "Veröffentlicht am 2.3.2024", "Опубликовано 12.03.2024".
# Capitalised, as a dateline writes it; prose says "pubblicato su questo sito, in data ...".
_DATELINE = re.compile(
    r"\b(?:Publié|Mis à jour|Published|Updated|Publicado|Actualizado|Pubblicato|Aggiornato|Veröffentlicht|"
    r"Aktualisiert|Opublikowano|Zaktualizowano|Опубликовано|Обновлено|Опубліковано|Оновлено)\b[^\n]{0,40}?\d"
)
_DATELINE_WINDOW = 200  # lines of a page searched for its publication line
_HEADLINE_STEPS = 3  # lines above it: the headline, perhaps a lead or a byline between
_HEADLINE_WORDS = 16  # a lead without its full stop (a truncated feed) is longer
_BYLINE_START = re.compile(r"(?:par|by|von|por|di|przez|автор)\s", re.IGNORECASE)


def dateline_headline(raw: str) -> str | None:
    """The headline right above a page's publication line, perhaps over its lead or byline.

    Scraped pages often open with the site's list of other headlines, some of them sentences,
    and the cleaner keeps them; the article's own headline is the one its publication line
    sits under ("Kadhafi a vendu 20 % de l'or libyen avant sa fuite" / lead / "Le Monde avec
    AFP Publié le 08 septembre 2011").  It must share words with what follows it: a list of
    teasers with a date under each is no article's headline."""
    if "<" in raw[:200] and ">" in raw[:200]:
        return None  # markup: the page's own title element is read instead
    lines = [line.strip() for line in raw.splitlines()[:_DATELINE_WINDOW]]
    at = next((i for i, line in enumerate(lines) if len(line) <= 250 and _DATELINE.search(line)), None)
    if at is None:
        return None
    above = [(i, line) for i, line in enumerate(lines[:at]) if line][-_HEADLINE_STEPS:]
    for i, line in reversed(above):
        if _headline_like(line):
            following = " ".join(lines[i + 1 : i + 40])
            return line if len(content_words(line) & _first_words(following)) >= 2 else None
    return None


def _headline_like(line: str) -> bool:
    words = line.split()
    return (
        3 <= len(words) <= _HEADLINE_WORDS
        and len(line) <= MAX_TITLE
        and not line.rstrip("»\"”')").endswith((".", ":", ";", ",", "…"))
        and not _BYLINE_START.match(line)
        and not _DATELINE.search(line)
    )


def _first_words(text: str) -> set[str]:
    return content_words(" ".join(text.split()[:LEAD_WORDS * 2]))


VERSION = "4"  # 2: the headline that shares most words with the lead (the lead if none does);
# 3: the headline above the page's publication line, when there is one; 4: never a publication line
LEAD_WORDS = 80
_WORD = re.compile(r"[^\W\d_]{4,}")


def content_words(text: str) -> set[str]:
    """Words of four letters or more, case-folded: enough to tell a headline's topic."""
    return {w.casefold() for w in _WORD.findall(text)}


def _lead_words(text: str) -> set[str]:
    return content_words(" ".join(text.split()[:LEAD_WORDS]))


def _best_headline(candidates: list[str], text: str) -> str:
    """The page's headline among the lines the cleaner set aside as headlines.  Pages carry
    others (teasers of other articles, "Correo (no será publicado):", "à Le Caire (AFP)"):
    the article's own shares words with its lead.  Then the most repeated (a page repeats its
    headline, sometimes prefixed with the site name), then the first."""
    counts = Counter(c for c in candidates if c)
    if not counts:
        return ""
    lead = _lead_words(text)
    order = {c: i for i, c in reversed(list(enumerate(candidates)))}

    def rank(h: str) -> tuple[int, int, bool, int]:
        return (len(content_words(h) & lead), counts[h], len(h.split()) >= 3, -order[h])

    return max(counts, key=rank)


def representative_titles(members: list[tuple[str | None, str | None]]) -> dict[str, str]:
    """Per language, the member headline whose words the other headlines share most (the
    story's topic, not one page's odd headline or teaser); ties go to the earliest.  `members` are
    (language, title) pairs in date order."""
    by_language: dict[str, list[str]] = {}
    for language, title in members:
        if language and title:
            by_language.setdefault(language, []).append(title)
    out: dict[str, str] = {}
    for language, titles in by_language.items():
        words = [content_words(t) for t in titles]
        # each distinct headline counts once: a site's teaser printed on every page it served
        # repeats itself, it is not echoed by the others
        support = Counter(w for t in dict.fromkeys(titles) for w in content_words(t))
        scores = [sum(support[w] - 1 for w in ws) / max(len(ws), 1) ** 0.5 for ws in words]
        best = max(range(len(titles)), key=lambda i: (scores[i], -i))
        out[language] = titles[best]
    return out
