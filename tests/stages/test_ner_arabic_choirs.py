"""Arabic local culture news (round 40): a paper told after a title and a two-word name, a
first name that is a common word with an age in brackets, the second of two towns after a
preposition, a small town after "بلدة" named again alone.

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_communes import repeated_towns


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


def test_a_paper_told_after_a_title_and_a_name() -> None:
    text = "وقال رئيس النادي كريم الخوالدة ل«الغد» إن الموسم انتهى."
    assert ("الغد", "ORG") in _found(text)


def test_a_quotation_after_a_present_verb_is_no_paper() -> None:
    text = "وقالت إنها تعود ل«الحلم» كل صيف."
    assert ("الحلم", "ORG") not in _found(text)


def test_a_common_first_name_with_an_age_in_brackets() -> None:
    text = "وتقول لين القضاة (12 عاما) إنها تحب الغناء."
    assert ("لين القضاة", "PER") in _found(text)


def test_without_an_age_a_common_word_opens_no_name() -> None:
    text = "وتقول لين القضاة إنها تحب الغناء."
    assert ("لين القضاة", "PER") not in _found(text)


def test_the_second_of_two_towns_after_a_preposition() -> None:
    text = "يقدم الفريق عرضين في بيروت وبرمانا الشهر المقبل."
    assert ("برمانا", "LOC") in _found(text)


def test_a_small_town_after_its_cue_is_the_town_again_alone() -> None:
    text = "أقيم الحفل ببلدة الخان أمس. ونقلت الحافلات الجمهور إلى الخان مساء."
    first = Mention(text.index("الخان"), text.index("الخان") + 5, "الخان", "LOC", "rules:ar", 0.8)
    found = repeated_towns(text, [first])
    assert [(m.start, m.text) for m in found] == [(first.start, "الخان"), (text.rindex("الخان"), "الخان")]


def test_a_common_word_after_no_town_cue_is_not_repeated() -> None:
    text = "أقيم الحفل قرب الخان أمس. ونقلت الحافلات الجمهور إلى الخان مساء."
    first = Mention(text.index("الخان"), text.index("الخان") + 5, "الخان", "LOC", "rules:ar", 0.8)
    assert repeated_towns(text, [first]) == [first]
