"""A cheaper path through natasha's news NER (slovnet 0.6.0) with byte-identical spans.

Why: natasha is the most expensive analysis step per Russian article, and most of its CPU is
not the model's matmuls but Python around them: slovnet's CRF Viterbi decode (`CRF.decode`)
builds `np.indices` and fancy-indexes at every position, razdel's tokens are wrapped in
`Substring`, then slovnet `Token`, then `TagToken` records, the tags go through string
`BIO` markup and `find_tokens` again, and each paragraph pays `Record.__init__` many times.

In the model, each convolution gathered its windows from a channel-major padded copy of its
input (a transposing `np.pad` then a strided reshape copy, ~4 ms per article, as much as the
convolution matmuls); here the same C-contiguous windows matrix is filled from the time-major
input with k slice copies.

What stays exactly the same: razdel's segmentation (its own atoms and rules, asked only
where two atoms touch, as razdel does: `razdel_words`), slovnet's
word/shape vocabularies and `word_shape`, the embeddings, the matmuls (the same operands with
the same layout: the windows matrix, the weights' own views, so the same BLAS calls), slovnet's
own ReLU, BatchNorm, padding mask and projection, and the Viterbi arithmetic: `(score +
transitions) + emissions` in the same dtype and order, the first maximum on ties (`argmax`),
the same mask semantics (a masked position keeps its score; backtracking reads the first
`mask.sum() - 1` steps).  Only the bookkeeping around them is cut: the emissions are the same
bytes, the spans the same (checked on 2,000 WikiANN ru sentences and the benchmark's Russian
news, tests/stages/test_natasha_fast.py).  `fast_spans` returns None unless the installed
slovnet and razdel are the versions this was checked against, so that the caller falls back
to natasha's own path.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import metadata
from typing import Any

import numpy as np
import numpy.typing as npt

VERIFIED = {"slovnet": "0.6.0", "razdel": "0.5.0"}
_CACHE_LIMIT = 200_000  # distinct words kept with their vocabulary ids before the cache restarts

SpanTuple = tuple[int, int, str]


def crf_decode(
    emissions: npt.NDArray[Any], mask: npt.NDArray[Any], transitions: npt.NDArray[Any]
) -> list[npt.NDArray[np.intp]]:
    """slovnet's `CRF.decode` (batch x seq x tags emissions, batch x seq mask), same result.

    Per position it costs one add of the transitions, one in-place add of the emissions, an
    argmax and a max (the value at the argmax, without `np.indices` and fancy indexing), and
    `np.where` only at positions where some sequence of the batch is masked."""
    batch_size, seq_len, _ = emissions.shape
    steps = emissions.swapaxes(1, 0)[:, :, None, :]  # seq x batch x 1 x tags
    by_step = mask.swapaxes(1, 0)
    unmasked: list[bool] = np.asarray(by_step.all(axis=1), dtype=bool).tolist()
    score = emissions.swapaxes(1, 0)[0]  # batch x tags
    history: list[npt.NDArray[np.intp]] = []
    for index in range(1, seq_len):
        step = score[:, :, None] + transitions  # batch x tags (from) x tags (to)
        np.add(step, steps[index], out=step)
        indexes = step.argmax(1)
        best = step.max(1)
        score = best if unmasked[index] else np.where(by_step[index][:, None], best, score)
        history.append(indexes)

    sizes: list[int] = (by_step.sum(0) - 1).tolist()
    stacked = np.stack(history) if history else np.zeros((0, batch_size, 0), dtype=np.intp)
    decoded: list[npt.NDArray[np.intp]] = []
    for index in range(batch_size):
        best = int(score[index].argmax())
        tags = [best]
        for row in reversed(stacked[: sizes[index], index].tolist()):
            best = row[best]
            tags.append(best)
        tags.reverse()
        decoded.append(np.array(tags, dtype=np.intp))
    return decoded


def razdel_words(text: str) -> list[str]:
    """razdel's tokens of `text`, as `tokenize.segment(tokenize.split(text))` gives them.

    razdel builds a `TokenSplit` (atom records, slices of three atoms each side) between every
    two atoms, and asks its rules only where nothing separates them: between words and spaces,
    nearly everywhere, the split is made unasked.  Here the atoms are the same matches of its
    own `ATOM` pattern, and where they touch the same rules decide on the same `TokenSplit`;
    elsewhere no record is built."""
    from razdel.segmenters.tokenize import ATOM, Atom, TokenSplit, tokenize

    matches = list(ATOM.finditer(text))
    if not matches:
        return []
    window = tokenize.split.window

    def atoms(start: int, stop: int) -> list[Any]:
        return [Atom(m.start(), m.end(), m.lastgroup, m.group()) for m in matches[max(0, start) : stop]]

    words: list[str] = []
    buffer = matches[0].group()
    for index in range(1, len(matches)):
        right = matches[index].group()
        if matches[index - 1].end() == matches[index].start():  # no delimiter: the rules decide
            split = TokenSplit(atoms(index - window, index), "", atoms(index, index + window))
            split.buffer = buffer
            if tokenize.join(split):
                buffer += right
                continue
        words.append(buffer)
        buffer = right
    words.append(buffer)
    return words


def _parse_bio(tag: str) -> tuple[str, str | None]:
    """slovnet.bio.parse_bio."""
    if "-" in tag:
        part, kind = tag.split("-", 1)
        return part, kind
    return tag, None


def _windows(conv: Any, inputs: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """`Conv1d.__call__`'s windows matrix (batch * windows x channels * kernel, C-contiguous,
    row w = input[:, w + j] for each channel, then kernel offset j) from batch x seq x channels."""
    batch_size, seq_len, channels = inputs.shape
    _, _, kernel_size = conv.weight.shape
    padding = conv.padding
    windows_count = seq_len + 2 * padding - kernel_size + 1
    padded = np.zeros((batch_size, seq_len + 2 * padding, channels), dtype=inputs.dtype)
    padded[:, padding : padding + seq_len] = inputs
    windows = np.empty((batch_size, windows_count, channels, kernel_size), dtype=inputs.dtype)
    for offset in range(kernel_size):
        windows[..., offset] = padded[:, offset : offset + windows_count]
    return windows.reshape(batch_size * windows_count, channels * kernel_size)


def ner_forward(
    model: Any, word_id: npt.NDArray[Any], shape_id: npt.NDArray[Any], pad_mask: npt.NDArray[Any]
) -> npt.NDArray[Any]:
    """slovnet's `NER.__call__` (emissions, batch x seq x tags), same arrays, bit for bit."""
    inputs = model.emb(word_id, shape_id)  # batch x seq x channels
    masked = bool(pad_mask.any())
    for layer in model.encoder.layers:
        conv = layer.conv
        batch_size, _, _ = inputs.shape
        filters_count, in_dim, kernel_size = conv.weight.shape
        weight = conv.weight.array.reshape(filters_count, in_dim * kernel_size)
        output = np.matmul(_windows(conv, inputs), weight.T) + conv.bias.array
        output = output.reshape(batch_size, -1, filters_count).swapaxes(2, 1)  # as slovnet's
        output = layer.norm(layer.relu(output))
        if masked:
            output[np.expand_dims(pad_mask, axis=1).repeat(output.shape[1], axis=1)] = 0
        inputs = output.swapaxes(2, 1)
    emissions: npt.NDArray[Any] = model.head(inputs)
    return emissions


