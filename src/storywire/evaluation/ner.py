"""Entity-level NER evaluation on CoNLL/IOB2 files laid out like WikiANN.

Each sentence's tokens are joined with single spaces, the extractor runs on that text,
and its character spans are mapped back onto tokens.  A prediction counts only if its
token span and type equal a gold entity (CoNLL exact match).  MISC is ignored on both
sides, since WikiANN annotates PER/ORG/LOC only.
"""

from __future__ import annotations

import bisect
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from storywire.model import Mention

TYPES = ("PER", "ORG", "LOC")
Span = tuple[int, int, str]  # first token, last token + 1, type
Extractor = Callable[[str, str | None], list[Mention]]


def read_sentences(path: Path, limit: int | None = None) -> Iterator[tuple[list[str], list[str]]]:
    """(tokens, IOB2 tags) per sentence; `limit` caps the number of sentences."""
    words: list[str] = []
    tags: list[str] = []
    count = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[1]:
                words.append(parts[1])
                tags.append(parts[2].strip())
                continue
            if words:
                yield words, tags
                count += 1
                words, tags = [], []
                if limit is not None and count >= limit:
                    return
    if words:
        yield words, tags


def gold_spans(tags: list[str]) -> set[Span]:
    """IOB2 -> spans; a stray I- starts a new entity (conlleval behaviour)."""
    spans: set[Span] = set()
    start, etype = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        if start >= 0 and (prefix != "I" or typ != etype):
            spans.add((start, i, etype))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, etype = i, typ
    return {s for s in spans if s[2] in TYPES}


def predicted_spans(words: list[str], mentions: list[Mention]) -> tuple[str, set[Span]]:
    text = " ".join(words)
    starts: list[int] = []
    pos = 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    spans: set[Span] = set()
    for m in mentions:
        if m.type not in TYPES or m.end <= m.start:
            continue
        first = bisect.bisect_right(starts, m.start) - 1
        last = bisect.bisect_right(starts, m.end - 1) - 1
        spans.add((max(first, 0), last + 1, m.type))
    return text, spans


def guess_language(path: Path) -> str | None:
    """'.../wikiann/de/val.conllu' -> 'de'."""
    for part in reversed(path.parts[:-1]):
        if len(part) == 2 and part.isalpha():
            return part.lower()
    return None


def score(tp: Counter[str], fp: Counter[str], fn: Counter[str], key: str) -> tuple[float, float, float]:
    p = tp[key] / (tp[key] + fp[key]) if tp[key] + fp[key] else 0.0
    r = tp[key] / (tp[key] + fn[key]) if tp[key] + fn[key] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run_ner_eval(
    path: Path,
    language: str | None,
    out: TextIO,
    limit: int | None = None,
    *,
    backend: str = "auto",
    extractor: Extractor | None = None,
) -> float:
    """Print per-type P/R/F1 and, on the last line, the micro F1 over PER/ORG/LOC.

    `backend` picks one extractor backend ("auto" = what the pipeline uses; "tagger",
    "rules", "spacy", "natasha"); `extractor` replaces the extractor altogether.
    """
    if extractor is None:
        from storywire.stages.entities import extract_with_backend

        def extractor(text: str, lang: str | None) -> list[Mention]:
            return extract_with_backend(text, lang, backend)

    language = language or guess_language(path)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    n_sent = 0
    began = time.perf_counter()
    for words, tags in read_sentences(path, limit):
        n_sent += 1
        text = " ".join(words)
        text, pred = predicted_spans(words, extractor(text, language))
        gold = gold_spans(tags)
        for key, hits in (("tp", pred & gold), ("fp", pred - gold), ("fn", gold - pred)):
            counter = {"tp": tp, "fp": fp, "fn": fn}[key]
            for span in hits:
                counter[span[2]] += 1
                counter["ALL"] += 1
    elapsed = time.perf_counter() - began
    out.write(f"# {path} language={language} backend={backend} sentences={n_sent} seconds={elapsed:.1f}\n")
    out.write(f"{'type':<6}{'prec':>8}{'rec':>8}{'f1':>8}{'gold':>8}{'pred':>8}\n")
    for key in (*TYPES, "ALL"):
        p, r, f = score(tp, fp, fn, key)
        out.write(f"{key:<6}{p:8.4f}{r:8.4f}{f:8.4f}{tp[key] + fn[key]:8d}{tp[key] + fp[key]:8d}\n")
    micro = score(tp, fp, fn, "ALL")[2]
    out.write(f"{micro:.4f}\n")
    return micro
