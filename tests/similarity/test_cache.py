"""The feature cache: records round-trip, and an older record's e5 vectors are reused."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
from similarity_fixtures import make

from storywire.similarity.cache import FeatureCache
from storywire.similarity.representation import PREVIOUS_VERSION, ArticleFeatures


def test_record_round_trips_with_sentence_vectors(tmp_path: Path) -> None:
    cache = FeatureCache(tmp_path)
    f = make(3, kept_chars=640)
    cache.put("some text", f)
    back = cache.get("  some text\n")  # surrounding whitespace is not part of the key
    assert back is not None
    assert back.kept_chars == 640 and back.raw_chars == 1000
    assert back.use_sents.shape == f.use_sents.shape
    assert np.allclose(back.use_sents, f.use_sents, atol=1e-3)  # stored in half precision
    assert not back.template  # corpus-level, never cached


def test_previous_version_supplies_e5_vectors(tmp_path: Path) -> None:
    cache = FeatureCache(tmp_path)
    old = make(5)
    record = old.to_bytes()
    # rewrite the version tag the way a PREVIOUS_VERSION writer stored it
    with np.load(io.BytesIO(record)) as z:
        arrays = {k: z[k] for k in z.files if k != "use_sents"}
    meta = json.loads(arrays["meta"].tobytes().decode())
    meta["version"] = PREVIOUS_VERSION
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    path = cache.path("old text", PREVIOUS_VERSION)
    path.parent.mkdir(parents=True)
    with path.open("wb") as handle:
        np.savez(handle, **arrays)
    assert cache.get("old text") is None  # not a current record
    found = cache.previous_e5("old text")
    assert found is not None
    assert np.allclose(found[0], old.e5_title) and np.allclose(found[1], old.e5_chunks)
    assert cache.previous_e5("never seen") is None
    assert isinstance(ArticleFeatures.from_bytes(path.read_bytes(), PREVIOUS_VERSION), ArticleFeatures)


def test_record_from_an_older_analysis_is_reanalysed_and_keeps_its_vectors(tmp_path: Path) -> None:
    from storywire.similarity.analysis import ANALYSIS_VERSION

    cache = FeatureCache(tmp_path)
    text = "Berlin talks  Chancellor Olaf Scholz met Emmanuel Macron in Berlin on Monday to discuss the budget."
    stale = make(2)
    stale.entities, stale.analysis = {"PER": ["ent:stale"]}, "entities=0"
    cache.put(text, stale)
    fresh = cache.features([text])[text]  # no encoder runs: only the analysis is redone
    assert fresh.analysis == ANALYSIS_VERSION
    assert "ent:stale" not in fresh.entities.get("PER", []) and fresh.entities.get("LOC")
    assert fresh.language == "en"
    assert np.array_equal(fresh.e5_title, stale.e5_title) and np.array_equal(fresh.use_title, stale.use_title)
    again = cache.get(text)
    assert again is not None and again.analysis == ANALYSIS_VERSION  # written back
