"""How common a word is in a language (wordfreq), for scripts with no capitals to say "name".

wordfreq's "small" lists hold every word down to a Zipf frequency of 3 (one per million
words) and cost ~26 MB in memory against ~75 MB for its "large" ones; every threshold the
rules use is 4 or more, where both lists give the same figure.
"""

from __future__ import annotations


def zipf(word: str, language: str) -> float:
    """log10 of the word's occurrences per billion words (0: rarer than the list holds)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, language, wordlist="small"))
