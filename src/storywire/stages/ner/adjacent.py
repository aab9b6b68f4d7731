"""Two mentions next to each other that are one body's name: the passes that join them ("Brenner
& Sohm", "WWF España", "Ministerio de Ciencia e Innovación") differ only in what may stand
between and on each side, given as a predicate."""

from __future__ import annotations

from collections.abc import Callable

from storywire.model import Mention

# (the mention before, the mention after, the text between them)
Joinable = Callable[[Mention, Mention, str], bool]


def joined_bodies(text: str, mentions: list[Mention], joinable: Joinable, model: str) -> list[Mention]:
    """`mentions` (sorted) with each pair that `joinable` accepts made one organisation; a joined
    mention may take the next one too, if `joinable` accepts it."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and joinable(last, m, text[last.end : m.start]):
            out[-1] = Mention(last.start, m.end, text[last.start : m.end], "ORG", model, last.confidence)
            continue
        out.append(m)
    return out
