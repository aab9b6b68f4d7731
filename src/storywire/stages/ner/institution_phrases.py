"""State bodies written in lower case in Ukrainian and Russian news.

Ukrainian and Russian capitalise only an official name's first word, and a foreign body is
mostly written in lower case in mid-sentence ("очолював міністерство оборони РФ", "в
министерстве иностранных дел Китая"): no capitalised run marks it, so no tagger or rule
finds it.  The heads of identity/institutions.py (security councils, foreign and defence
ministries, communist parties, central banks) are matched here word by word, inflected
("міністерства оборони"), wherever no mention covers them.
"""

from __future__ import annotations

import functools

from storywire.identity.institutions import head_phrases, head_word_matches
from storywire.model import Mention
from storywire.stages.ner.tokens import tokenize
from storywire.store.text_search import fold

LANGUAGES = frozenset({"uk", "ru"})
# Cyrillic case endings replace a word's final vowels ("міністерство" -> "міністерства",
# "центральний" -> "центрального"): such a pattern word matches by its stem, with up to three
# letters of ending.
_VOWEL_ENDS = "аеєиіїоуюяыэёьй"
_ENDING = 3


def _matches(pattern: str, word: str) -> bool:
    stem = pattern.rstrip(_VOWEL_ENDS)
    if len(pattern) >= 5 and len(stem) >= 4 and stem != pattern:
        return word.startswith(stem) and len(word) - len(stem) <= _ENDING
    return head_word_matches(pattern, word)


_KEY = 3  # a phrase's first word and any word it matches share their first three letters


@functools.cache
def _phrases_by_key() -> dict[str, list[tuple[str, ...]]]:
    """The Cyrillic head phrases of two words or more, by their first word's first letters,
    the longest first: a word is tried against the few phrases it can open, not all of them."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in head_phrases():
        if len(phrase) >= 2 and not phrase[0].isascii():
            index.setdefault(phrase[0][:_KEY], []).append(phrase)
    return index


# Every word of every paragraph is folded here, and news repeats its words (Unicode
# normalisation per word was ~1 ms of a Russian article).
_folded = functools.lru_cache(maxsize=65_536)(fold)


def lowercase_institutions(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` plus the institutions' head phrases of two words or more that none covers."""
    if language not in LANGUAGES:
        return mentions
    by_key = _phrases_by_key()
    toks = tokenize(text)
    folded = [_folded(t.text) for t in toks]
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    i = 0
    while i < len(toks):
        for phrase in by_key.get(folded[i][:_KEY], ()):
            end = i + len(phrase)
            if end <= len(toks) and all(_matches(p, w) for p, w in zip(phrase, folded[i:end], strict=True)):
                s, e = toks[i].start, toks[end - 1].end
                if not any(s < b and a < e for a, b in taken):
                    added.append(Mention(s, e, text[s:e], "ORG", model="rules:institution", confidence=0.7))
                    taken.append((s, e))
                i = end - 1
                break
        i += 1
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions
