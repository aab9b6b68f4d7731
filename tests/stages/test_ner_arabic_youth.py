"""Arabic schools, youth centres, scout bodies, joined services and people after an office's
field (`arabic_youth`), and a word town joined to a place (`arabic_places`).

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
        # a school by its town, its level and its pupils
        ("وفاز فريق مدرسة سوف الأساسية للبنات بالمركز الأول", [("مدرسة سوف الأساسية للبنات", "ORG")]),
        ("وزار الطلاب مدرسة الرمثا الثانوية أمس", [("مدرسة الرمثا الثانوية", "ORG")]),
        # a youth centre by a rare town, or a town seated in a known governorate
        ("وشارك لاعبو مركز شباب ساكب في البطولة", [("مركز شباب ساكب", "ORG")]),
        ("ونظم مركز شباب الشونة في الكرك دورة صيفية", [("مركز شباب الشونة", "ORG")]),
        # scout bodies by their scouting word
        ("وأعلنت الجمعية الكشفية التونسية برنامجها", [("الجمعية الكشفية التونسية", "ORG")]),
        ("بدعم من المنظمة العالمية للحركة الكشفية", [("المنظمة العالمية للحركة الكشفية", "ORG")]),
        # two services joined by "و": two bodies
        (
            "وشارك عناصر من المديرية العامة للدفاع المدني والهلال الأحمر المصري في التدريب",
            [("المديرية العامة للدفاع المدني", "ORG"), ("الهلال الأحمر المصري", "ORG")],
        ),
        # a person after an office and its field
        ("وقال وزير الثقافة باسم الطويسي إن المهرجان سيستمر", [("باسم الطويسي", "PER")]),
        ("وقالت قائدة الفوج هالة المومني إن الرحلة نجحت", [("هالة المومني", "PER")]),
        # a school named after a person holds the person; a kindergarten by its children
        (
            "واحتفلت مدرسة الشهيد سليم القواسمي الأساسية بتخريج طلابها",
            [("مدرسة الشهيد سليم القواسمي الأساسية", "ORG")],
        ),
        ("وزار الوفد روضة الياسمين للأطفال في إربد", [("روضة الياسمين للأطفال", "ORG")]),
        # a club "نادي شباب X": the name without "نادي"
        ("ونظم نادي شباب الحسين بطولة للناشئين", [("شباب الحسين", "ORG")]),
        # a compound given name read by another rule is kept whole
        ("وقال وزير الداخلية عبد الكريم النعيمات إن الأمن مستتب", [("عبد الكريم النعيمات", "PER")]),
        # a veterans' body holds its members' adjective
        ("وكرم رئيس جمعية المتقاعدين العسكريين الجنود", [("جمعية المتقاعدين العسكريين", "ORG")]),
        # a word town joined to a place another rule read
        ("ووصلت الحافلات من جرش ومعان والعقبة صباحا", [("العقبة", "LOC")]),
    ],
)
def test_youth_names(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a state school, no level: no name
        ("وشاركت مدرسة حكومية في المسابقة", "مدرسة حكومية"),
        # the town's youth centre: a common word, no name
        ("وافتتح مركز شباب المدينة أبوابه", "مركز شباب المدينة"),
        # the scout movement alone, and an organisation with no scouting word
        ("وتحدث عن المنظمة الدولية للهجرة", "المنظمة الدولية"),
        # "young" after a definite plural, not the club
        ("وتولى فريق من المتطوعين الشباب إعداد الطعام", "الشباب"),
        # a field joined by "و" is no given name
        ("وقال مدير البحث والتخطيط المائي بالوزارة إن المحطة جاهزة", "والتخطيط المائي"),
        # a garden or shrine without children: no kindergarten
        ("وتوجه الزوار إلى روضة النبي في المدينة", "روضة النبي"),
        # the adjective after plain plural words: no body
        ("وقال إن الضباط العسكريين وصلوا", "الضباط العسكريين"),
        # the office and its field are no person
        ("وقالت قائدة الفوج هالة المومني إن الرحلة نجحت", "قائدة الفوج"),
    ],
)
def test_youth_non_names(text: str, absent: str) -> None:
    assert absent not in [t for t, _ in _found(text)]


def test_a_feminine_office_is_no_person_before_a_known_given_name() -> None:
    # the given-name rule reads the person first; the office before it is still no person
    assert _found("وقالت قائدة الكشافة ليلى الشوبكي إن الطلاب استمتعوا") == [("ليلى الشوبكي", "PER")]
