"""Line-level evaluation of the cleaner.

Gold labels never copy the texts: for the seeds they are line numbers plus the sha1 of the
file they were made on (tests/data/cleaning_labels.json), so that a changed file is
reported as drift instead of being silently mis-scored.  A demo corpus, when present, has
a MANIFEST.json naming its boilerplate and quote lines verbatim (its texts are ours).

The headline figure is the F1 of *boilerplate detection* over all non-blank lines
(positive = a line the cleaner should drop), micro-averaged over every file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from storywire.stages.clean import line_decisions

DEFAULT_LABELS = Path(__file__).resolve().parents[3] / "tests" / "data" / "cleaning_labels.json"
DEMO_CORPUS = Path(__file__).resolve().parents[1] / "demo" / "corpus"


@dataclass
class Counts:
    tp: int = 0  # boilerplate, dropped
    fp: int = 0  # body, dropped
    fn: int = 0  # boilerplate, kept
    tn: int = 0  # body, kept
    quote_hit: int = 0
    quote_gold: int = 0
    quote_pred: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def f1(self) -> float:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else 1.0

    @property
    def body_f1(self) -> float:
        denom = 2 * self.tn + self.fp + self.fn
        return 2 * self.tn / denom if denom else 1.0

    def line(self) -> str:
        return (
            f"boilerplate F1 {self.f1:.3f}  body F1 {self.body_f1:.3f}  "
            f"tp {self.tp} fp {self.fp} fn {self.fn} tn {self.tn}  "
            f"quotes {self.quote_hit}/{self.quote_gold} (predicted {self.quote_pred})"
        )


def score_file(raw: str, boilerplate: Iterable[int], quotes: Iterable[int]) -> Counts:
    """Compare the cleaner's verdicts on `raw` with gold line numbers (1-based)."""
    gold, gold_q = set(boilerplate), set(quotes)
    c = Counts(quote_gold=len(gold_q))
    lines = raw.splitlines()
    for d in line_decisions(raw):
        if not lines[d.line_no - 1].strip():
            continue  # blank lines are layout, not a decision worth scoring
        dropped = d.reason is not None
        if d.line_no in gold:
            c.tp, c.fn = c.tp + dropped, c.fn + (not dropped)
        else:
            c.fp, c.tn = c.fp + dropped, c.tn + (not dropped)
        c.quote_pred += d.is_quote
        c.quote_hit += d.is_quote and d.line_no in gold_q
    return c


def _seed_items(seeds_dir: Path, labels_path: Path, out: TextIO) -> list[tuple[str, Counts]]:
    labels: dict[str, Any] = json.loads(labels_path.read_text(encoding="utf-8"))
    results: list[tuple[str, Counts]] = []
    for name, lab in sorted(labels.items()):
        path = seeds_dir / name
        if not path.exists():
            print(f"{name}: missing, skipped", file=out)
            continue
        data = path.read_bytes()
        if hashlib.sha1(data).hexdigest() != lab.get("sha1"):
            print(f"{name}: content changed since labelling (sha1 drift), skipped", file=out)
            continue
        raw = data.decode("utf-8")
        results.append((name, score_file(raw, lab["boilerplate_line_numbers"],
                                         lab.get("quote_line_numbers", []))))  # fmt: skip
    return results


def _manifest_entries(manifest: Any) -> dict[str, dict[str, list[str]]]:
    """Accept {"files": {name: {...}}}, {name: {...}} or {"boilerplate": {name: [...]},
    "quotes": {name: [...]}}: the demo corpus is written by another component."""
    if isinstance(manifest, dict) and isinstance(manifest.get("files"), dict):
        manifest = manifest["files"]
    if isinstance(manifest, dict) and isinstance(manifest.get("boilerplate"), dict):
        quotes = manifest.get("quotes") or {}
        return {n: {"boilerplate": list(v), "quotes": list(quotes.get(n, []))}
                for n, v in manifest["boilerplate"].items()}  # fmt: skip
    entries: dict[str, dict[str, list[str]]] = {}
    if isinstance(manifest, dict):
        for name, v in manifest.items():
            if isinstance(v, dict) and "boilerplate" in v:
                entries[name] = {"boilerplate": list(v["boilerplate"]),
                                 "quotes": list(v.get("quotes", []))}  # fmt: skip
    return entries


def _meta_titles(meta: Path) -> dict[str, set[str]]:
    if not meta.exists():
        return {}
    records = [json.loads(line) for line in meta.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {str(r["file"]): {str(r["title"]).strip()} for r in records if r.get("file") and r.get("title")}


def _demo_items(corpus: Path, out: TextIO) -> list[tuple[str, Counts]]:
    manifest_path = corpus / "MANIFEST.json"
    if not manifest_path.exists():
        return []
    entries = _manifest_entries(json.loads(manifest_path.read_text(encoding="utf-8")))
    titles = _meta_titles(corpus / "meta.jsonl")
    results: list[tuple[str, Counts]] = []
    for name, lab in sorted(entries.items()):
        path = corpus / name
        if not path.exists():
            print(f"demo/{name}: missing, skipped", file=out)
            continue
        raw = path.read_text(encoding="utf-8")
        lines = [ln.strip() for ln in raw.splitlines()]
        # the headline is metadata, not body: the cleaner sets it aside like the seeds' labels do
        bp = {ln.strip() for ln in lab["boilerplate"]} | titles.get(name, set())
        qs = {ln.strip() for ln in lab["quotes"]}
        results.append((f"demo/{name}", score_file(
            raw,
            [i for i, ln in enumerate(lines, 1) if ln and ln in bp],
            [i for i, ln in enumerate(lines, 1) if ln and ln in qs],
        )))  # fmt: skip
    return results


def run_cleaning_eval(
    seeds_dir: Path,
    out: TextIO,
    labels_path: Path = DEFAULT_LABELS,
    demo_corpus: Path | None = DEMO_CORPUS,
) -> float:
    """Print per-file figures, then the overall boilerplate F1 alone on the last line."""
    groups = {"seeds": _seed_items(Path(seeds_dir), labels_path, out)}
    if demo_corpus is not None:
        groups["demo"] = _demo_items(Path(demo_corpus), out)
    total = Counts()
    for group, items in groups.items():
        if not items:
            continue
        sub = Counts()
        for name, c in items:
            print(f"{name}: {c.line()}", file=out)
            sub.add(c)
        print(f"[{group}] {sub.line()}", file=out)
        total.add(sub)
    print(f"{total.f1:.4f}", file=out)
    return total.f1
