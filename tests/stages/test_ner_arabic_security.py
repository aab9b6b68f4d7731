"""Arabic defence, security and justice names: directorates, military regions, air forces,
commands, courts, air bases, border crossings, agencies' short names and UN offices.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("وأعلنت مديرية الاستخبارات العسكرية اعتقال خلية في حلب.", "مديرية الاستخبارات العسكرية", "ORG"),
        ("وقال ناطق باسم مديرية الشرطة العامة إن التحقيق مستمر.", "مديرية الشرطة العامة", "ORG"),
        ("نفذت المنطقة العسكرية الجنوبية مناورة بالذخيرة الحية.", "المنطقة العسكرية الجنوبية", "ORG"),
        ("وشنت طائرات سلاح الجو الإسرائيلي غارات على دمشق.", "سلاح الجو الإسرائيلي", "ORG"),
        ("وأعلنت القوات البحرية المصرية عن تدريب مشترك.", "القوات البحرية المصرية", "ORG"),
        ("قضت محكمة الجنايات الكبرى بسجن المتهم.", "محكمة الجنايات الكبرى", "ORG"),
        ("هبطت الطائرة في قاعدة عين الأسد الجوية غربي العراق.", "قاعدة عين الأسد الجوية", "LOC"),
        ("وعبرت الشاحنات معبر نصيب الحدودي صباحا.", "معبر نصيب", "LOC"),
        ("وأغلقت السلطات معبر كرم أبو سالم أمس.", "معبر كرم أبو سالم", "LOC"),
        ("وقال بيان عن القيادة العامة للجيش اللبناني إن الوضع هادئ.", "القيادة العامة للجيش اللبناني", "ORG"),
        # a second name after a dash that ends the clause is part of the command's name
        (
            "وذكرت القيادة العامة للقوات المسلحة – الجيش الوطني، في بيان، أن الحدود آمنة.",
            "القيادة العامة للقوات المسلحة – الجيش الوطني",
            "ORG",
        ),
        ("الرباط 3 أيار (لاماب) – أعلنت الحكومة خطة جديدة.", "لاماب", "ORG"),
        ("وتعاون مكتب الأمم المتحدة المعني بالمخدرات مع الشرطة.", "مكتب الأمم المتحدة المعني بالمخدرات", "ORG"),
        ("وامتدت الأمطار إلى محافظتي حمص وطرطوس.", "طرطوس", "LOC"),
    ],
)
def test_security_names(text: str, name: str, etype: str) -> None:
    assert (name, etype) in _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("أكد المسؤول أن مديرية الخوخة شهدت اشتباكات عنيفة.", "مديرية الخوخة"),  # a Yemeni district
        ("وقالت المحكمة إن الحكم نهائي.", "المحكمة"),  # a court named before
        ("وطالبت المنظمة بفتح معبر آمن للمدنيين.", "معبر آمن"),  # a safe corridor, no crossing
        ("وأنشأت الشركة قاعدة بيانات جديدة.", "قاعدة بيانات"),
        ("وحلقت طائرات سلاح الجو فوق المدينة.", "سلاح الجو"),  # no country: a kind of force
    ],
)
def test_ordinary_words_are_no_names(text: str, word: str) -> None:
    assert all(word != found for found, _ in _found(text))


def test_a_dateline_without_its_date_names_its_agency() -> None:
    found = _found("إربد (بترا) – أعلنت وزارة الصحة أمس عن خطة جديدة للمستشفيات.")
    assert ("إربد", "LOC") in found, found
    assert ("بترا", "ORG") in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("القاهرة (وكالات) - استقبل الرئيس المصري الوفد الزائر.", "وكالات"),
        ("عمّان (الأردن) – قال مسؤول إن الخطة بدأت.", "الأردن"),
    ],
)
def test_a_common_noun_or_a_country_in_a_datelines_bracket_is_no_agency(text: str, word: str) -> None:
    assert (word, "ORG") not in _found(text)
