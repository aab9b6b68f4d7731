"""Train the neural NER tagger (word + char-CNN + BiLSTM + CRF) and export it to .npz.

Not imported at run time: storywire's inference is pure numpy (`neural.py`).  torch is
imported lazily and is no dependency of the project; use a separate environment:

    python -m venv /tmp/trainvenv && /tmp/trainvenv/bin/pip install torch==2.13.0 numpy
    PYTHONPATH=src /tmp/trainvenv/bin/python -m storywire.stages.ner.train_neural \\
        de ../shared/data/wikiann/de/train.conllu --minutes 8

The last `--dev` sentences of the train file (default 1,000) are held out as the dev set
that picks the best epoch; the WikiANN val files are never read here.
"""

from __future__ import annotations

import argparse
import itertools
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from storywire.stages.ner.neural import (
    ALLOWED,
    LABELS,
    MAX_CHARS,
    MODEL_DIR,
    case_id,
    char_ids,
    viterbi,
)
from storywire.stages.ner.tagger import read_conll
from storywire.stages.ner.tune_layers import build as build_tuned
from storywire.stages.ner.tune_layers import piece_batch


def _spans(tags: list[int]) -> set[tuple[int, int, int]]:
    out: set[tuple[int, int, int]] = set()
    start, typ = -1, -1
    for i, t in enumerate([*tags, 0]):
        lab = LABELS[t]
        prefix = lab.partition("-")[0]
        k = (t + 1) // 2 if t else 0
        if start >= 0 and (prefix != "I" or k != typ):
            out.add((start, i, typ))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, typ = i, k
    return out


