"""Feature ids of the perceptron tagger's context features (`tagger.context_features`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from storywire.stages.ner.tokens import is_title, shape


class ContextIds:
    """The feature ids of `context_features`, token by token in its order, without its strings.

    Building some fifteen strings per token and hashing each for the index lookup was most of
    the perceptron's time in the neural taggers' ensemble.  Every template reads a word, a
    shape, two neighbouring words or shapes and words around one token; the ids are kept per
    such key (news repeats them) and looked up once per position of a sentence, the string
    built only on a miss.  The caches are cleared when one grows past `CACHE` keys.
    """

    CACHE = 200_000

    def __init__(self, index: dict[str, int], unknown: int, places: frozenset[str]) -> None:
        get = index.get
        self._get: Callable[[str], int] = lambda feature: get(feature, unknown)
        self._places = places
        self._shape_of: dict[str, str] = {}
        self._words: dict[str, tuple[int, ...]] = {}  # p1= p2= n1= n2= p1s3= n1s3=
        self._shapes: dict[str, tuple[int, ...]] = {}  # ps= ns= first|s=
        self._bigrams: dict[tuple[str, str], tuple[int, ...]] = {}  # p1|w= w|n1= p2|p1= n1|n2=
        self._keyed: dict[tuple[str, ...], int] = {}  # ps|s|ns= p1s|s= n1|s=
        self._p1gaz, self._n1gaz, self._title = (
            get("p1gaz", unknown),
            get("n1gaz", unknown),
            get("title-after-lower", unknown),
        )

    def _word(self, w: str) -> tuple[int, ...]:
        g, end = self._get, w[-3:]
        found = self._words[w] = (
            g("p1=" + w),
            g("p2=" + w),
            g("n1=" + w),
            g("n2=" + w),
            g("p1s3=" + end),
            g("n1s3=" + end),
        )
        return found

    def _shape(self, s: str) -> tuple[int, ...]:
        found = self._shapes[s] = (self._get("ps=" + s), self._get("ns=" + s), self._get("first|s=" + s))
        return found

    def _bigram(self, pair: tuple[str, str]) -> tuple[int, ...]:
        joined = pair[0] + "|" + pair[1]
        g = self._get
        found = self._bigrams[pair] = (
            g("p1|w=" + joined),
            g("w|n1=" + joined),
            g("p2|p1=" + joined),
            g("n1|n2=" + joined),
        )
        return found

    def _one(self, key: tuple[str, ...]) -> int:
        found = self._keyed[key] = self._get(key[0] + "=" + "|".join(key[1:]))
        return found

    def ids(self, words: Sequence[str]) -> list[list[int]]:
        caches = (self._shape_of, self._words, self._shapes, self._bigrams, self._keyed)
        if any(len(cache) > self.CACHE for cache in caches):
            for cache in caches:
                cache.clear()
        n = len(words)
        low = [w.lower() for w in words]
        shape_of = self._shape_of
        shp = [shape_of.get(w) or shape_of.setdefault(w, shape(w)) for w in words]
        at = ["<s>", "<s>", *low, "</s>", "</s>"]  # at[i + 2] is token i's word
        sat = ["<s>", *shp, "</s>"]  # sat[i + 1] is token i's shape
        # Ids per position (a cached id may be 0: then `or` only looks it up again).
        wt = [self._words.get(w) or self._word(w) for w in at]
        st = [self._shapes.get(s) or self._shape(s) for s in sat]
        bg = [self._bigrams.get(p) or self._bigram(p) for p in pairwise(at)]
        keyed, one = self._keyed.get, self._one
        tri = [
            keyed(k) or one(k) for k in (("ps|s|ns", a, b, c) for a, b, c in zip(sat[:n], shp, sat[2:], strict=True))
        ]
        pss = [
            keyed(k) or one(k)
            for k in (("p1s|s", a, b, c) for a, b, c in zip(sat[:n], shp, at[1 : n + 1], strict=True))
        ]
        ns1 = [keyed(k) or one(k) for k in (("n1|s", a, b) for a, b in zip(shp, at[3 : n + 3], strict=True))]
        titled = [is_title(w) for w in words]
        places = self._places
        out: list[list[int]] = []
        for i in range(n):
            ids = [
                wt[i + 1][0],  # p1=
                wt[i][1],  # p2=
                wt[i + 3][2],  # n1=
                wt[i + 4][3],  # n2=
                st[i][0],  # ps=
                st[i + 2][1],  # ns=
                tri[i],  # ps|s|ns=
                bg[i + 1][0],  # p1|w=
                bg[i + 2][1],  # w|n1=
                wt[i + 1][4],  # p1s3=
                wt[i + 3][5],  # n1s3=
                pss[i],  # p1s|s=
                ns1[i],  # n1|s=
                bg[i][2],  # p2|p1=
                bg[i + 3][3],  # n1|n2=
            ]
            if i > 0 and at[i + 1] in places:
                ids.append(self._p1gaz)
            if i + 1 < n and at[i + 3] in places:
                ids.append(self._n1gaz)
            if i == 0:
                ids.append(st[1][2])  # first|s=
            if titled[i] and i > 0 and not titled[i - 1]:
                ids.append(self._title)
            out.append(ids)
        return out
