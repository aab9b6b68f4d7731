"""Entity-level NER evaluation on CoNLL/IOB2 files laid out like WikiANN.

Each sentence's tokens are joined as the language writes them (single spaces, none between
two tokens of Chinese or Japanese script, which WikiANN splits into characters), the
extractor runs on that text, and its character spans are mapped back onto tokens.  A prediction counts only if its
token span and type equal a gold entity (CoNLL exact match).  MISC is ignored on both
sides, since WikiANN annotates PER/ORG/LOC only.
"""

from __future__ import annotations

import bisect
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from storywire.model import Mention
from storywire.stages.ner.tagger import iob_runs

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
    """IOB2 -> spans; a stray I- starts a new entity (conlleval behaviour, as the taggers decode)."""
    return {run for run in iob_runs(tags) if run[2] in TYPES}


# Han and kana are written without spaces between words; CJK and full-width punctuation
# without spaces around it, even beside a Latin word.
_UNSPACED = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_CJK_PUNCTUATION = re.compile(r"[\u3000-\u303f\uff00-\uffef]")


def _spaced(before: str, after: str) -> bool:
    if _CJK_PUNCTUATION.match(before[-1:]) or _CJK_PUNCTUATION.match(after[:1]):
        return False
    return not (_UNSPACED.match(before[-1:]) and _UNSPACED.match(after[:1]))


def sentence_text(words: list[str]) -> tuple[str, list[int]]:
    """The sentence as running text, and the offset of each token in it."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for i, w in enumerate(words):
        if i and _spaced(words[i - 1], w):
            parts.append(" ")
            pos += 1
        starts.append(pos)
        parts.append(w)
        pos += len(w)
    return "".join(parts), starts


def predicted_spans(words: list[str], mentions: list[Mention]) -> tuple[str, set[Span]]:
    text, starts = sentence_text(words)
    spans: set[Span] = set()
    for m in mentions:
        if m.type not in TYPES or m.end <= m.start:
            continue
        first = bisect.bisect_right(starts, m.start) - 1
        last = bisect.bisect_right(starts, m.end - 1) - 1
        spans.add((max(first, 0), last + 1, m.type))
    return text, spans


def guess_language(path: Path) -> str | None:
    """'.../wikiann/de/val.conllu' -> 'de': a folder named by a supported language's code."""
    from storywire.stages.language import SUPPORTED

    for part in reversed(path.parts[:-1]):
        if part.lower() in SUPPORTED:
            return part.lower()
    return None


DETECT_SENTENCES = 300


def detect_file_language(path: Path) -> str | None:
    """The language most of the file's first sentences are identified as, counting only
    sentences the identifier is sure of (WikiANN's are often a name or two)."""
    from storywire.stages.language import identify

    votes: Counter[str] = Counter()
    for words, _ in read_sentences(path, DETECT_SENTENCES):
        lang, _, uncertain = identify(sentence_text(words)[0])
        if lang and not uncertain:
            votes[lang] += 1
    return votes.most_common(1)[0][0] if votes else None


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

    how = "given" if language else "path"
    language = language or guess_language(path)
    if language is None:
        how, language = "detected", detect_file_language(path)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    n_sent = 0
    began = time.perf_counter()
    for words, tags in read_sentences(path, limit):
        n_sent += 1
        text = sentence_text(words)[0]
        text, pred = predicted_spans(words, extractor(text, language))
        gold = gold_spans(tags)
        for key, hits in (("tp", pred & gold), ("fp", pred - gold), ("fn", gold - pred)):
            counter = {"tp": tp, "fp": fp, "fn": fn}[key]
            for span in hits:
                counter[span[2]] += 1
                counter["ALL"] += 1
    elapsed = time.perf_counter() - began
    out.write(f"# {path} language={language} ({how}) backend={backend} sentences={n_sent} seconds={elapsed:.1f}\n")
    out.write(f"{'type':<6}{'prec':>8}{'rec':>8}{'f1':>8}{'gold':>8}{'pred':>8}\n")
    for key in (*TYPES, "ALL"):
        p, r, f = score(tp, fp, fn, key)
        out.write(f"{key:<6}{p:8.4f}{r:8.4f}{f:8.4f}{tp[key] + fn[key]:8d}{tp[key] + fp[key]:8d}\n")
    micro = score(tp, fp, fn, "ALL")[2]
    out.write(f"{micro:.4f}\n")
    return micro
