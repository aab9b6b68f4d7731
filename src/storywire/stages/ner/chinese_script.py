"""Traditional Chinese read as simplified: the Chinese rules, gazetteers and name tables are
written in simplified characters, while Hong Kong, Taiwan and Macau news write traditional ones
("香港天文台發出黑色暴雨警告", "土木工程拓展署").  The text is folded to simplified characters
one for one, the rules run on the fold, and each mention takes its surface back from the
original text, so offsets and spellings stay the article's own."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from storywire.model import Mention

# OpenCC's Hong Kong chain: Hong Kong variants ("綫", "着") to standard traditional forms,
# then traditional to simplified, phrases first ("乾隆" stays, "乾淨" becomes "干净").
_CONFIG = "hk2s"
_CHARACTER_TABLES = ("TSCharacters.txt", "HKVariantsRev.txt")


@functools.cache
def _converter() -> Callable[[str], str]:
    from opencc import OpenCC

    return cast(Callable[[str], str], OpenCC(_CONFIG).convert)


@functools.cache
def _traditional_characters() -> frozenset[str]:
    """Every character that the fold changes: a text holding none of them is simplified already
    (most Chinese news), and skips the converter."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    found: set[str] = set()
    for table in _CHARACTER_TABLES:
        for line in (folder / table).read_text(encoding="utf-8").splitlines():
            source, _, targets = line.partition("\t")
            if len(source) == 1 and targets and targets.split(" ")[0] != source:
                found.add(source)
    return frozenset(found)


def simplified(text: str) -> str:
    """`text` in simplified characters, of the same length, each character in its place."""
    if _traditional_characters().isdisjoint(text):
        return text
    convert = _converter()
    folded = convert(text)
    if len(folded) == len(text):
        return folded
    # A phrase whose simplified form has another length: fold character by character instead.
    return "".join(single if len(single := convert(ch)) == 1 else ch for ch in text)


def in_simplified(texts: Sequence[str], extract: Callable[[Sequence[str]], list[list[Mention]]]) -> list[list[Mention]]:
    """Run `extract` on the simplified fold of `texts`; mentions keep the original surfaces."""
    folded = [simplified(text) for text in texts]
    found = extract(folded)
    for text, fold, mentions in zip(texts, folded, found, strict=True):
        if fold is not text:
            for mention in mentions:
                mention.text = text[mention.start : mention.end]
    return found


def on_simplified(
    text: str, mentions: list[Mention], run: Callable[[str, list[Mention]], list[Mention]]
) -> list[Mention]:
    """Run an article pass (`run(text, mentions)`) on the simplified fold of the whole article."""
    fold = simplified(text)
    if fold is text:
        return run(text, mentions)
    for mention in mentions:
        mention.text = fold[mention.start : mention.end]
    found = run(fold, mentions)
    for mention in found:
        mention.text = text[mention.start : mention.end]
    return found
