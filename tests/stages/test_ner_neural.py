"""Neural NER backend: numpy inference, batching, decoding and offsets."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from neural_models import random_model

from storywire.stages.entities import backend_name, extract_entities_from_text, extract_with_backend
from storywire.stages.ner.neural import (
    ALLOWED,
    LABELS,
    case_id,
    char_ids,
    load_neural,
    neural_mentions,
    viterbi,
    viterbi_batch,
)

LANGS = ("de", "en", "es", "nl", "pl", "ru")
SENTENCES = {
    "de": ("Der chinesische Präsident Xi Jinping traf sich am Freitag in Peking mit Sergei Schoigu.", "Peking"),
    "en": ("Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Monday.", "Beijing"),
    "es": ("El presidente chino Xi Jinping recibió ayer en Pekín al ministro ruso Serguéi Shoigú.", "Pekín"),
    "nl": (
        ("De Chinese president Xi Jinping ontmoette vrijdag in Peking de Russische minister Sergej Sjojgoe."),
        "Peking",
    ),
    "pl": ("Prezydent Chin Xi Jinping spotkał się w Pekinie z ministrem Siergiejem Szojgu.", "Pekinie"),
    "ru": ("Президент России Владимир Путин встретился в Пекине с председателем КНР.", "Пекине"),
}


def test_allowed_transitions_are_iob2() -> None:
    start = ALLOWED[0]
    assert all(start[i] != LABELS[i].startswith("I-") for i in range(len(LABELS)))
    after_o = ALLOWED[1 + LABELS.index("O")]
    assert not after_o[LABELS.index("I-PER")]
    after_b_per = ALLOWED[1 + LABELS.index("B-PER")]
    assert after_b_per[LABELS.index("I-PER")] and not after_b_per[LABELS.index("I-ORG")]


def test_case_ids_and_char_ids() -> None:
    assert [case_id(w) for w in ("paris", "Paris", "NATO", "A", "1990", ",", "iPhone", "J.")] == list(range(8))
    ids = char_ids(["ab", "c"], {"a": 4, "b": 5})
    assert ids.tolist() == [[2, 4, 5, 3], [2, 1, 3, 0]]


def test_batched_viterbi_matches_single_and_respects_lengths() -> None:
    rng = np.random.default_rng(0)
    n_lab = len(LABELS)
    trans = np.where(ALLOWED, rng.normal(size=(n_lab + 1, n_lab)), -1e4).astype(np.float32)
    end = rng.normal(size=n_lab).astype(np.float32)
    emit = rng.normal(size=(3, 6, n_lab)).astype(np.float32)
    lengths = np.asarray([6, 2, 4])
    paths = viterbi_batch(emit, lengths, trans, end)
    for j, n in enumerate(lengths):
        assert paths[j, :n].tolist() == viterbi(emit[j, :n], trans, end)
        labels = [LABELS[k] for k in paths[j, :n]]
        for prev, cur in zip(["O", *labels], labels, strict=False):
            if cur.startswith("I-"):
                assert prev[2:] == cur[2:] and prev != "O"


def _padded_viterbi(emit: np.ndarray, lengths: np.ndarray, trans: np.ndarray, end: np.ndarray) -> np.ndarray:
    """The batch decode before it skipped finished sentences: every row at every step."""
    b, t, n_lab = emit.shape
    score = trans[0][None, :] + emit[:, 0]
    back = np.broadcast_to(np.arange(n_lab), (b, t, n_lab)).copy()
    for i in range(1, t):
        cand = score[:, :, None] + trans[1:][None]
        arg = cand.argmax(axis=1)
        new = np.take_along_axis(cand, arg[:, None, :], axis=1)[:, 0] + emit[:, i]
        live = (lengths > i)[:, None]
        back[:, i] = np.where(live, arg, back[:, i])
        score = np.where(live, new, score)
    path = np.zeros((b, t), dtype=np.int64)
    path[:, t - 1] = (score + end[None, :]).argmax(axis=1)
    for i in range(t - 1, 0, -1):
        path[:, i - 1] = back[np.arange(b), i, path[:, i]]
    return path


def test_batched_viterbi_decodes_as_over_the_whole_padded_batch() -> None:
    rng = np.random.default_rng(3)
    n_lab = len(LABELS)
    for _ in range(50):
        b = int(rng.integers(1, 12))
        lengths = rng.integers(1, 15, size=b)
        emit = rng.normal(size=(b, int(lengths.max()), n_lab)).round().astype(np.float32)  # ties too
        trans = np.where(ALLOWED, rng.normal(size=(n_lab + 1, n_lab)).round(), -1e4).astype(np.float32)
        end = rng.normal(size=n_lab).round().astype(np.float32)
        got, want = viterbi_batch(emit, lengths, trans, end), _padded_viterbi(emit, lengths, trans, end)
        for j, n in enumerate(lengths):
            assert got[j, :n].tolist() == want[j, :n].tolist()


def test_lstm_skips_finished_sentences_with_the_same_states() -> None:
    from storywire.stages.ner.neural import MIN_ROWS, NeuralTagger

    tagger = NeuralTagger("de", random_model(np.random.default_rng(4)))
    rng = np.random.default_rng(5)
    for b in (1, 3, MIN_ROWS, 9, 40):
        lengths = rng.integers(1, 30, size=b)
        xw = rng.normal(size=(2, b, int(lengths.max()), 4 * tagger.hidden)).astype(np.float32)
        whole, skipping = tagger._run_lstm(xw), tagger._run_lstm(xw, lengths)
        for j, n in enumerate(lengths):
            assert np.array_equal(whole[:, j, :n], skipping[:, j, :n])  # bit for bit


def test_packed_lstm_states_are_the_padded_batch_ones() -> None:
    from storywire.stages.ner.neural import MIN_ROWS, NeuralTagger

    tagger = NeuralTagger("de", random_model(np.random.default_rng(6)))
    rng = np.random.default_rng(7)
    for b in (1, 2, MIN_ROWS, MIN_ROWS + 1, 9, 40):
        lengths = rng.integers(1, 30, size=b)
        t = int(lengths.max())
        proj = rng.normal(size=(int(lengths.sum()), 2, 4 * tagger.hidden)).astype(np.float32)
        # The padded batch, the backward direction reversed within each sentence (as tagging
        # built it before the packed form).
        steps = np.arange(t)[None, :]
        mask = steps < lengths[:, None]
        rev = np.where(mask, lengths[:, None] - 1 - steps, steps)
        rows = np.arange(b)[:, None]
        xw = np.zeros((2, b, t, 4 * tagger.hidden), dtype=np.float32)
        xw[0][mask] = proj[:, 0]
        xw[1][mask] = proj[:, 1]
        xw[1] = xw[1][rows, rev]
        out = tagger._run_lstm(xw, lengths)
        want = np.concatenate([out[0], out[1][rows, rev]], axis=2)
        assert np.array_equal(tagger._packed_states(proj, lengths), want)  # bit for bit, padding too


@pytest.mark.parametrize("lang", LANGS)
def test_model_tags_news_sentence(lang: str) -> None:
    tagger = load_neural(lang)
    if tagger is None:
        pytest.skip(f"no neural model for {lang}")
    text, place = SENTENCES[lang]
    mentions = neural_mentions(text, tagger)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert all(m.model == f"neural:{lang}" for m in mentions)
    if backend_name(lang) == f"neural:{lang}":
        # Where it is the pipeline default (with the news refinements) it must get plain
        # news right; raw, the WikiANN habits show (en: "Russian President Vladimir Putin
        # met Chinese" as one ORG; de: "chinesische Präsident Xi Jinping").
        got = extract_entities_from_text(text, lang)
        # The refinements may add an inflected known place the tagger missed ("w Pekinie").
        assert {m.model for m in got} - {"gazetteer"} == {f"neural:{lang}"}
        assert ("Xi Jinping" if lang != "ru" else "Владимир Путин", "PER") in {(m.text, m.type) for m in got}
        assert place in {m.text for m in got}
    # Batching several sentences gives the same labels as one at a time.
    words = [text.split(), ["Ein", "Satz"], [], text.split()[:3]]
    assert tagger.tag_many(words) == [tagger.tag(w) for w in words]


def test_backend_by_name_and_empty_text() -> None:
    if load_neural("de") is None:
        pytest.skip("no neural model for de")
    assert extract_with_backend("", "de", "neural") == []
    got = extract_with_backend("Angela Merkel besuchte Paris.\n\nDanach flog sie nach Rom.", "de", "neural")
    assert {m.text for m in got} >= {"Angela Merkel", "Paris", "Rom"}
    with pytest.raises(ValueError):
        extract_with_backend("x", "zz", "neural")


def test_one_batch_for_many_texts_tags_like_one_call_per_text() -> None:
    from storywire.stages.ner.neural import load_neural, neural_mentions, neural_mentions_many

    tagger = load_neural("de")
    assert tagger is not None
    texts = [
        "Bundeskanzler Olaf Scholz empfing am Freitag Emmanuel Macron in Berlin.",
        "",
        "Die Europäische Union beschloss in Brüssel neue Sanktionen. Annalena Baerbock reiste nach Kiew.",
        "   ",
        "Ein Satz ohne Namen.",
    ]
    one_by_one = [[(m.start, m.end, m.type) for m in neural_mentions(t, tagger)] for t in texts]
    batched = [[(m.start, m.end, m.type) for m in found] for found in neural_mentions_many(texts, tagger)]
    assert batched == one_by_one and any(one_by_one)


def test_pretrained_vectors_are_a_lookup_after_the_word_embedding() -> None:
    from storywire.stages.ner.neural import NeuralTagger

    rng = np.random.default_rng(1)
    plain = random_model(rng)
    with_p = dict(plain)
    p_dim = 3
    with_p["pvocab"] = np.asarray("berlin\nparis")
    with_p["pvec"] = np.asarray([[10, -20, 30], [1, 2, 3]], dtype=np.int8)
    with_p["pscale"] = np.asarray([0.1, 0.2, 0.3], dtype=np.float32)
    for d in ("f", "b"):
        wih = plain[f"{d}_wih"]
        # Zero rows for the pretrained vector: the model must behave exactly as without it.
        with_p[f"{d}_wih"] = np.concatenate([wih[:4], np.zeros((p_dim, wih.shape[1]), wih.dtype), wih[4:]])
    words = ["Paris", "in", "Berlin", "xyz"]
    a, b = NeuralTagger("de", plain), NeuralTagger("de", with_p)
    fa, fb = a._word_features(words), b._word_features(words)
    assert fb.shape[1] == fa.shape[1] + p_dim
    want = np.asarray([[0.1, 0.4, 0.9], [0, 0, 0], [1.0, -4.0, 9.0], [0, 0, 0]])
    assert np.allclose(fb[:, 4 : 4 + p_dim], want, rtol=1e-6)
    assert np.array_equal(np.delete(fb, range(4, 4 + p_dim), axis=1), fa)
    assert a.tag_many([words, words[:2]]) == b.tag_many([words, words[:2]])


def test_per_word_caches_change_no_score() -> None:
    from storywire.stages.ner.neural import load_neural
    from storywire.stages.ner.tagger import token_features

    tagger = load_neural("de")
    if tagger is None or tagger.partner is None:
        pytest.skip("no German neural model")
    sentences = [["Olaf", "Scholz", "traf", "Macron", "in", "Paris", "."], ["Scholz", "reiste", "nach", "Berlin"]]
    partner = tagger.partner
    expected = partner._emissions([f for s in sentences for f in token_features(s, partner.places)])
    assert np.allclose(partner.sentence_emissions(sentences), expected, atol=1e-5)
    assert np.allclose(partner.sentence_emissions(sentences), expected, atol=1e-5)  # from the cache
    words = [w for s in sentences for w in s]
    direct = tagger._word_features(words) @ tagger.wih + tagger.bias
    assert np.allclose(tagger._word_inputs(words), direct, atol=1e-5)
    assert np.allclose(tagger._word_inputs(words), direct, atol=1e-5)  # from the cache
    assert tagger.tag_many(sentences) == tagger.tag_many(list(reversed(sentences)))[::-1]


def test_the_word_cache_keeps_each_words_row_when_it_fills_and_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from storywire.stages.ner import neural

    tagger = neural.load_neural("de")
    if tagger is None:
        pytest.skip("no German neural model")
    fresh = neural._read(neural.MODEL_DIR / "ner-neural-de.npz", "de")
    monkeypatch.setattr(neural, "WORD_CACHE", 6)
    texts = [["Olaf", "Scholz", "traf", "Olaf"], ["in", "Paris", "Scholz"], ["Berlin", "Paris", "und", "Rom", "."]]
    # each text's missing words are projected together, as a cache-less tagger projects them
    want = [
        fresh._word_features(["Olaf", "Scholz", "traf"]) @ fresh.wih + fresh.bias,
        fresh._word_features(["in", "Paris"]) @ fresh.wih + fresh.bias,
        fresh._word_features(["Berlin", "und", "Rom", "."]) @ fresh.wih + fresh.bias,  # the cache starts again
    ]
    got = [fresh._word_inputs(words) for words in texts]
    assert np.array_equal(got[0], want[0][[0, 1, 2, 0]])
    assert np.array_equal(got[1], np.stack([want[1][0], want[1][1], want[0][1]]))
    assert np.array_equal(got[2], np.stack([want[2][0], want[1][1], want[2][1], want[2][2], want[2][3]]))
    assert set(fresh._inputs) == {"Berlin", "und", "Rom", "."}
    assert np.array_equal(fresh._word_inputs(["Rom", "Berlin"]), want[2][[2, 0]])


_WORDS = ["Paris", "paris", "Berlin", "in", "<s>", "</s>", "a|b", "Olaf", "Scholz", ".", "McDonald", "USA", "x", "ß"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8), min_size=1, max_size=4))
def test_perceptron_context_ids_and_scores_as_from_the_feature_strings(sentences: list[list[str]]) -> None:
    from itertools import repeat

    from storywire.stages.ner.tagger import context_features, load_tagger, word_features

    tagger = load_tagger("de")
    if tagger is None:
        pytest.skip("no German perceptron model")
    get, unknown = tagger.index.get, repeat(tagger._unknown)
    for words in sentences:
        assert tagger._context.ids(words) == [
            list(map(get, fs, unknown)) for fs in context_features(words, tagger.places)
        ]
    # The emissions as the feature strings give them, word parts added row by row: bit for bit.
    context = [f for s in sentences for f in context_features(s, tagger.places)]
    expected = tagger._emissions(context)
    for row, word in enumerate(w for s in sentences for w in s):
        expected[row] += tagger._emissions([word_features(word, tagger.places)])[0]
    assert np.array_equal(tagger.sentence_emissions(sentences), expected)


def test_a_model_carries_its_own_perceptron_weight() -> None:
    from storywire.stages.ner.neural import MIX, NeuralTagger
    from storywire.stages.ner.tagger import load_tagger

    partner = load_tagger("de")
    if partner is None:
        pytest.skip("no perceptron model")
    plain = random_model(np.random.default_rng(2))
    assert NeuralTagger("de", plain, partner).mix == MIX
    assert NeuralTagger("de", plain, partner).partner is partner
    alone = NeuralTagger("de", {**plain, "mix": np.asarray(0.0, dtype=np.float32)}, partner)
    assert alone.partner is None  # the perceptron is not even run
    words = ["Paris", "in", "Berlin"]
    assert alone.tag(words) == NeuralTagger("de", plain).tag(words)


def test_continued_training_keeps_known_rows_and_fresh_ones_for_new_keys() -> None:
    from storywire.stages.ner.train_neural import carried_rows

    old = np.arange(8, dtype=np.float32).reshape(4, 2)  # <pad>, <unk>, "a", "b"
    fresh = -np.ones((5, 2), dtype=np.float32)  # <pad>, <unk>, "b", "c", "a"
    out = carried_rows(old, ["a", "b"], ["<pad>", "<unk>", "b", "c", "a"], 2, fresh)
    assert out.tolist() == [[0, 1], [2, 3], [6, 7], [-1, -1], [4, 5]]
