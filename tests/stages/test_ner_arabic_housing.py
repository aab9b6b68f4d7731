"""Arabic housing and property news: an engineer's title before his name, quarters after
"في حي", a seasonal river keeping "سيل", a university by its own nisba, a bank with its line
of business, firms named "دار X للY", a ministry followed by a second body, and "names of"
a kind of people that is no person.

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
        # "المهندس" is a title like "المهندسة": the name after it is a person, the title out
        ("وقال مدير الدائرة المهندس رامي حداد إن العمل سيبدأ قريبا", [("رامي حداد", "PER")]),
        # after "في"/"بـ" "حي" is the quarter, and a dictionary word after it is its name
        ("ارتفعت الإيجارات في حي نسيم خلال العام", [("نسيم", "LOC")]),
        ("يسكن بحي مأمون منذ سنوات", [("مأمون", "LOC")]),
        # a seasonal river keeps its word, as "وادي" does
        ("جرف سيل عمّان عددا من السيارات", [("سيل عمّان", "LOC")]),
        ("أقيمت المزارع على ضفاف سيل الموجب", [("سيل الموجب", "LOC")]),
        # a university by its own rare nisba
        ("تخرج في الجامعة المستنصرية قبل عشر سنوات", [("الجامعة المستنصرية", "ORG")]),
        # a bank with its line of business after "لل", and a second one behind "و"
        ("وقال بنك الإسكان للتجارة والتمويل إن القروض زادت", [("بنك الإسكان للتجارة والتمويل", "ORG")]),
        ("منح مصرف دبي للاستثمار قروضا جديدة", [("مصرف دبي للاستثمار", "ORG")]),
        # "دار X للY": the firm's name with "دار"; the office's kind word stays out
        ("وقال مدير مكتب دار النخبة للعقارات إن الطلب تراجع", [("دار النخبة للعقارات", "ORG")]),
        ("أصدرت دار الشروق للنشر والتوزيع كتابا جديدا", [("دار الشروق للنشر والتوزيع", "ORG")]),
        # a ministry's fields end where a second body opens behind "و"
        (
            "وقّعت وزارة الزراعة والري والمؤسسة العامة للإسكان اتفاقية أمس",
            [("وزارة الزراعة والري", "ORG"), ("المؤسسة العامة للإسكان", "ORG")],
        ),
        (
            "وقّعت وزارة الزراعة والمؤسسة العامة للإسكان اتفاقية أمس",
            [("وزارة الزراعة", "ORG"), ("المؤسسة العامة للإسكان", "ORG")],
        ),
    ],
)
def test_housing_names(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("تسجيل الأراضي بأسماء المستفيدين فور البيع", "أسماء المستفيدين"),  # "the names of", no Asma
        ("انهال سيل الانتقادات على المشروع", "سيل الانتقادات"),  # a flood of criticism
        ("ما زال حي يرزق في المدينة", "يرزق"),  # "alive", no quarter
        ("افتتحت الجامعة الحكومية فرعا جديدا", "الجامعة الحكومية"),  # a kind of university
        ("زار الوفد دار المسنين للرعاية أمس", "دار المسنين للرعاية"),  # a home named by whom it houses
        ("يقدم بنك الطعام للأسر المحتاجة وجبات", "بنك الطعام للأسر المحتاجة"),  # whom a food bank serves
    ],
)
def test_not_housing_names(text: str, wrong: str) -> None:
    assert all(t != wrong for t, _ in _found(text)), _found(text)
