"""The bearer of a bare surname among the full names that share it."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from storywire.identity.bearers import DOMINANCE, MIN_MENTIONS, dominant_bearer, full_name_mentions


def test_only_full_name_mentions_count() -> None:
    assert full_name_mentions(Counter({"Muammar Gaddafi": 5, "Gaddafi": 40, "Kadhafi ": 3})) == 5
    assert full_name_mentions(None) == 0


def test_the_one_named_far_more_often_bears_it() -> None:
    assert dominant_bearer({"muammar": 3380, "saif": 28, "khamis": 42, "colonnello": 60}) == "muammar"
    assert dominant_bearer({"sergei": 1}) == "sergei"  # the only full name, however rare
    assert dominant_bearer({"sergei": 1, "ivan": 1}) is None
    assert dominant_bearer({"a": 9, "b": 0}) is None  # nobody named often enough yet
    assert dominant_bearer({}) is None


@given(st.dictionaries(st.sampled_from("abcdef"), st.integers(0, 200), min_size=2, max_size=6))
def test_a_bearer_outnumbers_all_others_and_does_not_depend_on_order(support: dict[str, int]) -> None:
    found = dominant_bearer(support)
    assert found == dominant_bearer(dict(reversed(list(support.items()))))
    if found is not None:
        rest = sum(support.values()) - support[found]
        assert support[found] >= max(MIN_MENTIONS, DOMINANCE * rest)
