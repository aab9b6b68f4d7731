"""Which person a bare surname names when several full names share it.

A bare "Kadhafi" in 2011 news is Muammar Gaddafi, though the press also names his sons in
full ("Saïf al-Islam Kadhafi", "Khamis Kadhafi") and taggers glue words onto the surname
("Colonnello Gheddafi", "Deposto Gheddafi").  With only "the one full name that fits", every
bare mention stayed an identity of its own.  The bearer named far more often in full than
all the others together takes it; otherwise it stays apart (two Shoigus named once each).
Only full-name mentions count: a bare mention once linked votes for its bearer, and counting
it would make the link feed itself and depend on arrival order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

__all__ = ["DOMINANCE", "MIN_MENTIONS", "dominant_bearer", "full_name_mentions"]

DOMINANCE = 3.0  # the bearer's full-name mentions against all the others' together
MIN_MENTIONS = 10  # below this nobody has been named often enough to be "the" bearer


def full_name_mentions(votes: Counter[str] | None) -> int:
    """How often an identity was named in full (its display offers with a space in them)."""
    return sum(n for name, n in (votes or Counter()).items() if " " in name.strip())


def dominant_bearer(support: Mapping[str, int]) -> str | None:
    """The id whose full-name mentions outnumber all the others' `DOMINANCE` times over."""
    if not support:
        return None
    if len(support) == 1:
        return next(iter(support))
    top = max(sorted(support), key=lambda eid: support[eid])
    rest = sum(support.values()) - support[top]
    return top if support[top] >= MIN_MENTIONS and support[top] >= DOMINANCE * rest else None
