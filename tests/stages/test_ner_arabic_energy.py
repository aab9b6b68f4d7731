"""Arabic lineages, fields, mines, plants, sultanates and governorates' councils
(`arabic_energy`), and the article passes' short firm names and repeated governorates.

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.model import EntityType, Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_communes import repeated_towns
from storywire.stages.ner.arabic_finance import repeated_firms


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a lineage after a minister's title with its field
        ("وقال وزير النقل ناصر بن سيف الحارثي إن الطريق سيفتح قريبا", [("ناصر بن سيف الحارثي", "PER")]),
        # a daughter's lineage of two links after a verb
        ("وأكدت عائشة بنت راشد بن حمود البوسعيدية أن العمل مستمر", [("عائشة بنت راشد بن حمود البوسعيدية", "PER")]),
        # a field keeps its kind word, its product stays out
        ("بدأ الإنتاج من حقل الشمال للغاز الطبيعي أمس", [("حقل الشمال", "LOC")]),
        ("وزار الوفد منجم أم الحويطات للفوسفات", [("منجم أم الحويطات", "LOC")]),
        ("وارتفع إنتاج حقل الرميلة النفطي", [("حقل الرميلة", "LOC")]),
        # a power plant keeps its purpose
        ("وتغذي محطة بركاء لتوليد الكهرباء المدينة", [("محطة بركاء لتوليد الكهرباء", "LOC")]),
        # a sultanate with its country is one place
        ("ووصل الوفد إلى سلطنة عمان أمس", [("سلطنة عمان", "LOC")]),
        # a mountain by a name no dictionary holds, the kind word inside
        ("وتقع القرية على سفوح جبل قهوان", [("جبل قهوان", "LOC")]),
        # a factory's rare name is the place alone
        ("ويصدر الغاز عبر مصنع برقوان", [("برقوان", "LOC")]),
        # a group of firms by a transliterated name, the cue outside
        ("بالشراكة مع مجموعة فالكرو وشركات أخرى", [("فالكرو", "ORG")]),
        ("وتمتد الكثبان في الربع الخالي", [("الربع الخالي", "LOC")]),
        # Oman's wilayats are listed places (`arabic_places`)
        ("وامتدت الشبكة إلى سدح ورخيوت", [("سدح", "LOC"), ("رخيوت", "LOC")]),
        # a municipal council with its seat after a clitic
        ("وطالب المجلس البلدي بمحافظة مسندم بتحسين الطرق", [("المجلس البلدي بمحافظة مسندم", "ORG")]),
    ],
)
def test_energy_names(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    "text",
    [
        # no product follows: a new gas field names none
        "اكتشفت الشركة حقل غاز جديد في الصحراء",
        # a definite noun is a plant's kind, no name
        "ونقل الغاز إلى محطة المعالجة لتوليد الكهرباء",
        # common words after the kind words name nothing
        "وتراكم جبل من الديون على مصنع السيارات",
        "وشاركت مجموعة كبيرة من الطلاب في الربع الأول",
        # "بن" with no family nisba closing it
        "التقى الوزير بن علي في القصر",
    ],
)
def test_energy_negatives(text: str) -> None:
    found = _found(text)
    assert not any(t.startswith(("حقل", "محطة", "جبل", "الربع")) for t, _ in found), found
    assert not any(t in ("السيارات", "كبيرة") for t, _ in found), found
    assert ("بن علي في", "PER") not in found


def _mention(text: str, name: str, etype: EntityType) -> Mention:
    s = text.index(name)
    return Mention(s, s + len(name), name, etype, model="rules:ar", confidence=0.6)


def test_short_firm_repeat() -> None:
    text = "أعلنت شركة النجمة الزرقاء للنفط والغاز بدء الحفر.\n\nوكانت النجمة الزرقاء قد وقعت عقدا."
    found = [(m.text, m.type) for m in repeated_firms(text, [_mention(text, "النجمة الزرقاء للنفط والغاز", "ORG")])]
    assert ("النجمة الزرقاء", "ORG") in found, found


def test_no_short_firm_of_one_word() -> None:
    # one word before the field is too common to stand for the firm alone
    text = "أعلنت شركة الأمل للتأمين نتائجها.\n\nوقال إن الأمل كبير."
    found = repeated_firms(text, [_mention(text, "الأمل للتأمين", "ORG")])
    assert [m.text for m in found] == ["الأمل للتأمين"], found


def test_governorate_repeat() -> None:
    text = "بدأ الحفر في محافظة مسندم.\n\nوتمتد الشبكة في مسندم."
    found = repeated_towns(text, [_mention(text, "مسندم", "LOC")])
    assert [m.text for m in found] == ["مسندم", "مسندم"], found


def test_no_repeat_without_governorate_cue() -> None:
    # a common word found as a place without the cue is not repeated ("طاقة" is energy)
    text = "وصلوا إلى طاقة أمس.\n\nوتحتاج البلاد إلى طاقة نظيفة."
    assert len(repeated_towns(text, [_mention(text, "طاقة", "LOC")])) == 1
