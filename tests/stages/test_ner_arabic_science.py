"""Arabic names of science and health news: scholars after an academic title, bodies named
after a patron with their field, foreign universities and institutes, their seat, what a
body is affiliated to, bodies with two fields or a country's adjective, and regions after
"منطقة" or "دول".

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_science import field_end


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وأوضحت البروفيسورة البريطانية سارة جينكينز أن اللقاح آمن", "سارة جينكينز"),
        ("وقال البروفيسور الياباني كينجي تاكاهاشي إن الخلايا تجددت", "كينجي تاكاهاشي"),
        ("وأشارت الباحثة الكندية إميلي تريمبلاي إلى النتائج", "إميلي تريمبلاي"),
        ("وقال العالم الأمريكي ريتشارد فاينمان إن الفيزياء ممتعة", "ريتشارد فاينمان"),  # with a nationality
    ],
)
def test_a_scholar_after_an_academic_title(text: str, person: str) -> None:
    found = _found(text)
    assert (person, "PER") in found
    assert not any("البروفيسور" in name or "الباحثة" in name for name, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "قال الباحث إن النتائج مبشرة",
        "عاد العالم إلى الهدوء بعد الأزمة",  # "العالم": the world
        "وقالت الباحثة في علم الاجتماع إن الظاهرة قديمة",
    ],
)
def test_no_scholar_without_a_name(text: str) -> None:
    assert not any(etype == "PER" for _, etype in _found(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("أعلنت جامعة الملك سعود للعلوم الصحية عن برنامج جديد", "جامعة الملك سعود للعلوم الصحية"),
        ("وقعت اتفاقية مع مدينة الأمير سلطان الطبية العسكرية", "مدينة الأمير سلطان الطبية العسكرية"),
        (
            "أجري البحث في مستشفى الملك خالد الجامعي ومركز الأبحاث بالرياض",
            "مستشفى الملك خالد الجامعي ومركز الأبحاث",
        ),
        ("وموّل مركز الأمير سلمان للدراسات البيئية المشروع", "مركز الأمير سلمان للدراسات البيئية"),
    ],
)
def test_a_body_named_after_a_patron_holds_its_field(text: str, body: str) -> None:
    found = _found(text)
    assert (body, "ORG") in found
    assert not any(etype == "PER" for _, etype in found)


def test_a_city_named_after_a_patron_without_a_field_is_no_body() -> None:
    assert not any(etype == "ORG" for _, etype in _found("زار الوفد مدينة الملك عبدالله الاقتصادية"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("درس الطب في جامعة ستانفورد قبل عودته", "جامعة ستانفورد"),
        ("حصلت على الدكتوراه من معهد كاليفورنيا للتكنولوجيا", "معهد كاليفورنيا للتكنولوجيا"),  # its field
        ("يعمل في مختبر لورانس للأبحاث النووية", "مختبر لورانس للأبحاث النووية"),
        ("حصل على منحة من جامعة جونز هوبكنز الشهيرة", "جامعة جونز هوبكنز"),
        ("شارك باحثون من جامعة بغداد وجامعة موناش", "جامعة موناش"),  # behind a clitic
        ("وهو المختبر التابع لـمعهد كارولينسكا", "معهد كارولينسكا"),  # behind a drawn-out clitic
    ],
)
def test_a_foreign_university_by_its_transliterated_name(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_a_foreign_university_and_its_seat() -> None:
    found = _found("تخرجت من معهد بيرتشي في أوبسالا العام الماضي")
    assert ("معهد بيرتشي", "ORG") in found
    assert ("أوبسالا", "LOC") in found


@pytest.mark.parametrize(
    "text",
    [
        "أنشئت جامعة جديدة في الشمال",
        "افتتح معهد متخصص للتدريب المهني",  # a participle describes it
        "أقيم مستشفى ميداني قرب الحدود",  # an adjective of its kind
        "يعمل في مختبر للتحاليل الطبية",
        "تعاون مركز الأبحاث مع الجامعة",
    ],
)
def test_no_foreign_body_for_a_description(text: str) -> None:
    assert not any(etype == "ORG" for _, etype in _found(text))


def test_what_a_body_is_affiliated_to_is_a_body() -> None:
    assert ("ناسا", "ORG") in _found("افتتح المختبر التابع لـناسا في الولاية")
    assert ("إيران", "LOC") in _found("وقصفت الطائرات المواقع التابعة لإيران")


def test_a_place_named_by_where_it_lies_from_a_known_one() -> None:
    assert ("دريب", "LOC") in _found("تقع المزرعة في دريب شمال عمان")
    assert not any(name == "مكان" for name, _ in _found("تقع المزرعة في مكان شمال عمان"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وأعلنت الهيئة العامة للرياضة والشباب عن خطة جديدة", "الهيئة العامة للرياضة والشباب"),  # two fields
        ("وحذرت الهيئة المصرية للدواء من منتج مغشوش", "الهيئة المصرية للدواء"),  # a country's adjective
        (
            "أصدرت المؤسسة العامة للتدريب التقني والمهني قرارا",
            "المؤسسة العامة للتدريب التقني والمهني",
        ),
    ],
)
def test_a_public_body_with_its_fields(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_a_body_after_a_field_is_not_one() -> None:
    assert ("المؤسسة الوطنية للنفط", "ORG") in _found("اجتمعت المؤسسة الوطنية للنفط والحكومة أمس")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("انتشرت الأمطار في منطقة الجوف أمس", "الجوف"),
        ("تعاني دول الساحل من الجفاف", "الساحل"),  # a region of several countries
        ("اجتمع وزراء دول البلطيق في العاصمة", "البلطيق"),
    ],
)
def test_a_region_after_its_word(text: str, region: str) -> None:
    assert (region, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    ["شارك في منطقة العمليات جنود كثيرون", "تراجع التضخم في منطقة اليورو", "كما تعاني دول الجوار من الأزمة"],
)
def test_no_region_for_a_zone_of_something(text: str) -> None:
    assert not any(etype == "LOC" for _, etype in _found(text))


def test_a_field_runs_over_its_adjectives_and_a_second_field() -> None:
    words = ["للطاقة", "الذرية", "والمتجددة", "في"]
    assert field_end(words, 0) == 3
    assert field_end(["للحكومة", "في"], 0) == 0  # a body, not a field
