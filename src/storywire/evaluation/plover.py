"""Event extraction measured against PLOVER-coded sentences, and against storywire's own labelled set.

Inputs: the PLOVER gold-standard records (a JSON list; `event`, `text`, `source`/`target`
lists of {actorText, ...}, English), or a JSONL file of storywire's multilingual labelled
sentences (`lang`, `text`, `type`, `sources`, `targets`, optional `place`, `date`,
`status`, `published`).

Each sentence runs through the real per-article analysis (language, sentences, dates, NER),
linking and event extraction.  Type: the sentence's PLOVER type from the trigger lexicon
(`classify_text`); a sentence with no trigger counts as wrong.  Actors: the source and
target mentions of the extracted event of that type, matched one-to-one with the gold
actor texts when they share a content word after folding; micro precision/recall/F1.

Headline (last line): the mean of type accuracy and actor F1 over the CONSULT, AGREE and
ACCUSE records (the types storywire extracts first).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from storywire.events.extract import Candidate, classify_text, extract_candidates
from storywire.ingest.formats import text_fingerprint
from storywire.model import Article
from storywire.pipeline import analyse, prepare
from storywire.stages.link import EntityRegistry, link_all
from storywire.store.text_search import fold

HEADLINE_TYPES = ("CONSULT", "AGREE", "ACCUSE")
_WORD = re.compile(r"\w+")
_STOP_WORDS = """
    the a an of and de la le les du des et der die das und von s its his her their senior officials official
    government minister president leader leaders forces
"""
_STOP = frozenset(_STOP_WORDS.split())


@dataclass
class Item:
    text: str
    lang: str
    type: str
    actors: list[str]
    published: date | None = None
    place: str | None = None
    date: str | None = None
    status: str | None = None
    mode: str | None = None


@dataclass
class Tally:
    n: int = 0
    correct: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


@dataclass
class Result:
    by_type: dict[str, Tally] = field(default_factory=dict)
    by_language: dict[str, Tally] = field(default_factory=dict)
    headline: Tally = field(default_factory=Tally)
    overall: Tally = field(default_factory=Tally)
    attributes: Counter[str] = field(default_factory=Counter)  # place/date/status/mode: right and asked
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)


def _content(text: str) -> set[str]:
    return {w for w in _WORD.findall(fold(text)) if w not in _STOP and len(w) > 1}


def _stem_overlap(a: set[str], b: set[str]) -> bool:
    return any(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y[:4]) and y.startswith(x[:4]))) for x in a
               for y in b)  # fmt: skip


def match_actors(predicted: list[str], gold: list[str]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives), one-to-one on shared content words."""
    left = [_content(g) for g in gold if _content(g)]
    tp = 0
    for text in dict.fromkeys(predicted):
        words = _content(text)
        hit = next((i for i, g in enumerate(left) if _stem_overlap(words, g)), None)
        if hit is not None:
            left.pop(hit)
            tp += 1
    return tp, len(dict.fromkeys(predicted)) - tp, len(left)


def load_items(path: Path, language: str | None = None, limit: int | None = None) -> list[Item]:
    items: list[Item] = []
    if path.suffix == ".jsonl":
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            published = date.fromisoformat(r["published"]) if r.get("published") else None
            items.append(Item(r["text"], r["lang"], r["type"], [*r.get("sources", []), *r.get("targets", [])],
                              published, r.get("place"), r.get("date"), r.get("status"), r.get("mode")))  # fmt: skip
    else:
        for r in json.loads(path.read_text(encoding="utf-8")):
            if r.get("event") == "DOCUMENT" or not r.get("text"):
                continue
            actors = [a["actorText"] for key in ("source", "target") if isinstance(r.get(key), list)
                      for a in r[key] if isinstance(a, dict) and a.get("actorText")]  # fmt: skip
            published = _date(r.get("date"))
            items.append(Item(r["text"].strip().strip("{}"), r.get("language", "en"), r["event"], actors, published,
                              mode=r.get("mode") or None))  # fmt: skip
    if language:
        items = [i for i in items if i.lang == language]
    return items[:limit] if limit else items


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def analyse_items(items: list[Item]) -> list[tuple[Article, list[Candidate]]]:
    articles = []
    for n, item in enumerate(items):
        article = Article(id=f"eval-{n}", raw=item.text, published=item.published, language_hint=item.lang)
        prepare(article)
        article.content_hash = text_fingerprint(article.text)
        analyse(article)
        article.language = item.lang  # judge extraction, not language identification
        for paragraph in article.paragraphs:
            paragraph.language = item.lang
        articles.append(article)
    registry = EntityRegistry()
    link_all(articles, registry)
    return [(a, extract_candidates(a, registry)) for a in articles]


