"""Where an Arabic rule may fire: the words of a paragraph that are one of its trigger words.

Each Arabic rule module reads a paragraph word by word through its own test ("is this word,
without its clitic, one of my heads?"), and most words pass none: a paragraph of ninety
words cost every module ninety calls.  A trigger word is written in few forms, bare, behind
a one-letter clitic (و ب ل ف: "وشركة", "بمحافظة") or, with the article, behind "لل" ("للهيئة"
is "ل" + "الهيئة"): the set of those forms, built once per module, finds the few words where
the module's test can pass.  It is a superset of what any test reads as its trigger, so the
test itself still decides, and a rule gives the same mentions whichever words it skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set

from storywire.stages.ner.arabic_lexicon import CLITICS

# One-letter clitics glued to the next word, as one string.
_CLITIC_LETTERS = "".join(CLITICS)


def clitic_forms(words: Iterable[str], clitics: str = _CLITIC_LETTERS) -> frozenset[str]:
    """`words` as written bare, behind one of `clitics`, and (a definite word) behind "لل"."""
    forms: set[str] = set()
    for word in words:
        forms.add(word)
        forms.update(clitic + word for clitic in clitics)
        if word.startswith("ال"):
            forms.add("لل" + word[2:])
    return frozenset(forms)


def trigger_indices(words: Sequence[str], forms: Set[str]) -> list[int]:
    """The indices of `words` that are one of `forms`, in order."""
    if forms.isdisjoint(words):  # (most paragraphs hold no trigger of a module: one C-level pass)
        return []
    return [i for i, word in enumerate(words) if word in forms]


def head_behind_clitic(word: str, heads: Set[str]) -> tuple[int, str]:
    """(clitic length, head) of `word` when it is one of `heads`, bare, behind a one-letter
    clitic, or a definite head behind "لل" ("للمسجد": "ل" + "المسجد"); (0, "") otherwise."""
    if word in heads:
        return 0, word
    if word[:1] in _CLITIC_LETTERS and word[1:] in heads:
        return 1, word[1:]
    if word.startswith("لل") and "ال" + word[2:] in heads:
        return 1, "ال" + word[2:]
    return 0, ""


def head_after_clitic(word: str, heads: Set[str]) -> tuple[int, str]:
    """(clitic length, head) of `word`: bare or behind و ب ل ف, not behind "لل" (the article's
    alif is gone there, and no span opens inside the word); (0, "") when it is none of `heads`."""
    if word in heads:
        return 0, word
    if word[:1] in _CLITIC_LETTERS and word[1:] in heads:
        return 1, word[1:]
    return 0, ""


def definite_word(word: str) -> bool:
    """A definite word of four letters or more ("الهيئة", not "ال")."""
    return word.startswith("ال") and word.isalpha() and len(word) > 3
