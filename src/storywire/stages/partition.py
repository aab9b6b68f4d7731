"""Cut a group of linked articles into happenings: average-linkage clustering over link weights.

Linked articles form chains in dense coverage: each day's reports link to the previous
days', and the connected group of a war's six weeks is one "story" of 128 articles.  A
happening is a group whose members are, on average, linked to each other, not one reachable
through a chain.  So the linked group is clustered by average linkage (UPGMA): two clusters
merge while the mean link weight over all pairs between them, unlinked pairs counting 0, is
at least `threshold`.  Pairs outside the clusterer's time window are never linked, so a
cluster that would stretch over weeks has mostly zero pairs and stays cut; a dense
happening (every report linked to most others) stays whole.

Average linkage leaves an article linked by one edge to a big cluster on its own (its mean
is one weight over the cluster's size).  Such a singleton joins the cluster it is most
strongly linked to: something said it is the same happening, and of its links that one is
the strongest.

The result is a function of the members and their pair weights only: ties break on article
ids, never on arrival order.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence

MODEL = "storywire-average-linkage"

# Mean link weight between two clusters for them to merge.  The link weights are link
# probabilities >= the link threshold (~0.65), so 0.2 means about a third of the pairs
# between two clusters are linked.  Chosen on cl-tls's densest chains (a six-week war ->
# stories of at most ~12 days, their titles one happening each) with every labelled
# happening of the demo corpus kept whole at any value up to 0.3.
MERGE_THRESHOLD = 0.2

PairWeight = Callable[[str, str], float]


def average_linkage(
    members: Sequence[str],
    weight: PairWeight,
    threshold: float = MERGE_THRESHOLD,
    pairs: Iterable[tuple[str, str]] | None = None,
) -> list[list[str]]:
    """Clusters of `members` (each sorted, in order of their first member) by average linkage
    over `weight` (0: unlinked).  `pairs`: the only pairs that can be linked (default: all)."""
    order = sorted(set(members))
    if pairs is None:
        pairs = ((a, b) for i, a in enumerate(order) for b in order[i + 1 :])
    # a cluster is keyed by its smallest member, so ties break the same way in any run that
    # holds it, whatever else that run clusters
    clusters: dict[str, list[str]] = {m: [m] for m in order}
    sums: dict[str, dict[str, float]] = {m: {} for m in order}
    for a, b in pairs:
        w = weight(a, b)
        if w > 0.0 and a != b:
            sums[a][b] = sums[b][a] = w
    # (-mean, key, other key, their sizes): an entry is stale once either cluster has grown
    heap = [(-s, a, b, 1, 1) for a, row in sums.items() for b, s in row.items() if a < b]
    heapq.heapify(heap)
    while heap:
        negative_mean, a, b, size_a, size_b = heapq.heappop(heap)
        if len(clusters.get(a, ())) != size_a or len(clusters.get(b, ())) != size_b:
            continue
        if -negative_mean < threshold:
            break
        merged = clusters.pop(a) + clusters.pop(b)  # a < b: the merged cluster keeps key a
        clusters[a] = merged
        row: dict[str, float] = {}
        for old in (a, b):
            for other, s in sums.pop(old).items():
                if other in (a, b):
                    continue
                row[other] = row.get(other, 0.0) + s
                del sums[other][old]
        sums[a] = row
        for other, s in row.items():
            sums[other][a] = s
            first, second = (a, other) if a < other else (other, a)
            mean = s / (len(merged) * len(clusters[other]))
            heapq.heappush(heap, (-mean, first, second, len(clusters[first]), len(clusters[second])))
    return _attach_singletons(clusters, sums)


def _attach_singletons(clusters: dict[str, list[str]], sums: dict[str, dict[str, float]]) -> list[list[str]]:
    """Each article left alone joins the larger cluster it is most strongly linked to, if any.

    `sums[key]` holds, for every cluster linked to cluster `key`, the summed link weight."""
    joined: dict[str, list[str]] = {}
    for key, members in clusters.items():
        if len(members) != 1:
            continue
        strength = {other: total for other, total in sums[key].items() if len(clusters[other]) > 1}
        if strength:
            best = min(strength, key=lambda other: (-strength[other], other))
            joined.setdefault(best, []).append(key)
    attached = {key for singles in joined.values() for key in singles}
    groups = {key: members for key, members in clusters.items() if key not in attached}
    for target, singles in joined.items():
        groups[target] = groups[target] + singles
    return sorted((sorted(members) for members in groups.values()), key=lambda c: c[0])