def evaluate(items: list[Item]) -> Result:
    result = Result()
    for item, (article, candidates) in zip(items, analyse_items(items), strict=True):
        predicted = classify_text(article.text, item.lang) or "NONE"
        chosen = [c for c in candidates if c.type == predicted] or candidates
        candidate = chosen[0] if chosen else None
        names = [a.text for a in [*candidate.sources, *candidate.targets]] if candidate else []
        if candidate and candidate.mode == "visit" and candidate.place:
            names.append(candidate.place.text)  # PLOVER codes the visited place as the target
        tp, fp, fn = match_actors(names, item.actors)
        tallies = [result.overall, result.by_type.setdefault(item.type, Tally()),
                   result.by_language.setdefault(item.lang, Tally())]  # fmt: skip
        if item.type in HEADLINE_TYPES:
            tallies.append(result.headline)
        for tally in tallies:
            tally.n += 1
            tally.correct += predicted == item.type
            tally.tp, tally.fp, tally.fn = tally.tp + tp, tally.fp + fp, tally.fn + fn
        if predicted != item.type:
            result.confusion[(item.type, predicted)] += 1
        _attributes(result.attributes, item, candidate)
    return result


def _attributes(counts: Counter[str], item: Item, candidate: Candidate | None) -> None:
    if item.place:
        counts["place asked"] += 1
        got = candidate.place.text if candidate and candidate.place else ""
        counts["place right"] += bool(got) and _stem_overlap(_content(got), _content(item.place))
    if item.date:
        counts["date asked"] += 1
        counts["date right"] += bool(candidate and candidate.date == item.date)
    if item.status:
        counts["status asked"] += 1
        counts["status right"] += bool(candidate and candidate.status == item.status)
    if item.mode and item.type == "CONSULT":
        counts["mode asked"] += 1
        counts["mode right"] += bool(candidate and candidate.mode == item.mode)


def headline(result: Result) -> float:
    return (result.headline.accuracy + result.headline.f1) / 2


def report(result: Result, out: TextIO, languages: Iterable[str] | None = None) -> None:
    o = result.overall
    print(f"records {o.n}: type accuracy {o.accuracy:.3f}; actors P {o.precision:.3f} R {o.recall:.3f} "
          f"F1 {o.f1:.3f}", file=out)  # fmt: skip
    print("per type:            n   type-acc  actor-F1", file=out)
    for etype, t in sorted(result.by_type.items()):
        print(f"  {etype:14} {t.n:6}   {t.accuracy:.3f}     {t.f1:.3f}", file=out)
    if len(result.by_language) > 1 or languages:
        print("per language:        n   type-acc  actor-F1", file=out)
        for lang, t in sorted(result.by_language.items()):
            print(f"  {lang:14} {t.n:6}   {t.accuracy:.3f}     {t.f1:.3f}", file=out)
    for attribute in ("place", "date", "status", "mode"):
        asked = result.attributes[f"{attribute} asked"]
        if asked:
            print(f"{attribute} accuracy {result.attributes[f'{attribute} right'] / asked:.3f} ({asked})", file=out)
    if result.confusion:
        worst = ", ".join(f"{g}->{p} {n}" for (g, p), n in result.confusion.most_common(8))
        print(f"most frequent type errors: {worst}", file=out)
    h = result.headline
    print(f"{'+'.join(HEADLINE_TYPES)} ({h.n} records): type accuracy {h.accuracy:.3f}, actor F1 {h.f1:.3f}; "
          "headline = their mean", file=out)  # fmt: skip
    print(f"{headline(result):.4f}", file=out)


def run_plover_eval(path: Path, out: TextIO, language: str | None = None, limit: int | None = None) -> Result:
    result = evaluate(load_items(path, language, limit))
    report(result, out)
    return result
