"""Arabic political and Maghrebi news: parties and their short names, names in «» after a
cue, committees, high courts and unions, districts and regions, bodies named after a person,
and people named by a compound given name or a Maghrebi family name.

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
        # a party's full name without "حزب", and its short name once the party is named
        ("قاد التجمع الوطني الديمقراطي الحملة في وهران", ("التجمع الوطني الديمقراطي", "ORG")),
        ("فاز حزب النهضة بالمقعد، وقال مرشح النهضة إن النتيجة متوقعة", ("النهضة", "ORG")),
        ("ندد حزب الوفد بالقرار، ثم انسحب نواب الوفد من الجلسة", ("الوفد", "ORG")),
        ("«الاستقلال» يكتسح الانتخابات المحلية في مراكش", ("الاستقلال", "ORG")),  # alone in «»
        # a party after "حزب" that no table lists, named again by its word
        ("أسس حزب الفجر فرعا جديدا، وقال أنصار الفجر إنهم سعداء", ("الفجر", "ORG")),
        # names in «» after a cue word, and one joined to it by "و"
        ("نشرت صحيفة «الصباح» تقريرا مطولا عن الأزمة", ("الصباح", "ORG")),
        ("استحوذت شركة «المغرب للألبان» على مصنع و«حليب الشمال» في أكادير", ("حليب الشمال", "ORG")),
        ("تواجه الشركة منافسة من الغريم التقليدي «السعدي» في السوق", ("السعدي", "ORG")),
        # committees, high courts, unions
        ("صادقت لجنة المالية والتنمية الاقتصادية على المشروع", ("لجنة المالية والتنمية الاقتصادية", "ORG")),
        ("رفضت المحكمة العليا الطعن المقدم من الدفاع", ("المحكمة العليا", "ORG")),
        ("دعا الاتحاد العام التونسي للشغل إلى إضراب عام", ("الاتحاد العام التونسي للشغل", "ORG")),
        # districts and regions
        ("ترشح ثلاثة نواب في دائرة طنجة الجنوبية هذا العام", ("طنجة الجنوبية", "LOC")),
        ("زار الوزير جهة مراكش-آسفي الأسبوع الماضي", ("مراكش-آسفي", "LOC")),
        ("احتج سكان باب الخوخة وعين الشق على انقطاع الماء", ("باب الخوخة", "LOC")),
        # a body named after a person; a university so named holds its town behind "ب"
        ("تخرج في جامعة مولاي إسماعيل بمكناس قبل عامين", ("جامعة مولاي إسماعيل بمكناس", "ORG")),
        ("نقل المصاب إلى مستشفى ابن سينا في العاصمة", ("مستشفى ابن سينا", "ORG")),
        # compound given names and Maghrebi family names, repeated alone
        ("أعلن عبد اللطيف بنكيران ترشحه، وقال بنكيران إنه واثق", ("عبد اللطيف بنكيران", "PER")),
        ("أعلن عبد اللطيف بنكيران ترشحه، وقال بنكيران إنه واثق", ("بنكيران", "PER")),
        ("انتقدت المعارضة حكيم الشرقاوي بسبب تصريحاته", ("حكيم الشرقاوي", "PER")),
        ("التقى الوفد كريم العمراني في مكتبه", ("كريم العمراني", "PER")),
        ("وصل خالد بن عبد العزيز إلى الرباط مساء", ("خالد بن عبد العزيز", "PER")),  # the father's compound name
    ],
)
def test_political_names(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a short name as a common word, with no party named or as a noun's complement
        ("احتفل المغاربة بعيد الاستقلال في الساحات", "الاستقلال"),
        ("ندد حزب الاستقلال بالقرار في ذكرى الاستقلال الوطني", "الاستقلال الوطني"),
        ("تحدث الكاتب عن النهضة العربية في القرن الماضي", "النهضة"),
        # a quotation in «» is a clause, no name
        ("قالت الشركة «إننا نواصل الاستثمار في المنطقة»", "إننا نواصل الاستثمار في المنطقة"),
        ("قال الموقع «لن نغلق أبوابنا» في بيانه", "لن نغلق أبوابنا"),
        # one field of a committee, a court of any town, the EU "to Lebanon"
        ("شكلت الحكومة لجنة التحقيق في الحادث", "لجنة التحقيق"),
        ("أحيلت القضية على المحكمة الابتدائية في المدينة", "المحكمة الابتدائية"),
        ("قدم الاتحاد الأوروبي للبنان مساعدات جديدة", "الاتحاد الأوروبي للبنان"),
        # a side after a country's coasts, "out of caution", a decent life
        ("هطلت أمطار على سواحل مصر الشمالية أمس", "مصر الشمالية"),
        ("قررت الإدارة من باب الحرص تأجيل الرحلة", "باب الحرص"),
        ("يطالب المحتجون بعيش كريم الآن", "كريم الآن"),
        ("يعيش سكان المدينة أوضاعا صعبة", "المدينة"),
        ("قدم له صديق عزيز التهاني بالعيد", "عزيز التهاني"),  # a dear friend's congratulations
        ("قال مسؤول في الشركة «نحن مستعدون»", "نحن مستعدون"),  # a quoted clause after a cue
        ("أعلن حزب الأغلبية دعمه، وعارضت المعارضة والأغلبية معا", "الأغلبية"),  # "and the majority"
        ("قال حزب الله إن النصر قريب، والله أعلم", "الله"),  # God, no party
    ],
)
def test_common_words_stay_out(text: str, absent: str) -> None:
    assert absent not in [name for name, _ in _found(text)]
