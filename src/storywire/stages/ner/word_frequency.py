"""How common a word is in a language (wordfreq), for scripts with no capitals to say "name".

wordfreq's "small" lists hold every word down to a Zipf frequency of 3 (one per million
words) and cost ~26 MB in memory against ~75 MB for its "large" ones; every threshold the
rules use is 4 or more, where both lists give the same figure.  Chinese is looked up whole
in the list (its words were cut by jieba, which wordfreq would need to cut the query too).
"""

from __future__ import annotations

import functools
import math


def zipf(word: str, language: str) -> float:
    """log10 of the word's occurrences per billion words (0: rarer than the list holds, or a
    language wordfreq has no list for)."""
    if language == "zh":
        frequency = _chinese().get(word, 0.0)
        return math.log10(frequency * 1e9) if frequency > 0 else 0.0
    if not _listed(language):
        return 0.0
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, language, wordlist="small"))


@functools.cache
def _listed(language: str) -> bool:
    from wordfreq import available_languages

    return language in available_languages(wordlist="small")


@functools.cache
def _chinese() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return dict(get_frequency_dict("zh", wordlist="small"))
