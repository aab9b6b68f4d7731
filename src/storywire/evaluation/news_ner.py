"""Entity evaluation on the project's own hand-labelled news set (`data/news_ner/`).

The set is stand-off: `documents.jsonl` names each document's text (a demo corpus file,
optionally an excerpt of it that leaves out navigation and share widgets, or a text under
`texts/`) and lists its entities as [start, end, type, surface] character offsets.  Each
document goes through the pipeline's own steps as an article would (one paragraph per
line, `detect_language`, `extract_entities`), and a prediction counts only when its span
and type equal a gold entity.  MISC predictions are not scored: the set labels PER, ORG
and LOC only.

The headline is the *lowest* PER or LOC F1 over the languages: the target is "F1 >= 0.85
for PER and LOC in every language", and an average would let a strong language hide a
weak one.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from storywire.model import Article, Mention, Paragraph

TYPES = ("PER", "ORG", "LOC")
HEADLINE_TYPES = ("PER", "LOC")
Span = tuple[int, int, str]
Extractor = Callable[[str, str], list[Mention]]


def data_dir() -> Path:
    return Path(str(resources.files("storywire") / "evaluation" / "data" / "news_ner"))


def demo_dir() -> Path:
    return Path(str(resources.files("storywire") / "demo" / "corpus"))


@dataclass
class Document:
    id: str
    language: str
    text: str
    entities: list[tuple[int, int, str, str]]  # start, end, type, surface

    def gold(self) -> set[Span]:
        return {(s, e, t) for s, e, t, _ in self.entities}


def _source_text(source: str, root: Path) -> str:
    if source.startswith("demo/"):
        return (demo_dir() / source.removeprefix("demo/")).read_text(encoding="utf-8")
    return (root / source).read_text(encoding="utf-8")


def load_documents(path: Path | None = None, language: str | None = None) -> list[Document]:
    """The labelled documents (all, or those of one language); `path` is the set's folder
    or its `documents.jsonl`."""
    root = path or data_dir()
    jsonl = root if root.is_file() else root / "documents.jsonl"
    if not jsonl.exists():
        raise FileNotFoundError(f"no labelled set at {jsonl}")
    docs: list[Document] = []
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec: dict[str, Any] = json.loads(line)
        if language and rec["language"] != language:
            continue
        text = _source_text(rec["source"], jsonl.parent)
        if "excerpt" in rec:
            start, end = rec["excerpt"]
            text = text[start:end]
        ents = [(int(s), int(e), str(t), str(surface)) for s, e, t, surface in rec["entities"]]
        docs.append(Document(rec["id"], rec["language"], text, ents))
    return docs


def problems(doc: Document) -> list[str]:
    """What is wrong with a document's labels: offsets whose text is not the surface,
    unknown types, overlapping spans.  Empty when the labels are consistent."""
    out: list[str] = []
    last_end = -1
    for s, e, t, surface in sorted(doc.entities):
        if t not in TYPES:
            out.append(f"{doc.id}: unknown type {t!r} at {s}")
        if not 0 <= s < e <= len(doc.text) or doc.text[s:e] != surface:
            out.append(f"{doc.id}: [{s}, {e}] is {doc.text[s:e]!r}, labelled {surface!r}")
        if s < last_end:
            out.append(f"{doc.id}: {surface!r} at {s} overlaps the previous entity")
        last_end = max(last_end, e)
    return out


def pipeline_mentions(text: str, language: str) -> list[Mention]:
    """Mentions as the pipeline finds them in an article with this text: one paragraph per
    non-empty line, an embedded post marked as the cleaner marks it (its short signature line
    then takes the post's language), languages detected per paragraph."""
    from storywire.stages.clean import line_decisions
    from storywire.stages.entities import extract_entities
    from storywire.stages.language import detect_language

    article = Article(id="eval", raw=text, text=text, language_hint=language)
    quoted = {d.line_no for d in line_decisions(text, language_hint=language) if d.is_quote}
    pos = 0
    for line_no, line in enumerate(text.split("\n"), 1):
        if line.strip():
            article.paragraphs.append(Paragraph(pos, pos + len(line), is_quote=line_no in quoted))
        pos += len(line) + 1
    detect_language(article)
    extract_entities(article)
    return article.mentions


@dataclass
class Tally:
    tp: Counter[str]
    fp: Counter[str]
    fn: Counter[str]
    missed: list[tuple[str, str, str]]  # doc id, surface, type
    spurious: list[tuple[str, str, str]]

    @classmethod
    def empty(cls) -> Tally:
        return cls(Counter(), Counter(), Counter(), [], [])

    def add(self, doc: Document, predicted: Iterable[Mention]) -> None:
        pred: set[Span] = {(m.start, m.end, str(m.type)) for m in predicted if m.type in TYPES}
        gold = doc.gold()
        for _, _, t in pred & gold:
            self.tp[t] += 1
        for s, e, t in sorted(pred - gold):
            self.fp[t] += 1
            self.spurious.append((doc.id, doc.text[s:e], t))
        for s, e, t in sorted(gold - pred):
            self.fn[t] += 1
            self.missed.append((doc.id, doc.text[s:e], t))

    def prf(self, types: Iterable[str]) -> tuple[float, float, float, int, int]:
        keys = list(types)
        tp = sum(self.tp[k] for k in keys)
        gold = tp + sum(self.fn[k] for k in keys)
        pred = tp + sum(self.fp[k] for k in keys)
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, gold, pred


def headline(tallies: dict[str, Tally]) -> float:
    """Lowest F1 over (language, PER/LOC) pairs that have gold entities."""
    scores = [t.prf([k])[2] for t in tallies.values() for k in HEADLINE_TYPES if t.tp[k] + t.fn[k] > 0]
    return min(scores, default=0.0)


def checked_documents(path: Path | None = None, language: str | None = None) -> list[Document]:
    """The labelled documents, after checking that every label's offsets hold its surface."""
    docs = load_documents(path, language)
    if not docs:
        raise ValueError(f"no labelled documents for language {language!r}")
    bad = [p for d in docs for p in problems(d)]
    if bad:
        raise ValueError("inconsistent labels: " + "; ".join(bad[:5]))
    return docs


def micro_f1(tallies: dict[str, Tally], types: Sequence[str] = TYPES) -> float:
    """Entity-level micro F1 over every language of `tallies`, for `types`."""
    total = Tally.empty()
    for t in tallies.values():
        total.tp.update(t.tp)
        total.fp.update(t.fp)
        total.fn.update(t.fn)
    return total.prf(list(types))[2]


def evaluate(docs: Iterable[Document], extractor: Extractor = pipeline_mentions) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally.empty)
    for doc in docs:
        tallies[doc.language].add(doc, extractor(doc.text, doc.language))
    return dict(sorted(tallies.items()))


