"""Arabic farm and nursery news (`arabic_nurseries`, and the pluperfect governorate of
`arabic_dairies`, the quoted nursery of `arabic_tourism`): bodies' tails cut, construct
chains read whole, affiliated parents, roads between towns, towns named after a sheikh,
districts by their ordinal, a dateline agency's letters, towns with their nisba.

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # "التابعة" and a title after a body are no part of it
        (
            "وأصدرت الإدارة العامة للثروة السمكية التابعة لوزارة الزراعة قرارا جديدا.",
            ("الإدارة العامة للثروة السمكية", "ORG"),
        ),
        (
            "وقال مدير الإدارة العامة للثروة السمكية المهندس خالد منصور إن الصيد توقف.",
            ("الإدارة العامة للثروة السمكية", "ORG"),
        ),
        # a construct chain runs on to its complement
        (
            "وأصدر معهد بحوث القطن تقريرا عن الموسم.",
            ("معهد بحوث القطن", "ORG"),
        ),
        ("وطالبت جمعية منتجي ومصدري خضروات الصوب بخفض الرسوم.", ("جمعية منتجي ومصدري خضروات الصوب", "ORG")),
        # a second field in construct after "و"
        (
            "وأعلنت شركة الوادي للأسمدة ومبيدات الآفات زيادة إنتاجها.",
            ("الوادي للأسمدة ومبيدات الآفات", "ORG"),
        ),
        # the parent a body is affiliated to
        ("وقال الباحث إن المختبر التابع لمركز البحوث المائية سيفتح غدا.", ("مركز البحوث المائية", "ORG")),
        # a road between two towns, with its kind
        ("ووقع الحادث على طريق القاهرة السويس الصحراوي مساء أمس.", ("طريق القاهرة السويس الصحراوي", "LOC")),
        # a town named after a sheikh, listed after a place
        ("وافتتحت المعارض الجديدة في القاهرة الجديدة والشيخ زايد هذا الشهر.", ("الشيخ زايد", "LOC")),
        # a new town's district by its ordinal
        ("وافتتح المعرض فرعا ثانيا في التجمع الأول الأسبوع الماضي.", ("التجمع الأول", "LOC")),
        # a dateline agency spelled in letters
        ("الإسكندرية (أ ش أ) - ارتفعت أسعار الأسماك اليوم.", ("أ ش أ", "ORG")),
        # a town with its nisba after "مدينة", and again without the kind word
        (
            "ويعمل الصيادون في مدينة المنزلة البحرية منذ عقود.\nوعاد الصيادون إلى المنزلة البحرية أمس.",
            ("المنزلة البحرية", "LOC"),
        ),
        # a governorate in the pluperfect acts
        ("وكانت محافظة الدقهلية قد أعلنت خطة لدعم المزارعين.", ("محافظة الدقهلية", "ORG")),
        # a quoted nursery is its firm
        ('وقال صاحب مشتل "الربيع" إن الطلب تراجع.', ("الربيع", "ORG")),
    ],
)
def test_found(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("وأصدرت الإدارة العامة للثروة السمكية التابعة لوزارة الزراعة قرارا.", "الإدارة العامة للثروة السمكية التابعة"),
        # a construct chain does not run over a country's adjective
        ("وقال معهد بحوث المصري إن الأرقام صحيحة.", "معهد بحوث المصري"),
        # "التابع" before a ministry, not a listed parent's kind word: nothing from this rule
        ("وقال الموظف التابع للبلدية إن العمل بدأ.", "البلدية"),
        # a road of one town and no kind is left to the other rules
        ("وسار الموكب على طريق القاهرة أمس.", "طريق القاهرة"),
        # a sheikh not after a place is a person
        ("والتقى الوزير في القاهرة بالشيخ زايد أمس.", "الشيخ زايد"),
        # an ordinal gathering not after a place's preposition
        ("وقال إن التجمع الأول للمعارضين كان ناجحا.", "التجمع الأول"),
        # a single letter in brackets is no agency
        ("القاهرة (أ) - ارتفعت الأسعار اليوم.", "أ"),
        # a governorate after "في" is the place alone
        ("وكانت الأمطار في محافظة الدقهلية قد توقفت.", "محافظة الدقهلية"),
    ],
)
def test_not_found(text: str, absent: str) -> None:
    assert absent not in [t for t, _ in _found(text)]
