"""Neural NER tagger: word embedding + char CNN + casing -> BiLSTM -> CRF, numpy inference.

Trained with PyTorch by `train_neural.py` on the WikiANN train files (see
src/storywire/models/README.md); at run time only numpy is needed.  All the sentences
of a text are tagged as one padded batch: the char CNN runs once over the text's
distinct words, the LSTM steps over the longest sentence, and Viterbi decoding (with
IOB2-illegal transitions ruled out) is batched too.

Model file `ner-neural-<lang>.npz`: `vocab` / `chars` (newline-joined; ids start at 2
and 4), float16 `wemb`, `cemb`, `kemb`, `conv_w` (3*C x F), `f_wih`, `f_whh`, `b_wih`,
`b_whh` (transposed LSTM weights, gates i f g o), `out_w`; float32 biases `conv_b`,
`f_b`, `b_b`, `out_b`; CRF `trans` (labels+1 x labels, row 0 = start) and `end`.
Optional frozen pretrained word vectors (`pretrained_vectors.py`: multilingual-e5-small
embeddings of single words, PCA-projected): `pvocab` (newline-joined lower-cased words,
ids start at 2), int8 `pvec` and its float32 per-dimension `pscale`; they are looked up
like the word embedding (unknown words: zeros) and sit right after it in the LSTM input.
Optional contextual word states (`contextual.py`: one layer of multilingual-e5-small per
word; model file `ner-contextual-<lang>.npz`): `ctx_layer`, and the linear projection
`xproj_w` (states x C) and `xproj_b`, whose output are the last C rows of the LSTM input;
the projection is folded into the LSTM's input weights at load time.  A tagger that tuned
the encoder's top layers with it (`train_neural.py --tune`) carries them as
`tuned.l<i>.<name>` (the encoder's own tensor names), run in place of the encoder's.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from storywire.model import Mention
from storywire.stages.ner.tagger import Tagger, iob_mentions, load_tagger, sentence_bounds
from storywire.stages.ner.wikiann_tokens import wikiann_tokens

if TYPE_CHECKING:
    from storywire.stages.ner.contextual import WordStates

MODEL_DIR = Path(__file__).resolve().parent.parent.parent / "models"
LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
MAX_CHARS = 20
# Weight of the perceptron tagger's scores in the ensemble (one value for all languages,
# picked from {0, 0.1, 0.15, 0.2, 0.3} on part of WikiANN val for ru and en).
MIX = 0.15
MIN_ROWS = 5  # see NeuralTagger._run_lstm
WORD_CACHE = 50_000  # words whose LSTM inputs a tagger keeps (2 KB each at hidden 64)

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


def _allowed() -> list[list[bool]]:
    """IOB2 legality: row 0 = sentence start, row 1 + prev; I-X only after B-X or I-X."""
    rows: list[list[bool]] = []
    for prev in ("<s>", *LABELS):
        row = []
        for cur in LABELS:
            if cur.startswith("I-"):
                row.append(prev in ("B-" + cur[2:], cur))
            else:
                row.append(True)
        rows.append(row)
    return rows


ALLOWED = _allowed()


def case_id(word: str) -> int:
    """A small casing class: lower, Title, UPPER, single capital, digits, punct, mixed, initial."""
    if any(ch.isdigit() for ch in word):
        return 4
    if not any(ch.isalpha() for ch in word):
        return 5
    if word.endswith(".") and len(word) > 1:
        return 7
    if word.islower():
        return 0
    if word.isupper():
        return 3 if len(word) == 1 else 2
    if word[0].isupper():
        return 1
    return 6


def char_ids(words: Sequence[str], cindex: Mapping[str, int]) -> IntArray:
    """(words x width) char ids framed by <w>=2 ... </w>=3, unknown = 1, padding = 0."""
    width = min(max((len(w) for w in words), default=0), MAX_CHARS) + 2
    out = np.zeros((len(words), width), dtype=np.int64)
    get = cindex.get
    for i, w in enumerate(words):
        ids = [2, *(get(ch, 1) for ch in w[:MAX_CHARS]), 3]
        out[i, : len(ids)] = ids
    return out


def viterbi(emit: FloatArray, trans: FloatArray, end: FloatArray) -> list[int]:
    """Best label path for one sentence (used by training's dev evaluation)."""
    paths = viterbi_batch(emit[None], np.asarray([emit.shape[0]]), trans, end)
    return [int(k) for k in paths[0, : emit.shape[0]]]


def viterbi_batch(emit: FloatArray, lengths: IntArray, trans: FloatArray, end: FloatArray) -> IntArray:
    """Best label paths for a padded batch (B x T x L); padded steps keep the state."""
    b, t, n_lab = emit.shape
    # Longest sentences first: at each step only the first `running` rows are still inside
    # their sentence, and only they are scored (the rest keep their score and state).
    order = np.argsort(-lengths, kind="stable")
    running = (lengths[order][None, :] > np.arange(t)[:, None]).sum(axis=1).tolist()
    emit = emit[order]
    score = trans[0][None, :] + emit[:, 0]
    back = np.broadcast_to(np.arange(n_lab), (b, t, n_lab)).copy()
    steps = trans[1:][None, :, :]
    for i in range(1, t):
        k = running[i]
        cand = score[:k, :, None] + steps
        back[:k, i] = cand.argmax(axis=1)
        score[:k] = cand.max(axis=1) + emit[:k, i]  # the maximum is the value at the argmax
    best = (score + end[None, :]).argmax(axis=1)
    path = np.zeros((b, t), dtype=np.int64)
    path[:, t - 1] = best
    rows = np.arange(b)
    for i in range(t - 1, 0, -1):
        path[:, i - 1] = back[rows, i, path[:, i]]
    unsorted: IntArray = path[np.argsort(order)]
    return unsorted


def one_blas_thread() -> contextlib.AbstractContextManager[object]:
    """Matrix products on one BLAS thread: these matrices are too small to split, and idle
    OpenBLAS threads spin (natasha cost 480 ms of CPU per Russian article at 2 threads, 42 at 1)."""
    controller = _blas_controller()
    if controller is None:  # pragma: no cover - optional
        return contextlib.nullcontext()
    blas = controller.select(user_api="blas")
    if all(lib.num_threads == 1 for lib in blas.lib_controllers):
        return contextlib.nullcontext()  # an analysis worker: already limited for good
    limits: contextlib.AbstractContextManager[object] = blas.limit(limits=1)
    return limits


@functools.cache
def _blas_controller() -> Any | None:
    # Discovering the loaded libraries reads /proc and dlopens each one (~1.7 ms); the
    # controller is made once (after numpy, whose OpenBLAS is the one that matters).
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - optional
        return None
    return ThreadpoolController()


class NeuralTagger:
    def __init__(
        self, language: str, arrays: Mapping[str, npt.NDArray[np.generic]], partner: Tagger | None = None
    ) -> None:
        self.language = language
        # The perceptron tagger's scores, when given, are added to the emissions and
        # transitions (times MIX): a two-model ensemble decoded by one Viterbi pass.  A model
        # may carry its own weight (`mix`; 0 for the news-distilled ones: the perceptron knows
        # only WikiANN, and skipping it halves the cost).
        self.mix = float(arrays["mix"]) if "mix" in arrays else MIX
        self.partner = partner if self.mix else None
        self.windex = {w: i + 2 for i, w in enumerate(str(arrays["vocab"]).split("\n"))}
        self.cindex = {c: i + 4 for i, c in enumerate(str(arrays["chars"]).split("\n"))}
        text_keys = ("vocab", "chars", "labels", "pvocab", "ctx_layer")
        f32 = {k: np.asarray(v, dtype=np.float32) for k, v in arrays.items() if k not in text_keys}
        self.wemb, self.cemb, self.kemb = f32["wemb"], f32["cemb"], f32["kemb"]
        self.conv_w, self.conv_b = f32["conv_w"], f32["conv_b"]
        # Both directions stacked: wih (D, 2, 4H) as one matrix, whh (2, H, 4H).
        self.wih = np.concatenate([f32["f_wih"], f32["b_wih"]], axis=1)
        self.bias = np.concatenate([f32["f_b"], f32["b_b"]])
        self.whh = np.stack([f32["f_whh"], f32["b_whh"]])
        self.out_w, self.out_b = f32["out_w"], f32["out_b"]
        self.trans, self.end = f32["trans"], f32["end"]
        # Contextual states enter through their own rows of the input weights (the last
        # ones), folded with the projection into one (states x 8H) matrix.
        self.ctx_layer = int(arrays["ctx_layer"]) if "ctx_layer" in arrays else 0
        self.label = f"{'contextual' if self.ctx_layer else 'neural'}:{language}"
        self.members: list[NeuralTagger] = []  # an ensemble's other models (load_neural)
        self._states: WordStates | None = None
        # The encoder's top layers as this tagger tuned them (train_neural --tune), run in
        # place of the encoder's own: `tuned.l<i>.<name>`, the encoder's tensor names.
        self.tuned = {k.removeprefix("tuned."): v for k, v in f32.items() if k.startswith("tuned.")}
        if self.ctx_layer:
            c_dim = f32["xproj_w"].shape[1]
            ctx_rows, self.wih = self.wih[-c_dim:], self.wih[:-c_dim]
            self.ctx_w = f32["xproj_w"] @ ctx_rows
            self.ctx_b = f32["xproj_b"] @ ctx_rows
        self.hidden = int(self.whh.shape[1])
        # The gates' sigmoid is 0.5 * (tanh(0.5 x) + 1): the input, forget and output gates'
        # weights are halved once here (exact in binary floating point), so each LSTM step
        # takes one tanh over all four gates instead of two sigmoids and a tanh.
        h_dim = self.hidden
        gates = np.ones(4 * h_dim, dtype=np.float32)
        gates[: 2 * h_dim] = gates[3 * h_dim :] = 0.5
        both = np.concatenate([gates, gates])
        self.wih, self.bias, self.whh = self.wih * both, self.bias * both, self.whh * gates
        if self.ctx_layer:
            self.ctx_w, self.ctx_b = self.ctx_w * both, self.ctx_b * both
        self.pindex: dict[str, int] = {}
        self.pvec = np.zeros((2, 0), dtype=np.float32)
        if "pvec" in f32:
            self.pindex = {w: i + 2 for i, w in enumerate(str(arrays["pvocab"]).split("\n"))}
            table = f32["pvec"] * f32["pscale"]
            self.pvec = np.concatenate([np.zeros((2, table.shape[1]), dtype=np.float32), table])
        # A word's LSTM input (embeddings, char CNN, casing, times the input weights) does not
        # depend on its context: kept per word across calls (news repeats most words), as a
        # row of one array (`_input_rows`), so that a text's rows are one gather, not a stack
        # of a thousand arrays.
        self._inputs: dict[str, int] = {}
        self._input_rows: FloatArray = np.empty((0, self.wih.shape[1]), dtype=np.float32)

    def _word_inputs(self, words: Sequence[str]) -> FloatArray:
        """Both directions' input projections per word (N, 2 * 4H), from the per-word cache."""
        cache = self._inputs
        missing = [w for w in dict.fromkeys(words) if w not in cache]
        if missing:
            # (the words missing from the cache are projected together, as they always were:
            # a row's floats may depend on the rows multiplied with it)
            projected = self._word_features(missing) @ self.wih + self.bias
            if len(cache) + len(missing) > WORD_CACHE:
                fresh = dict(zip(missing, projected, strict=True))
                old: FloatArray = np.stack([fresh[w] if w in fresh else self._input_rows[cache[w]] for w in words])
                cache.clear()
                self._store(missing, projected)
                return old
            self._store(missing, projected)
        out: FloatArray = self._input_rows[np.fromiter(map(cache.__getitem__, words), dtype=np.intp, count=len(words))]
        return out

    def _store(self, words: list[str], rows: FloatArray) -> None:
        """Keep `rows` (one per word) in the cache, after the words it holds."""
        cache, start = self._inputs, len(self._inputs)
        end = start + len(words)
        if end > len(self._input_rows):
            # all the rows the cache may hold, at once: memory is taken as rows are written,
            # and no row is copied as the cache fills
            grown = np.empty((max(end, WORD_CACHE), rows.shape[1]), dtype=np.float32)
            grown[:start] = self._input_rows[:start]
            self._input_rows = grown
        self._input_rows[start:end] = rows
        cache.update(zip(words, range(start, end), strict=True))

    def _word_features(self, words: Sequence[str]) -> FloatArray:
        """Embedding + char-CNN + casing per word (distinct words computed once)."""
        uniq = list(dict.fromkeys(words))
        pos = {w: i for i, w in enumerate(uniq)}
        c = char_ids(uniq, self.cindex)
        e = self.cemb[c]  # (U, W, C)
        n, width, dim = e.shape
        padded = np.zeros((n, width + 2, dim), dtype=np.float32)
        padded[:, 1:-1] = e
        cols = np.concatenate([padded[:, :width], padded[:, 1 : width + 1], padded[:, 2:]], axis=2)
        conv = np.tanh(cols @ self.conv_w + self.conv_b)
        conv[c == 0] = -1e4
        cf = conv.max(axis=1)
        get = self.windex.get
        lower = [w.lower() for w in uniq]
        wid = np.asarray([get(w, 1) for w in lower], dtype=np.int64)
        pget = self.pindex.get
        pid = np.asarray([pget(w, 1) for w in lower], dtype=np.int64)
        kid = np.asarray([case_id(w) for w in uniq], dtype=np.int64)
        feats = np.concatenate([self.wemb[wid], self.pvec[pid], cf, self.kemb[kid]], axis=1)
        out: FloatArray = feats[np.asarray([pos[w] for w in words], dtype=np.int64)]
        return out

    def _run_lstm(self, xw: FloatArray, lengths: IntArray | None = None) -> FloatArray:
        """Both LSTM directions at once: xw is (2, B, T, 4H), direction 1 already reversed.
        Where `lengths` are given, a sentence's steps past its end are not computed (they are
        left at zero: padding, never read).  The padded-batch form of `_packed_states`, which
        tagging runs (the tests hold the two to the same floats)."""
        _, bsz, t, _ = xw.shape
        h_dim = self.hidden
        if lengths is None:
            lengths = np.full(bsz, t, dtype=np.int64)
        # Longest sentences first, so that the sentences still running at a step are the first
        # rows: a news article's batch is mostly padding (one long sentence sets the width).
        # Never fewer than MIN_ROWS rows: OpenBLAS multiplies 1 to 4 rows along another path,
        # and the scores must stay those of the whole batch bit for bit.
        order = np.argsort(-lengths, kind="stable")
        running = np.maximum((lengths[order][None, :] > np.arange(t)[:, None]).sum(axis=1), min(bsz, MIN_ROWS))
        h = np.zeros((2, bsz, h_dim), dtype=np.float32)  # row j: sentence order[j]
        c = np.zeros((2, bsz, h_dim), dtype=np.float32)
        out = np.zeros((2, bsz, t, h_dim), dtype=np.float32)
        for i, k in enumerate(running.tolist()):
            rows = order[:k]
            # (the gate weights are halved at load: tanh of the sigmoid gates is half-way to it)
            g = np.matmul(h[:, :k], self.whh)
            g += xw[:, rows, i]
            np.tanh(g, out=g)
            sig = 0.5 * (g + 1.0)  # the g gate's column is not used
            c = sig[..., h_dim : 2 * h_dim] * c[:, :k] + sig[..., :h_dim] * g[..., 2 * h_dim : 3 * h_dim]
            h = sig[..., 3 * h_dim :] * np.tanh(c)
            out[:, rows, i] = h
        return out

    def _packed_states(self, proj: FloatArray, lengths: IntArray) -> FloatArray:
        """Both directions' LSTM states per sentence and step, (B, T, 2H), forward then backward,
        from each token's input projections `proj` (tokens, 2, 4H): the same floats as
        `_run_lstm` over the padded batch (the backward direction reversed within each sentence,
        then turned back), in the same arrays at each step, rows included.

        A news article's padded batch is mostly padding (one long sentence sets the width):
        building it, reversing it and gathering each step's rows from it cost as much as the
        steps' arithmetic.  Here each step's input rows are gathered once, in step order, into
        one packed array (a step reads a slice of it), and the states are put in place once
        at the end."""
        bsz, t = len(lengths), int(lengths.max())
        h_dim = self.hidden
        # The rows `_run_lstm` steps: longest sentences first, never fewer than MIN_ROWS.
        order = np.argsort(-lengths, kind="stable")
        running = np.maximum((lengths[order][None, :] > np.arange(t)[:, None]).sum(axis=1), min(bsz, MIN_ROWS))
        total = int(running.sum())
        step = np.repeat(np.arange(t), running)  # per packed row: its step ...
        sent = order[np.arange(total) - np.repeat(np.cumsum(running) - running, running)]  # ... and sentence
        size = lengths[sent]
        real = step < size  # rows past a sentence's end (up to MIN_ROWS) read zeros, as padding
        first = (np.cumsum(lengths) - lengths)[sent]
        zero = len(proj)
        padded = np.concatenate([proj, np.zeros((1, *proj.shape[1:]), dtype=proj.dtype)])
        packed = np.empty((2, total, proj.shape[2]), dtype=np.float32)
        packed[0] = padded[np.where(real, first + step, zero), 0]
        packed[1] = padded[np.where(real, first + size - 1 - step, zero), 1]  # reversed in its sentence
        h = np.zeros((2, bsz, h_dim), dtype=np.float32)
        c = np.zeros((2, bsz, h_dim), dtype=np.float32)
        states: list[FloatArray] = []
        at = 0
        for k in running.tolist():
            # (the gate weights are halved at load: tanh of the sigmoid gates is half-way to it)
            g = np.matmul(h[:, :k], self.whh)
            g += packed[:, at : at + k]
            np.tanh(g, out=g)
            sig = 0.5 * (g + 1.0)  # the g gate's column is not used
            c = sig[..., h_dim : 2 * h_dim] * c[:, :k] + sig[..., :h_dim] * g[..., 2 * h_dim : 3 * h_dim]
            h = sig[..., 3 * h_dim :] * np.tanh(c)
            states.append(h)
            at += k
        stepped = np.concatenate(states, axis=1)
        # Where `_run_lstm` left zeros (steps no row reached) they stay zeros; the backward
        # states go back to reading order (padding steps stay where they are).
        both = np.zeros((bsz, t, 2 * h_dim), dtype=np.float32)
        both[sent, step, :h_dim] = stepped[0]
        both[sent, np.where(real, size - 1 - step, step), h_dim:] = stepped[1]
        return both

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """IOB2 labels for each sentence (one padded batch)."""
        sents = [list(s) for s in sentences]
        live = [s for s in sents if s]
        if not live:
            return [[] for _ in sents]
        # The encoder's matrices are large enough for BLAS threads: states come first.  An
        # ensemble's members read the same states, unless a member tuned its own layers.
        taggers = (self, *self.members)
        states: dict[int, FloatArray] = {}
        for tagger in taggers:
            if tagger.ctx_layer and tagger.states_key not in states:
                states[tagger.states_key] = tagger.contextual_states(live)
        # The tagger's matrices are small: BLAS threads only add synchronisation (10x slower
        # on a busy 2-core machine), so keep BLAS on one thread while tagging.
        with one_blas_thread():
            # The members' scores are averaged and decoded once.
            scored = [tagger.scores(live, states.get(tagger.states_key)) for tagger in taggers]
            emit, trans, end = scored[0][0], scored[0][1], self.end
            if self.members:
                emit = np.mean([e for e, _ in scored], axis=0, dtype=np.float32)
                trans = np.mean([t for _, t in scored], axis=0, dtype=np.float32)
                end = np.mean([tagger.end for tagger in taggers], axis=0, dtype=np.float32)
            lengths = np.asarray([len(s) for s in live], dtype=np.int64)
            paths = viterbi_batch(emit, lengths, trans, end)
        tagged = iter([[LABELS[k] for k in paths[j, : lengths[j]]] for j in range(len(live))])
        return [next(tagged) if s else [] for s in sents]

    @property
    def states_key(self) -> int:
        """Taggers with the same key read the same encoder states: all but those with tuned layers."""
        return id(self) if self.tuned else 0

    def contextual_states(self, sentences: list[list[str]]) -> FloatArray:
        """The encoder's states of every word of the sentences, (words, 384)."""
        if self._states is None:
            from storywire.encoder.e5_numpy import tuned_layers
            from storywire.stages.ner.contextual import WordStates

            self._states = WordStates(self.ctx_layer, tuned=tuned_layers(self.tuned))
        return np.concatenate(self._states(sentences))

    def scores(self, live: list[list[str]], states: FloatArray | None) -> tuple[FloatArray, FloatArray]:
        """Emission scores (sentences x longest x labels) and transition scores."""
        lengths = np.asarray([len(s) for s in live], dtype=np.int64)
        t = int(lengths.max())
        inputs = self._word_inputs([w for s in live for w in s])
        if states is not None and self.ctx_layer:
            inputs = inputs + (states @ self.ctx_w + self.ctx_b)
        proj = inputs.reshape(-1, 2, self.whh.shape[2])  # real tokens only
        mask = np.arange(t)[None, :] < lengths[:, None]
        emit: FloatArray = self._packed_states(proj, lengths) @ self.out_w + self.out_b
        trans = self.trans
        if self.partner is not None:
            emit[mask] += self.mix * self.partner.sentence_emissions(live)
            trans = trans + self.mix * self.partner.trans
        return emit, trans

    def tag(self, words: Sequence[str]) -> list[str]:
        return self.tag_many([words])[0]


def neural_mentions(text: str, tagger: NeuralTagger) -> list[Mention]:
    """Tag `text` sentence by sentence and turn IOB runs into mentions (offsets into `text`)."""
    toks = wikiann_tokens(text, tagger.language)
    bounds = sentence_bounds(text, toks)
    tagged = tagger.tag_many([[t.text for t in toks[s:e]] for s, e in bounds])
    return iob_mentions(text, toks, bounds, tagged, tagger.label)


def neural_mentions_many(texts: Sequence[str], tagger: NeuralTagger) -> list[list[Mention]]:
    """`neural_mentions` for several texts in one padded batch: per-call overhead (BLAS thread
    limits, numpy dispatch) dominates when an article's paragraphs are tagged one by one."""
    prepared = []
    for text in texts:
        toks = wikiann_tokens(text, tagger.language)
        prepared.append((toks, sentence_bounds(text, toks)))
    flat = [[t.text for t in toks[s:e]] for toks, bounds in prepared for s, e in bounds]
    tagged = tagger.tag_many(flat) if flat else []
    out: list[list[Mention]] = []
    at = 0
    for text, (toks, bounds) in zip(texts, prepared, strict=True):
        out.append(iob_mentions(text, toks, bounds, tagged[at : at + len(bounds)], tagger.label))
        at += len(bounds)
    return out


@functools.cache
def load_neural(language: str, kind: str = "neural") -> NeuralTagger | None:
    """The language's tagger of that kind ("neural", or "contextual": with e5 states), once."""
    path = MODEL_DIR / f"ner-{kind}-{language}.npz"
    if not path.exists():
        return None
    tagger = _read(path, language)
    # Further members of an ensemble: ner-<kind>-<lang>.2.npz, ... (models/README.md).
    tagger.members = [_read(member, language) for member in sorted(MODEL_DIR.glob(f"ner-{kind}-{language}.*.npz"))]
    if any(member.ctx_layer != tagger.ctx_layer for member in tagger.members):
        raise ValueError(f"the {kind} {language} ensemble's members read different encoder layers")
    return tagger


def _read(path: Path, language: str) -> NeuralTagger:
    with np.load(path) as z:
        arrays = {k: z[k] for k in z.files}
    return NeuralTagger(language, arrays, load_tagger(language))
