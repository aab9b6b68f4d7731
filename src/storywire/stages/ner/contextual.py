"""Contextual word states for the tagger: one layer of multilingual-e5-small, per word.

The neural tagger alone sees a word, its characters and the BiLSTM's reading of the
sentence's other words; the encoder has read hundreds of millions of sentences and knows
what "Jordan" is next to "river" or "Michael".  A tagger trained with these states
(`train_neural.py --contextual`) reads them as one more input per word.

Each word is encoded as the pieces it would get on its own ("▁Schoigu" -> pieces), the
pieces of a sentence run through the encoder's first `layer` layers (between <s> and
</s>; a sentence longer than the model's 512 positions is cut into windows of whole
words), and a word's state is the mean of its pieces' states.  The cost is the encoder's
(~3,000 pieces a second on 2 cores): this backend is for accuracy, not for the fast path.

Run as a module to write the states of a WikiANN-layout file for training:

    PYTHONPATH=src python -m storywire.stages.ner.contextual \\
        ../shared/data/wikiann/de/train.conllu --layer 8 --out /tmp/de-train-l8.npz
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from storywire.encoder.e5_file import FloatArray
from storywire.encoder.e5_numpy import E5Numpy, Layer, load

MAX_WORD_PIECES = 8  # a URL or a run of symbols: its first pieces say enough
WINDOW = 510  # the model's 512 positions less <s> and </s>
BATCH_PIECES = 4096  # pieces per forward pass, as the encoder batches passages


class WordStates:
    """Per-word states of one encoder layer, with a cache of each word's pieces."""

    def __init__(self, layer: int, encoder: E5Numpy | None = None, tuned: Sequence[Layer] = ()) -> None:
        self.encoder = encoder or load()
        if not 1 <= layer <= self.encoder.layer_count:
            raise ValueError(f"layer {layer} outside 1..{self.encoder.layer_count}")
        if len(tuned) > layer:
            raise ValueError(f"{len(tuned)} tuned layers above layer {layer}")
        self.layer = layer
        self.tuned = list(tuned)  # a tagger's own copies of the top layers (train_neural --tune)
        self.dim = self.encoder.dim
        self._pieces: dict[str, list[int]] = {}

    def pieces(self, word: str) -> list[int]:
        found = self._pieces.get(word)
        if found is None:
            ids = self.encoder.tokenizer.content_ids(word)[:MAX_WORD_PIECES]
            found = ids or [self.encoder.tokenizer.vocabulary.unk]
            if len(self._pieces) > 200_000:
                self._pieces.clear()
            self._pieces[word] = found
        return found

    def __call__(self, sentences: Sequence[Sequence[str]]) -> list[FloatArray]:
        """One (words x dim) float32 array per sentence."""
        per_sentence = [self._windows(sentence) for sentence in sentences]
        states = self._run([window for windows in per_sentence for window in windows])
        out: list[FloatArray] = []
        at = 0
        for windows in per_sentence:
            count = len(windows)
            parts = states[at : at + count]
            out.append(np.concatenate(parts) if parts else np.zeros((0, self.dim), dtype=np.float32))
            at += count
        return out

    def _windows(self, sentence: Sequence[str]) -> list[list[list[int]]]:
        """The sentence's words as piece lists, cut into windows of at most WINDOW pieces."""
        windows: list[list[list[int]]] = []
        current: list[list[int]] = []
        size = 0
        for word in sentence:
            ids = self.pieces(word)
            if current and size + len(ids) > WINDOW:
                windows.append(current)
                current, size = [], 0
            current.append(ids)
            size += len(ids)
        if current:
            windows.append(current)
        return windows

    def _run(self, windows: list[list[list[int]]]) -> list[FloatArray]:
        out: list[FloatArray] = []
        batch: list[list[list[int]]] = []
        size = 0
        for window in [*windows, None]:
            pieces = sum(len(ids) for ids in window) + 2 if window is not None else 0
            if window is not None and (not batch or size + pieces <= BATCH_PIECES):
                batch.append(window)
                size += pieces
                continue
            if batch:
                out.extend(self._forward(batch))
            batch, size = ([window], pieces) if window is not None else ([], 0)
        return out

    def sequences(self, windows: list[list[list[int]]]) -> list[list[int]]:
        """Each window's pieces between <s> and </s>, as the encoder reads them."""
        vocabulary = self.encoder.tokenizer.vocabulary
        return [[vocabulary.bos, *itertools.chain.from_iterable(w), vocabulary.eos] for w in windows]

    def _forward(self, windows: list[list[list[int]]]) -> list[FloatArray]:
        sequences = self.sequences(windows)
        hidden = self.encoder.hidden_states(sequences, self.layer, self.tuned)
        out: list[FloatArray] = []
        start = 0
        for window, sequence in zip(windows, sequences, strict=True):
            at = start + 1  # after <s>
            rows = []
            for ids in window:
                rows.append(hidden[at : at + len(ids)].mean(axis=0))
                at += len(ids)
            out.append(np.stack(rows).astype(np.float32))
            start += len(sequence)
        return out


def write_states(conll: Path, layer: int, out: Path) -> int:
    """The word states of every sentence of a WikiANN-layout file, as train_neural reads them."""
    from storywire.stages.ner.tagger import read_conll

    sentences = [words for words, _ in read_conll(conll)]
    states = WordStates(layer)
    rows: list[FloatArray] = []
    for start in range(0, len(sentences), 500):
        rows.extend(states(sentences[start : start + 500]))
    np.savez(
        out,
        states=np.concatenate(rows).astype(np.float16),
        lengths=np.asarray([len(s) for s in sentences]),
        layer=np.asarray(layer),
    )
    return len(sentences)


def write_piece_states(conll: Path, layer: int, out: Path) -> int:
    """Every piece's state (between <s> and </s>) of every sentence, for tuning the layers above.

    `train_neural.py --tune` runs the encoder's next layers on these, trainable, and pools
    each word's pieces itself; a sentence longer than one window keeps its first window."""
    from storywire.stages.ner.tagger import read_conll

    sentences = [words for words, _ in read_conll(conll)]
    states = WordStates(layer)
    rows: list[FloatArray] = []
    counts: list[int] = []
    lengths: list[int] = []
    for start in range(0, len(sentences), 256):
        windows = [states._windows(sentence)[0] if sentence else [] for sentence in sentences[start : start + 256]]
        rows.append(states.encoder.hidden_states(states.sequences(windows), layer).astype(np.float16))
        for window in windows:
            counts.extend(len(ids) for ids in window)
            lengths.append(len(window))
    np.savez(
        out,
        pieces=np.concatenate(rows),
        piece_counts=np.asarray(counts, dtype=np.int16),
        lengths=np.asarray(lengths),
        layer=np.asarray(layer),
    )
    return len(sentences)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("conll", type=Path)
    parser.add_argument("--layer", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--pieces", action="store_true", help="every piece's state, for train_neural --tune")
    args = parser.parse_args()
    write = write_piece_states if args.pieces else write_states
    print(write(args.conll, args.layer, args.out), "sentences")


if __name__ == "__main__":
    main()
