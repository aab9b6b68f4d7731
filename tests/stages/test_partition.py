"""Average linkage over link weights: dense groups stay whole, chains are cut, order never matters."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.stages.partition import MERGE_THRESHOLD, PairWeight, average_linkage


def weights(pairs: dict[tuple[str, str], float]) -> PairWeight:
    def weight(a: str, b: str) -> float:
        return pairs.get((a, b), pairs.get((b, a), 0.0))

    return weight


def test_a_dense_happening_stays_whole() -> None:
    members = [f"a{i}" for i in range(8)]
    linked = {pair: 0.8 for pair in itertools.combinations(members, 2) if pair != ("a0", "a7")}
    assert average_linkage(members, weights(linked)) == [sorted(members)]


def test_a_day_to_day_chain_is_cut() -> None:
    # twelve daily reports, each linked only to the day before: one "story" as a connected
    # group, several happenings under average linkage
    members = [f"d{i:02d}" for i in range(12)]
    chain = {(members[i], members[i + 1]): 0.8 for i in range(11)}
    clusters = average_linkage(members, weights(chain))
    assert len(clusters) >= 3
    assert max(len(c) for c in clusters) <= 4
    assert sorted(m for c in clusters for m in c) == members
    for cluster in clusters:  # every cut keeps consecutive days together
        days = sorted(int(m[1:]) for m in cluster)
        assert days == list(range(days[0], days[-1] + 1))


def test_two_happenings_bridged_by_one_report_stay_two() -> None:
    left = [f"l{i}" for i in range(5)]
    right = [f"r{i}" for i in range(5)]
    linked = {pair: 0.9 for group in (left, right) for pair in itertools.combinations(group, 2)}
    linked[("l0", "bridge")] = linked[("r0", "bridge")] = 0.7
    clusters = average_linkage([*left, *right, "bridge"], weights(linked))
    assert len(clusters) == 2
    assert {frozenset(c) - {"bridge"} for c in clusters} == {frozenset(left), frozenset(right)}


def test_a_report_linked_once_to_a_big_happening_joins_it() -> None:
    big = [f"b{i}" for i in range(10)]
    linked = {pair: 0.9 for pair in itertools.combinations(big, 2)}
    linked[("b3", "late")] = 0.7  # one link: its mean over the cluster is 0.07, below the threshold
    assert MERGE_THRESHOLD > 0.7 / 10
    assert average_linkage([*big, "late"], weights(linked)) == [sorted([*big, "late"])]


def test_unlinked_articles_stay_alone() -> None:
    assert average_linkage(["b", "a", "c"], weights({})) == [["a"], ["b"], ["c"]]


names = st.lists(st.sampled_from("abcdefghijkl"), min_size=1, max_size=12, unique=True)


@st.composite
def linked_groups(draw: st.DrawFn) -> tuple[list[str], dict[tuple[str, str], float]]:
    members = draw(names)
    pairs = list(itertools.combinations(sorted(members), 2))
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=len(pairs))) if pairs else []
    linked = {pair: draw(st.sampled_from([0.65, 0.7, 0.8, 0.9, 1.0])) for pair in chosen}
    return members, linked


@settings(max_examples=200, deadline=None)
@given(linked_groups(), st.randoms())
def test_clusters_partition_the_members_whatever_their_order(group, rng) -> None:  # type: ignore[no-untyped-def]
    members, linked = group
    clusters = average_linkage(members, weights(linked))
    assert sorted(m for c in clusters for m in c) == sorted(members)
    shuffled = list(members)
    rng.shuffle(shuffled)
    assert average_linkage(shuffled, weights(linked)) == clusters


@settings(max_examples=200, deadline=None)
@given(linked_groups(), st.randoms())
def test_clustering_whole_results_again_gives_them_back(group, rng) -> None:  # type: ignore[no-untyped-def]
    # what lets the clusterer re-cluster only a new article's neighbourhood: any union of
    # earlier clusters comes back as the same clusters
    members, linked = group
    clusters = average_linkage(members, weights(linked))
    some = [c for c in clusters if rng.random() < 0.5] or clusters[:1]
    union = [m for c in some for m in c]
    assert average_linkage(union, weights(linked)) == sorted(some, key=lambda c: c[0])
