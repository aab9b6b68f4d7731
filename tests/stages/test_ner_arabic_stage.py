"""Arabic opera and concert news: opera houses (a place where the concert is given, a body
that acts), halls named by their size inside a venue, theatres named after a person,
libraries named by their city, a country's cultural institute with its town, academies by
their field, composers by a listed name, TV channels by their genre, and people after a
player's, a composer's or a doctor's title.

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.evaluation.news_ner import pipeline_mentions
from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("أقيم الحفل مساء الجمعة في دار الأوبرا السلطانية وسط حضور كبير", ("دار الأوبرا السلطانية", "LOC")),
        ("وقدمت الفرقة عرضها بدار أوبرا دبي أمس", ("دار أوبرا دبي", "LOC")),
        ("وأعلنت دار الأوبرا السلطانية برنامج موسمها الجديد", ("دار الأوبرا السلطانية", "ORG")),
        ("غنت الفرقة على المسرح الصغير بدار الأوبرا السلطانية", ("المسرح الصغير", "LOC")),
        ("وتقدم الفرقة عرضها على مسرح محمود طربوشي في المدينة", ("مسرح محمود طربوشي", "LOC")),
        ("ووقعت الوزارة اتفاقا مع مكتبة قطر الوطنية لرقمنة المخطوطات", ("مكتبة قطر الوطنية", "ORG")),
        ("ونظم المركز الثقافي الإسباني بعمان أمسية موسيقية", ("المركز الثقافي الإسباني بعمان", "ORG")),
        ("وتخرج العازف من أكاديمية الشرطة قبل أن يتفرغ للموسيقى", ("أكاديمية الشرطة", "ORG")),
        ("وعزفت الفرقة السيمفونية الخامسة لتشايكوفسكي في الختام", ("تشايكوفسكي", "PER")),
        ("وبثت قناة دجلة الفضائية الحفل مباشرة", ("دجلة الفضائية", "ORG")),
        ("ويشارك عازف التشيلو الفنلندي فولكر هولمبرغ في الحفل", ("فولكر هولمبرغ", "PER")),
        ("وعزفت الفرقة مقطوعة للمؤلف السوري أبو بكر صفدي في الختام", ("أبو بكر صفدي", "PER")),
        ("وقال الدكتور كريم يوسف إن الموسم ناجح", ("كريم يوسف", "PER")),
    ],
)
def test_stage_names(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a big stage with no venue after it: any stage
        ("وقف الممثلون على المسرح الكبير طويلا", "المسرح الكبير"),
        # a town's theatre, not a person's
        ("وافتتح مسرح مدينة نابلس بعد ترميمه", "مسرح مدينة"),
        # a school's library names none
        ("وأغلقت مكتبة المدرسة أبوابها", "مكتبة المدرسة"),
        # the Suez canal stays a canal
        ("وعبرت السفن قناة السويس أمس", "السويس الفضائية"),
    ],
)
def test_not_stage_names(text: str, absent: str) -> None:
    assert all(absent not in name for name, _ in _found(text))


def test_seat_in_a_quarter() -> None:
    assert ("الدقي", "LOC") in _found("ونقلت الجمعية مقرها الجديد في الدقي قبل عامين.")


def test_seat_on_a_floor_is_no_place() -> None:
    assert all(name != "الطابق" for name, _ in _found("وتشغل الشركة مقرها في الطابق الثالث من المبنى."))


def test_a_cultural_centre_is_the_place_where_something_is_held_and_the_body_that_acts() -> None:
    text = "وأقيمت الأمسية في المركز الثقافي الملكي بحضور الوزير، ثم أعلن المركز الثقافي الملكي برنامجه."
    found = [(m.text, m.type) for m in pipeline_mentions(text, "ar")]
    assert found == [("المركز الثقافي الملكي", "LOC"), ("المركز الثقافي الملكي", "ORG")]
    assert ("المركز الثقافي الفرنسي", "LOC") in _found("وتعرض الرسامة أعمالها في المركز الثقافي الفرنسي طوال الشهر.")


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a cinema by its quoted name: the name alone, a venue
        ("وقال مدير سينما «الفردوس» إن الحفلات امتلأت", [("الفردوس", "LOC")]),
        # a theatre named after a person, its director speaking for it: the body
        ("وقالت مديرة مسرح زكي طليمات إن الإقبال ضعيف", [("مسرح زكي طليمات", "ORG")]),
        # a theatre by a borrowed name and its complement, where a play is given
        ("وتعرض المسرحية على مسرح ليسيه النصر طوال الشهر", [("مسرح ليسيه النصر", "LOC")]),
    ],
)
def test_cinemas_and_theatres_by_their_names(text: str, entities: list[tuple[str, str]]) -> None:
    assert [(m.text, m.type) for m in extract_entities_from_text(text, "ar")] == entities


@pytest.mark.parametrize(
    "text",
    [
        "وقال مدير سينما إن الحفلات امتلأت",  # no name after the kind word
        "وتعرض المسرحية على مسرح كبير طوال الشهر",  # a big stage: a common word
        "وقال مدير مسرح الدولة إن الإقبال ضعيف",  # the state's theatre: no person's name
    ],
)
def test_no_theatre_without_a_name(text: str) -> None:
    assert extract_entities_from_text(text, "ar") == []
