"""A structured averaged-perceptron sequence tagger (first-order, Viterbi decoding).

Trained on the WikiANN train files (see src/storywire/models/README.md).  Why not a
bigger model: it needs no new dependency, loads in well under a second, tags ~100k
tokens/s in pure numpy, and clearly beats the capitalisation rules on WikiANN.

Model file: `ner-<lang>.npz` with `features` (newline-joined feature strings),
`weights` (int16 emission weights, features x labels), `scale`, `trans` (labels+1 x
labels, row 0 = sentence start) and `labels`.
"""

from __future__ import annotations

import functools
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain, repeat
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storywire.model import EntityType, Mention
from storywire.stages.ner.context_ids import ContextIds, RowCache
from storywire.stages.ner.gazetteer import single_place_words
from storywire.stages.ner.tokens import Token, is_title, shape, tokenize

MODEL_DIR = Path(__file__).resolve().parent.parent.parent / "models"
LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
_L = len(LABELS)
WORD_CACHE = 50_000  # words whose context-free emission scores a tagger keeps

FloatArray = npt.NDArray[np.float32]


def token_features(words: Sequence[str], places: frozenset[str]) -> list[list[str]]:
    """Feature strings for every token; local context only (prev/next two words)."""
    return [
        word_features(w, places) + context for w, context in zip(words, context_features(words, places), strict=True)
    ]


def word_features(w: str, places: frozenset[str]) -> list[str]:
    """The features of a token that depend on its word alone (cached per word at tagging)."""
    lw = w.lower()
    f = [
        "b",
        "w=" + lw,
        "s=" + shape(w),
        "s3=" + lw[-3:],
        "s4=" + lw[-4:],
        "s2=" + lw[-2:],
        "p3=" + lw[:3],
        "p4=" + lw[:4],
        "s1=" + lw[-1:],
        "len=" + str(min(len(w), 12)),
    ]
    if lw in places:
        f.append("gaz")
    return f


def context_features(words: Sequence[str], places: frozenset[str]) -> list[list[str]]:
    """The features of each token that look at its neighbours (never empty: "p1=" at least)."""
    low = [w.lower() for w in words]
    shp = [shape(w) for w in words]
    n = len(words)
    out: list[list[str]] = []
    for i, w in enumerate(words):
        lw = low[i]
        p1 = low[i - 1] if i > 0 else "<s>"
        p2 = low[i - 2] if i > 1 else "<s>"
        n1 = low[i + 1] if i + 1 < n else "</s>"
        n2 = low[i + 2] if i + 2 < n else "</s>"
        ps = shp[i - 1] if i > 0 else "<s>"
        ns = shp[i + 1] if i + 1 < n else "</s>"
        f = [
            "p1=" + p1,
            "p2=" + p2,
            "n1=" + n1,
            "n2=" + n2,
            "ps=" + ps,
            "ns=" + ns,
            "ps|s|ns=" + ps + "|" + shp[i] + "|" + ns,
            "p1|w=" + p1 + "|" + lw,
            "w|n1=" + lw + "|" + n1,
            "p1s3=" + p1[-3:],
            "n1s3=" + n1[-3:],
            "p1s|s=" + ps + "|" + shp[i] + "|" + p1,
            "n1|s=" + shp[i] + "|" + n1,
            "p2|p1=" + p2 + "|" + p1,
            "n1|n2=" + n1 + "|" + n2,
        ]
        if i > 0 and low[i - 1] in places:
            f.append("p1gaz")
        if i + 1 < n and low[i + 1] in places:
            f.append("n1gaz")
        if i == 0:
            f.append("first|s=" + shp[i])
        if is_title(w) and i > 0 and not is_title(words[i - 1]):
            f.append("title-after-lower")
        out.append(f)
    return out


