"""Arabic water and waste news: desalination and sewage plants (`arabic_energy`), seas
(`arabic_waters`), Oman's governorates named by a compass point (`arabic_places`), a firm's
field in the construct state (`arabic_bodies`) and a trade's association with its town
(`arabic_community`), congress centres (`arabic_institutions`), a sector's regulator
(`arabic_heads`) and vets' clinics (`arabic_venues`).

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
        # a water or waste plant keeps its kind word and its purpose, a known town as its name
        ("وبدأت محطة بركاء لتحلية المياه ضخ أولى كمياتها", ("محطة بركاء لتحلية المياه", "LOC")),
        ("وتوقفت محطة الدقم لمعالجة مياه الصرف الصحي عن العمل", ("محطة الدقم لمعالجة مياه الصرف الصحي", "LOC")),
        # a sea named after a place or by a sea's name keeps its kind word
        ("وتصب المياه المالحة في بحر عمان", ("بحر عمان", "LOC")),
        ("وأبحرت السفينة عبر بحر قزوين", ("بحر قزوين", "LOC")),
        # a governorate named by a compass point and its region is one name
        ("وهطلت أمطار غزيرة على محافظة جنوب الشرقية", ("جنوب الشرقية", "LOC")),
        # a firm's field in the construct state stays in its name, the cue outside
        ("ووقعت شركة بريق لخدمات النقل عقدا جديدا", ("بريق لخدمات النقل", "ORG")),
        ("وأعلنت شركة وهج لصناعة الأسمنت أرباحها", ("وهج لصناعة الأسمنت", "ORG")),
        # an association of a trade keeps the known town behind "ب"
        ("وطالبت جمعية المزارعين بنزوى بتعويضات عادلة", ("جمعية المزارعين بنزوى", "ORG")),
        # a congress centre's two purposes joined by "و"
        ("وافتتح المعرض في مركز البحرين الدولي للمعارض والمؤتمرات", ("مركز البحرين الدولي للمعارض والمؤتمرات", "LOC")),
        # a regulator of a sector, its fields joined by "و"
        ("وقالت هيئة تنظيم قطاع الاتصالات إن الأسعار ثابتة", ("هيئة تنظيم قطاع الاتصالات", "ORG")),
        ("ووقعت اتفاقا مع هيئة تنظيم قطاع الكهرباء والمياه", ("هيئة تنظيم قطاع الكهرباء والمياه", "ORG")),
        # a vets' clinic keeps its kind word
        ("وعالجت عيادة الرحمة البيطرية القطط المصابة", ("عيادة الرحمة البيطرية", "ORG")),
    ],
)
def test_utilities_and_their_places(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the treatment plant with no name, and a plant with no purpose of the list
        ("وتعمل محطة المعالجة بكامل طاقتها", "محطة المعالجة"),
        ("وزار الوفد محطة بركاء للقطارات", "محطة بركاء للقطارات"),
        # "في بحر الأسبوع": within the week
        ("وسيصدر القرار في بحر الأسبوع المقبل", "بحر الأسبوع"),
        # "شمال البلاد": the north of the country, no governorate
        ("وقال مسؤول إن شمال البلاد لم يتأثر", "شمال البلاد"),
        # a purpose that is no field of the list ends the firm's name
        ("وقالت شركة بريق لتطوير المنتجات إنها ستتوسع", "بريق لتطوير المنتجات"),
        # a word behind "ب" that is no known town stays out of the association
        ("وطالبت جمعية المزارعين بتعويضات عادلة", "جمعية المزارعين بتعويضات"),
        # a sector named with no body before it
        ("وقالت وزارة الطاقة إن قطاع الكهرباء يتعافى", "قطاع الكهرباء"),
        # a clinic with no "البيطرية" after its words, or a veterinary clinic with no name
        ("وافتتحت عيادة الأسنان الجديدة", "عيادة الأسنان الجديدة"),
        ("ونقل الكلب إلى عيادة بيطرية قريبة", "عيادة بيطرية قريبة"),
    ],
)
def test_no_utility_name(text: str, absent: str) -> None:
    assert all(name != absent for name, _ in _found(text))
