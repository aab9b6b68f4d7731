"""The feature cache: records round-trip; a record from an older analysis keeps its vectors only
while the passages they embed are unchanged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from similarity_fixtures import make

from storywire.similarity.cache import FeatureCache, _analyse
from storywire.similarity.representation import passages_digest


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


def test_record_from_an_older_analysis_is_reanalysed_and_keeps_its_vectors(tmp_path: Path) -> None:
    from storywire.similarity.analysis import ANALYSIS_VERSION

    cache = FeatureCache(tmp_path)
    text = "Berlin talks  Chancellor Olaf Scholz met Emmanuel Macron in Berlin on Monday to discuss the budget."
    stale = make(2)
    stale.entities, stale.analysis = {"PER": ["ent:stale"]}, "entities=0"
    stale.passages = passages_digest(_analyse(text))  # the vectors embed today's passages
    cache.put(text, stale)
    fresh = cache.features([text])[text]  # no encoder runs: only the analysis is redone
    assert fresh.analysis == ANALYSIS_VERSION
    assert "ent:stale" not in fresh.entities.get("PER", []) and fresh.entities.get("LOC")
    assert fresh.language == "en"
    assert np.array_equal(fresh.e5_title, stale.e5_title) and np.array_equal(fresh.use_title, stale.use_title)
    again = cache.get(text)
    assert again is not None and again.analysis == ANALYSIS_VERSION  # written back


def test_record_whose_passages_changed_gets_new_vectors(tmp_path: Path) -> None:
    """Cleaning, sentence or title changes alter what the encoders read: the old vectors go."""
    from storywire.similarity.analysis import ANALYSIS_VERSION

    cache = FeatureCache(tmp_path)
    text = "Port strike  Dock workers in Hamburg stopped work on Tuesday over pay, their union said."
    stale = make(2)
    stale.analysis, stale.passages = "title=0", "digest of other passages"
    cache.put(text, stale)
    fresh = cache.features([text])[text]  # the encoders run for this text
    assert fresh.analysis == ANALYSIS_VERSION and fresh.passages == passages_digest(_analyse(text))
    assert not np.array_equal(fresh.e5_title, stale.e5_title)
    assert fresh.e5_chunks.shape[1] == 384 and fresh.use_sents.shape[1] == 512


def test_features_of_another_entity_mode_are_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    from storywire.similarity.analysis import ANALYSIS_VERSION, analysis_version

    monkeypatch.delenv("STORYWIRE_NER", raising=False)
    assert analysis_version() == ANALYSIS_VERSION
    monkeypatch.setenv("STORYWIRE_NER", "contextual")
    assert analysis_version() != ANALYSIS_VERSION and analysis_version().endswith("ner=contextual")
