"""Arabic audit and anti-corruption news (`arabic_integrity` and its neighbours): departments
by their field, bodies joining a second field, royal bodies, news agencies by short name, a
Greater municipality after "في", a dateline's byline verb and a press spokesman's title.

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
        # a department by its field, its adjective and a second field after "و": one ORG
        ("وتضمن الملف أسماء موظفين في دائرة الأراضي والمساحة بالمحافظة.", ("دائرة الأراضي والمساحة", "ORG")),
        ("وأكدت دائرة ضريبة الدخل والمبيعات أن المهلة انتهت.", ("دائرة ضريبة الدخل والمبيعات", "ORG")),
        ("وقالت دائرة الجمارك العامة إن الشحنة ضبطت.", ("دائرة الجمارك العامة", "ORG")),
        # a body joining a second field by "و" and a verbal noun: one ORG
        ("أعلنت هيئة الرقابة ومكافحة الفساد أمس فتح تحقيق.", ("هيئة الرقابة ومكافحة الفساد", "ORG")),
        # a royal body: its head, its adjective and "الملكية"
        ("ونقل المصابون إلى مستشفيات الخدمات الطبية الملكية.", ("الخدمات الطبية الملكية", "ORG")),
        ("وتعاونت الوزارة مع مختبرات الجمعية الفلكية الملكية في المسح.", ("الجمعية الفلكية الملكية", "ORG")),
        # a news agency by its short name, the cue outside
        ("ونقلت وكالة سانا عن مصدر رسمي أن الطريق فتح.", ("سانا", "ORG")),
        # a Greater municipality is the body even after "في"
        ("أحالت الهيئة ملفا في بلدية الزرقاء الكبرى إلى القضاء.", ("بلدية الزرقاء الكبرى", "ORG")),
        # a dateline's byline: the verb "كتب" stays out of the reporter's name
        ("الرياض – كتب أحمد العتيبي\n\nافتتح المعرض أمس.", ("أحمد العتيبي", "PER")),
        # a press spokesman's title, the body spoken for, then the name
        ("وقال الناطق الإعلامي باسم الوزارة سامر القطاونة إن العمل مستمر.", ("سامر القطاونة", "PER")),
    ],
)
def test_integrity_names(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "دائرة" of no administration's field is a circle: the limelight, the cycle of violence
        ("وضعت القضية الوزير في دائرة الضوء.", "دائرة الضوء"),
        ("ودعا البيان إلى كسر دائرة العنف في المدينة.", "دائرة العنف"),
        # a defence team joining a second task is no body
        ("وقالت هيئة الدفاع ومتابعة القضية إن الجلسة تأجلت.", "هيئة الدفاع ومتابعة القضية"),
        # "الملكية" with no body's head before it is ownership
        ("تحمي القوانين الملكية الفكرية للمؤلفين.", "الملكية الفكرية"),
        # an agency of no listed short name is a common noun's phrase
        ("وحجزت العائلة رحلتها عبر وكالة سفر محلية.", "سفر"),
        # the byline verb is no part of the name
        ("الرياض – كتب أحمد العتيبي\n\nافتتح المعرض أمس.", "كتب أحمد العتيبي"),
    ],
)
def test_integrity_not_names(text: str, absent: str) -> None:
    assert absent not in [t for t, _ in _found(text)]


def test_commune_without_greater_stays_the_place() -> None:
    # "في بلدية X" with no "الكبرى" is still the commune as a place
    assert ("الزرقاء", "LOC") in _found("يعمل موظفا في بلدية الزرقاء منذ سنوات.")
