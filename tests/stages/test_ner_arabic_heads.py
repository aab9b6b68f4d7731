"""Arabic organisations by their head word, and places after a word for one.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_heads import arabic_cued
from storywire.stages.ner.tokens import tokenize


def _cued(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in arabic_cued(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وانتقد حزب الأمة القومي القرار", [("حزب الأمة القومي", "ORG")]),  # an adjective, then the object
        ("وأعلن حزب النور المقاطعة", [("حزب النور", "ORG")]),  # a second definite noun is the object
        ("وفاز حزب العدالة والتنمية", [("حزب العدالة والتنمية", "ORG")]),  # nouns joined by "و"
        ("اجتمع مجلس حقوق الإنسان", [("مجلس حقوق الإنسان", "ORG")]),  # the construct state
        ("ورحب حزب حراس وطن بالقرار", [("حزب حراس وطن", "ORG")]),  # two indefinite nouns
        ("وقع الانفجار بمدينة ملاطية شرقي البلاد", [("ملاطية", "LOC")]),  # a place word behind a clitic
    ],
)
def test_heads_and_place_words(text: str, found: list[tuple[str, str]]) -> None:
    assert _cued(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "قال حزب معارض إن الانتخابات مزورة",  # what kind of party
        "وأعلن حزب سياسي جديد تأسيسه",
        "ودعا حزب يميني إلى التظاهر",
    ],
)
def test_no_party_name_for_a_description(text: str) -> None:
    assert _cued(text) == []


def test_a_party_name_in_the_pipeline() -> None:
    found = extract_entities_from_text("ورحب حزب حراس وطن بخطة الحكومة يوم الأحد.", "ar")
    assert ("حزب حراس وطن", "ORG") in [(m.text, m.type) for m in found]


@pytest.mark.parametrize("text", ["وقرر مجلس إدارة الشركة توزيع الأرباح", "وانتخب مجلس الأمناء رئيسا جديدا"])
def test_a_board_is_no_organisation_name(text: str) -> None:
    assert _cued(text) == []  # every firm and university has one


def test_a_ministry_field_with_an_elative_adjective() -> None:
    # "الصغرى" (small, elative) qualifies a field as a nisba does: the fields after it are the name's
    text = "وأشرفت وزارة التجارة الخارجية والصناعة الصغرى والتجارة الداخلية على اللقاء"
    got = [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]
    assert ("وزارة التجارة الخارجية والصناعة الصغرى والتجارة الداخلية", "ORG") in got
