"""Arabic prisons, regional bodies with their region, bodies with their field of work
(`arabic_prisons`), observatories (`arabic_institutions`) and the Maghreb's "إفريقيا"
(`arabic_places`).

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
        # a prison's kind words and its name: one LOC, a clitic outside
        ("ونقل عشرات النزلاء إلى السجن المحلي تيفلت أمس", [("السجن المحلي تيفلت", "LOC")]),
        ("وزار الوفد السجن المحلي عين قادوس", [("السجن المحلي عين قادوس", "LOC")]),
        ("وأفرج عنه من السجن المركزي القنيطرة بعد عشر سنوات", [("السجن المركزي القنيطرة", "LOC")]),
        ("وقضى سنتين بالسجن المحلي تولال 2 قبل نقله", [("السجن المحلي تولال 2", "LOC")]),
    ],
)
def test_named_prisons(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


def test_prison_in_a_town_is_no_name() -> None:
    # "بسلا": in Salé, where the prison stands; the town alone, no prison's name
    found = _found("ووقعت مشادة داخل السجن المحلي بسلا يوم الأحد")
    assert ("سلا", "LOC") in found
    assert not any(t.startswith("السجن") for t, _ in found), found
    # a prison's kind words before a common word name nothing
    assert not any(t.startswith("السجن") for t, _ in _found("وقال إن السجن المحلي الجديد سيفتح قريبا"))


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a regional body named with its region after "لجهة": one ORG
        (
            "وأصدرت اللجنة الجهوية لحقوق الإنسان لجهة الدار البيضاء سطات بيانا",
            [("اللجنة الجهوية لحقوق الإنسان لجهة الدار البيضاء سطات", "ORG")],
        ),
        (
            "وقالت المديرية الجهوية للصحة لجهة سوس ماسة إن الوضع مستقر",
            [("المديرية الجهوية للصحة لجهة سوس ماسة", "ORG")],
        ),
        # an association's field of work after its name, and a body's second field after "و"
        ("وتنظم جمعية النور لرعاية الأطفال حملة", [("جمعية النور لرعاية الأطفال", "ORG")]),
        ("وقالت جمعية الوفاء لدعم مرضى السرطان إنها", [("جمعية الوفاء لدعم مرضى السرطان", "ORG")]),
        (
            "وردت المندوبية العامة لإدارة السجون وإعادة الإدماج ببلاغ",
            [("المندوبية العامة لإدارة السجون وإعادة الإدماج", "ORG")],
        ),
        # the prosecution authority's fixed name; an observatory by its field
        ("ودعت رئاسة النيابة العامة القضاة إلى الحذر", [("رئاسة النيابة العامة", "ORG")]),
        ("وأفاد المرصد الوطني للتنمية البشرية بأن الفقر تراجع", [("المرصد الوطني للتنمية البشرية", "ORG")]),
        # the Maghreb's spelling of Africa, alone and in a region's name
        ("وتعد تونس من أكثر دول شمال إفريقيا انفتاحا", [("شمال إفريقيا", "LOC")]),
        ("وعاد الوفد من إفريقيا أمس", [("إفريقيا", "LOC")]),
    ],
)
def test_bodies_with_region_and_field(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


def test_body_acting_in_a_region_keeps_it_out() -> None:
    # a national body after "لولاية" without a regional adjective: the region is its own place
    found = _found("وقدمت وزارة الصحة دعما لولاية سطيف")
    assert ("وزارة الصحة", "ORG") in found
    # a ministry's "و" + verbal noun opens the next clause, not a second field
    found = _found("وقالت وزارة الصحة وإعادة الإعمار جارية")
    assert not any(t.endswith("الإعمار") for t, _ in found), found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("دعت مديرية الدفاع المدني في إقليم الجنوب الأهالي إلى الحذر", "مديرية الدفاع المدني في إقليم الجنوب"),
        ("وأعلنت مديرية التربية والتعليم في محافظة الكرك تعطيل المدارس", "مديرية التربية والتعليم في محافظة الكرك"),
    ],
)
def test_a_directorate_with_its_territory(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_a_bare_directorate_keeps_the_governorate_out() -> None:
    assert ("الكرك", "LOC") in _found("وأعلنت المديرية في محافظة الكرك تعطيل المدارس")
