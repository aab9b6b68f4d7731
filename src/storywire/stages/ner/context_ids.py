"""Feature ids of the perceptron tagger's context features (`tagger.context_features`)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from itertools import pairwise, repeat
from typing import Any, Generic, TypeVar

import numpy as np
import numpy.typing as npt

from storywire.stages.ner.tokens import shape

IntArray = npt.NDArray[np.intp]
K = TypeVar("K", bound=Hashable)

# Pads around every sentence, two a side: each context feature then reads a fixed offset from
# its token in the run of all the batch's sentences laid end to end.
_PAD = 2
_BEFORE, _AFTER = ["<s>"] * _PAD, ["</s>"] * _PAD
FIXED = 15  # the context features every token has; up to four optional ones follow


class RowCache(dict[K, int], Generic[K]):
    """Key -> row of `rows` (a key's feature ids, or its summed weights).

    The keys a `gather` meets for the first time are numbered as they come (a dict's own
    `__missing__` hook: a hit is one C-level lookup) and their rows made afterwards, all in one
    call of `make`: a call per key was the larger part of the time on a new article's words.
    """

    def __init__(self, make: Callable[[list[K]], npt.ArrayLike], width: int, dtype: type = np.intp) -> None:
        super().__init__()
        self._make = make
        self._new: list[K] = []
        self.rows: npt.NDArray[Any] = np.empty((1024, width), dtype=dtype)

    def __missing__(self, key: K) -> int:
        slot = self[key] = len(self)
        self._new.append(key)
        return slot

    def gather(self, keys: Iterable[K]) -> npt.NDArray[Any]:
        """The rows of `keys`, in their order."""
        slots = np.fromiter(map(self.__getitem__, keys), dtype=np.intp)
        if self._new:
            while len(self) > len(self.rows):
                self.rows = np.concatenate([self.rows, np.empty_like(self.rows)])
            self.rows[len(self) - len(self._new) : len(self)] = self._make(self._new)
            self._new = []
        return self.rows[slots]

    def clear(self) -> None:
        super().clear()
        self._new = []


class _Ids(dict[K, int], Generic[K]):
    """Key -> the id of its one feature, looked up on the first meeting."""

    def __init__(self, make: Callable[[K], int]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: K) -> int:
        found = self[key] = self._make(key)
        return found

    def look_up(self, keys: Iterable[K]) -> IntArray:
        return np.fromiter(map(self.__getitem__, keys), dtype=np.intp)


class _Shapes(dict[str, str]):
    def __missing__(self, word: str) -> str:
        found = self[word] = shape(word)
        return found


class ContextIds:
    """The feature ids of `context_features` for a batch of sentences, without their strings.

    Building some fifteen strings per token and hashing each for the index lookup was most of
    the perceptron's time in the neural taggers' ensemble.  Every template reads a word, a
    shape, two neighbouring words or shapes and words around one token; the ids are kept per
    such key (news repeats them), in one array per kind of key, and a batch's id matrix is
    gathered from those arrays with numpy: Python only looks each position's keys up.  The
    caches are cleared when one grows past `CACHE` keys.
    """

    CACHE = 200_000

    def __init__(self, index: dict[str, int], unknown: int, places: frozenset[str]) -> None:
        get = index.get
        self._get: Callable[[str], int] = lambda feature: get(feature, unknown)
        self._places = places
        self._shape_of = _Shapes()
        # p1= p2= n1= n2= p1s3= n1s3=, and whether the word is a place (p1gaz, n1gaz)
        self._words: RowCache[str] = RowCache(self._words_ids, 7)
        # ps= ns= first|s=, and whether the shape is a title's (`is_title`; never a pad's)
        self._shapes: RowCache[str] = RowCache(self._shapes_ids, 4)
        self._bigrams: RowCache[tuple[str, str]] = RowCache(self._bigrams_ids, 4)  # p1|w= w|n1= p2|p1= n1|n2=
        self._keyed: _Ids[tuple[str, ...]] = _Ids(self._one)  # ps|s|ns= p1s|s= n1|s=
        self._p1gaz, self._n1gaz, self._title = (
            get("p1gaz", unknown),
            get("n1gaz", unknown),
            get("title-after-lower", unknown),
        )

    def _words_ids(self, words: list[str]) -> list[tuple[int, ...]]:
        return [self._word(w) for w in words]

    def _shapes_ids(self, shapes: list[str]) -> list[tuple[int, ...]]:
        return [self._shape(s) for s in shapes]

    def _bigrams_ids(self, pairs: list[tuple[str, str]]) -> list[tuple[int, ...]]:
        return [self._bigram(p) for p in pairs]

    def _word(self, w: str) -> tuple[int, ...]:
        g, end = self._get, w[-3:]
        return (
            g("p1=" + w),
            g("p2=" + w),
            g("n1=" + w),
            g("n2=" + w),
            g("p1s3=" + end),
            g("n1s3=" + end),
            w in self._places,
        )

    def _shape(self, s: str) -> tuple[int, ...]:
        return self._get("ps=" + s), self._get("ns=" + s), self._get("first|s=" + s), s[:1] == "X"

    def _bigram(self, pair: tuple[str, str]) -> tuple[int, ...]:
        joined = pair[0] + "|" + pair[1]
        g = self._get
        return g("p1|w=" + joined), g("w|n1=" + joined), g("p2|p1=" + joined), g("n1|n2=" + joined)

    def _one(self, key: tuple[str, ...]) -> int:
        return self._get(key[0] + "=" + "|".join(key[1:]))

    def ids(self, words: Sequence[str]) -> list[list[int]]:
        """One sentence's feature ids, token by token in `context_features`' order."""
        matrix, present = self.matrix([words])
        return [row[keep].tolist() for row, keep in zip(matrix, present, strict=True)]

    def matrix(self, sentences: Sequence[Sequence[str]]) -> tuple[IntArray, npt.NDArray[np.bool_]]:
        """The feature ids of every token of `sentences` (rows, concatenated) in `context_features`'
        order: the `FIXED` ones, then p1gaz, n1gaz, first|s and title-after-lower where the mask
        (the second array) is set."""
        caches = (self._shape_of, self._words, self._shapes, self._bigrams, self._keyed)
        if any(len(cache) > self.CACHE for cache in caches):
            for cache in caches:
                cache.clear()
        shape_of = self._shape_of
        at: list[str] = []  # every sentence's lower-cased words between pads
        sat: list[str] = []  # their shapes, likewise
        tri: list[tuple[str, ...]] = []
        pss: list[tuple[str, ...]] = []
        ns1: list[tuple[str, ...]] = []
        lengths: list[int] = []
        # The keys are built by map and zip (tuples made in C): this loop runs once per token
        # of every tagged sentence.
        for words in sentences:
            n = len(words)
            shp = list(map(shape_of.__getitem__, words))
            low = [*_BEFORE, *map(str.lower, words), *_AFTER]
            ps = ["<s>", *shp][:n]
            ns = [*shp[1:], "</s>"][:n]
            tri += zip(repeat("ps|s|ns", n), ps, shp, ns, strict=True)
            pss += zip(repeat("p1s|s", n), ps, shp, low[1 : n + 1], strict=True)
            ns1 += zip(repeat("n1|s", n), shp, low[3 : n + 3], strict=True)
            at += low
            sat += [*_BEFORE, *shp, *_AFTER]
            lengths.append(n)
        sizes = np.asarray(lengths, dtype=np.intp)
        # Each token's place in `at`: its sentence's start, two pads, its index in the sentence.
        starts = np.cumsum(sizes + 2 * _PAD) - sizes - _PAD
        tok = np.repeat(starts - np.cumsum(sizes) + sizes, sizes) + np.arange(int(sizes.sum()))
        w = self._words.gather(at)
        s = self._shapes.gather(sat)
        b = self._bigrams.gather(pairwise(at))  # b[j] = (at[j], at[j + 1])
        ids = np.empty((len(tok), FIXED + 4), dtype=np.intp)
        ids[:, 0] = w[tok - 1, 0]  # p1=
        ids[:, 1] = w[tok - 2, 1]  # p2=
        ids[:, 2] = w[tok + 1, 2]  # n1=
        ids[:, 3] = w[tok + 2, 3]  # n2=
        ids[:, 4] = s[tok - 1, 0]  # ps=
        ids[:, 5] = s[tok + 1, 1]  # ns=
        ids[:, 6] = self._keyed.look_up(tri)  # ps|s|ns=
        ids[:, 7] = b[tok - 1, 0]  # p1|w=
        ids[:, 8] = b[tok, 1]  # w|n1=
        ids[:, 9] = w[tok - 1, 4]  # p1s3=
        ids[:, 10] = w[tok + 1, 5]  # n1s3=
        ids[:, 11] = self._keyed.look_up(pss)  # p1s|s=
        ids[:, 12] = self._keyed.look_up(ns1)  # n1|s=
        ids[:, 13] = b[tok - 2, 2]  # p2|p1=
        ids[:, 14] = b[tok + 1, 3]  # n1|n2=
        ids[:, 15] = self._p1gaz
        ids[:, 16] = self._n1gaz
        ids[:, 17] = s[tok, 2]  # first|s=
        ids[:, 18] = self._title
        first = np.zeros(len(tok), dtype=np.bool_)
        first[(np.cumsum(sizes) - sizes)[sizes > 0]] = True
        # A pad is never a place, so no need to test for the first or last token here.
        titled = s[:, 3].astype(np.bool_)  # is_title
        present = np.ones((len(tok), FIXED + 4), dtype=np.bool_)
        present[:, 15] = w[tok - 1, 6].astype(np.bool_)
        present[:, 16] = w[tok + 1, 6].astype(np.bool_)
        present[:, 17] = first
        present[:, 18] = titled[tok] & ~titled[tok - 1] & ~first
        return ids, present