def train(
    language: str,
    path: Path,
    minutes: float,
    dev_size: int = 1000,
    seed: int = 1,
    word_dim: int = 64,
    char_dim: int = 24,
    char_filters: int = 64,
    hidden: int = 128,
    max_vocab: int = 40000,
    threads: int = 1,
    init: Path | None = None,
    lr: float = 2e-3,
    decay: float = 1.0,
    max_epochs: int = 1000,
    out: Path | None = None,
    pretrained: Path | None = None,
    pdim: int = 64,
    extra: Path | None = None,
    extra_dev: Path | None = None,
    extra_repeat: int = 1,
    mix: float | None = None,
    contextual: Path | None = None,
    cdim: int = 128,
    contextual_extra: Path | None = None,
    contextual_extra_dev: Path | None = None,
    tune: int = 0,
    tune_lr: float = 5e-5,
) -> Path:
    import torch
    from torch import nn

    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    rng = random.Random(seed)
    data = read_conll(path)
    lab = {t: i for i, t in enumerate(LABELS)}
    train_set, dev_set = data[:-dev_size], data[-dev_size:]
    # Silver news sentences (silver.py) join training, repeated to weigh the smaller genre;
    # their own held-out articles are a second dev set, and an epoch is chosen on the mean.
    if extra is not None:
        train_set = train_set + read_conll(extra) * extra_repeat
    news_dev = read_conll(extra_dev) if extra_dev is not None else []
    # Frozen contextual word states (contextual.py: one e5 layer, per word) for every
    # sentence of the train file, in its order, and of the extra files when given.
    # With `tune`, the files hold every piece's state below the top `tune` layers
    # (contextual.py --pieces), and those layers train with the tagger (tune_layers.py).
    states: list[Any] = []
    news_states: list[Any] = []
    ctx_layer = 0
    reader = read_piece_states if tune else read_states
    if contextual is not None:
        states, ctx_layer = reader(contextual)
        ctx_layer += tune
        assert len(states) == len(data), (len(states), len(data))
        if extra is not None:  # in the order of train_set: the train file's, the extra ones, then dev
            assert contextual_extra is not None, "the extra sentences need their states too"
            extra_states = reader(contextual_extra)[0] * extra_repeat
            states = states[:-dev_size] + extra_states + states[-dev_size:]
        if news_dev:
            assert contextual_extra_dev is not None, "the extra dev sentences need their states too"
            news_states = reader(contextual_extra_dev)[0]
    x_dim = (states[0][0] if tune else states[0]).shape[1] if states else 0

    wc = Counter(w.lower() for ws, _ in train_set for w in ws)
    vocab = ["<pad>", "<unk>"] + [w for w, _ in wc.most_common(max_vocab)]
    windex = {w: i for i, w in enumerate(vocab)}
    cc = Counter(ch for ws, _ in train_set for w in ws for ch in w)
    chars = ["<pad>", "<unk>", "<w>", "</w>", *sorted(c for c, n in cc.items() if n >= 3)]
    cindex = {c: i for i, c in enumerate(chars)}
    # Frozen pretrained word vectors (row 0 pad, row 1 unknown: zeros), looked up by the
    # lower-cased word; exported as int8 with a per-dimension scale.
    pkeys: list[str] = []
    ptable = np.zeros((2, 0), dtype=np.float32)
    pq = np.zeros((0, 0), dtype=np.int8)
    pscale = np.zeros(0, dtype=np.float32)
    if pretrained is not None:
        pkeys, pq, pscale = project_pretrained(pretrained, pdim)
        ptable = np.concatenate([np.zeros((2, pq.shape[1]), np.float32), pq.astype(np.float32) * pscale])
    pindex = {w: i + 2 for i, w in enumerate(pkeys)}
    p_dim = ptable.shape[1]

    Item = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, Any]

    def encode(sents: list[tuple[list[str], list[str]]], sent_states: list[Any]) -> list[Item]:
        assert not x_dim or len(sent_states) == len(sents), (len(sent_states), len(sents))
        out = []
        for i, (ws, ts) in enumerate(sents):
            w = np.asarray([windex.get(x.lower(), 1) for x in ws], dtype=np.int64)
            p = np.asarray([pindex.get(x.lower(), 1) for x in ws], dtype=np.int64)
            c = char_ids(ws, cindex)
            k = np.asarray([case_id(x) for x in ws], dtype=np.int64)
            y = np.asarray([lab.get(t, 0) for t in ts], dtype=np.int64)
            x = sent_states[i] if x_dim else np.zeros((len(ws), 0), dtype=np.float16)
            out.append((w, c, k, y, p, x))
        return out

    tr = encode(train_set, states[: len(train_set)])
    dev_sets = [encode(dev_set, states[len(train_set) :])] + ([encode(news_dev, news_states)] if news_dev else [])
    n_lab = len(LABELS)
    allowed = torch.tensor(ALLOWED, dtype=torch.bool)  # (L+1, L): row 0 = start

    class Net(nn.Module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.wemb = nn.Embedding(len(vocab), word_dim, padding_idx=0)
            self.cemb = nn.Embedding(len(chars), char_dim, padding_idx=0)
            self.kemb = nn.Embedding(8, 8)
            self.pemb = nn.Embedding.from_pretrained(torch.from_numpy(ptable), freeze=True)
            self.conv = nn.Conv1d(char_dim, char_filters, 3, padding=1)
            # Contextual states, projected linearly (so inference can fold the projection
            # into the LSTM's input weights); the last rows of the LSTM input.
            self.xproj = nn.Linear(x_dim, cdim) if x_dim else None
            self.tuner = build_tuned(ctx_layer - tune, ctx_layer) if tune else None
            c_dim = cdim if x_dim else 0
            inputs = word_dim + p_dim + char_filters + 8 + c_dim
            self.lstm = nn.LSTM(inputs, hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * hidden, n_lab)
            self.trans = nn.Parameter(torch.zeros(n_lab + 1, n_lab))
            self.end = nn.Parameter(torch.zeros(n_lab))
            self.drop = nn.Dropout(0.33)

        def emissions(self, w: Any, c: Any, k: Any, p: Any, x: Any, lengths: Any) -> Any:
            b, t, m = c.shape
            ce = self.cemb(c.view(b * t, m)).transpose(1, 2)  # (bt, cd, m)
            cf = torch.tanh(self.conv(ce))
            cmask = (c.view(b * t, m) == 0).unsqueeze(1)
            cf = cf.masked_fill(cmask, -1e4).max(dim=2).values.view(b, t, -1)
            parts = [self.wemb(w), self.pemb(p), cf, self.kemb(k)]
            if self.tuner is not None:
                x = self.tuner(*x)
            if self.xproj is not None:
                parts.append(self.xproj(x))
            x = self.drop(torch.cat(parts, dim=-1))
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
            return self.out(self.drop(h))

        def nll(self, emit: Any, y: Any, mask: Any) -> Any:
            neg = torch.tensor(-1e4)
            trans = torch.where(allowed, self.trans, neg)
            _b, t, _ = emit.shape
            # gold score
            start = trans[0, y[:, 0]] + emit[:, 0].gather(1, y[:, :1]).squeeze(1)
            score = start
            for i in range(1, t):
                s = trans[1 + y[:, i - 1], y[:, i]] + emit[:, i].gather(1, y[:, i : i + 1]).squeeze(1)
                score = score + s * mask[:, i]
            last = y.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
            score = score + self.end[last]
            # partition
            alpha = trans[0].unsqueeze(0) + emit[:, 0]
            for i in range(1, t):
                nxt = torch.logsumexp(alpha.unsqueeze(2) + trans[1:].unsqueeze(0), dim=1) + emit[:, i]
                mi = mask[:, i].unsqueeze(1)
                alpha = nxt * mi + alpha * (1 - mi)
            z = torch.logsumexp(alpha + self.end.unsqueeze(0), dim=1)
            return (z - score).sum()

    net = Net()
    if init is not None:
        _load_init(net, init, vocab, chars, char_dim, char_filters, word_dim, p_dim, cdim if x_dim else 0)
    tuned = [q for n, q in net.named_parameters() if n.startswith("tuner.")]
    rest = [q for n, q in net.named_parameters() if not n.startswith("tuner.")]
    opt = torch.optim.Adam([{"params": rest, "lr": lr}, {"params": tuned, "lr": tune_lr}])

    def batchify(items: list[Item], word_drop: float) -> tuple[Any, ...]:
        lens = [len(x[0]) for x in items]
        t = max(lens)
        b = len(items)
        w = np.zeros((b, t), dtype=np.int64)
        c = np.zeros((b, t, MAX_CHARS + 2), dtype=np.int64)
        k = np.zeros((b, t), dtype=np.int64)
        y = np.zeros((b, t), dtype=np.int64)
        p = np.zeros((b, t), dtype=np.int64)
        x = np.zeros((b, t, x_dim if not tune else 0), dtype=np.float32)
        mask = np.zeros((b, t), dtype=np.float32)
        for j, (wi, ci, ki, yi, pi, xi) in enumerate(items):
            n = len(wi)
            if word_drop:
                # The same words lose both vectors: unknown words at run time have neither.
                drop = np.random.random(n) < word_drop
                wi = np.where(drop, 1, wi)
                pi = np.where(drop, 1, pi)
            w[j, :n] = wi
            c[j, :n, : ci.shape[1]] = ci
            k[j, :n] = ki
            y[j, :n] = yi
            p[j, :n] = pi
            if not tune:
                x[j, :n] = xi
            mask[j, :n] = 1
        xt: Any = torch.from_numpy(x)
        if tune:
            xt = tuple(torch.from_numpy(a) for a in piece_batch([i[5][0] for i in items], [i[5][1] for i in items], t))
        return (
            torch.from_numpy(w),
            torch.from_numpy(c),
            torch.from_numpy(k),
            torch.from_numpy(y),
            torch.from_numpy(p),
            xt,
            torch.from_numpy(mask),
            torch.tensor(lens),
        )

    def evaluate() -> float:
        scores = [evaluate_on(dv) for dv in dev_sets]
        if len(scores) > 1:
            print(f"{language}   dev F1 wikiann {scores[0]:.4f} news {scores[1]:.4f}", flush=True)
        return sum(scores) / len(scores)

    def evaluate_on(dv: list[Item]) -> float:
        net.eval()
        tp = fp = fn = 0
        with torch.no_grad():
            for s in range(0, len(dv), 256):
                items = dv[s : s + 256]
                w, c, k, _, p, x, _, lens = batchify(items, 0.0)
                emit = net.emissions(w, c, k, p, x, lens).numpy()
                trans = np.where(ALLOWED, net.trans.detach().numpy(), -1e4).astype(np.float32)
                end = net.end.detach().numpy()
                for j, it in enumerate(items):
                    n = len(it[0])
                    pred = viterbi(emit[j, :n], trans, end)
                    g, p = _spans(list(it[3])), _spans(pred)
                    tp += len(g & p)
                    fp += len(p - g)
                    fn += len(g - p)
        net.train()
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    began = time.time()
    best, best_state, epoch = -1.0, None, 0
    if init is not None:
        # A continued run must beat the model it starts from, or that model is kept.
        best = evaluate()
        best_state = {n: p.detach().clone() for n, p in net.state_dict().items()}
        print(f"{language} init dev F1 {best:.4f}", flush=True)
    order = sorted(range(len(tr)), key=lambda i: len(tr[i][0]))
    bs = 32
    while time.time() - began < minutes * 60 and epoch < max_epochs:
        epoch += 1
        batches = [order[i : i + bs] for i in range(0, len(order), bs)]
        rng.shuffle(batches)
        total = 0.0
        for bi in batches:
            w, c, k, y, p, x, mask, lens = batchify([tr[i] for i in bi], 0.05)
            loss = net.nll(net.emissions(w, c, k, p, x, lens), y, mask)
            opt.zero_grad()
            (loss / len(bi)).backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
            if time.time() - began > minutes * 60:
                break
        f1 = evaluate()
        took = time.time() - began
        print(f"{language} epoch {epoch} loss {total / len(tr):.3f} dev F1 {f1:.4f} {took:.0f}s", flush=True)
        if f1 > best:
            best = f1
            best_state = {n: p.detach().clone() for n, p in net.state_dict().items()}
        if epoch == 6 and init is None and decay == 1.0:
            for g in opt.param_groups:
                g["lr"] = 1e-3
        for g in opt.param_groups:
            # Geometric decay: late epochs refine instead of bouncing around the optimum.
            g["lr"] *= decay
    assert best_state is not None
    sd = {n: v.numpy() for n, v in best_state.items()}
    arrays: dict[str, np.ndarray] = {
        "vocab": np.asarray("\n".join(vocab[2:])),
        "chars": np.asarray("\n".join(chars[4:])),
        "labels": np.asarray("\n".join(LABELS)),
        "wemb": sd["wemb.weight"].astype(np.float16),
        "cemb": sd["cemb.weight"].astype(np.float16),
        "kemb": sd["kemb.weight"].astype(np.float16),
        # conv weight (F, C, 3) -> (3*C, F) for an im2col matmul
        "conv_w": sd["conv.weight"].transpose(2, 1, 0).reshape(3 * char_dim, char_filters).astype(np.float16),
        "conv_b": sd["conv.bias"].astype(np.float32),
        "out_w": sd["out.weight"].T.astype(np.float16),
        "out_b": sd["out.bias"].astype(np.float32),
        "trans": np.where(ALLOWED, sd["trans"], -1e4).astype(np.float32),
        "end": sd["end"].astype(np.float32),
        "dev_f1": np.asarray(best),
    }
    if mix is not None:
        arrays["mix"] = np.asarray(mix, dtype=np.float32)
    if x_dim:
        arrays["xproj_w"] = sd["xproj.weight"].T.astype(np.float16)
        arrays["xproj_b"] = sd["xproj.bias"].astype(np.float32)
        arrays["ctx_layer"] = np.asarray(ctx_layer)
    if net.tuner is not None:
        arrays |= {name: a for name, a in net.tuner.export().items()}
    if pkeys:
        arrays["pvocab"] = np.asarray("\n".join(pkeys))
        arrays["pvec"] = pq
        arrays["pscale"] = pscale
    for d, suf in (("f", ""), ("b", "_reverse")):
        arrays[f"{d}_wih"] = sd[f"lstm.weight_ih_l0{suf}"].T.astype(np.float16)
        arrays[f"{d}_whh"] = sd[f"lstm.weight_hh_l0{suf}"].T.astype(np.float16)
        arrays[f"{d}_b"] = (sd[f"lstm.bias_ih_l0{suf}"] + sd[f"lstm.bias_hh_l0{suf}"]).astype(np.float32)
    out = out or MODEL_DIR / f"ner-neural-{language}.npz"
    np.savez_compressed(out, **arrays)  # type: ignore[arg-type]
    print(f"{language} best dev F1 {best:.4f} -> {out} ({out.stat().st_size / 1e6:.2f} MB)", flush=True)
    return out


def read_states(path: Path) -> tuple[list[np.ndarray], int]:
    """Per-sentence word states from a `contextual.py` file, and the layer they come from."""
    with np.load(path) as z:
        rows, lengths, layer = z["states"], z["lengths"], int(z["layer"])
    bounds = np.concatenate([[0], np.cumsum(lengths)])
    return [rows[a:b] for a, b in itertools.pairwise(bounds)], layer


def read_piece_states(path: Path) -> tuple[list[tuple[np.ndarray, np.ndarray]], int]:
    """Per-sentence piece states and pieces per word (`contextual.py --pieces`), and their layer."""
    with np.load(path) as z:
        rows, counts, lengths, layer = z["pieces"], z["piece_counts"], z["lengths"], int(z["layer"])
    word_bounds = np.concatenate([[0], np.cumsum(lengths)])
    out = []
    at = 0
    for a, b in itertools.pairwise(word_bounds):
        sentence_counts = counts[a:b].astype(np.int64)
        size = int(sentence_counts.sum()) + 2  # <s> and </s>
        out.append((rows[at : at + size], sentence_counts))
        at += size
    assert at == len(rows), (at, len(rows))
    return out, layer


def project_pretrained(path: Path, pdim: int) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Keys, int8 PCA projection (to `pdim`) of the e5 word vectors, per-dimension scale.

    The projection is centred and scaled to unit overall variance, so the frozen vectors
    sit on the scale of the learned embeddings."""
    with np.load(path) as z:
        keys = str(z["keys"]).split("\n")
        vecs = z["vecs"].astype(np.float32)
    vecs -= vecs.mean(axis=0)
    _, _, vt = np.linalg.svd(vecs[:: max(1, len(vecs) // 20000)], full_matrices=False)
    proj = vecs @ vt[:pdim].T
    proj /= proj.std()
    scale = (np.abs(proj).max(axis=0) / 127.0).astype(np.float32)
    q = np.round(proj / scale).astype(np.int8)
    return keys, q, scale


def carried_rows(old: np.ndarray, old_keys: list[str], keys: list[str], first: int, fresh: np.ndarray) -> np.ndarray:
    """An embedding table for `keys` (ids from 0; the first `first` are special rows) with
    the old table's rows where the old model had the key, `fresh`'s rows elsewhere."""
    out = fresh.astype(np.float32).copy()
    out[:first] = old[:first]
    where = {k: i + first for i, k in enumerate(old_keys)}
    for i, k in enumerate(keys[first:], first):
        if k in where:
            out[i] = old[where[k]]
    return out


def _load_init(
    net: Any,
    path: Path,
    vocab: list[str],
    chars: list[str],
    char_dim: int,
    char_filters: int,
    word_dim: int,
    p_dim: int,
    c_dim: int = 0,
) -> None:
    """Start from an exported model: continue training.

    Words and characters the old model knew keep their rows; new ones (extra training
    data) keep the fresh initialisation.  A model without pretrained vectors can seed one
    with them: their LSTM input rows start at zero, so the continued model begins exactly
    where the old one was."""
    import torch

    with np.load(path) as z:
        a = {k: z[k] for k in z.files}
    a["wemb"] = carried_rows(a["wemb"], str(a["vocab"]).split("\n"), vocab, 2, net.wemb.weight.detach().numpy())
    a["cemb"] = carried_rows(a["cemb"], str(a["chars"]).split("\n"), chars, 4, net.cemb.weight.detach().numpy())

    def f(x: np.ndarray) -> Any:
        return torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32))

    hidden = a["f_whh"].shape[0]
    sd = {
        "wemb.weight": f(a["wemb"]),
        "cemb.weight": f(a["cemb"]),
        "kemb.weight": f(a["kemb"]),
        "conv.weight": f(a["conv_w"].reshape(3, char_dim, char_filters).transpose(2, 1, 0)),
        "conv.bias": f(a["conv_b"]),
        "out.weight": f(a["out_w"].T),
        "out.bias": f(a["out_b"]),
        "trans": f(np.where(np.asarray(ALLOWED), a["trans"], 0.0)),
        "end": f(a["end"]),
    }
    for d, suf in (("f", ""), ("b", "_reverse")):
        wih = a[f"{d}_wih"].astype(np.float32)
        if "pvec" not in a and p_dim:
            wih = np.concatenate([wih[:word_dim], np.zeros((p_dim, wih.shape[1]), np.float32), wih[word_dim:]])
        if "xproj_w" not in a and c_dim:
            # New contextual inputs start with zero weight: training begins at the old model.
            wih = np.concatenate([wih, np.zeros((c_dim, wih.shape[1]), np.float32)])
        sd[f"lstm.weight_ih_l0{suf}"] = f(wih.T)
        sd[f"lstm.weight_hh_l0{suf}"] = f(a[f"{d}_whh"].T)
        sd[f"lstm.bias_ih_l0{suf}"] = f(a[f"{d}_b"])
        sd[f"lstm.bias_hh_l0{suf}"] = torch.zeros(4 * hidden)
    sd["pemb.weight"] = net.pemb.weight.detach().clone()
    if net.xproj is not None:
        if "xproj_w" in a:
            sd["xproj.weight"], sd["xproj.bias"] = f(a["xproj_w"].T), f(a["xproj_b"])
        else:
            sd["xproj.weight"] = net.xproj.weight.detach().clone()
            sd["xproj.bias"] = net.xproj.bias.detach().clone()
    if net.tuner is not None:
        tuned = {k.removeprefix("tuned."): v for k, v in a.items() if k.startswith("tuned.")}
        for name, value in net.tuner.state_dict().items():
            _, block, _, layer_name, part = name.split(".")  # blocks.0.linear.q.weight
            key = f"l{net.tuner.first + int(block)}.{layer_name}.{part[0]}"
            sd[f"tuner.{name}"] = f(tuned[key]) if key in tuned else value.detach().clone()
    net.load_state_dict(sd)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("language")
    ap.add_argument("path", type=Path)
    ap.add_argument("--minutes", type=float, default=8.0)
    ap.add_argument("--dev", type=int, default=1000)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--init", type=Path, default=None, help="continue from an exported .npz")
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--decay", type=float, default=1.0, help="lr factor after each epoch (1: step to 1e-3 at 6)")
    ap.add_argument("--max-epochs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="where to write the .npz (default: the models folder)")
    ap.add_argument("--pretrained", type=Path, default=None, help="word vectors from pretrained_vectors.py")
    ap.add_argument("--pdim", type=int, default=64, help="PCA dimensions kept of the pretrained vectors")
    ap.add_argument("--extra", type=Path, default=None, help="silver news sentences (silver.py), trained on too")
    ap.add_argument("--extra-dev", type=Path, default=None, help="their held-out dev file")
    ap.add_argument("--extra-repeat", type=int, default=1, help="times the extra sentences are repeated")
    ap.add_argument("--mix", type=float, default=None, help="perceptron weight stored in the model (neural.MIX)")
    ap.add_argument("--contextual", type=Path, default=None, help="the train file's word states (contextual.py)")
    ap.add_argument("--cdim", type=int, default=128, help="dimensions the contextual states are projected to")
    ap.add_argument("--contextual-extra", type=Path, default=None, help="the --extra file's word states")
    ap.add_argument("--contextual-extra-dev", type=Path, default=None, help="the --extra-dev file's word states")
    ap.add_argument("--tune", type=int, default=0, help="encoder layers above the --contextual piece states to tune")
    ap.add_argument("--tune-lr", type=float, default=5e-5, help="their learning rate")
    args = ap.parse_args()
    train(
        args.language,
        args.path,
        args.minutes,
        dev_size=args.dev,
        threads=args.threads,
        hidden=args.hidden,
        init=args.init,
        lr=args.lr,
        decay=args.decay,
        max_epochs=args.max_epochs,
        seed=args.seed,
        out=args.out,
        pretrained=args.pretrained,
        pdim=args.pdim,
        extra=args.extra,
        extra_dev=args.extra_dev,
        extra_repeat=args.extra_repeat,
        mix=args.mix,
        contextual=args.contextual,
        cdim=args.cdim,
        contextual_extra=args.contextual_extra,
        contextual_extra_dev=args.contextual_extra_dev,
        tune=args.tune,
        tune_lr=args.tune_lr,
    )


if __name__ == "__main__":
    main()
