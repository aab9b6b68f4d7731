"""Silver NER training data from news: the pipeline's own mentions, as WikiANN-layout IOB2.

Not imported at run time.  The WikiANN-trained neural tagger has only seen Wikipedia
fragments; on running news text it types capitals and people ORG and misses inflected
names.  This module tags news articles with the news backend of a language (spaCy for
en, natasha for ru, both followed by storywire's refinements, overlays and harmonisation,
exactly as `extract_entities_from_texts` returns them) and writes them in the layout of
`wikiann/*/train.conllu`, so that `train_neural.py --extra` can learn both genres at once
(a distillation of the news backend into the tagger).

Source texts: the news articles of one language in a SemEval-2022 task 8 CSV, deduplicated.
Articles whose key hashes into the last tenth are written to a separate dev file (the
training run picks its epoch on both genres).  Only token/label columns are derived from
the texts; the output stays outside the repository (the texts belong to their publishers):

    PYTHONPATH=src .venv/bin/python -m storywire.stages.ner.silver \\
        ru ../shared/data/semeval2022-task8/train.csv /tmp/silver-ru
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path

from storywire.model import Mention
from storywire.similarity.data import article_texts
from storywire.stages.entities import extract_entities_from_texts
from storywire.stages.ner.tagger import sentence_bounds
from storywire.stages.ner.wikiann_tokens import wikiann_tokens

_TYPES = frozenset({"PER", "ORG", "LOC"})
MAX_SENTENCE = 120  # tokens; longer "sentences" are lists or tables, not prose


def iob_sentences(text: str, mentions: Sequence[Mention]) -> list[tuple[list[str], list[str]]]:
    """`text` as tokenised sentences with IOB2 tags from `mentions` (MISC and others: O).

    A token is inside a mention when it starts inside it; the first token of each mention
    is B-.  Sentences are cut where the tagger cuts them at run time (`sentence_bounds`)."""
    toks = wikiann_tokens(text)
    tags = ["O"] * len(toks)
    spans = sorted((m.start, m.end, m.type) for m in mentions if m.type in _TYPES)
    j = 0
    for i, tok in enumerate(toks):
        while j < len(spans) and spans[j][1] <= tok.start:
            j += 1
        if j < len(spans) and spans[j][0] <= tok.start < spans[j][1]:
            start, _, typ = spans[j]
            first = i == 0 or toks[i - 1].start < start
            tags[i] = f"{'B' if first else 'I'}-{typ}"
    out = []
    for s, e in sentence_bounds(text, toks):
        if 1 < e - s <= MAX_SENTENCE:
            out.append(([t.text for t in toks[s:e]], tags[s:e]))
    return out


def silver_sentences(text: str, language: str) -> list[tuple[list[str], list[str]]]:
    """One article, paragraph by paragraph as the pipeline tags it."""
    paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
    found = extract_entities_from_texts(paragraphs, language)
    return [sent for p, ms in zip(paragraphs, found, strict=True) for sent in iob_sentences(p, ms)]


def held_out(text: str) -> bool:
    """Stable one-in-ten split by content (the same articles whatever the file order)."""
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 10 == 9


def write_conll(sentences: Sequence[tuple[list[str], list[str]]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for words, tags in sentences:
            for i, (w, t) in enumerate(zip(words, tags, strict=True)):
                f.write(f"{i}\t{w}\t{t}\n")
            f.write("\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("language")
    ap.add_argument("csv", type=Path)
    ap.add_argument("out", type=Path, help="prefix: writes OUT.train.conllu and OUT.dev.conllu")
    args = ap.parse_args()
    train: list[tuple[list[str], list[str]]] = []
    dev: list[tuple[list[str], list[str]]] = []
    for n, text in enumerate(article_texts(args.csv, args.language), 1):
        (dev if held_out(text) else train).extend(silver_sentences(text, args.language))
        if n % 50 == 0:
            print(f"{n} articles", file=sys.stderr, flush=True)
    write_conll(train, Path(f"{args.out}.train.conllu"))
    write_conll(dev, Path(f"{args.out}.dev.conllu"))
    print(f"{args.language}: {len(train)} train / {len(dev)} dev sentences")


if __name__ == "__main__":
    main()
