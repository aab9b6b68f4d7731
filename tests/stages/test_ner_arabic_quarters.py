"""Arabic city news: quarters listed after a plural kind word, an MP's electoral district, a
region by its compass point, a street named after a person's full name and a state arts
company (`arabic_quarters`).

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # quarters after a plural kind word: a rare word, a noun and its complement, a definite word
        (
            "وازدحمت مقاهي وسينمات سموحة ومحطة الرمل والعجمي ليلة الخميس",
            [("سموحة", "LOC"), ("محطة الرمل", "LOC"), ("العجمي", "LOC")],
        ),
        ("ويشكو سكان أحياء مثل المنتزه وبرج العرب من الزحام", [("المنتزه", "LOC"), ("برج العرب", "LOC")]),
        # an MP's district: the place alone
        ("وقدم عضو مجلس النواب عن دائرة الرمل طلب إحاطة", [("مجلس النواب", "ORG"), ("الرمل", "LOC")]),
        # a compass point and a rare region: one place
        ("وافتتح فرع الشركة بغرب الدلتا مقرا جديدا", [("غرب الدلتا", "LOC")]),
        # a street named after a person's full name
        ("وافتتح المطعم في شارع صفية زغلول قرب البحر", [("شارع صفية زغلول", "LOC")]),
        # a state arts company
        ("وقرر البيت الفني للمسرح مد العروض أسبوعا", [("البيت الفني للمسرح", "ORG")]),
    ],
)
def test_quarters_districts_and_companies(text: str, entities: list[tuple[str, str]]) -> None:
    assert _found(text) == entities


@pytest.mark.parametrize(
    "text",
    [
        "وازدحمت سينمات المدينة ليلة الخميس",  # the town's cinemas: a common word, no quarter
        "وصدر بيان عن دائرة الشؤون القانونية أمس",  # "عن" without an MP: issued by a department
        "وهطلت أمطار غزيرة غرب البلاد أمس",  # the country's west: a common word
        "وسار في شارع طويل ضيق حتى الفجر",  # a long narrow street: no name
        "وقال إن البيت الفني جميل",  # no art behind "لل"
    ],
)
def test_no_quarter_without_its_cue(text: str) -> None:
    # "دائرة الشؤون القانونية" stays the department its own rule reads: no place comes out
    assert [found for found in _found(text) if found[1] == "LOC" or found[0].startswith("البيت")] == []
