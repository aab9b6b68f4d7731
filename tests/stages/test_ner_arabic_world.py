"""Arabic world news: Sudan's and Libya's towns and regions, cities abroad, UN agencies, a
rival government, a court with its seat, districts and streets, Sudanese names, and the
common words that look like them (`arabic_places`, `arabic_localities`, `arabic_groups`,
`arabic_institutions`, `arabic_landmarks`, `arabic_persons`, `arabic_clitics`).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("نزح آلاف المدنيين من الخرطوم أمس", ("الخرطوم", "LOC")),  # geonames spells it "خرطوم"
        ("اشتدت المعارك في دارفور خلال الأسبوع", ("دارفور", "LOC")),  # a region of Sudan
        ("تدفقت مياه النيل الأزرق بقوة", ("النيل الأزرق", "LOC")),  # the river with its adjective
        ("وصل الوفد إلى جنيف صباح الاثنين", ("جنيف", "LOC")),  # a smaller city abroad, listed
        ("انطلق القارب من زوارة ليلا", ("زوارة", "LOC")),  # a Libyan town
        ("يقيم أقاربه بين الخرطوم وأم درمان", ("أم درمان", "LOC")),  # "و" on a two-word name
        ("وصلت القافلة إلى مدينة الأبيض مساء", ("الأبيض", "LOC")),  # a common word after "مدينة"
        ("رست السفينة قبالة جزيرة مالكوريا", ("مالكوريا", "LOC")),  # a rare word after "جزيرة"
        ("اعتقل المهربون في منطقة سيدرافا", ("سيدرافا", "LOC")),  # ... after "منطقة"
        ("تسكن العائلة في حي عين شمس", ("عين شمس", "LOC")),  # a compound after "حي", no kind word
        ("افتتح مقهى في شارع عمر بالإسكندرية", ("شارع عمر", "LOC")),  # a street by a given name
    ],
)
def test_places(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("قالت المنظمة الدولية للهجرة إن الأعداد تضاعفت", ("المنظمة الدولية للهجرة", "ORG")),
        (
            "أكدت المفوضية السامية للأمم المتحدة لشؤون اللاجئين الرقم",
            ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG"),
        ),
        ("رحبت مفوضية الأمم المتحدة لشؤون اللاجئين بالقرار", ("مفوضية الأمم المتحدة لشؤون اللاجئين", "ORG")),
        ("حذرت منظمة الأمم المتحدة للطفولة من الكوليرا", ("منظمة الأمم المتحدة للطفولة", "ORG")),
        ("قال برنامج الأمم المتحدة الإنمائي إن النمو تراجع", ("برنامج الأمم المتحدة الإنمائي", "ORG")),
        ("أعلنت حكومة الوفاق الوطني حالة الطوارئ", ("حكومة الوفاق الوطني", "ORG")),
        (
            "ألغت محكمة القضاء الإداري بالإسكندرية القرار",
            ("محكمة القضاء الإداري بالإسكندرية", "ORG"),  # the court's seat, "ب" inside
        ),
    ],
)
def test_bodies(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


def test_un_mission_alone_is_the_un() -> None:
    assert ("الأمم المتحدة", "ORG") in _found("وصلت بعثة الأمم المتحدة إلى المدينة")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("وقال المتحدث محمد الأمين إن الوضع صعب", ["محمد الأمين"]),  # a definite name that is an office
        ("وقالت المحامية سلمى الطيب إن القضية مهمة. وأضافت الطيب أن الحكم نهائي", ["سلمى الطيب", "الطيب"]),
        ("وأكدت الطبيبة نفيسة المهدي أن الدواء نفد", ["نفيسة المهدي"]),
    ],
)
def test_people(text: str, people: list[str]) -> None:
    assert [t for t, e in _found(text) if e == "PER"] == people


@pytest.mark.parametrize(
    "text",
    [
        "ويقول متظاهرون التقيناهم في الساحة إنهم غاضبون",  # a plural noun and a verb
        "العاصمة تعاني من انقطاع الكهرباء",  # a verb after a place word
        "المدينة تشهد ازدحاما كبيرا",
        "زرنا مدينة الملاهي مع الأطفال",  # an amusement park
        "تقع القرية في منطقة نفوذ الجماعة",  # a zone of influence
        "يسكن في منطقة صناعية قرب المطار",
        "سافرت إلى جزيرة صغيرة في البحر",
        "هذا العمل الطيب يستحق الشكر",  # "the good", no name
        "كان الجو في الأبيض حارا",  # "the white" with no place word
        "وأكد الأمين العام أن الوضع خطير",  # the office
        "حي على الفلاح",  # "alive"
        "أعلنت حكومة الوحدة قرارها",  # no "national": no name
    ],
)
def test_no_entities(text: str) -> None:
    assert _found(text) == []


def test_a_court_without_a_place_keeps_its_kind_only() -> None:
    assert ("محكمة الجنايات", "ORG") in _found("قضت محكمة الجنايات بالسجن عشر سنوات")
