"""Arabic courts, bars, police units, communes and bylines (`arabic_justice`, and the rules of
`arabic_localities`, `arabic_institutions`, `arabic_sites`, `arabic_finance`, `arabic_bodies`,
`arabic_landmarks` and `arabic_heads` that courts, police and local news call on).

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
        # a bar and a court of accounts with their seat behind "ب": one ORG, the clitic inside
        ("وقالت هيئة المحامين بالرباط إنها ستقاطع الجلسات", [("هيئة المحامين بالرباط", "ORG")]),
        ("ورصد المجلس الجهوي للحسابات بمراكش اختلالات في الصفقات", [("المجلس الجهوي للحسابات بمراكش", "ORG")]),
        # a court named by its kind's adjective is a name with its seat
        ("وقضت المحكمة الابتدائية بطنجة ببراءة المتهمين", [("المحكمة الابتدائية بطنجة", "ORG")]),
        ("وأحيل الملف على المحكمة التجارية بالدار البيضاء", [("المحكمة التجارية بالدار البيضاء", "ORG")]),
        # a commune's council with its commune is one ORG
        ("وصادق مجلس جماعة تطوان على الميزانية", [("مجلس جماعة تطوان", "ORG")]),
    ],
)
def test_seated_bodies(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


def test_other_body_keeps_its_town_out() -> None:
    # an ambulance service is no court: "بالجيزة" is where its branch works, a place of its own
    found = _found("وقال مدير هيئة الإسعاف المصرية بالجيزة إن الفرق وصلت")
    assert ("الجيزة", "LOC") in found
    assert all("بالجيزة" not in t for t, _ in found), found


def test_court_of_a_kind_alone_is_no_name() -> None:
    found = _found("وقضت المحكمة الابتدائية ببراءة المتهمين")
    assert all("المحكمة" not in t for t, _ in found), found


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # "جماعة X": a Maghrebi commune gives its town, a name no dictionary holds
        ("وقال رئيس جماعة تيفلت إن الأشغال ستنتهي قريبا", [("تيفلت", "LOC")]),
        # "حي X": a quarter's name no dictionary holds
        ("وانتقل السكان من حي بوخالف إلى وسط المدينة", [("بوخالف", "LOC")]),
    ],
)
def test_communes_and_quarters(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    "text",
    [
        "وهاجمت جماعة مسلحة قرية قرب الحدود",  # an armed group: a common word
        "وتبنت جماعة بوكو حرام الهجوم",  # a group's name of two unknown words
        "وظل الجريح حي يرزق بعد الحادث",  # "alive"
    ],
)
def test_no_commune_or_quarter(text: str) -> None:
    assert all(t.type != "LOC" for t in extract_entities_from_text(text, "ar")), _found(text)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a police unit: "الفرقة", its standing and its field
        ("وأوقفت الفرقة الجهوية للشرطة القضائية المشتبه فيه", [("الفرقة الجهوية للشرطة القضائية", "ORG")]),
        ("ودرس القاضي في المعهد العالي للقضاء", [("المعهد العالي للقضاء", "ORG")]),
        # a school named by its own nisba and its field is a body, not a historic site
        ("وتخرج المهندس من المدرسة المحمدية للمهندسين", [("المدرسة المحمدية للمهندسين", "ORG")]),
        # "public" closes a field after "ل"
        ("ودعت الجمعية الوطنية لحماية المال العام إلى المحاسبة", [("الجمعية الوطنية لحماية المال العام", "ORG")]),
        # a firm's fields joined by "و"
        ("وفازت شركة نسيم للتجارة والصناعة بالصفقة", [("نسيم للتجارة والصناعة", "ORG")]),
        # a street named after a king with his number
        ("ويقع المقر في شارع فيصل الأول وسط العاصمة", [("شارع فيصل الأول", "LOC")]),
    ],
)
def test_bodies_and_streets(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


def test_unit_without_field_and_historic_school() -> None:
    found = _found("وعزفت الفرقة الموسيقية ألحانا، وتقدمت الفرقة الرابعة، وزار الوفد المدرسة البوعنانية")
    assert all("الفرقة" not in t for t, _ in found), found
    assert ("المدرسة البوعنانية", "LOC") in found  # a historic madrasa, no field: a site


def test_firm_field_stops_before_a_body() -> None:
    found = _found("ووقعت شركة نسيم للمقاولات والحكومة اتفاقا جديدا")
    assert ("نسيم للمقاولات", "ORG") in found, found


def test_street_patron_without_number() -> None:
    assert ("شارع عمر", "LOC") in _found("ويقع المتجر في شارع عمر قرب السوق")


@pytest.mark.parametrize(
    "text",
    [
        "وقالت هيئة الدفاع إن موكلها بريء",  # a defence team
        "وقضت هيئة الحكم بإدانة المتهم",  # the bench
    ],
)
def test_trial_panels_are_no_bodies(text: str) -> None:
    assert all(m.type != "ORG" for m in extract_entities_from_text(text, "ar")), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "انتقل إلى مدينة كبيرة ثم إلى بلدة صغيرة في ولاية أخرى",
        "وعاش سنوات في مدينة ساحلية",
    ],
)
def test_place_word_adjective_is_no_place(text: str) -> None:
    assert all(m.type != "LOC" for m in extract_entities_from_text(text, "ar")), _found(text)


def test_byline_reporter() -> None:
    found = _found("طنجة – محمد بنعلي\n\nأعلنت السلطات المحلية عن إغلاق الطريق.")
    assert ("طنجة", "LOC") in found
    assert ("محمد بنعلي", "PER") in found, found


def test_dash_between_places_is_no_byline() -> None:
    found = _found("وتربط الرحلة الجديدة الرباط – الدار البيضاء كل ساعة.")
    assert all(t != "PER" for _, t in found), found
