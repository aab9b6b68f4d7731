"""Arabic names with a clan's "أبو" and a definite name.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


def test_clan_with_a_definite_name() -> None:
    found = _found("وقال الحاج كريم أبو الفتوح إن العمل مستمر.")
    assert ("كريم أبو الفتوح", "PER") in found, found


def test_common_definite_word_is_no_clan() -> None:
    # "الناس" (people) is too common a word for a clan's name
    assert not any(etype == "PER" and "الناس" in name for name, etype in _found("قال كريم أبو الناس جميعا إن"))
