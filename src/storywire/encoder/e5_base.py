"""What every e5 runner shares: tokens, the embedding lookup, windows, mean pooling."""

from __future__ import annotations

import numpy as np

from storywire.encoder.e5_file import FloatArray, ModelFile, dequantise
from storywire.encoder.e5_tokenizer import Tokenizer


def layer_norm(x: FloatArray, weight_bias: tuple[FloatArray, FloatArray], eps: float) -> FloatArray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = np.mean(centred * centred, axis=-1, keepdims=True)
    normalised: FloatArray = (centred / np.sqrt(variance + eps)) * weight_bias[0] + weight_bias[1]
    return normalised


class E5Encoder:
    """Passage and query embeddings (L2-normalised float32, 384 dims): tokens, embedding
    lookup, windows and pooling; a subclass runs the transformer layers (`_forward`)."""

    batch_tokens = 4096  # rows per forward pass: large enough for BLAS, small enough for cache

    def __init__(self, model: ModelFile) -> None:
        self.config = model.config
        self.dim = model.config.hidden
        self.tokenizer = Tokenizer(model.vocabulary)
        self._words = model.word_blocks
        self._positions = model.tensors["emb.pos"].reshape(-1, self.dim)
        self._token_type = model.tensors["emb.type"][: self.dim]
        self._embedding_norm = (model.tensors["emb.ln.w"], model.tensors["emb.ln.b"])

    def passage(self, texts: list[str]) -> FloatArray:
        return self.encode(texts, "passage: ")

    def query(self, texts: list[str]) -> FloatArray:
        return self.encode(texts, "query: ")

    def token_ids(self, text: str, prefix: str = "passage: ") -> list[int]:
        vocabulary = self.tokenizer.vocabulary
        return [vocabulary.bos, *self.tokenizer.content_ids(prefix + text), vocabulary.eos]

    def encode(self, texts: list[str], prefix: str) -> FloatArray:
        window = self.config.max_positions - 2
        vocabulary = self.tokenizer.vocabulary
        segments: list[tuple[int, list[int]]] = []  # (text index, ids with <s> and </s>)
        for index, text in enumerate(texts):
            content = self.tokenizer.content_ids(prefix + text)
            for start in range(0, max(len(content), 1), window):
                chunk = content[start : start + window]
                segments.append((index, [vocabulary.bos, *chunk, vocabulary.eos]))
        sums = np.zeros((len(texts), self.dim), dtype=np.float32)
        weights = np.zeros(len(texts), dtype=np.float32)
        batch: list[tuple[int, list[int]]] = []
        for segment in [*segments, None]:
            if segment is not None and (
                not batch or sum(len(ids) for _, ids in batch) + len(segment[1]) <= self.batch_tokens
            ):
                batch.append(segment)
                continue
            means = self._forward([ids for _, ids in batch])
            for (index, ids), mean in zip(batch, means, strict=True):
                weight = max(len(ids) - 2, 1)
                sums[index] += weight * mean
                weights[index] += weight
            batch = [segment] if segment is not None else []
        vectors = sums / np.maximum(weights, 1.0)[:, None]
        norms = np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-6)
        unit: FloatArray = (vectors / norms).astype(np.float32)
        return unit

    def embed_tokens(self, sequences: list[list[int]]) -> FloatArray:
        """The transformer's input for the concatenated sequences: word + position + type, normalised."""
        ids = np.fromiter((i for seq in sequences for i in seq), dtype=np.int64)
        positions = np.concatenate([np.arange(len(seq)) for seq in sequences])
        x = dequantise(self._words[ids]) + self._positions[positions] + self._token_type
        return layer_norm(x, self._embedding_norm, self.config.eps)

    def _forward(self, sequences: list[list[int]]) -> FloatArray:
        """Mean-pooled last hidden states, one row per sequence."""
        raise NotImplementedError
