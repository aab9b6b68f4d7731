"""Sound-level comparison of folded surnames, for renderings the identity key cannot unify.

The key (`names.name_key`) must be one canonical string, so it can only collapse spellings
that never separate two names.  Some renderings differ in ways no single canonical form
can absorb: French j is ж (Dujarric = Дюжаррик) while German j is й (Jelzin = Ельцин);
Portuguese final s is ш (Guterres = Гутерриш); Ukrainian я/є leave glides English lacks
(Leyen = Ляєн).  Those are settled here by *comparing* two folded surnames: consonant
classes must agree one for one, a glide may stand for nothing or for a French/English j,
vowels are ignored except whether the word ends in one (Zakharov is not Zakharova).
A glide may only be dropped at the start or next to a sibilant (Gutierrez is not Guterres).

The comparison is lossy by design, so it is only a candidate test: callers still need the
entity type and the given names to agree, and short skeletons (under three consonants)
never match, so Dyuk cannot stand for Dujarric.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_VOWELS = frozenset("aeiou")
_GLIDE = "G"  # an i next to a vowel: й, the y of я/ю/є, or a French/English j folded to i
_FINAL_VOWEL = "V"
_MIN_CONSONANTS = 3

# Consonant classes on folded text (see names._FOLD_RULES): f/v differ only in voicing and
# swap freely across languages (Smirnoff, фон/von); th/dh/rh are t/d/r in Cyrillic renderings.
_CLASS = {"f": "v"}
_SILENT_H_AFTER = frozenset("tdr")
# A surname's first k or h (g, kh and Ukrainian г fold to h) is one class: Arabic ق is written
# Q, K or G (Qaddafi, Kadhafi, Gaddafi = Каддафи), Cyrillic г as G or H.  Only the first sound:
# inside a name the letters keep apart what they spell.
_FIRST_KH = "K"

# German and Polish transliterations of Slavic names write х as "ch" (Sacharowa = Захарова,
# Chodorkowski = Ходорковский), where English and French "ch" are ч and ш; the spelling
# system shows in the word itself (sch/tsch, cz/sz, -ow/-owa/-ew/-owski endings), which is
# a better witness than the article's language (a German article still writes Charles Michel).
_GERMANIC_SLAVIC = re.compile(r"sch|[csr]z|(?:ow|ew)(?:a|na)?$|(?:ow|ew)sk[aiy]j?$|witsch$")
_PLAIN_CH = re.compile(r"(?<!s)ch")


def germanic_ch(raw: str) -> str:
    """Rewrite plain "ch" as "kh" in a lower-case Latin word spelled the German/Polish way."""
    if "ch" in raw and _GERMANIC_SLAVIC.search(raw):
        return _PLAIN_CH.sub("kh", raw)
    return raw


@functools.cache
def sound_units(folded: str) -> tuple[str, ...]:
    """The consonant classes of a folded surname (all words), with glides and a final vowel mark.

    'duiarik' (Dujarric) -> d G r k; 'diuSarik' (Дюжаррик) -> d G S r k.
    """
    out: list[str] = []
    for word in folded.split():
        n = len(word)
        for i, ch in enumerate(word):
            prev = word[i - 1] if i else ""
            nxt = word[i + 1] if i + 1 < n else ""
            if ch == "i" and (prev in _VOWELS or nxt in _VOWELS):
                if not out or out[-1] != _GLIDE:
                    out.append(_GLIDE)
            elif ch in _VOWELS or (ch == "h" and prev in _SILENT_H_AFTER):
                continue
            elif ch == "S" and i == n - 1:
                out.append("s")  # Portuguese final s sounds ш: Guterres = Гутерриш
            elif ch in "kh" and not any(u not in (_GLIDE,) for u in out):
                out.append(_FIRST_KH)  # the surname's first sound: ق as Q, K or G (h after folding)
            else:
                out.append(_CLASS.get(ch, ch))
    last = folded.rstrip()[-1:]
    if last in _VOWELS and last != "e":  # French final e is silent (Stéphane = Стефан)
        out.append(_FINAL_VOWEL)
    return tuple(out)


@functools.lru_cache(maxsize=200_000)  # asked for every surname at every lookup (`registry.by_surname`)
def blocking_key(folded: str) -> tuple[str, ...]:
    """What two surnames that sound alike always share: their units without glides and
    sibilants (the only units `_align` matches to something else or drops), so an index by
    this key finds every candidate without comparing against the whole registry.  Empty for
    a surname too short to sound like any other (under three consonants)."""
    units = sound_units(folded)
    if _consonants(units) < _MIN_CONSONANTS:
        return ()
    return tuple(_BLOCK.get(u, u) for u in units if u not in (_GLIDE, "S"))


def _consonants(units: tuple[str, ...]) -> int:
    return sum(u not in (_GLIDE, _FINAL_VOWEL) for u in units)


@functools.lru_cache(maxsize=200_000)  # linking compares the same surnames at every lookup
def sounds_alike(a: str, b: str) -> bool:
    """Two folded surnames are renderings of one sound sequence (see the module docstring)."""
    if a == b:
        return True
    ua, ub = sound_units(a), sound_units(b)
    if min(_consonants(ua), _consonants(ub)) < _MIN_CONSONANTS:
        return False
    return _align(ua, ub)


def _align(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    # reach[i][j]: a[:i] and b[:j] align with no unexplained difference.
    reach = [[False] * (len(b) + 1) for _ in range(len(a) + 1)]
    reach[0][0] = True
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if not reach[i][j]:
                continue
            x = a[i] if i < len(a) else None
            y = b[j] if j < len(b) else None
            if x is not None and y is not None and _unit_match(x, y):
                reach[i + 1][j + 1] = True
            if x == _GLIDE and _droppable(a, i):
                reach[i + 1][j] = True
            if y == _GLIDE and _droppable(b, j):
                reach[i][j + 1] = True
    return reach[len(a)][len(b)]


def _droppable(units: tuple[str, ...], i: int) -> bool:
    # A glide another spelling may lack: word-initial (Yerdogan = Erdogan) or softening a
    # sibilant (Дюжаррик = Dujarric).  Elsewhere it is a vowel of its own: Gutierrez is
    # not Guterres.
    return i == 0 or "S" in units[max(0, i - 1) : i + 2]


# Classes of a name read from another script: Chinese has no r, and its final n/ng writes
# any nasal (`xinhua`: 特朗普 = Trump); Arabic has no p (`abjad`: بوتين = Putin).
_EITHER = {"L": frozenset("lrL"), "N": frozenset("nmN"), "B": frozenset("bpB")}
# What a blocking key keeps of those sounds, so a class and its members share a key.
_BLOCK = {"r": "l", "L": "l", "m": "n", "N": "n", "p": "b", "B": "b"}


def _unit_match(x: str, y: str) -> bool:
    if x == y:
        return True
    if x in _EITHER or y in _EITHER:
        return y in _EITHER.get(x, ()) or x in _EITHER.get(y, ())
    # French j is ж and English j is дж, both "S" on the Cyrillic side; the key folds Latin
    # j to i, which lands here as a glide.
    return {x, y} == {_GLIDE, "S"}


def same_first_letter(a: str, b: str) -> bool:
    """Two folded surnames that sound alike can open with these letters: the same one, k and h
    (`_FIRST_KH`: Kadhafi = Gaddafi), a class and a letter of it (`_EITHER`), or two vowels,
    which scripts write differently (أردوغان "ardughan", Erdoğan)."""
    if a == b or {a, b} == {"k", "h"} or (a in _VOWELS and b in _VOWELS):
        return True
    return b in _EITHER.get(a, ()) or a in _EITHER.get(b, ())


def read_from_other_script(folded: str) -> bool:
    """A name part read from Chinese characters or Arabic letters: it carries a class (L, N, B)."""
    return any(c in folded for c in _EITHER)


def same_opening(a: str, b: str) -> bool:
    """Two folded name parts open with the same sound (a consonant, or a glide: Joe = 乔):
    all a given name read back from Chinese can show (弗拉基米尔 is Vla-ji-mir, Vladimir)."""
    ua = [u for u in sound_units(a) if u != _FINAL_VOWEL]
    ub = [u for u in sound_units(b) if u != _FINAL_VOWEL]
    return bool(ua and ub) and (_unit_match(ua[0], ub[0]) or {ua[0], ub[0]} <= {_FIRST_KH, "k", "h"})


def sounding_like(surname: str, pool: Iterable[str]) -> list[str]:
    """The surnames of `pool` (other than `surname` itself) that sound like it, sorted."""
    return sorted({s for s in pool if s != surname and sounds_alike(surname, s)})
