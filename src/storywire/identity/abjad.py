"""Person names in Arabic script, read as the sounds a Latin spelling writes.

A generic transliteration (anyascii) writes Arabic letter by letter: ماكرون becomes "mkrwn",
its waw a consonant w, so Macron's key never meets it.  In foreign names and in most Arab
ones, ا و ي inside a word are the long vowels a, u, i; only at a word's start are و and ي
the consonants w and y.  Arabic has no p (ترامب is Trump, بوتين Putin): its b is written as
the class ``B`` that `phonetic` matches against b or p, as it matches f against v.

The reading is a candidate for `phonetic.sounds_alike`, which still needs three consonants
and the same sounds one for one; the linker still needs the type to agree and, for a bare
surname, exactly one full name that fits.
"""

from __future__ import annotations

import functools
import re

_ARABIC = re.compile(r"[\u0600-\u06FF]")

_LETTERS: dict[str, str] = {
    "ب": "B", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "ى": "a",
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ء": "", "ئ": "i", "ؤ": "u", "پ": "p", "ڤ": "v",
    "گ": "g", "چ": "ch",
}  # fmt: skip
_LONG_VOWEL = {"و": "u", "ي": "i"}
_CONSONANT_AT_START = {"و": "w", "ي": "y"}


def has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


def arabic_name_reading(name: str) -> list[str]:
    """A name's words read (`arabic_reading`), the article al- cut off as Latin spellings
    hyphenate it away (السيسي: Sisi, el-Sisi)."""
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in name.split()]
    return [r for r in (arabic_reading(w) for w in words) if r]


@functools.lru_cache(maxsize=8192)
def arabic_reading(word: str) -> str:
    """One Arabic word as Latin sounds (lower case but for the B class): ماكرون -> 'makrun',
    بوتين -> 'Butin', ترامب -> 'tramB', بايدن -> 'Bidn'.  Letters outside the alphabet (diacritics, tatweel) drop."""
    out = []
    for i, ch in enumerate(word):
        if ch == "ا" and 0 < i < len(word) - 2 and word[i + 1] == "ي" and word[i + 2] not in "اوي":
            continue  # "اي" before a consonant is the sound i (بايدن: Biden), no glide
        if ch in _LONG_VOWEL:
            out.append(_CONSONANT_AT_START[ch] if i == 0 else _LONG_VOWEL[ch])
        else:
            out.append(_LETTERS.get(ch, ""))
    return "".join(out)
