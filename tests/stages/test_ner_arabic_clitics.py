"""The Arabic rules merged (`arabic_clitics`): a title rule's person of one word that is a
verb or a noun with a pronoun is dropped.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def test_a_person_right_after_a_relative_pronoun_is_a_verb() -> None:
    found = extract_entities_from_text("وقال إن الفريق الذي ترعاه شركة أدنوك جاهز.", "ar")
    assert ("ترعاه", "PER") not in [(m.text, m.type) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "وذكرت الصحيفة أن الرئيس سيزور باريس الأسبوع المقبل.",  # a verb in the future
        "وقال المدرب إن الفريق استحق الفوز.",  # a past verb of the form istaf'ala
        "وبدأ اللاعب مسيرته في نادي الزمالك.",  # "his career": a noun with a pronoun
    ],
)
def test_a_verb_after_a_title_is_no_person(text: str) -> None:
    found = extract_entities_from_text(text, "ar")
    assert all(m.type != "PER" for m in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وقع الحادث بـالزرقاء مساء أمس.", "الزرقاء"),
        ("ونقل المصاب إلى مستشفى بـالقاهرة.", "القاهرة"),
    ],
)
def test_a_town_after_a_drawn_out_clitic(text: str, place: str) -> None:
    assert (place, "LOC") in [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


def test_a_common_word_after_a_drawn_out_clitic_is_none() -> None:
    assert extract_entities_from_text("شارك الوزير بـالمؤتمر أمس.", "ar") == []
