"""A news tagger's data from the hand-labelled news set: IOB2 sentences, split by round.

Not imported at run time.  The rules of the entity stage are written round by round from the
labelled texts; on a round of new kinds of news they score ~0.75-0.80 before anyone reads it
(the held-out set's README).  A contextual tagger (`train_neural.py --contextual`: e5 layer-8
states, char CNN, BiLSTM-CRF) trained on the labelled texts of earlier rounds reads those new
kinds better (models/README.md, "News tagger").  This module writes its training files and
scores a trained model on later rounds, which it never saw:

    PYTHONPATH=src python -m storywire.stages.ner.news_training write /tmp/news --held-from 33
    PYTHONPATH=src python -m storywire.stages.ner.contextual /tmp/news.train.conllu \\
        --layer 8 --out /tmp/news.train.l8.npz
    PYTHONPATH=src /tmp/trainvenv/bin/python -m storywire.stages.ner.train_neural xx \\
        /tmp/news.train.conllu --dev N --contextual /tmp/news.train.l8.npz --hidden 128 \\
        --mix 0 --decay 0.85 --minutes 10 --out /tmp/news-tagger.npz
    PYTHONPATH=src python -m storywire.stages.ner.news_training score /tmp/news-tagger.npz \\
        --held-from 33 --also src/storywire/evaluation/data/news_ner_holdout

(`N`: the dev sentence count `write` prints; the train file ends with them.)  Every language
shares one model: the encoder's states are multilingual and each language has only ~40 texts.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from storywire.evaluation.news_ner import Document, load_documents
from storywire.stages.ner.silver import held_out, write_conll
from storywire.stages.ner.tagger import iob_runs, sentence_bounds
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.wikiann_tokens import wikiann_tokens

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_OR_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\u3400-\u9fff\uf900-\ufaff]+")
_ROUND = re.compile(r"_s(\d+)[a-z]?$")
Span = tuple[int, int, str]


def tagging_tokens(text: str, language: str) -> list[Token]:
    """storywire's WikiANN-style tokens; a run of Chinese characters is one token per character
    (no spaces mark Chinese words, and a name's edge may fall anywhere in a run)."""
    tokens = wikiann_tokens(text, language)
    if language != "zh":
        return tokens
    out: list[Token] = []
    for token in tokens:
        if _CJK.search(token.text):
            pieces = _CJK_OR_RUN.finditer(token.text)  # "赶到BASF工厂": 赶 到 BASF 工 厂
            out.extend(Token(p.group(), token.start + p.start(), token.start + p.end()) for p in pieces)
        else:
            out.append(token)
    return out


def labelled_sentences(doc: Document) -> list[tuple[list[Token], list[str]]]:
    """The document's sentences, each token tagged by the gold span it overlaps (an Arabic clitic
    glued to a name is outside the span but inside its token: the token is the name's)."""
    tokens = tagging_tokens(doc.text, doc.language)
    tags = ["O"] * len(tokens)
    for start, end, etype, _ in doc.entities:
        inside = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
        for k, i in enumerate(inside):
            tags[i] = f"{'B' if k == 0 else 'I'}-{etype}"
    return [(tokens[a:b], tags[a:b]) for a, b in sentence_bounds(doc.text, tokens)]


def round_of(doc_id: str) -> int:
    """The labelling round of a document (`..._s33q` -> 33); the first texts, unnumbered, are 0."""
    found = _ROUND.search(doc_id)
    return int(found.group(1)) if found else 0


def write_training(docs: Iterable[Document], held_from: int, out: Path) -> tuple[int, int]:
    """`out`.train.conllu: the sentences of rounds before `held_from`, the dev documents' last.
    Returns the counts of train and dev sentences."""
    train: list[tuple[list[str], list[str]]] = []
    dev: list[tuple[list[str], list[str]]] = []
    for doc in docs:
        if round_of(doc.id) >= held_from:
            continue
        for tokens, tags in labelled_sentences(doc):
            # one document in ten, by its id, picks the training epoch (silver.py's split)
            (dev if held_out(doc.id) else train).append(([t.text for t in tokens], tags))
    write_conll(train + dev, Path(f"{out}.train.conllu"))
    return len(train), len(dev)


def tag_spans(tokens: Sequence[Token], tags: Sequence[str]) -> list[Span]:
    """IOB2 runs as character spans, as the tagger's decoder reads them (`tagger.iob_runs`)."""
    return [(tokens[a].start, tokens[b - 1].end, etype) for a, b, etype in iob_runs(tags)]


def score(model: Path, docs: Sequence[Document]) -> dict[int, tuple[int, int, int]]:
    """Per round: true positives, gold and predicted spans of the model alone (exact span and type)."""
    from storywire.stages.ner.neural import NeuralTagger

    with np.load(model) as arrays:
        tagger = NeuralTagger("xx", {k: arrays[k] for k in arrays.files}, None)
    tally: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for doc in docs:
        sentences = [tokens for tokens, _ in labelled_sentences(doc)]
        tagged = tagger.tag_many([[t.text for t in tokens] for tokens in sentences])
        found = {span for tokens, tags in zip(sentences, tagged, strict=True) for span in tag_spans(tokens, tags)}
        gold = {(start, end, etype) for start, end, etype, _ in doc.entities}
        counts = tally[round_of(doc.id)]
        counts[0] += len(found & gold)
        counts[1] += len(gold)
        counts[2] += len(found)
    return {r: (c[0], c[1], c[2]) for r, c in sorted(tally.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    write = sub.add_parser("write", help="the training file of the rounds before --held-from")
    write.add_argument("out", type=Path, help="prefix: writes OUT.train.conllu")
    write.add_argument("--held-from", type=int, required=True)
    scoring = sub.add_parser("score", help="F1 per round from --held-from on, the model alone")
    scoring.add_argument("model", type=Path)
    scoring.add_argument("--held-from", type=int, required=True)
    scoring.add_argument("--also", type=Path, action="append", default=[], help="a labelled folder (the held-out set)")
    args = parser.parse_args()
    docs = load_documents()
    if args.command == "write":
        train, dev = write_training(docs, args.held_from, args.out)
        print(f"{train} train + {dev} dev sentences (--dev {dev})")
        return
    held = [d for d in docs if round_of(d.id) >= args.held_from]
    held += [d for folder in args.also for d in load_documents(folder)]
    total = [0, 0, 0]
    for r, (tp, gold, found) in score(args.model, held).items():
        print(f"round {r}: F1 {2 * tp / (gold + found):.4f} ({tp} of {gold} gold, {found} found)")
        total = [total[0] + tp, total[1] + gold, total[2] + found]
    print(f"{2 * total[0] / (total[1] + total[2]):.4f}")


if __name__ == "__main__":
    main()
