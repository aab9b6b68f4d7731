"""Arabic customs, tax and port news: authorities named by their field, customs offices by
their town, departments and public authorities by their task, prosecution offices by their
field, ports by a compass point, a firm's field with its adjective, economic courts with
their seat and a customs broker's name.

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
        ("وأعلنت مصلحة الضرائب المصرية عن تسهيلات جديدة", ("مصلحة الضرائب المصرية", "ORG")),
        ("وقال مسؤول بمصلحة السجون إن الزيارات مستمرة", ("مصلحة السجون", "ORG")),
        ("وقال مدير جمرك الإسكندرية إن الشحنة وصلت", ("جمرك الإسكندرية", "ORG")),
        ("وأكدت الإدارة العامة لمكافحة المخدرات ضبط الشحنة", ("الإدارة العامة لمكافحة المخدرات", "ORG")),
        ("وأعلنت الهيئة العامة لميناء الإسكندرية إغلاق الأرصفة", ("الهيئة العامة لميناء الإسكندرية", "ORG")),
        ("وأحيلت القضية إلى نيابة الأموال العامة والمحكمة المختصة", ("نيابة الأموال العامة", "ORG")),
        ("ورست السفينة في ميناء غرب بورسعيد صباح الأحد", ("ميناء غرب بورسعيد", "LOC")),
        ("وتولت شركة الصقر للنقل والتخليص الجمركي الإجراءات", ("الصقر للنقل والتخليص الجمركي", "ORG")),
        # a courier's service by its speed, no nisba
        ("وتتولى شركة النخيل للشحن السريع توصيل الطلبات", ("النخيل للشحن السريع", "ORG")),
        ("وتنظر المحكمة الاقتصادية بطنطا في الدعوى", ("المحكمة الاقتصادية بطنطا", "ORG")),
        ("وانفجرت عبوة في حي بغداد الجديدة شرقي العاصمة", ("بغداد الجديدة", "LOC")),
        ("وأمرت النيابة بحبس المخلص الجمركي سامي الحلبي أربعة أيام", ("سامي الحلبي", "PER")),
    ],
)
def test_customs_names(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وزار الوفد حي طنطا أمس", "حي طنطا"),  # no "new": the town alone, the kind word out
        ("وقدم الشكوى نيابة عن زملائه أمس", "نيابة عن"),  # on behalf of: no office
        ("وهذا القرار في مصلحة المواطنين", "مصلحة المواطنين"),  # an interest, no authority
        ("وانضمت الجامعة العامة للنقل المنضوية تحت الاتحاد", "الجامعة العامة للنقل المنضوية"),
    ],
)
def test_not_taken(text: str, name: str) -> None:
    assert all(name not in found for found, _ in _found(text))


def test_port_authority_holds_its_port() -> None:
    found = _found("وأعلنت الهيئة العامة لميناء الإسكندرية إغلاق الأرصفة")
    assert ("ميناء الإسكندرية", "LOC") not in found
    assert ("الإسكندرية", "LOC") not in found