class FastNER:
    """Spans of one text from a natasha `NERTagger`, as `tagger(text).spans` gives them."""

    def __init__(self, tagger: Any) -> None:
        infer = tagger.infer
        self._model = infer.model
        self._transitions = infer.model.head.crf.transitions.array
        self._words_vocab = infer.encoder.words_vocab
        self._shapes_vocab = infer.encoder.shapes_vocab
        self._pad_id = infer.encoder.words_vocab.pad_id
        self._tags = [_parse_bio(tag) for tag in infer.decoder.tags_vocab.items]
        self._ids: dict[str, tuple[int, int]] = {}
        self._fallback = tagger

    def _encode(self, words: list[str]) -> tuple[list[int], list[int]]:
        from slovnet.shape import word_shape

        ids = self._ids
        if len(ids) > _CACHE_LIMIT:
            ids.clear()
        word_ids: list[int] = []
        shape_ids: list[int] = []
        for word in words:
            known = ids.get(word)
            if known is None:
                known = (self._words_vocab.encode(word.lower()), self._shapes_vocab.encode(word_shape(word)))
                ids[word] = known
            word_ids.append(known[0])
            shape_ids.append(known[1])
        return word_ids, shape_ids

    def __call__(self, text: str) -> list[SpanTuple]:
        words = razdel_words(text)
        if not words:  # slovnet fails or returns nothing on its own terms
            return [(span.start, span.stop, span.type) for span in self._fallback(text).spans]
        word_ids, shape_ids = self._encode(words)
        word_id = np.array([word_ids])
        shape_id = np.array([shape_ids])
        pad_mask = word_id == self._pad_id
        emissions = ner_forward(self._model, word_id, shape_id, pad_mask)
        (tag_ids,) = crf_decode(emissions, ~pad_mask, self._transitions)
        return self._spans(text, words, tag_ids.tolist())

    def _spans(self, text: str, words: list[str], tag_ids: list[int]) -> list[SpanTuple]:
        """slovnet.token.find_tokens + slovnet.bio.bio_spans over the decoded tag ids."""
        spans: list[SpanTuple] = []
        tags = self._tags
        previous: str | None = None
        start = stop = offset = 0
        for word, tag_id in zip(words, tag_ids, strict=False):
            token_start = text.find(word, offset)
            offset = token_start + len(word)
            part, kind = tags[tag_id]
            if part == "O":
                if previous:
                    spans.append((start, stop, previous))
                    previous = None
            elif part == "B":
                if previous:
                    spans.append((start, stop, previous))
                previous = kind
                start, stop = token_start, offset
            elif part == "I":
                stop = offset
        if previous:
            spans.append((start, stop, previous))
        return spans


def verified() -> bool:
    """Whether the installed slovnet and razdel are the versions `FastNER` was checked against."""
    try:
        return all(metadata.version(name) == version for name, version in VERIFIED.items())
    except metadata.PackageNotFoundError:
        return False


def fast_spans(tagger: Any) -> Callable[[str], list[SpanTuple]] | None:
    """The fast span function for `tagger`, or None where slovnet/razdel are not the verified
    versions (or razdel's tokenizer post-processes its chunks), so natasha's own path runs."""
    if not verified():
        return None
    from razdel.segmenters.tokenize import tokenize

    if tokenize.post is not None:
        return None
    return FastNER(tagger)
