"""Arabic rules of a culture page: museums and foundations with their field, schools and
circles of artists, teachers and families named with "آل", outlets quoted after "لـ",
shrines, old markets and mosques.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_press import told_outlets
from storywire.stages.ner.arabic_shrines import shrines
from storywire.stages.ner.tokens import tokenize


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a museum named by its city keeps its field; where something happens there, a place
        ("وأعلن متحف دبي للفنون المعاصرة برنامجه", ("متحف دبي للفنون المعاصرة", "ORG")),
        ("وفي متحف دبي للمستقبل أقيم حفل", ("متحف دبي للمستقبل", "LOC")),
        # a body named by a place, a coined word or a rare definite word, and its field
        ("وأطلقت هيئة دبي للثقافة والفنون مبادرة جديدة", ("هيئة دبي للثقافة والفنون", "ORG")),
        ("وأعلنت مؤسسة قطر للتربية والعلوم عن برنامج", ("مؤسسة قطر للتربية والعلوم", "ORG")),
        ("بالتعاون مع مؤسسة زومبار للفنون في المدينة", ("مؤسسة زومبار للفنون", "ORG")),
        ("وصدر الكتاب عن دار الساقي للنشر في بيروت", ("دار الساقي للنشر", "ORG")),
        # museums of a place after a verb of what a body does: the authority
        ("وأعلنت متاحف الشارقة عن معرض جديد", ("متاحف الشارقة", "ORG")),
        # schools and circles of artists by their head
        ("ودرس في أكاديمية الفنون الجميلة ثم سافر", ("أكاديمية الفنون الجميلة", "ORG")),
        ("واستضاف معهد العالم العربي ندوة", ("معهد العالم العربي", "ORG")),
        ("وكان من مؤسسي جماعة البعد الواحد في بغداد", ("جماعة البعد", "ORG")),
    ],
)
def test_culture_bodies(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("سافر وفد مؤسسة قطر للمشاركة في المؤتمر", "مؤسسة قطر للمشاركة"),  # a purpose, no field
        ("وقدمت مؤسسة خيرية للأيتام مساعدات", "مؤسسة خيرية للأيتام"),  # a kind of foundation
        ("وزارت الوفود متاحف قطر خلال الزيارة", "متاحف قطر"),  # the museums visited
        ("وافتتح مركز دبي للمعارض أبوابه", "مركز دبي للمعارض"),  # a hall: the institutions' LOC
        ("وينتمي إلى جماعة الضغط في واشنطن", "جماعة الضغط"),  # a lobby, a kind of group
        ("وانضمت جماعة مسلحة إلى القتال", "جماعة مسلحة"),  # an armed group
    ],
)
def test_no_culture_body(text: str, absent: str) -> None:
    assert absent not in [t for t, etype in _found(text) if etype == "ORG"]


def test_a_museum_hall_is_a_place() -> None:
    assert ("مركز دبي للمعارض", "LOC") in _found("وافتتح مركز دبي للمعارض أبوابه")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وتتلمذ على يد فائق جبار في بغداد", "فائق جبار"),  # a teacher, common words or not
        ("التفوا حول شاكر حسن آل يوسف في الستينيات", "شاكر حسن آل يوسف"),  # "آل": house of
        ("والرسامة اللبنانية منى حداد تعرض أعمالها", "منى حداد"),  # a role and a nationality
        ("وقال النحات سامي حداد إن", "سامي حداد"),  # a role alone
        ("واستقبل ولي العهد الأمير محمد بن سلمان آل سعود الوفد", "محمد بن سلمان آل سعود"),  # whole
        ("أشرف عليه القيم المقيم في لندن كريم الساعدي", "كريم الساعدي"),  # after a place
    ],
)
def test_artists_and_teachers(text: str, person: str) -> None:
    assert (person, "PER") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتتلمذ على يد أساتذة كبار في القاهرة",  # great teachers: no name
        "قتل ثلاثة على يد مسلحين مجهولين",  # no verb of study before "على يد"
        "وتعزز حكم آل سعود في نجد",  # the rule of the house: no given name before "آل"
        "وقال الناقد المصري محمد أمس إن المعرض",  # "yesterday" is no family name
        "وعاد إلى بغداد كريم الأخلاق",  # generous in manners
    ],
)
def test_no_person_from_these_cues(text: str) -> None:
    assert [t for t, etype in _found(text) if etype == "PER"] == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('وقالت الوزيرة لـ"الشرق الأوسط" إن الخطة جاهزة', "الشرق الأوسط"),  # a region's name
        ("وقال في تصريح لـ«الأهرام» إن الحكومة", "الأهرام"),
        ('وأكد لـ"الجزيرة نت" أن الوضع صعب', "الجزيرة نت"),
    ],
)
def test_an_outlet_told_is_an_organisation(text: str, outlet: str) -> None:
    assert (outlet, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        'ودعا لـ"حوار وطني شامل" بين الأطراف',  # a slogan: no verb of speech
        'وقالت إنها تعود لـ"البيت الأول" بعد سنوات',  # her own words after "that"
        'وقال لـ"نحن مستعدون" إن',  # a clause
    ],
)
def test_no_outlet_without_a_speaker(text: str) -> None:
    assert told_outlets(text, tokenize(text)) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وزار الوفد العتبة الحسينية المقدسة في كربلاء", "العتبة الحسينية المقدسة"),
        ("وزار الرئيس ضريح الإمام الحسين في كربلاء", "ضريح الإمام الحسين"),
        ("وتجول في سوق الحميدية القديم بدمشق", "سوق الحميدية القديم"),
        ("وصلى في مسجد قباء قبل الظهر", "مسجد قباء"),
        ("ومن زخارف جامع مرجان في المدينة القديمة", "جامع مرجان"),
    ],
)
def test_shrines_markets_and_mosques(text: str, place: str) -> None:
    assert (place, "LOC") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتجاوز الحزب العتبة الانتخابية في الاقتراع",  # the electoral threshold
        "وشهدت سوق العمل تراجعا وهبطت سوق الأسهم",  # markets of a kind
        "وذهب إلى مسجد كبير في المدينة",  # a big mosque
        "وقدم إطارا جامع شامل للحل",  # "comprehensive"
        "وأقيم القداس في كنيسة مار جرجس",  # a saint's title opens a longer name
    ],
)
def test_no_shrine_or_market_of_a_kind(text: str) -> None:
    assert shrines(text, tokenize(text)) == []