def _viterbi(emit: FloatArray, trans: FloatArray) -> list[int]:
    """Best label path; trans[0] holds start scores, trans[1 + prev] the transitions."""
    n = emit.shape[0]
    score = trans[0] + emit[0]
    back = np.zeros((n, _L), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + trans[1:]
        back[i] = cand.argmax(axis=0)
        score = cand.max(axis=0) + emit[i]
    path = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


class Tagger:
    def __init__(self, language: str, index: dict[str, int], weights: FloatArray, trans: FloatArray) -> None:
        self.language = language
        self.index = index
        self.weights = weights
        self.trans = trans
        self.places = single_place_words(language)
        # Unknown features look up an extra all-zero row, so the lookup stays in C
        # (dict.get with a default) instead of a Python filter over every feature.
        self._unknown = len(weights)
        self._padded = np.concatenate([weights, np.zeros((1, weights.shape[1]), dtype=np.float32)])
        # The context-free part of a word's scores (its `word_features`' rows summed), per word.
        self._word_parts: RowCache[str] = RowCache(self._word_parts_of, weights.shape[1], np.float32)
        self._context = ContextIds(self.index, self._unknown, self.places)

    def _word_parts_of(self, words: list[str]) -> FloatArray:
        return self._emissions([word_features(word, self.places) for word in words])

    def _emissions(self, feats: list[list[str]]) -> FloatArray:
        get = self.index.get
        unknown = repeat(self._unknown)
        return self._summed([list(map(get, fs, unknown)) for fs in feats])

    def _summed(self, ids: list[list[int]]) -> FloatArray:
        """Per token, the sum of its features' weight rows (`ids`: each token's feature ids)."""
        if not ids:
            return np.zeros((0, _L), dtype=np.float32)
        sizes = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
        return self._reduced(np.fromiter(chain.from_iterable(ids), dtype=np.int64, count=int(sizes.sum())), sizes)

    def _reduced(self, flat: npt.NDArray[np.intp], sizes: npt.NDArray[np.intp]) -> FloatArray:
        """The weight rows of `flat` summed in runs of `sizes` (none empty) by np.add.reduceat,
        whose float32 sums (pairwise, not left to right) every caller must share bit for bit."""
        bounds = np.zeros(len(sizes), dtype=np.int64)
        np.cumsum(sizes[:-1], out=bounds[1:])
        out: FloatArray = np.add.reduceat(self._padded[flat], bounds, axis=0)
        return out

    def sentence_emissions(self, sentences: Sequence[Sequence[str]]) -> FloatArray:
        """Emission scores of every token of `sentences`, concatenated, as `_emissions` of
        their `token_features` gives them; the context-free part is summed once per word and
        kept (news repeats most words)."""
        if not any(sentences):
            return np.zeros((0, _L), dtype=np.float32)
        ids, present = self._context.matrix(sentences)
        # Every token has features ("p1=" and the rest of the fixed ones): no run is empty.
        out = self._reduced(ids[present], present.sum(axis=1))
        parts = self._word_parts
        if len(parts) > WORD_CACHE:
            parts.clear()
        out += parts.gather(w for s in sentences for w in s)  # the same float32 sums as row by row
        return out

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        emit = self._emissions(token_features(words, self.places))
        return [LABELS[k] for k in _viterbi(emit, self.trans)]


def sentence_bounds(text: str, toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Token ranges of the sentences: the training data are single sentences, and a run of
    entity tags must never cross a line break or a full stop."""
    bounds: list[tuple[int, int]] = []
    begin = 0
    for i in range(1, len(toks) + 1):
        if i == len(toks) or _breaks(text, toks[i - 1], toks[i]):
            bounds.append((begin, i))
            begin = i
    return bounds


def iob_mentions(
    text: str, toks: Sequence[Token], bounds: Sequence[tuple[int, int]], tagged: Iterable[Sequence[str]], model: str
) -> list[Mention]:
    """Turn each sentence's IOB tags into mentions with offsets into `text`."""
    out: list[Mention] = []
    for (first, _), tags in zip(bounds, tagged, strict=True):
        for a, b, etype in iob_runs(tags):
            s, e = toks[first + a].start, toks[first + b - 1].end
            out.append(Mention(s, e, text[s:e], _as_type(etype), model=model))
    return out


def iob_runs(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """The IOB2 runs of one sentence as (first token, end token, type); a stray I- opens a run,
    as the decoder may leave one."""
    runs: list[tuple[int, int, str]] = []
    start = -1
    etype = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        if start >= 0 and (prefix != "I" or typ != etype):
            runs.append((start, i, etype))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, etype = i, typ
    return runs


def tagger_mentions(text: str, tagger: Tagger) -> list[Mention]:
    """Tag `text` sentence by sentence and turn IOB runs into mentions with offsets into `text`."""
    toks = tokenize(text)
    bounds = sentence_bounds(text, toks)
    tagged = [tagger.tag([t.text for t in toks[s:e]]) for s, e in bounds]
    return iob_mentions(text, toks, bounds, tagged, f"tagger:{tagger.language}")


def _breaks(text: str, prev: Token, nxt: Token) -> bool:
    """A sentence boundary between two tokens: a line break, or . ! ? before a capital."""
    gap = text[prev.end : nxt.start]
    if "\n" in gap:
        return True
    if prev.text == ":" and gap and prev.start > 0 and not text[prev.start - 1].isspace():
        # "Duda w Wilnie: wspólna obrona ...": a headline's colon joins two clauses, and a
        # tagger trained on page titles reads the whole line as one name
        return True
    return prev.text in (".", "!", "?", "…") and bool(gap) and is_title(nxt.text)


def _as_type(name: str) -> EntityType:
    return "PER" if name == "PER" else "ORG" if name == "ORG" else "LOC"


@functools.cache
def load_tagger(language: str) -> Tagger | None:
    path = MODEL_DIR / f"ner-{language}.npz"
    if not path.exists():
        return None
    with np.load(path) as z:
        names = str(z["features"]).split("\n")
        weights = z["weights"].astype(np.float32) * float(z["scale"])
        trans = z["trans"].astype(np.float32)
    return Tagger(language, {f: i for i, f in enumerate(names)}, weights, trans)


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    sents: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            words.append(parts[1])
            tags.append(parts[2] if parts[2] in LABELS else "O")
        elif words:
            sents.append((words, tags))
            words, tags = [], []
    if words:
        sents.append((words, tags))
    return sents


def train(language: str, path: Path, epochs: int = 8, min_count: int = 2, seed: int = 1) -> Path:
    """Train on a CoNLL file and write MODEL_DIR/ner-<language>.npz."""
    places = single_place_words(language)
    data = read_conll(path)
    feats = [token_features(w, places) for w, _ in data]
    counts = Counter(f for sent in feats for tok in sent for f in tok)
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(names)}
    lab = {t: i for i, t in enumerate(LABELS)}
    enc = [
        ([np.asarray([index[f] for f in tok if f in index], dtype=np.int64) for tok in sent], [lab[t] for t in tags])
        for sent, (_, tags) in zip(feats, data, strict=True)
    ]
    w = np.zeros((len(names), _L), dtype=np.float64)
    u = np.zeros_like(w)  # averaging trick: avg = w - u / c
    t = np.zeros((_L + 1, _L), dtype=np.float64)
    tu = np.zeros_like(t)
    c = 1
    rng = random.Random(seed)
    order = list(range(len(enc)))
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            toks, gold = enc[k]
            emit = np.stack([w[ix].sum(axis=0) for ix in toks]).astype(np.float32)
            pred = _viterbi(emit, t.astype(np.float32))
            if pred != gold:
                prev_g = prev_p = -1
                for ix, g, p in zip(toks, gold, pred, strict=True):
                    if g != p:
                        w[ix, g] += 1
                        u[ix, g] += c
                        w[ix, p] -= 1
                        u[ix, p] -= c
                    if (g, prev_g) != (p, prev_p):
                        t[prev_g + 1, g] += 1
                        tu[prev_g + 1, g] += c
                        t[prev_p + 1, p] -= 1
                        tu[prev_p + 1, p] -= c
                    prev_g, prev_p = g, p
            c += 1
    avg = w - u / c
    tavg = t - tu / c
    # Drop features whose weights all but vanished, then quantise to int16: the file
    # stays small and the F1 cost is nil.
    keep = np.abs(avg).max(axis=1) > 0.05
    scale = float(np.abs(avg[keep]).max()) / 32000.0
    q = np.round(avg[keep] / scale).astype(np.int16)
    kept = [f for f, k in zip(names, keep, strict=True) if k]
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    out = MODEL_DIR / f"ner-{language}.npz"
    np.savez_compressed(
        out,
        features=np.asarray("\n".join(kept)),
        weights=q,
        scale=np.asarray(scale),
        trans=tavg.astype(np.float32),
        labels=np.asarray("\n".join(LABELS)),
    )
    load_tagger.cache_clear()
    return out


if __name__ == "__main__":  # python -m storywire.stages.ner.tagger de path/to/train.conllu [epochs]
    import sys

    print(train(sys.argv[1], Path(sys.argv[2]), epochs=int(sys.argv[3]) if len(sys.argv) > 3 else 8))
