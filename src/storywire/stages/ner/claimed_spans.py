"""A span a pass is sure of takes the place of the models' mentions inside it: a street, a
historical state, a firm with its legal form, a local body with its town.  A mention that runs
past the span is a longer name the models found, and the span gives way to it (each pass may
say which mentions block it, `blocks`)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from storywire.model import EntityType, Mention

# (a mention overlapping the span, the span's start, its end) -> the span gives way
Blocks = Callable[[Mention, int, int], bool]


def runs_past(m: Mention, start: int, end: int) -> bool:
    return m.start < start or m.end > end


def claimed_spans(
    text: str,
    mentions: list[Mention],
    spans: Iterable[tuple[int, int]],
    etype: EntityType,
    model: str,
    confidence: float,
    blocks: Blocks = runs_past,
) -> list[Mention]:
    """`mentions` with each of `spans` (in order) one `etype` mention in place of those inside
    it, unless one of them `blocks` it; sorted if any span was taken."""
    out = list(mentions)
    taken = False
    for start, end in spans:
        inside = [m for m in out if m.start < end and start < m.end]
        if any(blocks(m, start, end) for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(start, end, text[start:end], etype, model, confidence))
        taken = True
    return sorted(out, key=lambda m: (m.start, m.end)) if taken else mentions


def replace_holding(out: list[Mention], new: Mention, holds: Collection[str] | None = None) -> list[Mention]:
    """`out` with `new` in place of the mentions it holds (sorted); unchanged where `new`
    crosses a mention's edge or holds a person (with `holds`: a mention of any other type)."""
    overlaps = [o for o in out if o.start < new.end and new.start < o.end]
    if any(
        o.start < new.start or o.end > new.end or (o.type not in holds if holds is not None else o.type == "PER")
        for o in overlaps
    ):
        return out
    return sorted([o for o in out if o not in overlaps] + [new], key=lambda m: (m.start, m.end))


def added_over_shorter(mentions: list[Mention], found: Iterable[Mention]) -> list[Mention]:
    """`mentions` with each of `found` added in place of the shorter mentions it holds whole;
    one that cuts a mention or is no longer than one it overlaps is dropped (sorted)."""
    out = list(mentions)
    for m in found:
        overlapping = [o for o in out if o.start < m.end and m.start < o.end]
        if all(m.start <= o.start and o.end <= m.end and (o.end - o.start) < (m.end - m.start) for o in overlapping):
            out = [o for o in out if o not in overlapping] + [m]
    return sorted(out, key=lambda m: (m.start, m.end))
