"""How well articles group into stories and stories into storylines, against a labelled corpus.

The corpus is laid out like storywire's demo corpus: a MANIFEST.json with `happenings`
(key -> {"articles": [file names, or "feed.xml#guid" / "records.jsonl#id"]}) and
`storylines` (lists of happening keys).  Stories are scored with B-cubed F1 over the
labelled articles; storylines with pairwise F1 over pairs of happenings.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import TextIO

from storywire.ingest.sources import read_inputs
from storywire.model import Article
from storywire.pipeline import Pipeline
from storywire.stages.embed import E5Embedder, Embedder
from storywire.store.memory import MemoryStore


def _label_of(article: Article, corpus: Path) -> str:
    """The manifest's name for an article: its file name, or file#id for records and feed items."""
    origin = article.origin
    name = Path(origin.split("#")[0].rsplit(":", 1)[0] if origin.count(":") else origin.split("#")[0]).name
    if "#" in origin:
        return f"{name}#{origin.split('#', 1)[1]}"
    if name.endswith((".jsonl", ".json")):
        return f"{name}#{article.id}"
    return str(Path(origin).resolve().relative_to(corpus.resolve())) if corpus in Path(origin).parents else name


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of a clustering over the items both maps label."""
    items = [i for i in gold if i in predicted]
    by_pred: defaultdict[str, set[str]] = defaultdict(set)
    by_gold: defaultdict[str, set[str]] = defaultdict(set)
    for item in items:
        by_pred[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    if not items:
        return 0.0, 0.0, 0.0
    precision = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_pred[predicted[i]]) for i in items)
    recall = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in items)
    p, r = precision / len(items), recall / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_story_eval(corpus: Path, out: TextIO, embedder: Embedder | None = None) -> float:
    manifest = json.loads((corpus / "MANIFEST.json").read_text(encoding="utf-8"))
    gold = {name: key for key, happening in manifest["happenings"].items() for name in happening["articles"]}
    store = MemoryStore()
    report = Pipeline(store, embedder or E5Embedder()).ingest(read_inputs([str(corpus)]))
    articles = {_label_of(a, corpus): a for a in store.iter_articles()}
    predicted = {name: a.story_id or "" for name, a in articles.items()}
    p, r, f = bcubed(predicted, gold)
    print(f"ingested {report.ingested} articles into {sum(1 for _ in store.iter_stories())} stories", file=out)
    print(f"labelled articles found: {sum(1 for n in gold if n in predicted)}/{len(gold)}", file=out)
    for key, happening in manifest["happenings"].items():
        stories = sorted({predicted[n] for n in happening["articles"] if n in predicted})
        print(f"  {key:<40} {len(happening['articles']):>3} articles -> {len(stories)} stories", file=out)
    line_of = {}
    for key, happening in manifest["happenings"].items():
        members = [n for n in happening["articles"] if n in articles]
        story = store.get_story(predicted[members[0]]) if members else None
        line_of[key] = (story.storyline_id or story.id) if story else key
    gold_line = {key: i for i, group in enumerate(manifest.get("storylines", [])) for key in group}
    keys = sorted(line_of)
    pairs = [(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :]]
    tp = sum(1 for a, b in pairs if line_of[a] == line_of[b] and gold_line.get(a) == gold_line.get(b))
    fp = sum(1 for a, b in pairs if line_of[a] == line_of[b] and gold_line.get(a) != gold_line.get(b))
    fn = sum(1 for a, b in pairs if line_of[a] != line_of[b] and gold_line.get(a) == gold_line.get(b))
    line_f1 = 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not (fp or fn) else 0.0)
    print(f"storylines: pairwise F1 {line_f1:.4f} (tp {tp}, fp {fp}, fn {fn})", file=out)
    print(f"stories: B-cubed precision {p:.4f} recall {r:.4f} F1 {f:.4f}", file=out)
    print(f"{f:.4f}", file=out)
    return f