def _row(label: str, scores: tuple[float, float, float, int, int]) -> str:
    p, r, f, gold, pred = scores
    return f"  {label:<8}{p:8.3f}{r:8.3f}{f:8.3f}{gold:7d}{pred:7d}\n"


def report(tallies: dict[str, Tally], out: TextIO, verbose: bool = False) -> float:
    from storywire.stages.entities import backend_name

    for lang, t in tallies.items():
        out.write(f"{lang}  ({backend_name(lang)})\n")
        out.write(f"  {'type':<8}{'prec':>8}{'rec':>8}{'f1':>8}{'gold':>7}{'pred':>7}\n")
        for key in TYPES:
            out.write(_row(key, t.prf([key])))
        out.write(_row("PER+LOC", t.prf(HEADLINE_TYPES)))
        out.write(_row("all", t.prf(TYPES)))
        if verbose:
            for label, items in (("missed", t.missed), ("spurious", t.spurious)):
                for doc_id, surface, etype in items:
                    out.write(f"    {label:<9}{etype:<4} {surface!r}  ({doc_id})\n")
    micro = micro_f1(tallies, HEADLINE_TYPES)
    low = headline(tallies)
    out.write(f"# PER+LOC micro F1 over all languages {micro:.3f}; lowest PER or LOC F1 of any language:\n")
    out.write(f"{low:.4f}\n")
    return low


def run_news_ner_eval(
    out: TextIO,
    path: Path | None = None,
    language: str | None = None,
    verbose: bool = False,
    extractor: Extractor = pipeline_mentions,
) -> float:
    """Print per-language, per-type P/R/F1 (and with `verbose` the missed and spurious
    mentions); the last line is the headline (see the module docstring)."""
    docs = checked_documents(path, language)
    n = sum(len(d.entities) for d in docs)
    out.write(f"# news NER set: {len(docs)} documents, {n} entities, exact span and type\n")
    return report(evaluate(docs, extractor), out, verbose)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    parser = argparse.ArgumentParser(prog="python -m storywire.evaluation.news_ner", description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, help="the set's folder (default: the built-in set)")
    parser.add_argument("--language")
    parser.add_argument("--verbose", action="store_true", help="list missed and spurious mentions")
    args = parser.parse_args(argv)
    run_news_ner_eval(sys.stdout, args.path, args.language, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
