"""Arabic parcel, courier and port news: national posts named by their country, police
commands and prefectures named by their territory, ports' fixed adjectives, a body's field
ending on "غير" + an adjective (a courier's service by its speed: `test_ner_arabic_customs`;
a ministry's field of small business: `test_ner_arabic_heads`).

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.evaluation.news_ner import pipeline_mentions
from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("وأرسل التاجر الطرود عبر بريد الجزائر إلى زبائنه", ("بريد الجزائر", "ORG")),
        ("وقالت متحدثة باسم بريد تونس إن الرسائل ستصل غدا", ("بريد تونس", "ORG")),
        ("وأوقفت ولاية أمن طنجة ثلاثة مشتبه بهم مساء السبت", ("ولاية أمن طنجة", "ORG")),
        ("وعقد الاجتماع بمقر عمالة مقاطعات مولاي رشيد، بحضور ممثلي التجار", ("عمالة مقاطعات مولاي رشيد", "ORG")),
        ("وأعلنت عمالة مقاطعات ابن مسيك منذ أسبوع عن مشروع جديد", ("عمالة مقاطعات ابن مسيك", "ORG")),
        (
            "ويقع المستودع في عمالة مقاطعات الفداء مرس السلطان بالدار البيضاء",
            ("عمالة مقاطعات الفداء مرس السلطان", "ORG"),
        ),
        ("وتنتظر السفن في ميناء الناظور المتوسط منذ أيام", ("ميناء الناظور المتوسط", "LOC")),
        ("ورست الباخرة في ميناء العقبة التجاري صباح الأحد", ("ميناء العقبة التجاري", "LOC")),
        (
            "وقال مسؤول في المديرية العامة للضرائب غير المباشرة إن الرسوم ارتفعت",
            ("المديرية العامة للضرائب غير المباشرة", "ORG"),
        ),
    ],
)
def test_logistics_names(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


def test_postal_operator_in_an_article() -> None:
    text = "تأخر الطرود في الرباط\n\nوقال تاجر إنه اضطر إلى الشحن عبر بريد المغرب بتكلفة أعلى من المعتاد."
    got = [(m.text, m.type) for m in pipeline_mentions(text, "ar")]
    assert ("بريد المغرب", "ORG") in got
    assert ("المغرب", "LOC") not in got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "عمالة" is also "labour": child labour names no prefecture
        ("وحذرت المنظمة من عمالة الأطفال في المزارع", "عمالة الأطفال"),
        # a country's adjective after a port describes it, it is no part of its name
        ("ووصلت السفينة إلى ميناء بيروت اللبناني أمس", "ميناء بيروت اللبناني"),
        # an unnamed body's negated adjective: no name to grow
        ("ودعت المنظمات غير الحكومية إلى الحوار", "المنظمات غير الحكومية"),
    ],
)
def test_not_logistics_names(text: str, absent: str) -> None:
    assert absent not in [t for t, _ in _found(text)]
