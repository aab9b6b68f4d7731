"""Arabic names of migration and diplomatic news: camps keeping their kind word, a ministry's
second field in the construct state, a patron king's number in a mosque's name, spokesmen and
clergy as titles, towns of the Syrian refugees' flight and return.

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
        # a camp keeps "مخيم", as a crossing keeps "معبر"; a commoner word may name it
        ("وصلت الحافلات إلى مخيم الهول مساء أمس", [("مخيم الهول", "LOC")]),
        ("ونقل المصابون من مخيم الأبيض إلى المستشفى", [("مخيم الأبيض", "LOC")]),
        ("وزار السفير البريطاني مخيم الهول أمس", [("مخيم الهول", "LOC")]),
        # a ministry's second field in the construct state
        (
            "وأعلنت وزارة العمل وشؤون الأسرة خطة جديدة",
            [("وزارة العمل وشؤون الأسرة", "ORG")],
        ),
        # a patron king's number belongs to the mosque's name
        ("وأقيمت الصلاة في مسجد الملك فيصل الثاني", [("مسجد الملك فيصل الثاني", "LOC")]),
        # a spokesman's and a bishop's titles open a name
        ("وقال الناطق باسم الهيئة سامر الحديدي إن العمل مستمر", [("سامر الحديدي", "PER")]),
        ("وترأس المطران يوسف سمعان الصلاة", [("يوسف سمعان", "PER")]),
        # a spokesman's family name as common as a word, before what he said
        ("وقال الناطق باسم الدفاع المدني خالد الصبر، إن الفرق تعمل", [("خالد الصبر", "PER")]),
        # towns of the refugees' return
        ("وعادت الأسر إلى بصرى الشام وإنخل", [("بصرى الشام", "LOC"), ("إنخل", "LOC")]),
    ],
)
def test_migration_names(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        # the people a camp shelters or what is done there name no camp
        ("وزار الوفد مخيم اللاجئين في المنطقة", "مخيم اللاجئين"),
        ("وانطلق مخيم التدريب الصيفي للشباب", "مخيم التدريب"),
        # nor does a title rule read a person over a camp ("the British ambassador [visited] ...")
        ("وزار السفير البريطاني مخيم الإيواء أمس", "مخيم الإيواء"),
        # the day a spokesman spoke on is no family name
        ("وقال المتحدث باسم الجيش محمد الأحد، إن القصف توقف", "محمد الأحد"),
        # a ministry's field is not carried over the people it serves ("the citizens' affairs")
        ("ناقشت وزارة الصحة وشؤون المواطنين في الاجتماع", "وزارة الصحة وشؤون المواطنين"),
    ],
)
def test_no_migration_name(text: str, not_found: str) -> None:
    assert all(t != not_found for t, _ in _found(text)), _found(text)
